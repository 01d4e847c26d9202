import TriglotText

/// Translates the name of a body, event or document no glossary or dictionary has by its words:
/// a head that says what it is (协会 Hội Association) and modifiers that say which one (越中,
/// 友好), each taken from ``BodyLexicon`` or, for countries and places, from the glossary, and
/// put in the order each language writes them. Answers only when those words cover the whole
/// name; otherwise the name is left to the person and place rules.
///
/// The order is written once, for a name read as a head and a list of items in Chinese order
/// (a run of countries is one item):
/// - Chinese: the items, then the head (越老 友好 协会; 老挝 人民革命党).
/// - Vietnamese: the head, then the items in reverse order, a run of countries joined by " - "
///   and kept in its order (Hội Hữu nghị Việt Nam - Lào; Ngân hàng Đầu tư Cơ sở hạ tầng
///   châu Á).
/// - English: the items, then the head, countries joined by "-" (Vietnam-Laos Friendship
///   Association), or "HEAD of COUNTRY" or the country's adjective when the head says so
///   (Ministry of Foreign Affairs of Cambodia; Lao People's Revolutionary Party).
struct BodyNameComposer {
    /// A name taken apart: its head, and its items in Chinese order.
    struct Parsed: Equatable {
        let head: BodyLexicon.Word
        let items: [Item]
    }

    /// A modifier, or a run of one or more countries written together (越中, Việt Nam - Trung Quốc).
    enum Item: Equatable {
        case modifier(BodyLexicon.Word)
        case countries([BodyLexicon.Word])
    }

    /// The forms of a composed name in the other languages, and how it was read.
    struct Composition {
        let forms: [Language: [NameForm]]
        let reasons: [String]
    }

    /// The confidence of a composed form: the words are curated, but their order and the
    /// choice among a word's senses are guessed.
    static let confidence = 0.7

    /// A form of a word, as matched: its key (``MatchKey/strict(_:)``, as characters) and
    /// whether it is a short form that stands only beside another country (越 in 越中).
    private struct Piece {
        let key: [Character]
        let word: BodyLexicon.Word
        let short: Bool
    }

    private let lexicon: BodyLexicon
    /// Modifier and country forms per language, longest first, so that 越南 is tried before 越.
    private let pieces: [Language: [Piece]]
    /// Head forms per language, longest first.
    private let heads: [Language: [(key: String, word: BodyLexicon.Word)]]

    init(glossary: Glossary, lexicon: BodyLexicon = .shared) {
        self.lexicon = lexicon
        var words = lexicon.modifiers
        let headKeys = Set(lexicon.heads.flatMap { head in Language.allCases.flatMap { head.forms(in: $0).map(Self.key) } })
        // The glossary's places and organisations are countries too (Hà Nội in Đại học Hà Nội);
        // the lexicon's own rows come first, as they also know adjectives and short forms.
        for concept in glossary.concepts where concept.kind == .place || concept.kind == .organisation {
            guard let chinese = concept.chinese, let vietnamese = concept.vietnamese, let english = concept.english else { continue }
            let zh = [chinese] + (concept.chineseTraditional.map { [$0] } ?? []) + (concept.aliases[.chinese] ?? [])
            let word = BodyLexicon.Word(chinese: zh.filter { $0.count > 1 }, vietnamese: [vietnamese] + (concept.aliases[.vietnamese] ?? []),
                                        english: [english, english] + (concept.aliases[.english] ?? []),
                                        role: .country, englishOrder: .before)
            // A glossary name that is also a head (大使馆 Embassy) stays a head.
            guard !word.chinese.isEmpty, !Language.allCases.contains(where: { word.forms(in: $0).contains { headKeys.contains(Self.key($0)) } })
            else { continue }
            words.append(word)
        }
        var pieces: [Language: [Piece]] = [:]
        var heads: [Language: [(key: String, word: BodyLexicon.Word)]] = [:]
        for language in Language.allCases {
            var list: [Piece] = []
            var seen = Set<String>()
            for word in words {
                for form in word.forms(in: language) where seen.insert(Self.key(form)).inserted {
                    list.append(Piece(key: Array(Self.key(form)), word: word, short: false))
                }
            }
            for (form, country) in lexicon.shorts[language] ?? [:] where seen.insert(Self.key(form)).inserted {
                list.append(Piece(key: Array(Self.key(form)), word: country, short: true))
            }
            // Stable: among forms of the same length the lexicon's row wins.
            pieces[language] = list.enumerated().sorted { ($0.element.key.count, -$0.offset) > ($1.element.key.count, -$1.offset) }.map(\.element)
            var headList: [(key: String, word: BodyLexicon.Word)] = []
            for head in lexicon.heads { for form in head.forms(in: language) { headList.append((Self.key(form), head)) } }
            heads[language] = headList.enumerated().sorted { ($0.element.key.count, -$0.offset) > ($1.element.key.count, -$1.offset) }.map(\.element)
        }
        self.pieces = pieces
        self.heads = heads
    }

    // MARK: Answer

    /// The forms of `name`, written in `language`, in the other two languages; nil when the
    /// lexicon and glossary do not cover it whole.
    func compose(_ name: String, _ language: Language) -> Composition? {
        guard let parsed = parse(name, language) else { return nil }
        var forms: [Language: [NameForm]] = [:]
        for target in Language.allCases where target != language {
            forms[target] = [NameForm(text: write(parsed, in: target), source: "composed", conceptID: nil, confidence: Self.confidence)]
        }
        let modifiers = parsed.items.map { item -> String in
            switch item {
            case .modifier(let word): return word.english[0]
            case .countries(let run): return run.map { $0.english[0] }.joined(separator: "-")
            }
        }
        var reason = "composed: head \(parsed.head.forms(in: language)[0]) (\(parsed.head.english[0]))"
        if !modifiers.isEmpty { reason += " with " + modifiers.joined(separator: ", ") }
        return Composition(forms: forms, reasons: [reason])
    }

    // MARK: Writing

    /// `parsed` as `language` writes it.
    func write(_ parsed: Parsed, in language: Language) -> String {
        switch language {
        case .chinese:
            return parsed.items.map { item -> String in
                switch item {
                case .modifier(let word): return word.chinese[0]
                case .countries(let run):
                    // Two or more countries take their one-character forms where each has one (越中, 中老).
                    let shorts = run.compactMap { lexicon.shortChinese[$0.english[0]] }
                    if run.count > 1, shorts.count == run.count { return shorts.joined() }
                    return run.map { $0.chinese[0] }.joined(separator: "－")
                }
            }.joined() + parsed.head.chinese[0]
        case .vietnamese:
            let items = parsed.items.reversed().map { item -> String in
                switch item {
                case .modifier(let word): return word.vietnamese[0]
                case .countries(let run): return run.map { $0.vietnamese[0] }.joined(separator: " - ")
                }
            }
            return ([parsed.head.vietnamese[0]] + items).joined(separator: " ")
        case .english:
            let head = parsed.head.english[0]
            if case .countries(let run) = parsed.items.first, run.count == 1 {
                let rest = parsed.items.dropFirst().map(Self.english)
                switch parsed.head.englishOrder {
                case .of:
                    return (rest + [head]).joined(separator: " ") + " of " + Self.withArticle(run[0].english[0])
                case .adjective:
                    return ([run[0].englishAdjective] + rest + [head]).joined(separator: " ")
                case .before:
                    break
                }
            }
            return (parsed.items.map(Self.english) + [head]).joined(separator: " ")
        }
    }

    private static func english(_ item: Item) -> String {
        switch item {
        case .modifier(let word): return word.english[0]
        case .countries(let run): return run.map { $0.english[0] }.joined(separator: "-")
        }
    }

    /// English writes "the" before a country named by a plural or a common noun (of the
    /// Philippines, of the United States).
    private static func withArticle(_ country: String) -> String {
        country.hasPrefix("United ") || country == "Philippines" || country == "Netherlands" ? "the " + country : country
    }

    // MARK: Reading

    /// `name` taken apart into a head and items in Chinese order, or nil.
    func parse(_ name: String, _ language: Language) -> Parsed? {
        var text = Self.key(name)
        // The lexicon is written in simplified characters: 越老友好協會 is read as 越老友好协会.
        if language == .chinese { text = String(text.map { HanTables.shared.simplified[$0] ?? $0 }) }
        guard !text.isEmpty else { return nil }
        for (form, head) in heads[language] ?? [] {
            var rest: String
            switch language {
            case .chinese:
                guard text.hasSuffix(form) else { continue }
                rest = String(text.dropLast(form.count))
            case .vietnamese:
                guard text == form || text.hasPrefix(form + " ") else { continue }
                rest = String(text.dropFirst(form.count))
            case .english:
                guard text == form || text.hasSuffix(" " + form) else { continue }
                rest = String(text.dropLast(form.count))
            }
            rest = rest.trimmingCharacters(in: " ")
            if rest.isEmpty {
                // A head alone is a name only when it is more than one word (外交部, Quốc hội,
                // National Assembly); "Bank" or "Hội" alone is not.
                let words = language == .chinese ? form.count : form.split(separator: " ").count
                if words > 1 { return Parsed(head: head, items: []) }
                continue
            }
            guard let items = segment(rest, language) else { continue }
            // Vietnamese writes its modifiers in the reverse of the Chinese order.
            return Parsed(head: head, items: language == .vietnamese ? items.reversed() : items)
        }
        if language == .english { return parseOf(text) }
        return nil
    }

    /// An English name written "HEAD of COUNTRY" (Ministry of Foreign Affairs of Cambodia),
    /// with modifiers perhaps before the head.
    private func parseOf(_ text: String) -> Parsed? {
        // Any head may be read so (Bank of China), though only some are written so.
        for (form, head) in heads[.english] ?? [] {
            var searchStart = text.startIndex
            while let range = text.range(of: form + " of ", range: searchStart..<text.endIndex) {
                searchStart = text.index(after: range.lowerBound)
                let before = String(text[..<range.lowerBound])
                guard before.isEmpty || before.hasSuffix(" ") else { continue }
                var after = String(text[range.upperBound...])
                if after.hasPrefix("the ") { after.removeFirst(4) }
                guard let countries = segment(after, .english), countries.count == 1, case .countries(let run) = countries[0], run.count == 1
                else { continue }
                let trimmed = before.trimmingCharacters(in: " ")
                let modifiers = trimmed.isEmpty ? [] : segment(trimmed, .english)
                guard let modifiers, modifiers.allSatisfy({ if case .modifier = $0 { true } else { false } }) else { continue }
                return Parsed(head: head, items: countries + modifiers)
            }
        }
        return nil
    }

    /// `text` cut into modifiers and runs of countries that cover it whole, in written order.
    /// A short form (越, Việt) counts only in a run of two or more countries, so that 中部 is
    /// not "Ministry of China".
    private func segment(_ text: String, _ language: Language) -> [Item]? {
        let characters = Array(text)
        let pieces = self.pieces[language] ?? []
        let separators: Set<Character> = language == .chinese ? ["－", "-", "–", "—", "·", "・", "、", " "] : [" ", "-", "–", "—"]
        // The state after some pieces: the position, whether the last piece was a country, and
        // whether the run it ends holds a short form still waiting for a second country.
        struct State: Hashable { let position: Int; let country: Bool; let waiting: Bool }
        var failed = Set<State>()
        var chosen: [Piece] = []

        func search(_ state: State) -> Bool {
            var position = state.position
            while position < characters.count, separators.contains(characters[position]) { position += 1 }
            if position == characters.count { return !state.waiting }
            if failed.contains(state) { return false }
            for piece in pieces where position + piece.key.count <= characters.count {
                guard characters[position..<(position + piece.key.count)].elementsEqual(piece.key) else { continue }
                let end = position + piece.key.count
                // Letters are words: a form ends where a word ends ("Lào", not "Lào Cai" read as Lào + Cai).
                if language != .chinese, end < characters.count, !separators.contains(characters[end]) { continue }
                let next: State
                if piece.word.role == .country {
                    next = State(position: end, country: true, waiting: state.country ? false : piece.short)
                } else {
                    guard !state.waiting else { continue }
                    next = State(position: end, country: false, waiting: false)
                }
                chosen.append(piece)
                if search(next) { return true }
                chosen.removeLast()
            }
            failed.insert(state)
            return false
        }
        guard search(State(position: 0, country: false, waiting: false)) else { return nil }
        var items: [Item] = []
        for piece in chosen {
            if piece.word.role == .country {
                if case .countries(let run) = items.last {
                    items[items.count - 1] = .countries(run + [piece.word])
                } else {
                    items.append(.countries([piece.word]))
                }
            } else {
                items.append(.modifier(piece.word))
            }
        }
        return items
    }

    /// The key forms are matched by: lower case, tone marks placed one way, one kind of
    /// apostrophe, single spaces.
    private static func key(_ text: String) -> String {
        MatchKey.strict(text).replacingOccurrences(of: "’", with: "'")
            .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
}
