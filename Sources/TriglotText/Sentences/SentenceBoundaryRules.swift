/// Triglot's corrections to ICU's sentence boundaries. Each rule names the ICU failure it fixes.
struct SentenceBoundaryRules {
    let text: ByteText
    let rules: SentenceRules

    /// ICU's boundaries (byte offsets, increasing, ending at the text's end) corrected.
    func refine(_ boundaries: [Int]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(boundaries.count)
        var pieceStart = 0
        for boundary in boundaries {
            for split in missedSplits(in: pieceStart..<boundary) + [boundary] {
                let candidate = movingOpeningPunctuation(split, after: result.last ?? 0)
                if candidate < text.count, joins(at: candidate, sentenceStart: result.last ?? 0) { continue }
                if candidate > (result.last ?? 0) { result.append(candidate) }
            }
            pieceStart = boundary
        }
        if result.last != text.count && text.count > 0 { result.append(text.count) }
        return result
    }

    // MARK: Splits ICU misses

    /// "Hello world.Today is…": ICU does not break at a period with no space after it.
    /// Not inside URLs, e-mail addresses, file names or acronyms such as "Ph.D.".
    func missedSplits(in piece: Range<Int>) -> [Int] {
        var splits: [Int] = []
        var index = piece.lowerBound
        while index < piece.upperBound {
            defer { index += 1 }
            guard text.utf8[index] == 0x2E, index > piece.lowerBound, index + 1 < piece.upperBound else { continue }
            let before = text.utf8[index - 1], after = text.utf8[index + 1]
            let beforeOK = (before >= 0x61 && before <= 0x7A) || (before >= 0x30 && before <= 0x39)
            guard beforeOK, after >= 0x41 && after <= 0x5A else { continue }
            // "Ph.D." and "J.C.": a capital followed by a period is part of an acronym.
            if index + 2 < text.count && text.utf8[index + 2] == 0x2E { continue }
            let word = text.string(text.word(endingAt: index).lowerBound..<text.word(startingAt: index).upperBound)
            if word.contains("@") || word.contains("://") || word.lowercased().hasPrefix("www.") { continue }
            splits.append(index + 1)
        }
        return splits
    }

    // MARK: Moves

    /// "他说。“你好。”": ICU keeps an opening quote or bracket with the sentence before it;
    /// it belongs to the sentence it opens.
    func movingOpeningPunctuation(_ boundary: Int, after previous: Int) -> Int {
        var position = text.skippingSpace(backFrom: boundary)
        var moved = false
        while position > previous, let (scalar, start) = text.scalar(before: position), Self.isOpening(scalar) {
            position = start
            moved = true
        }
        guard moved else { return boundary }
        let contentEnd = text.skippingSpace(backFrom: position)
        return contentEnd > previous ? contentEnd : boundary
    }

    // MARK: Joins

    /// Whether the boundary at `boundary` is not a sentence end after all.
    func joins(at boundary: Int, sentenceStart: Int) -> Bool {
        let contentEnd = text.skippingSpace(backFrom: boundary)
        let next = text.skippingSpace(from: boundary)
        guard next < text.count, contentEnd > sentenceStart, let nextScalar = text.scalar(at: next) else { return false }
        // A blank line ends a paragraph, and with it any sentence.
        if text.utf8[contentEnd..<next].filter({ $0 == 0x0A }).count >= 2 { return false }

        var terminatorEnd = contentEnd
        while let (scalar, start) = text.scalar(before: terminatorEnd), Self.isClosing(scalar), start > sentenceStart {
            terminatorEnd = start
        }
        guard let (terminator, terminatorStart) = text.scalar(before: terminatorEnd) else { return false }

        if insideBrackets(sentenceStart..<contentEnd) { return true }
        switch terminator {
        case 0x2E:  // .
            return joinsAfterPeriod(periodStart: terminatorStart, next: next)
        case 0x2026:  // …
            return Self.isLowercase(firstLetter(from: next))
        case 0x21, 0x3F:  // ! ?
            // "She works at Yahoo! in…", "'Well!' thought Alice": a lower-case word goes on.
            return Self.isLowercase(nextScalar) && !text.containsNewline(contentEnd..<next)
        default:
            return false
        }
    }

    /// "Gen.", "U.S.", "E. Smith", "No. 5", "Jan. 20", "...": the period-ending rules.
    private func joinsAfterPeriod(periodStart: Int, next: Int) -> Bool {
        var wordRange = text.word(endingAt: periodStart)
        while wordRange.lowerBound < periodStart, let scalar = text.scalar(at: wordRange.lowerBound),
              Self.isOpening(scalar) || scalar == 0x22 || scalar == 0x27 {
            wordRange = (wordRange.lowerBound + UTF8Scanner.decode(text.utf8, at: wordRange.lowerBound).1)..<wordRange.upperBound
        }
        let body = text.string(wordRange)
        let nextWord = nextWordKey(from: next)
        let nextFirst = firstLetter(from: next)
        let nextIsLower = Self.isLowercase(nextFirst)
        let nextIsDigit = nextFirst.map { $0 >= 0x30 && $0 <= 0x39 } ?? false

        // Ellipsis: "that.... She left" ends; "what I mean...see" does not.
        if body.hasSuffix(".") || body.isEmpty || (body == "." ) {
            return nextIsLower
        }
        let key = body.lowercased()
        if rules.titles.contains(key) { return !nextWord.isEmpty }
        if rules.numberPrefixes.contains(key) && nextIsDigit { return true }
        let isAbbreviation = rules.abbreviations.contains(key) || Self.isInitial(body) || Self.isDottedAcronym(body)
        guard isAbbreviation else { return false }
        if nextIsLower || nextIsDigit { return true }
        if rules.starters.isEmpty { return false }
        return !rules.starters.contains(nextWord)
    }

    /// "我们去看《摔跤吧！爸爸》好吗？": an end inside 《》 or brackets that close later is not one.
    private func insideBrackets(_ range: Range<Int>) -> Bool {
        var depth = 0
        var index = range.lowerBound
        while index < range.upperBound {
            let (scalar, length) = UTF8Scanner.decode(text.utf8, at: index)
            switch scalar {
            case 0x300A, 0xFF08, 0x300C, 0x300E: depth += 1  // 《 （ 「 『
            case 0x300B, 0xFF09, 0x300D, 0x300F: depth = max(0, depth - 1)  // 》 ） 」 』
            default: break
            }
            index += length
        }
        return depth > 0
    }

    /// The lower-cased first word at `offset`, without quotes or trailing punctuation.
    private func nextWordKey(from offset: Int) -> String {
        var word = Substring(text.string(text.word(startingAt: offset)))
        while let first = word.unicodeScalars.first, !first.properties.isAlphabetic && !("0"..."9").contains(first) {
            word = word.dropFirst()
        }
        while let last = word.unicodeScalars.last, !last.properties.isAlphabetic && last != "'" {
            word = word.dropLast()
        }
        return word.lowercased()
    }

    /// The first letter or digit at or after `offset` in the same word, skipping quotes.
    private func firstLetter(from offset: Int) -> UInt32? {
        var position = offset
        while let scalar = text.scalar(at: position), !UTF8Scanner.isSpace(scalar) {
            if let value = Unicode.Scalar(scalar), value.properties.isAlphabetic || (0x30...0x39).contains(scalar) {
                return scalar
            }
            position += UTF8Scanner.decode(text.utf8, at: position).1
        }
        return nil
    }

    // MARK: Character classes

    static func isLowercase(_ scalar: UInt32?) -> Bool {
        guard let scalar, let value = Unicode.Scalar(scalar) else { return false }
        return value.properties.isLowercase
    }

    /// A single letter: an initial ("E." in "Jonas E. Smith").
    static func isInitial(_ body: String) -> Bool {
        body.unicodeScalars.count == 1 && body.unicodeScalars.first!.properties.isAlphabetic
    }

    /// Letters joined by periods: "U.S", "a.m", "J.C".
    static func isDottedAcronym(_ body: String) -> Bool {
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { $0.count >= 1 && $0.count <= 2 && $0.allSatisfy(\.isLetter) }
    }

    /// Opening quotes and brackets, which start a sentence rather than end one.
    static func isOpening(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x201C, 0x2018, 0x300C, 0x300E, 0xFF08, 0x300A, 0x3010, 0x3008, 0x3014, 0xFF3B, 0xFF5B, 0x0028, 0x005B:
            return true  // “ ‘ 「 『 （ 《 【 〈 〔 ［ ｛ ( [
        default:
            return false
        }
    }

    /// Closing quotes and brackets, which stay with the sentence they end.
    static func isClosing(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x201D, 0x2019, 0x300D, 0x300F, 0xFF09, 0x300B, 0x3011, 0x3009, 0x3015, 0xFF3D, 0xFF5D, 0x0029, 0x005D, 0x22, 0x27:
            return true  // ” ’ 」 』 ） 》 】 〉 〕 ］ ｝ ) ] " '
        default:
            return false
        }
    }
}
