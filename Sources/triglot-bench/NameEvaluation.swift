import ArgumentParser
import Foundation
import TriglotNames
import TriglotText

/// `triglot-bench names`: name transliteration against peers measured in the same run.
///
/// a. Chinese personal names → English pinyin form (CC-CEDICT person entries): Triglot's
///    PinyinRomanizer, ICU Han-Latin alone, ICU Han-Latin/Names, pypinyin. Every system's
///    syllables go through the same formatter (surname split as Triglot finds it, syllables
///    joined, apostrophes, capitals), so the figures compare readings, not formatting.
/// b. Chinese names → Hán-Việt (CLDR country and language names with a Hán-Việt Vietnamese
///    form): Triglot's HanVietReader, cn2vn.
/// c. CLDR country names in English, Chinese and Vietnamese against the shipped glossary.
struct NameEvaluation: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "names",
        abstract: "Score name transliteration against peers.",
        discussion: """
            Reads ../shared/data/names-cedict-persons-dev and names-cldr-countries-dev. The peers
            pypinyin and cn2vn run through tools/name_peers.py (pip install pypinyin cn2vn);
            a peer that is not installed is skipped with a message.

            Example: swift run -c release triglot-bench names
            """
    )

    @OptionGroup var data: DataOptions

    @Option(help: "The Python interpreter for the peers.")
    var python: String = "python3"

    @Option(help: "The peers' helper script.")
    var helper: String = "tools/name_peers.py"

    @Option(help: "Examples shown per error category.")
    var examples: Int = 4

    func run() throws {
        let romanizer = try PinyinRomanizer()
        if let path = data.path("names-cedict-persons-dev/cedict_person_names.dev.tsv") {
            try pinyinTask(path, romanizer: romanizer)
        }
        if let path = data.path("names-cldr-countries-dev/cldr_countries_languages.tsv") {
            hanVietTask(path, romanizer: romanizer)
            try glossaryTask(path)
        }
    }

    // MARK: a. pinyin

    /// One CC-CEDICT personal name: characters, gold syllables (toneless, lower case) and the
    /// gold English form.
    struct PersonName {
        let chinese: String
        let syllables: [String]
        let words: [Int]  // syllables per word of the gold form
        let english: String
    }

    /// Chinese personal names: all Han characters, two or more capitalised pinyin words (surname,
    /// given name), and an English gloss that starts with the name built from that pinyin in the
    /// English news form ("Wang2 Yi4" → "Wang Yi", "Ling2 hu2 De2 fen1" → "Linghu Defen").
    static func personNames(_ path: String) -> (names: [PersonName], total: Int, excluded: [String: Int]) {
        var names: [PersonName] = []
        var total = 0
        var excluded: [String: Int] = [:]
        for line in FileSystem.text(path).split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 4 else { continue }
            total += 1
            let chinese = fields[0]
            guard chinese.unicodeScalars.allSatisfy(\.isHanIdeograph) else {
                excluded["not all Chinese characters (mostly foreign names written with ·)", default: 0] += 1
                continue
            }
            let raw = fields[2].split(separator: " ").map(String.init)
            guard raw.count == chinese.count else { excluded["pinyin not one syllable per character", default: 0] += 1; continue }
            var words: [[String]] = []
            for syllable in raw {
                let plain = syllable.filter { !$0.isNumber }.replacingOccurrences(of: "u:", with: "u")
                guard let first = plain.first, plain.allSatisfy(\.isLetter) else { words = []; break }
                if first.isUppercase || words.isEmpty { words.append([]) }
                words[words.count - 1].append(plain.lowercased())
            }
            guard words.count >= 2 else {
                excluded["one pinyin word (transcribed foreign names, era and pen names, dynasties)", default: 0] += 1
                continue
            }
            let english = words.map { PinyinRomanizer.capitalized(PinyinRomanizer.join($0)) }.joined(separator: " ")
            let gloss = fields[3].replacingOccurrences(of: "ü", with: "u").replacingOccurrences(of: "Ü", with: "U")
            let rest = gloss.dropFirst(english.count)
            guard gloss.hasPrefix(english), !(rest.first.map { $0.isLetter || $0 == "'" || $0 == "-" } ?? false) else {
                excluded["gloss does not start with the pinyin name (foreign and Japanese names, Wade-Giles forms, titles)", default: 0] += 1
                continue
            }
            names.append(PersonName(chinese: chinese, syllables: words.flatMap { $0 }, words: words.map(\.count), english: english))
        }
        return (names, total, excluded)
    }

    /// The English form of a name from its syllables (tone marks allowed), the first
    /// `surname` syllables as the surname (none: one word).
    static func format(_ readings: [String], surname: Int?, toASCII: Transliterator) -> String {
        let plain = readings.map { ((try? toASCII.transform($0)) ?? $0).lowercased() }
        guard let surname, surname < plain.count else { return PinyinRomanizer.capitalized(PinyinRomanizer.join(plain)) }
        return PinyinRomanizer.capitalized(PinyinRomanizer.join(Array(plain.prefix(surname)))) + " " + PinyinRomanizer.capitalized(PinyinRomanizer.join(Array(plain.dropFirst(surname))))
    }

    private func pinyinTask(_ path: String, romanizer: PinyinRomanizer) throws {
        let (names, total, excluded) = Self.personNames(path)
        print("""

            a. Chinese personal names → English pinyin form (\(path))
               \(names.count) of \(total) entries kept: all-Han names whose pinyin has two or more capitalised
               words (surname, given name) and whose English gloss starts with the name built from that
               pinyin in the English news form (Wang2 Yi4 → "Wang Yi"). Gold: that form.
               Every system's syllables get Triglot's formatting (surname split as Triglot finds it when told
               the name is a person's).
            """)
        for (reason, count) in excluded.sorted(by: { $0.value > $1.value }) { print("     left out: \(count) × \(reason)") }
        guard !names.isEmpty else { return }
        let toASCII = try Transliterator("Latin-ASCII")
        let hanLatin = try Transliterator("Han-Latin")
        // The names are known to be personal names: Triglot is told so (personal: true), and its
        // surname split formats every system's syllables. The row "(guessing)" is Triglot left to
        // tell personal names apart itself, as for a name met alone.
        let splits = names.map { romanizer.surname(of: $0.chinese, personal: true)?.count }

        var systems: [(name: String, outputs: [String])] = []
        let triglotReadings = names.map { romanizer.readings($0.chinese, personal: true) }
        systems.append(("Triglot PinyinRomanizer", names.map { romanizer.romanize($0.chinese, personal: true).text }))
        systems.append(("Triglot (guessing personal)", names.map { romanizer.romanize($0.chinese).text }))
        let icuReadings = names.map { name in
            name.chinese.map { ((try? hanLatin.transform(String($0))) ?? String($0)).trimmingCharacters(in: .whitespaces) }
        }
        systems.append(("ICU Han-Latin", zip(icuReadings, splits).map { Self.format($0, surname: $1, toASCII: toASCII) }))
        if let names_ = try? Transliterator("Han-Latin/Names") {
            let outputs = zip(names, splits).map { name, split -> String in
                // The whole name at once: the Names variant reads a leading surname as one.
                let whole = ((try? names_.transform(name.chinese)) ?? name.chinese).split(separator: " ").map(String.init)
                let readings = whole.count == name.chinese.count
                    ? whole : name.chinese.map { ((try? names_.transform(String($0))) ?? String($0)).trimmingCharacters(in: .whitespaces) }
                return Self.format(readings, surname: split, toASCII: toASCII)
            }
            systems.append(("ICU Han-Latin/Names", outputs))
        } else {
            print("   ICU Han-Latin/Names: this ICU has no such transform; skipped")
        }
        if let peer = NamePeers(python: python, helper: helper).run("pypinyin", names.map(\.chinese)) {
            systems.append(("pypinyin (same formatting)", zip(peer, splits).map { line, split in
                Self.format(line.split(separator: " ").map(String.init), surname: split, toASCII: toASCII)
            }))
        }
        print("   exact match:")
        for system in systems {
            let right = zip(system.outputs, names).filter { $0 == $1.english }.count
            print("     " + system.name.padding(toLength: 28, withPad: " ", startingAt: 0)
                  + String(format: " %4d / %d = %.4f", right, names.count, Double(right) / Double(names.count)))
        }

        // Triglot's errors by category.
        var categories: [String: [String]] = [:]
        for (index, name) in names.enumerated() {
            let output = systems[0].outputs[index]
            guard output != name.english else { continue }
            let mine = triglotReadings[index].map { ((try? toASCII.transform($0)) ?? $0).lowercased() }
            let wrong = zip(mine, name.syllables).enumerated().filter { $0.element.0 != $0.element.1 }.map(\.offset)
            let goldSurname = name.words[0]
            let category: String
            if wrong.isEmpty {
                if goldSurname == 2 && splits[index] != 2 {
                    category = "compound surname not recognised (syllables right)"
                } else if splits[index] == nil {
                    category = "not read as a personal name (no known surname; one word)"
                } else {
                    category = "word split differs (syllables right)"
                }
            } else if wrong.contains(where: { $0 < goldSurname }) {
                category = goldSurname == 2 ? "compound surname read wrongly" : "surname read with another reading (polyphone surname)"
            } else {
                category = "given-name character read with another reading (polyphone or rare character)"
            }
            let detail = wrong.isEmpty ? "" : " [" + wrong.map { "\(Array(name.chinese)[$0]) \(mine[$0])≠\(name.syllables[$0])" }.joined(separator: ", ") + "]"
            categories[category, default: []].append("\(name.chinese): \(output) ≠ \(name.english)\(detail)")
        }
        printCategories("Triglot pinyin errors", categories)
        // Left to guess, Triglot also misses names whose surname it does not know as one.
        let guessing = systems[1].outputs
        let unsplit = names.indices.filter { guessing[$0] != names[$0].english && systems[0].outputs[$0] == names[$0].english }
        print("   Triglot (guessing personal), errors beyond those: \(unsplit.count) × not read as a personal name (surname not among the common ones: one word)")
        for index in unsplit.prefix(examples) { print("         \(names[index].chinese): \(guessing[index]) ≠ \(names[index].english)") }
    }

    // MARK: b. Hán-Việt

    /// A Chinese name with a Hán-Việt Vietnamese form.
    struct HanVietName {
        let chinese: String
        let vietnamese: String
        let category: String
    }

    /// CLDR territory names, and language names without their 语/文 and "Tiếng" (德语 / Tiếng Đức →
    /// 德 / Đức), whose Vietnamese form has one syllable per Chinese character and where more
    /// than half of the syllables are a reading listed for their character in Unihan (of the
    /// character or its traditional forms) or in cn2vn's output — fixed data on either side, so
    /// the set does not move when Triglot's curated table grows.
    /// Word-order translations (大洋洲 Châu Đại Dương) and non-Hán-Việt names (美国 Hoa Kỳ) drop
    /// out; one unlisted syllable in three still counts as a Hán-Việt name, and as a miss.
    func hanVietNames(_ path: String) -> (names: [HanVietName], candidates: Int, peer: [String: String]?) {
        var candidates: [HanVietName] = []
        var seen = Set<String>()
        for line in FileSystem.text(path).split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 6 else { continue }
            var chinese = fields[3]
            var vietnamese = fields[5]
            if fields[0] == "language" {
                guard let last = chinese.last, "语文".contains(last), vietnamese.hasPrefix("Tiếng ") else { continue }
                chinese.removeLast()
                vietnamese = String(vietnamese.dropFirst("Tiếng ".count))
            } else if fields[0] != "territory" {
                continue
            }
            guard !chinese.isEmpty, chinese.unicodeScalars.allSatisfy(\.isHanIdeograph),
                  vietnamese.split(separator: " ").count == chinese.count, !seen.contains(chinese) else { continue }
            seen.insert(chinese)
            candidates.append(HanVietName(chinese: chinese, vietnamese: vietnamese, category: fields[0]))
        }
        let peerLines = NamePeers(python: python, helper: helper).run("cn2vn", candidates.map(\.chinese))
        var peer: [String: String]? = nil
        if let peerLines { peer = Dictionary(zip(candidates.map(\.chinese), peerLines), uniquingKeysWith: { a, _ in a }) }
        let reader = HanVietReader()
        let kept = candidates.filter { name in
            let syllables = name.vietnamese.split(separator: " ").map { Self.spellingKey(String($0)) }
            let peerSyllables = peer?[name.chinese].map { $0.split(separator: " ").map { Self.spellingKey(String($0)) } }
            var listed = 0
            for (offset, character) in name.chinese.enumerated() {
                var readings = Set(reader.candidateReadings(of: character, curated: false).map(Self.spellingKey))
                if let peerSyllables, offset < peerSyllables.count { readings.insert(peerSyllables[offset]) }
                if readings.contains(syllables[offset]) { listed += 1 }
            }
            return listed * 2 > name.chinese.count
        }
        return (kept, candidates.count, peer)
    }

    /// MatchKey.strict with a final y after one consonant read as i (Hy = hi, Lý = lí): the
    /// selection does not depend on how a table spells that vowel.
    static func spellingKey(_ syllable: String) -> String {
        var key = MatchKey.strict(syllable)
        let scalars = Array(NormalizationForm.nfd.apply(key).unicodeScalars)
        if scalars.count >= 2, scalars.count <= 3, scalars[1] == "y", !"aeiouy".unicodeScalars.contains(scalars[0]) {
            var output = String.UnicodeScalarView()
            output.append(scalars[0])
            output.append("i")
            output.append(contentsOf: scalars.dropFirst(2))
            key = String(output).nfc
        }
        return key
    }

    private func hanVietTask(_ path: String, romanizer: PinyinRomanizer) {
        let (names, candidates, peer) = hanVietNames(path)
        print("""

            b. Chinese names → Hán-Việt (\(path))
               \(names.count) names kept of \(candidates) territory and language names (language names without 语/文 and
               "Tiếng") whose Vietnamese form has one syllable per character: those where more than half of the
               syllables are a listed reading of their character (Unihan's kVietnamese, or cn2vn's output;
               final y and i after one consonant compared alike, Hy = hi).
               Exact match after MatchKey.strict (case and tone-mark placement ignored).
            """)
        guard !names.isEmpty else { return }
        let reader = HanVietReader()
        var systems: [(String, [String])] = []
        let readings = names.map { romanizer.readings($0.chinese) }
        systems.append(("Triglot HanVietReader", zip(names, readings).map { reader.read($0.chinese, pinyin: $1)?.text ?? "" }))
        if let peer { systems.append(("cn2vn", names.map { peer[$0.chinese] ?? "" })) }
        print("   exact match:")
        for (system, outputs) in systems {
            let right = zip(outputs, names).filter { MatchKey.strict($0) == MatchKey.strict($1.vietnamese) }.count
            print("     " + system.padding(toLength: 28, withPad: " ", startingAt: 0)
                  + String(format: " %4d / %d = %.4f", right, names.count, Double(right) / Double(names.count)))
        }
        for (system, outputs) in systems {
            var categories: [String: [String]] = [:]
            for (index, name) in names.enumerated() where MatchKey.strict(outputs[index]) != MatchKey.strict(name.vietnamese) {
                let gold = name.vietnamese.split(separator: " ").map { MatchKey.strict(String($0)) }
                let got = outputs[index].split(separator: " ").map { MatchKey.strict(String($0)) }
                var parts: [String] = []
                var kinds = Set<String>()
                for (offset, character) in name.chinese.enumerated() {
                    let mine = offset < got.count ? got[offset] : ""
                    guard mine != gold[offset] else { continue }
                    let listed = Set(reader.candidateReadings(of: character).map(MatchKey.strict))
                    if mine.isEmpty {
                        kinds.insert("no reading for a character")
                    } else if listed.contains(gold[offset]) {
                        kinds.insert("another listed reading chosen (Nôm, or the other reading of a polyphone)")
                    } else {
                        kinds.insert("wanted reading missing from the tables (Unihan and curated)")
                    }
                    parts.append("\(character) \(mine.isEmpty ? "∅" : mine)≠\(gold[offset])")
                }
                let category = kinds.sorted().joined(separator: " + ")
                categories[category, default: []].append("\(name.chinese): \(outputs[index]) ≠ \(name.vietnamese) [\(parts.joined(separator: ", "))]")
            }
            printCategories("\(system) errors", categories)
        }
    }

    // MARK: c. glossary

    private func glossaryTask(_ path: String) throws {
        let folder = try NameFolder()
        let glossary = try Glossary.load([(ShippedGlossary.name, ShippedGlossary.text)], folder: folder, trusted: true)
        var rows: [[String]] = []
        for line in FileSystem.text(path).split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            // Countries and territories: two-letter codes (numeric codes are world regions).
            if fields.count == 6, fields[0] == "territory", fields[1].count == 2, fields[1].allSatisfy(\.isLetter) { rows.append(fields) }
        }
        print("""

            c. Country names through the shipped glossary (\(path))
               \(rows.count) CLDR territories (two-letter codes). Found: the glossary has a concept for the form;
               exact: that concept's main form in the language is CLDR's form exactly; alias: CLDR's form
               is one of its forms; agree: the three forms find the same concept.
            """)
        let columns: [(String, Int, Language)] = [("en", 2, .english), ("zh", 3, .chinese), ("vi", 5, .vietnamese)]
        var found = [0, 0, 0], exact = [0, 0, 0], anyForm = [0, 0, 0]
        var covered = 0, agree = 0
        var categories: [String: [String]] = [:]
        for row in rows {
            var ids: [String] = []
            var concepts: [Concept] = []
            for (index, column) in columns.enumerated() {
                guard let concept = glossary.concepts(named: row[column.1], folder: folder).first else { continue }
                found[index] += 1
                ids.append(concept.id)
                concepts.append(concept)
                if concept.form(in: column.2) == row[column.1] { exact[index] += 1 }
                if concept.allForms.contains(where: { $0.language == column.2 && $0.form == row[column.1] }) { anyForm[index] += 1 }
            }
            guard let concept = concepts.first else { continue }
            covered += 1
            if ids.count == 3 && Set(ids).count == 1 { agree += 1 }
            if Set(ids).count > 1 {
                categories["forms find different concepts", default: []].append("\(row[1]): \(Set(ids).sorted().joined(separator: ", "))")
            }
            for (index, column) in columns.enumerated() {
                let cldr = row[column.1]
                guard let mine = concept.form(in: column.2), mine != cldr else { continue }
                let key = "\(column.0): glossary form differs from CLDR"
                let known = concept.allForms.contains { $0.language == column.2 && folder.key($0.form) == folder.key(cldr) }
                categories[key + (known ? " (CLDR's form is an alias or a variant)" : ""), default: []]
                    .append("\(row[1]) \(mine) ≠ \(cldr)")
                _ = index
            }
        }
        print(String(format: "   covered (any form found): %d / %d = %.4f; all three forms, same concept: %d", covered, rows.count,
                     Double(covered) / Double(max(1, rows.count)), agree))
        for (index, column) in columns.enumerated() {
            print(String(format: "   %@: found %d / %d; main form exactly CLDR's %d / %d found = %.4f; CLDR's form among its forms %d",
                         column.0, found[index], rows.count, exact[index], found[index],
                         Double(exact[index]) / Double(max(1, found[index])), anyForm[index]))
        }
        printCategories("glossary differences from CLDR (among covered countries)", categories)
    }

    // MARK: helpers

    private func printCategories(_ title: String, _ categories: [String: [String]]) {
        let total = categories.values.map(\.count).reduce(0, +)
        print("   \(title): \(total)")
        for (category, items) in categories.sorted(by: { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key }) {
            print("     \(items.count) × \(category)")
            for item in items.prefix(examples) { print("         \(item)") }
        }
    }
}
