import TriglotText

/// Forms from the open dictionaries (``NameDictionary``) for a name the glossary lacks: the
/// entries that write the name as asked, with or without its generic part (河内市 = 河内), or,
/// for a Chinese name written in Vietnamese or in pinyin, the entries of the characters it reads
/// back to (Phúc Châu → 福州 → Fuzhou). A language the entry lacks is filled by the rules its
/// origin calls for (a Chinese city's Hán-Việt reading, a Cambodian's name as English writes it).
struct DictionaryForms {
    private var dictionary: NameDictionary { .shared }
    private var evidence: OriginEvidence { .shared }

    /// One answer: the forms, and the origin and kind the entry says.
    struct Answer {
        let forms: [Language: [NameForm]]
        let guess: NameOriginGuess
    }

    /// The dictionary's answer for `query` in `language`, or nil when no entry fits.
    /// `guess` is the rules' reading of the name, used to decide whether a reading back through
    /// characters is worth trying; `rules` fills what the entry lacks.
    func answer(_ query: String, _ language: Language, kind: NameKind?, guess: NameOriginGuess, rules: NameRules) -> Answer? {
        var generic: OriginEvidence.Generic?
        var via: String?
        var entries = self.entries(query, language)
        if entries.isEmpty, let split = split(query, language) {
            entries = self.entries(split.base, language)
            if !entries.isEmpty { generic = split.generic }
        }
        if language == .chinese, generic == nil, !entries.contains(where: { $0.source == "iso-codes" || $0.source == "cldr" }),
           let vietnamese = vietnameseSubdivision(query, rules: rules),
           entries.allSatisfy({ population(of: $0) < Self.prominentCity }) {
            // 海阳 is a county-level city in Shandong and the province of Hải Dương in Vietnam: the
            // province, which the news names far more often, unless the Chinese place is a large city.
            (entries, via) = (vietnamese.entries + entries, vietnamese.reading)
        }
        if entries.isEmpty {
            (entries, via) = readBack(query, language, guess: guess)
        }
        if let kind { entries = entries.filter { $0.kind == nil || $0.kind == kind.rawValue } }
        // Several places may share a name (Fuzhou: 福州 and 抚州): a standards body's entry leads,
        // else GeoNames' (its cities come largest first), else the first.
        let standard = entries.first(where: { $0.source == "iso-codes" || $0.source == "cldr" })
        let city = entries.first { $0.source == "geonames" }
        guard var primary = standard ?? city ?? entries.first else { return nil }
        if let standard, let city, city.country != standard.country, population(of: city) >= Self.prominentCity,
           !(language == .vietnamese && standard.country == "VN") {
            // 太原: Taiyuan, a city of four million, before the Vietnamese province of Thái Nguyên;
            // but "Thái Nguyên" written in Vietnamese is the province.
            primary = city
        }
        // The entries of the same place or person: a shared form, and no other country.
        let related = [primary] + entries.filter { entry in
            entry != primary && (entry.country == nil || primary.country == nil || entry.country == primary.country)
                && (!Set(entry.chinese).isDisjoint(with: primary.chinese)
                    || (primary.chinese.isEmpty && !Set(entry.english.map(NameDictionary.englishKey))
                        .isDisjoint(with: primary.english.map(NameDictionary.englishKey))))
        }
        let origin = primary.country.map(NameOrigin.of(country:)) ?? guess.origin
        let entryKind = primary.kind.flatMap(NameKind.init(rawValue:)) ?? kind ?? guess.kind
        let label = "dictionary " + primary.source
        var reasons = ["\(label): " + (primary.english.first ?? primary.chinese.first ?? primary.vietnamese.first ?? "")
                       + (primary.country.map { " (\($0))" } ?? "")]
        if let via { reasons.append("read back through \(via)") }

        var forms: [Language: [NameForm]] = [:]
        func add(_ language: Language, _ texts: [String], _ source: String, _ confidence: Double) {
            for text in texts where !(forms[language] ?? []).contains(where: { $0.text == text }) {
                forms[language, default: []].append(NameForm(text: text, source: source, conceptID: nil, confidence: confidence))
            }
        }
        for entry in related {
            let source = "dictionary " + entry.source
            add(.english, entry.english, source, 0.9)
            add(.chinese, ordered(entry.chinese, generic: generic?.chinese ?? primary.generic, wanted: generic != nil), source, 0.9)
            // GeoNames' Vietnamese forms are guessed from letters alone: for a place outside China
            // and Vietnam they are mostly the local romanization (Batdâmbâng), not Vietnamese.
            if entry.source != "geonames" || origin == .chinese || origin == .vietnamese {
                add(.vietnamese, entry.vietnamese, source, 0.9)
            }
        }
        tidy(&forms, keepGeneric: generic != nil)
        if origin == .vietnamese { agree(&forms, asked: language, rules: rules) }
        // What the entries lack, by the rules the name's origin calls for.
        if forms[.vietnamese] == nil {
            switch origin {
            case .otherAsian, .western:
                if let english = forms[.english]?.first { add(.vietnamese, [english.text], label + "+as-written", 0.8) }
            case .chinese, .vietnamese:
                if let chinese = forms[.chinese]?.first,
                   let reading = rules.forms(chinese.text, .chinese, NameOriginGuess(origin: origin, kind: entryKind, reasons: [], certain: true))[.vietnamese]?.first {
                    add(.vietnamese, [reading.text], label + "+" + reading.source, 0.8)
                }
            }
        }
        if forms[.english] == nil, let vietnamese = forms[.vietnamese]?.first, origin == .vietnamese {
            add(.english, [VietnameseRomanizer.romanize(vietnamese.text).text], label + "+unaccented", 0.8)
        }
        if forms[.chinese] == nil, let vietnamese = forms[.vietnamese]?.first, origin == .vietnamese {
            // A Vietnamese name the entry gives no characters for: candidates read back, guesses.
            for candidate in HanVietIndex.shared.candidates(for: vietnamese.text, personal: entryKind == .person, place: entryKind == .place) {
                add(.chinese, [candidate.text], label + "+" + candidate.rule, candidate.confidence)
            }
        }
        if let generic {
            forms[.vietnamese] = forms[.vietnamese]?.map { form in
                form.text.lowercased().hasPrefix(generic.vietnamese[0].lowercased()) ? form
                    : NameForm(text: generic.vietnamese[0] + " " + form.text, source: form.source, conceptID: nil, confidence: form.confidence)
            }
            if generic.englishKeeps {
                forms[.english] = forms[.english]?.map { form in
                    NameForm(text: form.text + " " + generic.english[0], source: form.source, conceptID: nil, confidence: form.confidence)
                }
            }
        }
        forms[language] = [NameForm(text: query, source: "query", conceptID: nil, confidence: 1)]
        return Answer(forms: forms, guess: NameOriginGuess(origin: origin, kind: entryKind, reasons: reasons, certain: true))
    }

    /// Forms put in the order a reader expects: simplified characters before traditional ones
    /// (GeoNames sometimes lists 會安 first), and, when the query had no generic part, the name
    /// without one first (Kunming before Kunming City, 昆明 before 昆明市, Côn Minh before
    /// thành phố Côn Minh); a generic English keeps (Paracel Islands) stays.
    private func tidy(_ forms: inout [Language: [NameForm]], keepGeneric: Bool) {
        func reorder(_ language: Language, _ bare: (String) -> String?) {
            guard let list = forms[language] else { return }
            var result: [NameForm] = []
            for form in list {
                if !keepGeneric, let stripped = bare(form.text), !stripped.isEmpty,
                   !result.contains(where: { $0.text == stripped }), !list.contains(where: { $0.text == stripped }) {
                    result.append(NameForm(text: stripped, source: form.source, conceptID: nil, confidence: form.confidence))
                }
                if !result.contains(where: { $0.text == form.text }) { result.append(form) }
            }
            if !keepGeneric {
                // Forms without a generic part first, keeping their order otherwise.
                result = result.filter { bare($0.text) == nil } + result.filter { bare($0.text) != nil }
            }
            forms[language] = result
        }
        if let chinese = forms[.chinese] {
            var simplified: [NameForm] = []
            for form in chinese {
                let plain = NameFolder.simplify(form.text)
                if plain != form.text, !chinese.contains(where: { $0.text == plain }), !simplified.contains(where: { $0.text == plain }) {
                    simplified.append(NameForm(text: plain, source: form.source, conceptID: nil, confidence: form.confidence))
                }
                if plain == form.text { simplified.append(form) }
            }
            forms[.chinese] = simplified + chinese.filter { NameFolder.simplify($0.text) != $0.text }
        }
        reorder(.english) { text in
            evidence.generic(endingEnglish: text).flatMap { $0.generic.englishKeeps ? nil : $0.base }
        }
        reorder(.chinese) { evidence.generic(endingChinese: $0).map(\.base) }
        reorder(.vietnamese) { evidence.generic(startingVietnamese: $0).map(\.base) }
    }

    /// A Vietnamese name's Chinese form reads as its Vietnamese form in Hán-Việt (谅山 Lạng Sơn).
    /// A source's Chinese form that does not (a translation table's slip of one character) goes
    /// after one that does, including a candidate read back from the Vietnamese form in common
    /// characters; and Vietnamese forms whose reading agrees go first (a GeoNames alternate
    /// spelled with the wrong diacritic after the right one).
    private func agree(_ forms: inout [Language: [NameForm]], asked: Language, rules: NameRules) {
        guard let chinese = forms[.chinese], let vietnamese = forms[.vietnamese], let spelled = vietnamese.first?.text,
              let pinyin = try? rules.pinyin() else { return }
        let reader = HanVietReader()
        func reading(_ text: String) -> String? {
            reader.read(text, pinyin: pinyin.readings(text, personal: false)).map { MatchKey.loose($0.text) }
        }
        let readings = chinese.map { reading($0.text) }
        let vietnameseKeys = Set(vietnamese.map { MatchKey.loose($0.text) })
        let strictReadings = chinese.compactMap { form in
            reader.read(form.text, pinyin: pinyin.readings(form.text, personal: false)).map { MatchKey.strict($0.text) }
        }
        let agreeing = vietnamese.filter { form in strictReadings.contains(MatchKey.strict(form.text)) }
        forms[.vietnamese] = agreeing + vietnamese.filter { form in !agreeing.contains(where: { $0.text == form.text }) }
        guard asked != .chinese, !readings.contains(where: { $0.map(vietnameseKeys.contains) ?? false }) else { return }
        let frequency = HanTables.shared.frequency
        let common = HanVietIndex.shared.candidates(for: spelled, limit: 3, place: true).first { candidate in
            candidate.text.allSatisfy { character in
                let simplified = HanTables.shared.traditional[character]?.compactMap { frequency[$0] }.min()
                return (frequency[character] ?? simplified ?? 9) <= 4
            } && reading(candidate.text) == MatchKey.loose(spelled)
        }
        if let common {
            let source = (chinese.first?.source ?? "dictionary") + "+han-viet-reverse"
            forms[.chinese] = [NameForm(text: common.text, source: source, conceptID: nil, confidence: 0.7)] + chinese
        }
    }

    /// A city this large outranks a Vietnamese province of the same characters (太原 Taiyuan over Thái Nguyên).
    static let prominentCity = 1_000_000

    /// A place's population: its own, or that of the GeoNames city of the same English name.
    private func population(of entry: DictionaryEntry) -> Int {
        if let population = entry.population { return population }
        return entry.english.flatMap { dictionary.entries(english: $0) }
            .filter { $0.source == "geonames" && $0.country == entry.country }.compactMap(\.population).max() ?? 0
    }

    /// The Vietnamese provinces (iso-codes) whose name is the Hán-Việt reading of `name`, and that reading.
    private func vietnameseSubdivision(_ name: String, rules: NameRules) -> (entries: [DictionaryEntry], reading: String)? {
        let place = NameOriginGuess(origin: .chinese, kind: .place, reasons: [], certain: false)
        guard (2...4).contains(name.count), let reading = rules.forms(name, .chinese, place)[.vietnamese]?.first?.text else { return nil }
        let found = dictionary.entries(vietnamese: reading).filter { $0.source == "iso-codes" && $0.country == "VN" }
        return found.isEmpty ? nil : (found, reading)
    }

    /// The entries with `name` as a form in `language`.
    private func entries(_ name: String, _ language: Language) -> [DictionaryEntry] {
        switch language {
        case .chinese: dictionary.entries(chinese: name)
        case .english: dictionary.entries(english: name)
        case .vietnamese:
            // Vietnamese writes foreign names as English does (Mandalay, Hun Sen).
            dictionary.entries(vietnamese: name).nonEmpty
                ?? (name.unicodeScalars.allSatisfy(\.isASCII) ? dictionary.entries(english: name) : [])
        }
    }

    /// The name without its generic part (吉婆岛 → 吉婆, đảo Cát Bà → Cát Bà, Cat Ba Island → Cat Ba).
    private func split(_ name: String, _ language: Language) -> (base: String, generic: OriginEvidence.Generic)? {
        switch language {
        case .chinese: evidence.generic(endingChinese: name)
        case .english: evidence.generic(endingEnglish: name)
        case .vietnamese: evidence.generic(startingVietnamese: name)
        }
    }

    /// The entries of the characters a Chinese name written in Vietnamese or in pinyin reads back
    /// to, and those characters: only for names the rules take for Chinese ones or for places,
    /// since a Vietnamese person's name read back would find some Chinese namesake.
    private func readBack(_ query: String, _ language: Language, guess: NameOriginGuess) -> ([DictionaryEntry], String?) {
        guard guess.origin == .chinese || guess.kind == .place else { return ([], nil) }
        let candidates: [RuleCandidate]
        switch language {
        case .vietnamese: candidates = HanVietIndex.shared.candidates(for: query, limit: 40, personal: guess.kind == .person, place: guess.kind == .place)
        case .english where guess.origin == .chinese: candidates = PinyinIndex.shared.candidates(for: query, limit: 40)
        default: return ([], nil)
        }
        for candidate in candidates {
            let found = dictionary.entries(chinese: candidate.text).filter { entry in
                // A Chinese name read back: a Chinese entry, or one whose country is unknown.
                entry.country == nil || NameOrigin.of(country: entry.country!) == .chinese
            }
            if !found.isEmpty { return (found, candidate.text) }
        }
        return ([], nil)
    }

    /// Chinese forms with the generic part first when the query had one, last when it had not
    /// (谅山 for Lạng Sơn, 谅山省 for tỉnh Lạng Sơn).
    private func ordered(_ forms: [String], generic: String?, wanted: Bool) -> [String] {
        guard let generic else { return forms }
        let with = forms.filter { $0.hasSuffix(generic) }, without = forms.filter { !$0.hasSuffix(generic) }
        return wanted ? with + without : without + with
    }
}

extension Array {
    /// The array, or nil when it is empty.
    fileprivate var nonEmpty: [Element]? { isEmpty ? nil : self }
}
