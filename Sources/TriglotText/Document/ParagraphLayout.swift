import Foundation

/// Paragraphs of a text (separated by blank lines) and the headline and caption tests on them.
struct ParagraphLayout {
    /// UTF-8 offsets where each paragraph starts, in order; the first is 0.
    private(set) var starts: [Int] = [0]
    private let length: Int

    init(_ text: String) {
        length = text.utf8.count
        var copy = text
        var starts = [0]
        copy.withUTF8 { bytes in
            // Line by line (LF, CRLF or a lone CR ends one): a line with content after a blank
            // line (two line ends or more since the last content) starts a paragraph.
            var line = 0
            var lastContentLine = -1
            TextLines.forEachLine(in: bytes) { range in
                if let first = bytes[range].firstIndex(where: { $0 != 0x20 && $0 != 0x09 }) {
                    if lastContentLine >= 0 && line - lastContentLine >= 2 { starts.append(first) }
                    lastContentLine = line
                }
                line += 1
            }
        }
        self.starts = starts
    }

    /// The number of paragraphs.
    var count: Int { starts.count }

    /// The paragraph holding byte offset `offset`.
    func paragraph(containing offset: Int) -> Int {
        var low = 0, high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The byte range of paragraph `index`.
    func range(of index: Int) -> Range<Int> {
        starts[index]..<(index + 1 < starts.count ? starts[index + 1] : length)
    }

    /// The text of paragraph `index` of `text`, trimmed.
    func paragraph(_ index: Int, of text: String) -> String {
        let utf8 = text.utf8
        let range = range(of: index)
        let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let upper = utf8.index(lower, offsetBy: range.count)
        let slice = text[lower..<upper]
        guard let first = slice.firstIndex(where: { !$0.isWhitespace }),
              let last = slice.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(slice[first...last])
    }

    /// A headline: one line, one sentence, short, with no sentence-final punctuation.
    static func looksLikeHeadline(_ paragraph: String, sentenceCount: Int) -> Bool {
        // Scalars, not Characters: "\r\n" is one Character, neither "\n" nor "\r".
        guard sentenceCount == 1, !paragraph.isEmpty,
              !paragraph.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" }) else { return false }
        guard let last = paragraph.last, !".!?。！？…\"”".contains(last) else { return false }
        let words = paragraph.split(whereSeparator: { $0 == " " }).count
        return words <= 30 && paragraph.count <= 200
    }

    /// A photo caption: the paragraph ends with a credit in brackets ("(Xinhua/Zhang Dongqiang)",
    /// "(Photo: …)", "（新华社记者张东强摄）", "(Ảnh: …)").
    static func looksLikeCaption(_ paragraph: String) -> Bool {
        guard let last = paragraph.last, last == ")" || last == "）" else { return false }
        guard let open = paragraph.lastIndex(where: { $0 == "(" || $0 == "（" }) else { return false }
        let credit = paragraph[open...].lowercased()
        return credit.contains("/") || credit.contains("photo") || credit.contains("ảnh") || credit.contains("摄")
            || credit.contains("图")
    }

    /// Captions are looked for in the first paragraphs only, where news puts its photo.
    static let captionParagraphs = 0...2
}

