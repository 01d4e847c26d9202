/// Cleans text copied from web pages, CAT tools and PDF extraction before it is segmented: HTML
/// and XML tags (also escaped ones, `&lt;b&gt;`) and entities, literal `\n` escapes, backtick
/// quotes, rule lines of slashes, dot leaders, a page number alone on its line, words broken one or two letters per
/// line, a full stop pushed onto the next line, and (for PDFs) hard line wraps. Each character of
/// the result remembers where it came from (``CleanedText``), so offsets still point into the
/// original. Never used unless asked for: it changes the text, segmentation alone never does.
public enum TextCleaner {
    /// One scalar of the cleaned text and the UTF-8 range of the original it stands for;
    /// 32-bit offsets keep a piece at 12 bytes, as there is one per scalar of the text.
    struct Piece {
        var scalar: Unicode.Scalar
        private var start: Int32
        private var end: Int32

        init(scalar: Unicode.Scalar, origin: Range<Int>) {
            self.scalar = scalar
            start = Int32(truncatingIfNeeded: origin.lowerBound)
            end = Int32(truncatingIfNeeded: origin.upperBound)
        }

        /// The UTF-8 range of the original.
        var origin: Range<Int> { Int(start)..<Int(end) }
    }

    /// How much text is cleaned at a time by ``SentenceSegmenter/cleanSentences(in:pdf:)``:
    /// pieces cost about fifty bytes per character while cleaning, so a large file is cleaned a
    /// few paragraphs at a time.
    static let chunkSize = 1 << 20

    /// Ranges of a text's UTF-8 bytes `utf8` that can be cleaned apart, each of `size` bytes or more: split at
    /// a line break outside any tag and any script or style element, after a blank line or a
    /// block tag ending its line (`</p>`, `<br>`). Cleaning never joins lines across those
    /// (pushed-down full stops aside), nor does a sentence run across them.
    static func chunks(of utf8: [UInt8], size: Int = chunkSize) -> [Range<Int>] {
        let count = utf8.count
        guard count > size else { return [0..<count] }
        var chunks: [Range<Int>] = []
        var start = 0
        var inTag = false, tagStart = 0
        var skipped = 0  // open <script>, <style>, <head>
        var tagName: [UInt8] = [], readingName = false
        var lastTag = (name: "", end: -1)
        var lastNewline = -1
        utf8.withUnsafeBufferPointer { bytes in
            for index in 0..<bytes.count {
                let byte = bytes[index]
                if readingName {
                    if byte == UInt8(ascii: "/") && tagName == [UInt8(ascii: "/")] { continue }  // the slash of an end tag
                    let lower = byte | 0x20
                    if (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || (byte >= 0x30 && byte <= 0x39) {
                        tagName.append(lower)
                        continue
                    }
                    readingName = false
                }
                switch byte {
                case UInt8(ascii: "<") where index + 1 < bytes.count:
                    let next = bytes[index + 1]
                    let lower = next | 0x20
                    if next == UInt8(ascii: "/") || next == UInt8(ascii: "!") || (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) {
                        inTag = true
                        tagStart = index
                        readingName = true
                        tagName = next == UInt8(ascii: "/") ? [UInt8(ascii: "/")] : []
                    }
                case UInt8(ascii: ">") where inTag:
                    inTag = false
                    let name = String(decoding: tagName, as: UTF8.self)
                    let bare = name.hasPrefix("/") ? String(name.dropFirst()) : name
                    if skippedTags.contains(bare) { skipped = name.hasPrefix("/") ? max(0, skipped - 1) : skipped + 1 }
                    lastTag = (bare, index + 1)
                case 0x0A:
                    // A "<" opens a tag only if a ">" comes before another "<", and soon (as
                    // ``tag(at:in:)`` reads it); "x <y" in prose must not stop the chunking.
                    if inTag {
                        let limit = min(bytes.count, tagStart + longestTag)
                        inTag = bytes[(index + 1)..<max(index + 1, limit)].first { $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "<") } == UInt8(ascii: ">")
                    }
                    let line = (lastNewline + 1)..<index
                    let blank = bytes[line].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
                    let endsWithBlockTag = lastTag.end > line.lowerBound && blockTags.contains(lastTag.name)
                        && bytes[lastTag.end..<index].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
                    if (blank || endsWithBlockTag) && !inTag && skipped == 0 && index + 1 - start >= size {
                        chunks.append(start..<(index + 1))
                        start = index + 1
                    }
                    lastNewline = index
                default:
                    break
                }
            }
        }
        chunks.append(start..<count)
        return chunks
    }

    /// Tags whose start or end breaks a paragraph (the others, like `<em>`, sit inside a line).
    static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
        "table", "td", "th", "title", "tr", "ul", "tu", "tuv", "seg",
    ]
    /// The longest a tag may be, in characters from its `<` (bytes when chunking): a `<` with
    /// no `>` within it opens no tag.
    static let longestTag = 4_000
    /// Tags whose contents are not text at all.
    static let skippedTags: Set<String> = ["script", "style", "head"]

    /// `text` cleaned; `pdf` also joins lines wrapped in the middle of a sentence.
    public static func clean(_ text: String, pdf: Bool = false) -> CleanedText {
        var pieces: [Piece] = []
        pieces.reserveCapacity(text.utf8.count)
        var offset = 0
        for scalar in text.unicodeScalars {
            let width = UTF8.width(scalar)
            pieces.append(Piece(scalar: scalar, origin: offset..<(offset + width)))
            offset += width
        }
        pieces = decodeEntities(pieces)
        pieces = stripTags(pieces)
        pieces = unescapeLineBreaks(pieces)
        pieces = dropDecorations(pieces)
        pieces = replaceBackticks(pieces)
        pieces = repairLines(pieces, pdf: pdf)
        return CleanedText(pieces: pieces)
    }

    // MARK: - Markup

    /// `&amp;`, `&lt;`, `&#8220;`, `&#x201C;` and the like as the characters they name.
    static func decodeEntities(_ pieces: [Piece]) -> [Piece] {
        let named: [String: Unicode.Scalar] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
                                               "ndash": "\u{2013}", "mdash": "\u{2014}", "hellip": "\u{2026}",
                                               "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}"]
        var result: [Piece] = []
        result.reserveCapacity(pieces.count)
        var index = 0
        while index < pieces.count {
            let piece = pieces[index]
            if piece.scalar == "&", let end = (index + 1..<min(pieces.count, index + 12)).first(where: { pieces[$0].scalar == ";" }) {
                let name = String(String.UnicodeScalarView(pieces[(index + 1)..<end].map(\.scalar)))
                var decoded: Unicode.Scalar? = named[name]
                if decoded == nil, name.hasPrefix("#") {
                    let digits = name.dropFirst()
                    let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
                    // "&#0;" and other characters no text should hold stay as written.
                    decoded = value.flatMap(Unicode.Scalar.init).flatMap { isTextCharacter($0.value) ? $0 : nil }
                }
                if let decoded {
                    result.append(Piece(scalar: decoded, origin: piece.origin.lowerBound..<pieces[end].origin.upperBound))
                    index = end + 1
                    continue
                }
            }
            result.append(piece)
            index += 1
        }
        return result
    }

    /// Tags removed: block tags leave a paragraph break, inline tags nothing; the contents of
    /// scripts and styles go with them. A `<` not starting a tag ("a < b") stays.
    static func stripTags(_ pieces: [Piece]) -> [Piece] {
        var result: [Piece] = []
        result.reserveCapacity(pieces.count)
        var index = 0
        while index < pieces.count {
            guard pieces[index].scalar == "<", let tag = tag(at: index, in: pieces) else {
                result.append(pieces[index])
                index += 1
                continue
            }
            var end = tag.end
            if !tag.closing, skippedTags.contains(tag.name) {
                // Up to and including the matching end tag, or the end of the text.
                var probe = end
                end = pieces.count
                while probe < pieces.count {
                    if pieces[probe].scalar == "<", let inner = self.tag(at: probe, in: pieces), inner.closing, inner.name == tag.name {
                        end = inner.end
                        break
                    }
                    probe += 1
                }
            }
            if blockTags.contains(tag.name) {
                let origin = pieces[index].origin.lowerBound..<pieces[end - 1].origin.upperBound
                result.append(Piece(scalar: "\n", origin: origin))
                result.append(Piece(scalar: "\n", origin: origin.upperBound..<origin.upperBound))
            }
            index = end
        }
        return result
    }

    /// The tag starting at `start` (a `<`): its lower-cased name, whether it closes, and the index
    /// after its `>`; nil when the `<` starts no tag.
    private static func tag(at start: Int, in pieces: [Piece]) -> (name: String, closing: Bool, end: Int)? {
        var index = start + 1
        guard index < pieces.count else { return nil }
        let closing = pieces[index].scalar == "/"
        if closing || pieces[index].scalar == "!" || pieces[index].scalar == "?" { index += 1 }
        var name = ""
        while index < pieces.count, pieces[index].scalar.isASCII,
              pieces[index].scalar.properties.isAlphabetic || ("0"..."9").contains(pieces[index].scalar) {
            name.unicodeScalars.append(pieces[index].scalar)
            index += 1
        }
        let opensComment = pieces[start + 1].scalar == "!"
        guard !name.isEmpty || opensComment else { return nil }
        // A name ends at white space, '/' or '>': "<b^}" is no tag.
        if !opensComment, index < pieces.count {
            let after = pieces[index].scalar
            guard after.properties.isWhitespace || after == "/" || after == ">" else { return nil }
        }
        // A tag ends at the first '>' within a reasonable length, with no '<' before it.
        let limit = min(pieces.count, index + longestTag)
        while index < limit {
            switch pieces[index].scalar {
            case ">": return (name.lowercased(), closing, index + 1)
            case "<": return nil
            default: index += 1
            }
        }
        return nil
    }

    // MARK: - Escapes and decorations

    /// Line breaks written as the two characters `\n` or `\r` (also `\ n`, as some tokenizers
    /// leave them) after white space: real line breaks.
    static func unescapeLineBreaks(_ pieces: [Piece]) -> [Piece] {
        var result: [Piece] = []
        result.reserveCapacity(pieces.count)
        var index = 0
        while index < pieces.count {
            let piece = pieces[index]
            let afterSpace = result.last.map { $0.scalar.properties.isWhitespace } ?? true
            if piece.scalar == "\\", afterSpace {
                var letter = index + 1
                if letter < pieces.count, pieces[letter].scalar == " " { letter += 1 }
                if letter < pieces.count, pieces[letter].scalar == "n" || pieces[letter].scalar == "r" {
                    result.append(Piece(scalar: "\n", origin: piece.origin.lowerBound..<pieces[letter].origin.upperBound))
                    index = letter + 1
                    continue
                }
            }
            result.append(piece)
            index += 1
        }
        return result
    }

    /// Rules of three or more slashes dropped (a URL's `//` stays); runs of five or more full
    /// stops (dot leaders, "dots........please") become one space.
    static func dropDecorations(_ pieces: [Piece]) -> [Piece] {
        var result: [Piece] = []
        result.reserveCapacity(pieces.count)
        var index = 0
        while index < pieces.count {
            let scalar = pieces[index].scalar
            if scalar == "/" || scalar == "." {
                var end = index
                while end < pieces.count, pieces[end].scalar == scalar { end += 1 }
                let run = end - index
                if scalar == "/" && run >= 3 {
                    index = end
                    continue
                }
                if scalar == "." && run >= 5 {
                    result.append(Piece(scalar: " ", origin: pieces[index].origin.lowerBound..<pieces[end - 1].origin.upperBound))
                    index = end
                    continue
                }
            }
            result.append(pieces[index])
            index += 1
        }
        return result
    }

    /// Typewriter quotes written with grave accents, as in "`So what?' asks…" and "``Yes,''
    /// he said": `` ` `` as `'`, and a doubled one as `"`.
    static func replaceBackticks(_ pieces: [Piece]) -> [Piece] {
        guard pieces.contains(where: { $0.scalar == "`" }) else { return pieces }
        var result: [Piece] = []
        result.reserveCapacity(pieces.count)
        var index = 0
        while index < pieces.count {
            let piece = pieces[index]
            guard piece.scalar == "`" else {
                result.append(piece)
                index += 1
                continue
            }
            if index + 1 < pieces.count, pieces[index + 1].scalar == "`" {
                result.append(Piece(scalar: "\"", origin: piece.origin.lowerBound..<pieces[index + 1].origin.upperBound))
                index += 2
            } else {
                result.append(Piece(scalar: "'", origin: piece.origin))
                index += 1
            }
        }
        return result
    }

    // MARK: - Lines

    /// One line: its pieces and the line break that ends it (none for the last line).
    struct Line {
        var content: [Piece]
        var terminator: Piece?

        /// The content without surrounding white space.
        var trimmed: ArraySlice<Piece> {
            var slice = content[...]
            while let first = slice.first, first.scalar.properties.isWhitespace { slice = slice.dropFirst() }
            while let last = slice.last, last.scalar.properties.isWhitespace { slice = slice.dropLast() }
            return slice
        }
        var isBlank: Bool { trimmed.isEmpty }
    }

    /// Repairs made line by line: letters broken one or two per line joined ("W\nA\nRN\nI\nNG"),
    /// a full stop pushed to the next line put back, a page number alone between blank lines
    /// dropped and, for PDFs, a single line break inside a paragraph made a space.
    static func repairLines(_ pieces: [Piece], pdf: Bool) -> [Piece] {
        var lines: [Line] = []
        var current: [Piece] = []
        var index = 0
        while index < pieces.count {
            let piece = pieces[index]
            index += 1
            if piece.scalar == "\r", index < pieces.count, pieces[index].scalar == "\n" {
                // CRLF is one line break, not a line and an empty one.
                lines.append(Line(content: current, terminator: Piece(scalar: "\n", origin: piece.origin.lowerBound..<pieces[index].origin.upperBound)))
                current = []
                index += 1
            } else if piece.scalar == "\n" || piece.scalar == "\r" || piece.scalar == "\u{2028}" {
                lines.append(Line(content: current, terminator: piece))
                current = []
            } else {
                current.append(piece)
            }
        }
        lines.append(Line(content: current, terminator: nil))

        func isShortLetters(_ line: Line) -> Bool {
            let core = line.trimmed
            return (1...2).contains(core.count) && core.allSatisfy { $0.scalar.properties.isAlphabetic }
        }
        // Three or more short lines in a row are one word broken up.
        index = 0
        while index < lines.count {
            var end = index
            while end < lines.count, isShortLetters(lines[end]) { end += 1 }
            if end - index >= 3 {
                for joined in index..<(end - 1) {
                    lines[joined].content = Array(lines[joined].trimmed)
                    lines[joined].terminator = nil
                }
                lines[end - 1].content = Array(lines[end - 1].trimmed)
                index = end
            } else {
                index += 1
            }
        }
        // A line starting with a lone full stop ends the previous non-blank line.
        for (number, line) in lines.enumerated() where number > 0 {
            let core = line.trimmed
            guard core.first?.scalar == ".", core.count == 1 || core.dropFirst().first!.scalar.properties.isWhitespace,
                  let previous = lines[..<number].lastIndex(where: { !$0.isBlank }) else { continue }
            for between in previous..<number {
                lines[between].terminator = nil
                if between > previous { lines[between].content = [] }
            }
            lines[previous].content = Array(lines[previous].trimmed)
            lines[number].content = Array(core)
        }
        // A page number: one to four digits alone, after a blank line or the start, before a
        // blank line or the end.
        for number in lines.indices {
            let core = lines[number].trimmed
            guard (1...4).contains(core.count), core.allSatisfy({ ("0"..."9").contains($0.scalar) }) else { continue }
            let before = lines[..<number].last(where: { $0.terminator != nil || !$0.content.isEmpty })
            let openBefore = before?.isBlank ?? true
            let openAfter = number + 1 >= lines.count || lines[number + 1].isBlank
            if openBefore && openAfter { lines[number].content = [] }
        }
        if pdf {
            // A single break between two non-blank lines is a wrap, not a paragraph.
            for number in 0..<(lines.count - 1) where !lines[number].isBlank && !lines[number + 1].isBlank {
                if let terminator = lines[number].terminator, terminator.scalar == "\n" || terminator.scalar == "\u{2028}" {
                    lines[number].terminator = Piece(scalar: " ", origin: terminator.origin)
                }
            }
        }
        var result: [Piece] = []
        result.reserveCapacity(pieces.count)
        for line in lines {
            result += line.content
            if let terminator = line.terminator { result.append(terminator) }
        }
        return result
    }

    /// Whether a character reference may stand for `value` (the characters XML 1.0 allows; a
    /// reference to a control or a noncharacter is a typo to keep visible, not text).
    static func isTextCharacter(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
