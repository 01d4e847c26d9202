/// A list item's marker: "1.", "2.)", "3)", "(4)", "a.", "b)", "(iii)", "IV.", optionally after
/// a bullet ("• 9.", "⁃10.").
///
/// ICU knows nothing of lists: it ends a sentence after "1." and "a." (a period before a
/// capital) and runs "1) The first item 2) The second item" together. The list rules in
/// `SentenceBoundaryRules` use markers to keep a marker with its item and to start a new
/// sentence at the next marker of the same list.
struct ListMarker: Equatable {
    /// How the marker is written around its number or letter.
    enum Form: Equatable { case period, periodParen, paren, enclosed }  // "1." "1.)" "1)" "(1)"
    /// What counts in the marker.
    enum Kind: Equatable { case number, lowercase, uppercase }

    let form: Form
    let kind: Kind
    /// The number, or the letter's place in the alphabet (a = 1).
    let value: Int
    /// The value as a Roman numeral ("iii" = 3), when the letters are one.
    let roman: Int?
    /// Where the marker starts (its bullet, if any) and ends (before the space after it).
    let range: Range<Int>

    /// Whether this marker is the one after `previous` in the same list ("b)" after "a)",
    /// "(iv)" after "(iii)", "10." after "9.").
    func follows(_ previous: ListMarker) -> Bool {
        guard form == previous.form, kind == previous.kind else { return false }
        if value == previous.value + 1 { return true }
        if let roman, let previousRoman = previous.roman { return roman == previousRoman + 1 }
        return false
    }

    /// Whether this marker starts a new list of the same kind after `previous` ("1.)" after
    /// "2.)": a second list right after the first).
    func restarts(_ previous: ListMarker) -> Bool {
        form == previous.form && kind == previous.kind && value == 1 && previous.value > 1
    }

    /// The marker starting at `start`, which must be followed by white space; nil if none.
    /// Numbers have at most two digits; letters are one letter or a short Roman numeral.
    static func parse(_ text: ByteText, at start: Int) -> ListMarker? {
        let utf8 = text.utf8
        var index = start
        guard index < utf8.count else { return nil }
        // An optional bullet, with or without a space after it.
        let (first, firstLength) = UTF8Scanner.decode(utf8, at: index)
        if isBullet(first) {
            index += firstLength
            while index < utf8.count && utf8[index] == 0x20 { index += 1 }
        }
        var enclosed = false
        if index < utf8.count && utf8[index] == 0x28 {  // (
            enclosed = true
            index += 1
        }
        let bodyStart = index
        while index < utf8.count, index - bodyStart < 4, isASCIIAlphanumeric(utf8[index]) { index += 1 }
        let bodyLength = index - bodyStart
        guard bodyLength > 0, index < utf8.count, !isASCIIAlphanumeric(utf8[index]) else { return nil }

        let kind: Kind
        var value = 0
        var roman: Int?
        let firstByte = utf8[bodyStart]
        if firstByte >= 0x30 && firstByte <= 0x39 {
            guard bodyLength <= 2 else { return nil }
            for offset in bodyStart..<index {
                let byte = utf8[offset]
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            kind = .number
        } else {
            let isUpper = firstByte >= 0x41 && firstByte <= 0x5A
            kind = isUpper ? .uppercase : .lowercase
            roman = romanValue(utf8, bodyStart..<index, uppercase: isUpper)
            if bodyLength == 1 {
                value = Int((firstByte | 0x20) - 0x60)
            } else {
                guard let roman else { return nil }
                value = -roman  // never a letter's successor
            }
        }

        let form: Form
        if enclosed {
            guard utf8[index] == 0x29 else { return nil }
            form = .enclosed
            index += 1
        } else if utf8[index] == 0x2E {
            if index + 1 < utf8.count && utf8[index + 1] == 0x29 {
                form = .periodParen
                index += 2
            } else {
                form = .period
                index += 1
            }
        } else if utf8[index] == 0x29 {
            form = .paren
            index += 1
        } else {
            return nil
        }
        guard index < utf8.count, UTF8Scanner.isSpace(UTF8Scanner.decode(utf8, at: index).0) else { return nil }
        return ListMarker(form: form, kind: kind, value: value, roman: roman, range: start..<index)
    }

    /// The most bytes from a marker's start to its "." or ")": a bullet, spaces, "(", four
    /// letters or digits.
    static let longest = 16

    /// A quick test before `parse`, run at every word: a bullet or "(", or at most four
    /// letters or digits and then "." or ")".
    @inline(__always)
    static func mayStart(_ text: ByteText, at start: Int) -> Bool {
        let utf8 = text.utf8
        let byte = utf8[start]
        if byte == 0x28 || byte == 0x2A || byte == 0x2D { return true }
        if byte >= 0x80 { return isBullet(UTF8Scanner.decode(utf8, at: start).0) }
        var index = start
        let limit = min(utf8.count, start + 5)
        while index < limit && isASCIIAlphanumeric(utf8[index]) { index += 1 }
        return index > start && index < limit && (utf8[index] == 0x2E || utf8[index] == 0x29)
    }

    /// Bullets that can stand before a marker: • ‣ ⁃ ◦ ▪ ● * -.
    static func isBullet(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x2022, 0x2023, 0x2043, 0x25E6, 0x25AA, 0x25CF, 0x2A, 0x2D: return true
        default: return false
        }
    }

    @inline(__always)
    static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }

    /// The value of a Roman numeral of the letters i v x l in one case, or nil.
    private static func romanValue(_ utf8: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, uppercase: Bool) -> Int? {
        var total = 0
        var previous = 0
        for offset in range.reversed() {
            let byte = utf8[offset]
            if (byte >= 0x41 && byte <= 0x5A) != uppercase { return nil }
            let digit: Int
            switch byte | 0x20 {
            case 0x69: digit = 1  // i
            case 0x76: digit = 5  // v
            case 0x78: digit = 10  // x
            case 0x6C: digit = 50  // l
            default: return nil
            }
            if digit < previous { total -= digit } else { total += digit; previous = digit }
        }
        return total
    }
}

// MARK: List rules

extension SentenceBoundaryRules {
    /// "1. The first item": ICU ends a sentence after a list marker that opens a sentence
    /// ("1.", "a.", "• 9.", "1.)", "Q."); a marker alone is never a sentence.
    func isListMarkerOnly(_ range: Range<Int>) -> Bool {
        guard let marker = ListMarker.parse(text, at: range.lowerBound) else { return false }
        return marker.range.upperBound == range.upperBound
    }

    /// "1) The first item 2) The second item", "a. here it is b. another": ICU runs list items
    /// together (no terminator, or a lower-case letter after it). A new sentence starts at the
    /// marker that follows the current sentence's marker in the same list, and at a marker
    /// after a sentence end ("store. w) hello x) hello") when the next marker of its list
    /// follows it. Returns the splits in `piece`, in order.
    func listSplits(in piece: Range<Int>, sentenceStart: Int) -> [Int] {
        var splits: [Int] = []
        var current = ListMarker.parse(text, at: text.skippingSpace(from: sentenceStart))
        let lower = max(piece.lowerBound, sentenceStart + 1)
        let utf8 = text.utf8
        let offsets = punctuation.offsets
        // Every marker ends in "." or ")" within a few bytes of its start, so only the places
        // just before those need a look.
        var event = punctuation.first(atOrAfter: lower)
        var index = lower
        while event < offsets.count, offsets[event] < piece.upperBound + ListMarker.longest {
            let closer = offsets[event]
            event += 1
            guard utf8[closer] == 0x2E || utf8[closer] == 0x29 else { continue }
            // A marker's body is one to four letters or digits right before its "." or ".)"
            // or ")": most periods end longer words and need no further look.
            var bodyEnd = closer
            if utf8[closer] == 0x29 && closer > 0 && utf8[closer - 1] == 0x2E { bodyEnd -= 1 }
            var bodyStart = bodyEnd
            while bodyStart > 0, bodyEnd - bodyStart <= 4, ListMarker.isASCIIAlphanumeric(utf8[bodyStart - 1]) { bodyStart -= 1 }
            guard bodyEnd - bodyStart >= 1 && bodyEnd - bodyStart <= 4 else { continue }
            index = max(index, closer - ListMarker.longest)
            while index <= closer && index < piece.upperBound {
                defer { index += 1 }
                // Markers start after white space.
                let previous = utf8[index - 1]
                guard previous == 0x20 || previous == 0x0A || previous == 0x09 || previous == 0x0D else { continue }
                // Without a current list, a marker must follow a sentence end ("store. w) hello").
                if current == nil, index >= 2 {
                    let end = utf8[index - 2]
                    guard end == 0x2E || end == 0x21 || end == 0x3F || end == 0x29 || end == 0x22 || end >= 0x80 else { continue }
                }
                guard ListMarker.mayStart(text, at: index), let marker = ListMarker.parse(text, at: index) else { continue }
                if let current, marker.follows(current) || marker.restarts(current) {
                    splits.append(index)
                } else if endsSentence(at: text.skippingSpace(backFrom: index)), let next = nextMarker(after: marker), next.follows(marker) {
                    splits.append(index)
                } else {
                    continue
                }
                current = marker
                index = marker.range.upperBound - 1
            }
        }
        return splits
    }

    /// The first list marker after `marker` on the same line or the next, within a short item.
    private func nextMarker(after marker: ListMarker) -> ListMarker? {
        let utf8 = text.utf8
        var index = marker.range.upperBound + 1
        let limit = min(utf8.count, index + 400)
        var newlines = 0
        while index < limit {
            defer { index += 1 }
            let previous = utf8[index - 1]
            // LF, or a lone CR: a CRLF counts at its LF.
            if previous == 0x0A || (previous == 0x0D && utf8[index] != 0x0A) { newlines += 1; if newlines > 1 { return nil } }
            guard previous == 0x20 || previous == 0x0A || previous == 0x09 || previous == 0x0D else { continue }
            if ListMarker.mayStart(text, at: index), let next = ListMarker.parse(text, at: index) { return next }
        }
        return nil
    }
}
