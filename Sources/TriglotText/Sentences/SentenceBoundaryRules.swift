/// Triglot's corrections to ICU's sentence boundaries. Each rule names the ICU failure it fixes.
struct SentenceBoundaryRules {
    let text: ByteText
    let rules: SentenceRules
    /// Where the punctuation the rules look at is; built from `text` when not given.
    let punctuation: PunctuationIndex

    init(text: ByteText, rules: SentenceRules, punctuation: PunctuationIndex? = nil) {
        self.text = text
        self.rules = rules
        self.punctuation = punctuation ?? PunctuationIndex(text.utf8)
    }

    /// ICU's boundaries (byte offsets, increasing, ending at the text's end) corrected.
    func refine(_ boundaries: [Int]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(boundaries.count)
        var pieceStart = 0
        var brackets = BracketScan()
        var quotations = QuotationScan()
        func place(_ split: Int, forced: Bool) {
            let previous = result.last ?? 0
            var candidate = movingOpeningPunctuation(split, after: previous)
            candidate = splittingBeforeEllipsis(candidate, after: previous)
            if !forced, candidate < text.count,
               joins(at: candidate, sentenceStart: previous, brackets: &brackets, quotations: &quotations) {
                return
            }
            candidate = movingCitations(candidate)
            if candidate > previous { result.append(candidate) }
        }
        for boundary in boundaries {
            let missed = missedSplits(in: pieceStart..<boundary)
            let listed = listSplits(in: pieceStart..<boundary, sentenceStart: result.last ?? 0)
            // Most pieces need no split of their own: no array is made for them.
            if !missed.isEmpty || !listed.isEmpty {
                for split in (missed + listed).sorted() { place(split, forced: listed.contains(split)) }
            }
            place(boundary, forced: false)
            pieceStart = boundary
        }
        if result.last != text.count && text.count > 0 { result.append(text.count) }
        return result
    }

    // MARK: Splits ICU misses

    /// Splits inside one of ICU's pieces, in order.
    func missedSplits(in piece: Range<Int>) -> [Int] {
        var splits: [Int] = []
        let utf8 = text.utf8
        let offsets = punctuation.offsets
        var event = punctuation.first(atOrAfter: piece.lowerBound)
        while event < offsets.count, offsets[event] < piece.upperBound {
            let index = offsets[event]
            event += 1
            let byte = utf8[index]
            if byte == 0x2E {
                guard index > piece.lowerBound, index + 1 < piece.upperBound else { continue }
                if let split = splitAfterPeriod(at: index, piece: piece) { splits.append(split) }
            } else if byte == 0xEF, index + 3 < piece.upperBound, utf8[index + 1] == 0xBC, utf8[index + 2] == 0x8E {
                // "Test strange period．Does it…": ICU treats the full-width full stop like "."
                // and does not break before a letter right after it; it ends a sentence.
                if let next = text.scalar(at: index + 3), let value = Unicode.Scalar(next),
                   value.properties.isAlphabetic {
                    splits.append(index + 3)
                }
            }
        }
        return splits
    }

    /// A split that ICU misses at the period at `index`, or nil.
    private func splitAfterPeriod(at index: Int, piece: Range<Int>) -> Int? {
        let utf8 = text.utf8
        let before = utf8[index - 1], after = utf8[index + 1]
        let beforeLower = before >= 0x61 && before <= 0x7A
        let beforeDigit = before >= 0x30 && before <= 0x39
        if (beforeLower || beforeDigit) && after >= 0x41 && after <= 0x5A {
            return splitBetweenWords(at: index)
        }
        if (beforeLower || before == 0x29) && after >= 0x30 && after <= 0x39 {
            return splitAfterNoteNumbers(at: index, piece: piece)
        }
        if after == 0x20, index + 2 < piece.upperBound {
            return splitBeforeQuoteOrNumber(at: index)
        }
        return nil
    }

    /// "Hello world.Today is…": ICU does not break at a period with no space after it.
    /// Not inside URLs, e-mail addresses, file names or acronyms such as "Ph.D.".
    private func splitBetweenWords(at index: Int) -> Int? {
        // "Ph.D." and "J.C.": a capital followed by a period is part of an acronym.
        if index + 2 < text.count && text.utf8[index + 2] == 0x2E { return nil }
        let word = text.string(text.word(endingAt: index).lowerBound..<text.word(startingAt: index).upperBound)
        if word.contains("@") || word.contains("://") || word.lowercased().hasPrefix("www.") { return nil }
        // "Mr.Smith": a title's period never ends a sentence.
        let key = text.string(text.word(endingAt: index)).lowercased()
        if !rules.classes(of: key).isDisjoint(with: [.title, .nonFinal]) { return nil }
        return index + 1
    }

    /// "…a consultation.11 12 Take the example…", "(type 2).10 This model…": ICU does not
    /// break after note numbers set right after a sentence's period; the sentence ends after
    /// them when a capitalised word follows.
    private func splitAfterNoteNumbers(at index: Int, piece: Range<Int>) -> Int? {
        let utf8 = text.utf8
        // Not "p.12" or "No.5": the word before must be a word, not an abbreviation.
        let word = text.word(endingAt: index)
        let key = text.string(word).lowercased()
        if utf8[index - 1] != 0x29 {
            if word.count < 3 || !rules.classes(of: key).isDisjoint(with: [.numberPrefix, .abbreviation, .title])
                || key.contains(".") { return nil }
        }
        var position = index + 1
        while true {
            let digitsStart = position
            while position < piece.upperBound && utf8[position] >= 0x30 && utf8[position] <= 0x39 { position += 1 }
            guard position - digitsStart >= 1 && position - digitsStart <= 3, position + 1 < piece.upperBound,
                  utf8[position] == 0x20 else { return nil }
            let next = utf8[position + 1]
            if next >= 0x30 && next <= 0x39 { position += 1; continue }
            return next >= 0x41 && next <= 0x5A ? position : nil
        }
    }

    /// "…chị em Vy. \"tôi bị ép…", "…vào làm. 16 tuổi, Vy…": ICU does not break after a period
    /// when a lower-case letter follows a quote or a number, but a period after an ordinary
    /// word (not an abbreviation, title, number prefix or initial) ends the sentence there.
    private func splitBeforeQuoteOrNumber(at index: Int) -> Int? {
        let utf8 = text.utf8
        let next = index + 2
        let nextByte = utf8[next]
        let isDigit = nextByte >= 0x30 && nextByte <= 0x39
        let isQuote = nextByte == 0x22 || (nextByte == 0xE2 && next + 2 < utf8.count && utf8[next + 1] == 0x80 && utf8[next + 2] == 0x9C)
        guard isDigit || isQuote else { return nil }
        guard let (last, _) = text.scalar(before: index), let lastValue = Unicode.Scalar(last),
              lastValue.properties.isAlphabetic || (isQuote && last >= 0x30 && last <= 0x39) else { return nil }
        let word = text.word(endingAt: index)
        let body = text.string(word)
        guard body.unicodeScalars.count >= 2, body.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) }) else { return nil }
        let key = body.lowercased()
        if !rules.classes(of: key).isDisjoint(with: [.title, .nonFinal, .abbreviation, .numberPrefix, .ender]) { return nil }
        // A number goes on a sentence only when it is not a list marker or a decimal ("5. 1.").
        if isDigit, ListMarker.parse(text, at: next) != nil { return nil }
        return index + 1
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

    /// "…self-interpreting compounds. . . . The practice…", "…huynh đệ. ... Rồi…": ICU ends
    /// the sentence after an ellipsis that follows a sentence's own period; the period ends
    /// the sentence and the ellipsis opens the next one (an omission at its start).
    func splittingBeforeEllipsis(_ boundary: Int, after previous: Int) -> Int {
        let utf8 = text.utf8
        let end = text.skippingSpace(backFrom: boundary)
        // A cheap test first: most boundaries end with one period after a letter.
        guard end > previous, end - previous >= 6, (utf8[end - 1] == 0x2E && (utf8[end - 2] == 0x2E || utf8[end - 2] == 0x20))
                || utf8[end - 1] == 0xA6 else { return boundary }
        // The period: attached to a word, with a space and then "…", "..." or ". . ." after it.
        var period: Int
        if let (scalar, scalarStart) = text.scalar(before: end), scalar == 0x2026 {
            guard scalarStart - 2 > previous, utf8[scalarStart - 1] == 0x20, utf8[scalarStart - 2] == 0x2E else { return boundary }
            period = scalarStart - 2
        } else {
            var dots = 0
            period = end
            while period > previous, utf8[period - 1] == 0x2E {
                dots += 1
                period -= 1
                if period > previous + 1, utf8[period - 1] == 0x20, utf8[period - 2] == 0x2E { period -= 1 }
            }
            guard dots >= 4, period + 1 < end, utf8[period + 1] == 0x20 else { return boundary }
        }
        guard period > previous, let (word, _) = text.scalar(before: period), let wordValue = Unicode.Scalar(word),
              wordValue.properties.isAlphabetic || (0x30...0x39).contains(word) else { return boundary }
        guard let nextFirst = firstLetter(from: text.skippingSpace(from: boundary)),
              let nextValue = Unicode.Scalar(nextFirst), nextValue.properties.isUppercase else { return boundary }
        return period + 1
    }

    /// "…Saint Petersburg. [3] He…", "…martyr.[1] The…", "…Jonathan Bell. […]": ICU gives a
    /// note reference or an omission mark in square brackets after a sentence's end to the next
    /// sentence; it belongs to the sentence it follows.
    func movingCitations(_ boundary: Int) -> Int {
        guard boundary < text.count, endsSentence(at: text.skippingSpace(backFrom: boundary)) else { return boundary }
        let utf8 = text.utf8
        var position = boundary
        var moved = boundary
        while true {
            var index = position
            while index < utf8.count && (utf8[index] == 0x20 || utf8[index] == 0x09) { index += 1 }
            guard index < utf8.count, utf8[index] == 0x5B else { break }  // [
            index += 1
            let contentStart = index
            while index < utf8.count, index - contentStart <= 12 {
                let byte = utf8[index]
                let isNote = (byte >= 0x30 && byte <= 0x39) || byte == 0x2C || byte == 0x2D || byte == 0x2E
                    || byte == 0x20 || byte >= 0x80
                guard isNote else { break }
                if byte >= 0x80 {
                    // Only "…" and "–" among non-ASCII characters.
                    let (scalar, length) = UTF8Scanner.decode(utf8, at: index)
                    guard scalar == 0x2026 || scalar == 0x2013 else { break }
                    index += length
                } else {
                    index += 1
                }
            }
            guard index > contentStart, index < utf8.count, utf8[index] == 0x5D else { break }  // ]
            position = index + 1
            moved = position
        }
        return moved
    }

    /// Whether the text ending at `end` ends with a terminator, closing quotes and brackets skipped.
    func endsSentence(at end: Int) -> Bool {
        var position = end
        while let (scalar, start) = text.scalar(before: position), Self.isClosing(scalar) { position = start }
        guard let (scalar, _) = text.scalar(before: position) else { return false }
        switch scalar {
        case 0x2E, 0x21, 0x3F, 0x2026, 0x3002, 0xFF01, 0xFF1F: return true
        default: return false
        }
    }

    // MARK: Joins

    /// Whether the boundary at `boundary` is not a sentence end after all.
    func joins(at boundary: Int, sentenceStart: Int, brackets: inout BracketScan, quotations: inout QuotationScan) -> Bool {
        let contentEnd = text.skippingSpace(backFrom: boundary)
        let next = text.skippingSpace(from: boundary)
        guard next < text.count, contentEnd > sentenceStart, let nextScalar = text.scalar(at: next) else { return false }
        // A blank line ends a paragraph, and with it any sentence (LF, CRLF or a lone CR).
        let newlines = TextLines.count(in: text.utf8, contentEnd..<next)
        if newlines >= 2 { return false }
        if newlines == 1 && continuesWrappedLine(contentEnd: contentEnd, next: next, sentenceStart: sentenceStart) { return true }

        var terminatorEnd = contentEnd
        while let (scalar, start) = text.scalar(before: terminatorEnd), Self.isClosing(scalar), start > sentenceStart {
            terminatorEnd = start
        }
        guard let (terminator, terminatorStart) = text.scalar(before: terminatorEnd) else { return false }

        // "1. The first item", "• 9. Stop smoking", "Q. What is his name?": ICU ends a sentence
        // after a list marker that opens it; a marker alone is never a sentence.
        if isListMarkerOnly(text.skippingSpace(from: sentenceStart)..<contentEnd) { return true }
        let (cjkDepth, asciiDepth) = bracketDepths(sentenceStart..<contentEnd, &brackets)
        if cjkDepth > 0 || asciiDepth > 0 && closesSoon(from: next) {
            return true
        }
        if isBracketedMark(terminatorStart: terminatorStart, closersEnd: contentEnd, terminatorEnd: terminatorEnd) { return true }
        if rules.keepsQuotationsWhole && newlines == 0,
           joinsQuotation(contentEnd: contentEnd, next: next, terminatorEnd: terminatorEnd, sentenceStart: sentenceStart,
                          quotations: &quotations) {
            return true
        }
        switch terminator {
        case 0x2E:  // .
            return joinsAfterPeriod(periodStart: terminatorStart, next: next, sentenceStart: sentenceStart)
        case 0x2026:  // …
            return Self.isLowercase(firstLetter(from: next))
        case 0x21, 0x3F:  // ! ?
            // "He speaks !Xũ", "Yahoo!Japan": ICU ends a sentence at "!" even with a letter
            // right after it; a letter with no space before it goes on the same word.
            if contentEnd == next, let value = Unicode.Scalar(nextScalar), value.properties.isAlphabetic { return true }
            // "She works at Yahoo! in…", "'Well!' thought Alice": a lower-case word goes on.
            return Self.isLowercase(nextScalar) && !text.containsNewline(contentEnd..<next)
        default:
            return false
        }
    }

    /// "'Well!' thought Alice, 'after such a fall as this, I shall think nothing of tumbling down
    /// stairs! How brave they'll all think me at home!' (Which was very likely true.)": where the
    /// rules keep quotations whole, a sentence end inside a quotation that closes on the same line
    /// is none (the quotation is one sentence with its attribution); and after a quotation set
    /// inside a sentence, a bracketed remark goes on that sentence ("\"Dinah'll miss me!\" (Dinah
    /// was the cat.)", a quotation that is the whole sentence, still ends it).
    private func joinsQuotation(contentEnd: Int, next: Int, terminatorEnd: Int, sentenceStart: Int,
                                quotations: inout QuotationScan) -> Bool {
        quotations.advance(in: text, sentenceStart: sentenceStart, to: contentEnd)
        if !quotations.open.isEmpty { return quotations.closesOnLine(from: next, in: text) }
        guard terminatorEnd < contentEnd, text.utf8[next] == 0x28, let opening = quotations.lastOpening,
              opening > text.skippingSpace(from: sentenceStart), let closer = text.scalar(at: terminatorEnd) else { return false }
        return closer == 0x22 || closer == 0x27 || closer == 0x201D || closer == 0x2019
    }

    /// "It was a cold \nnight in the city.", "…if you follow \na few simple guidelines:": ICU
    /// ends a sentence at every line break, so hard-wrapped prose (e-mail, PDF text) falls apart.
    /// A line of prose (three words or more) that ends without a terminator or a colon goes on
    /// when the next line starts with a lower-case letter or a bracket; short lines
    /// ("features", "contact manager") are list items or headings and stay apart.
    private func continuesWrappedLine(contentEnd: Int, next: Int, sentenceStart: Int) -> Bool {
        // The next line goes on the sentence when it starts in lower case or with a bracket
        // ("…400 yd\n( 365.8 m ).").
        let first = text.scalar(at: next)
        guard Self.isLowercase(first) || first == 0x28 || first == 0x5B,
              let (last, _) = text.scalar(before: contentEnd) else { return false }
        switch last {
        case 0x2E, 0x21, 0x3F, 0x3A, 0x3B, 0x2026, 0x3002, 0xFF01, 0xFF1F, 0xFF1A, 0x22, 0x27, 0x201D, 0x2019, 0x29, 0x5D:
            return false  // . ! ? : ; … 。 ！ ？ ： and closers
        default:
            break
        }
        // Before a bracket, the line must end in a lower-case word: a title-cased heading
        // ("Scavenger Hunt Trophy\n(Picture Coming Soon)") keeps its line.
        if !Self.isLowercase(first) && !Self.isLowercase(text.scalar(at: text.word(endingAt: contentEnd).lowerBound)) {
            return false
        }
        var lineStart = contentEnd
        while lineStart > sentenceStart && text.utf8[lineStart - 1] != 0x0A && text.utf8[lineStart - 1] != 0x0D { lineStart -= 1 }
        var words = 0
        var inWord = false
        for byte in text.utf8[lineStart..<contentEnd] {
            let isSpace = byte == 0x20 || byte == 0x09 || byte == 0x0D
            if !isSpace && !inWord { words += 1 }
            inWord = !isSpace
        }
        return words >= 3
    }

    /// "Gen.", "U.S.", "E. Smith", "No. 5", "Jan. 20", "...": the period-ending rules.
    private func joinsAfterPeriod(periodStart: Int, next: Int, sentenceStart: Int) -> Bool {
        // "Tuesday.Mr. Smith": after a split with no space, the word starts at the sentence.
        var wordRange = max(text.word(endingAt: periodStart).lowerBound, min(sentenceStart, periodStart))..<periodStart
        while wordRange.lowerBound < periodStart, let scalar = text.scalar(at: wordRange.lowerBound),
              Self.isOpening(scalar) || scalar == 0x22 || scalar == 0x27 {
            wordRange = (wordRange.lowerBound + UTF8Scanner.decode(text.utf8, at: wordRange.lowerBound).1)..<wordRange.upperBound
        }
        let utf8 = text.utf8
        let hasInnerPeriod = utf8[wordRange].contains(0x2E)
        // An ordinary word ("agreed.") longer than every listed word, with no period inside, is
        // no abbreviation, initial or ellipsis: the most common case needs no String.
        if wordRange.count > rules.longestPeriodWord && !hasInnerPeriod { return false }
        // Built only when a rule needs it: most boundaries follow an ordinary word.
        var nextWordCache: String?
        func nextWord() -> String {
            if let nextWordCache { return nextWordCache }
            let word = nextWordKey(from: next)
            nextWordCache = word
            return word
        }
        let nextFirst = firstLetter(from: next)
        let nextIsLower = Self.isLowercase(nextFirst)
        let nextIsDigit = nextFirst.map { $0 >= 0x30 && $0 <= 0x39 } ?? false

        // Ellipsis: "that.... She left" ends; "what I mean...see" does not.
        if wordRange.isEmpty || utf8[wordRange.upperBound - 1] == 0x2E {
            // "the thing is . . . I didn't mean it": ICU ends a sentence at a spaced three-dot
            // ellipsis before a capital; standing alone, it marks an omission inside the
            // sentence (four dots, ". . . .", end one).
            if wordRange.isEmpty && spacedDots(endingAt: periodStart + 1) == 3 { return true }
            return nextIsLower
        }
        // Short ASCII words are looked up without building a String.
        let classes: SentenceRules.WordClass
        let isInitial: Bool
        if let packed = SentenceRules.pack(utf8[wordRange]) {
            classes = rules.classes(ofPacked: packed)
            let byte = utf8[wordRange.lowerBound] | 0x20
            isInitial = wordRange.count == 1 && byte >= 0x61 && byte <= 0x7A
        } else {
            let body = text.string(wordRange)
            classes = rules.classes(of: body.lowercased())
            isInitial = Self.isInitial(body)
        }
        if !classes.isDisjoint(with: [.title, .nonFinal]) { return !nextWord().isEmpty }
        if nextIsDigit && classes.contains(.numberPrefix) { return true }
        // "He left at 6 P.M. Travelers who…": ICU runs on after "a.m."/"p.m."; such an
        // abbreviation ends a sentence before a capitalised word unless the word goes with it
        // ("at 7 p.m. Tuesday", "10 a.m. EST"): see [enders] and [continuers].
        if classes.contains(.ender) {
            return nextIsLower || nextIsDigit || rules.classes(of: nextWord()).contains(.continuer)
        }
        // "you and I. Did you see…": ICU (and the initials rule) read a one-letter word such as
        // "I" as an initial; after a lower-case word it is a word, not part of a name.
        if isInitial, classes.contains(.letterWord), previousWordIsLowercase(before: wordRange.lowerBound) {
            return nextIsLower || nextIsDigit
        }
        let isAbbreviation = classes.contains(.abbreviation) || isInitial
            || (hasInnerPeriod && Self.isDottedAcronym(text.string(wordRange)))
        guard isAbbreviation else { return false }
        if nextIsLower || nextIsDigit { return true }
        if rules.starters.isEmpty { return false }
        return !rules.classes(of: nextWord()).contains(.starter)
    }

    /// The number of dots in the ". . ." run ending at `end`, or 0 when the first dot is attached
    /// to a word ("compounds. . . .").
    private func spacedDots(endingAt end: Int) -> Int {
        let utf8 = text.utf8
        var position = end - 1
        var dots = 1
        while position >= 2, utf8[position - 1] == 0x20, utf8[position - 2] == 0x2E {
            dots += 1
            position -= 2
        }
        if position > 0, !UTF8Scanner.isSpace(UInt32(utf8[position - 1])) { return 0 }
        return dots
    }

    /// Whether the word before `offset` starts with a lower-case letter.
    private func previousWordIsLowercase(before offset: Int) -> Bool {
        let end = text.skippingSpace(backFrom: offset)
        guard end < offset else { return false }
        let word = text.word(endingAt: end)
        return Self.isLowercase(text.scalar(at: word.lowerBound))
    }

    /// "[?][footnoteRef:6] This…", "stairways [...]\" (Smith 55).", "(!)": ICU ends a sentence
    /// at a terminator that stands alone in brackets; it is an editor's mark, not an end.
    private func isBracketedMark(terminatorStart: Int, closersEnd: Int, terminatorEnd: Int) -> Bool {
        guard terminatorEnd < closersEnd, let closer = text.scalar(at: terminatorEnd),
              closer == 0x5D || closer == 0x29 else { return false }  // ] )
        var position = terminatorEnd
        while let (scalar, start) = text.scalar(before: position),
              scalar == 0x2E || scalar == 0x21 || scalar == 0x3F || scalar == 0x2026 {
            position = start
        }
        guard let (opener, _) = text.scalar(before: position) else { return false }
        return (opener == 0x5B && closer == 0x5D) || (opener == 0x28 && closer == 0x29)
    }

    /// Whether a `)` or `]` that closes an earlier bracket comes soon after `offset`, on the same
    /// line.
    private func closesSoon(from offset: Int) -> Bool {
        let utf8 = text.utf8
        var depth = 0
        var index = offset
        let limit = min(utf8.count, offset + 200)
        while index < limit {
            switch utf8[index] {
            case 0x0A, 0x0D: return false
            case 0x28, 0x5B: depth += 1
            case 0x29, 0x5D:
                if depth == 0 { return true }
                depth -= 1
            default: break
            }
            index += 1
        }
        return false
    }

    /// How deep `range` ends inside brackets: 《》（）「」『』, and ( ) [ ] (reset at a newline).
    /// "我们去看《摔跤吧！爸爸》好吗？": an end inside 《》 or CJK brackets that close later is not
    /// one; "[16:  firma? 13:28]": nor is an end inside parentheses or square brackets that
    /// close soon after, on the same line (see `closesSoon`).
    private func bracketDepths(_ range: Range<Int>, _ scan: inout BracketScan) -> (cjk: Int, ascii: Int) {
        let utf8 = text.utf8
        // Go on from the last call's scan of the same sentence: the whole pass stays linear.
        if scan.start != range.lowerBound || scan.position > range.upperBound {
            scan = BracketScan(start: range.lowerBound, position: range.lowerBound)
        }
        var cjk = scan.cjk, ascii = scan.ascii
        let offsets = punctuation.offsets
        var event = punctuation.first(atOrAfter: scan.position)
        defer { scan.position = range.upperBound; scan.cjk = cjk; scan.ascii = ascii }
        while event < offsets.count, offsets[event] < range.upperBound {
            let index = offsets[event]
            event += 1
            switch utf8[index] {
            case 0x28, 0x5B: ascii += 1
            case 0x29, 0x5D: ascii = max(0, ascii - 1)
            case 0x0A, 0x0D: ascii = 0
            case 0xE3, 0xEF:
                switch UTF8Scanner.decode(utf8, at: index).0 {
                case 0x300A, 0xFF08, 0x300C, 0x300E: cjk += 1  // 《 （ 「 『
                case 0x300B, 0xFF09, 0x300D, 0x300F: cjk = max(0, cjk - 1)  // 》 ） 」 』
                default: break
                }
            default: break
            }
        }
        return (cjk, ascii)
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
            if scalar < 0x80 {
                let folded = scalar | 0x20
                if (folded >= 0x61 && folded <= 0x7A) || (scalar >= 0x30 && scalar <= 0x39) { return scalar }
            } else if let value = Unicode.Scalar(scalar), value.properties.isAlphabetic {
                return scalar
            }
            position += UTF8Scanner.decode(text.utf8, at: position).1
        }
        return nil
    }

    // MARK: Character classes

    static func isLowercase(_ scalar: UInt32?) -> Bool {
        guard let scalar else { return false }
        if scalar < 0x80 { return scalar >= 0x61 && scalar <= 0x7A }
        guard let value = Unicode.Scalar(scalar) else { return false }
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

/// The bracket depths `SentenceBoundaryRules.bracketDepths` has counted so far in a sentence.
struct BracketScan {
    var start = -1
    var position = 0
    var cjk = 0
    var ascii = 0
}
