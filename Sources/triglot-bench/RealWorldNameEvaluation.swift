import ArgumentParser
import Foundation
import TriglotNames
import TriglotText

/// `triglot-bench names-realworld`: the six directions of `triglot names` on real names of the
/// region's news, split into names the shipped glossary holds and names it does not, with plain
/// peers in the same run (pypinyin with surname formatting for zh→en, cn2vn for zh→vi,
/// unidecode for vi→en).
struct RealWorldNameEvaluation: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "names-realworld",
        abstract: "Score name lookups in six directions on real names of the region's news.",
        discussion: """
            Reads ../shared/data/names-realworld-dev/names.tsv (columns en, zh, vi, kind,
            certainty, note; ' | ' separates accepted forms, the first is the usual one), or the
            list given with --list. Only certainty=high rows count. Each row is asked in each
            direction by its usual source form; the answer is right when the best target form (or,
            for the Chinese targets, one of the first three) equals any accepted form, case
            ignored, Vietnamese tone-mark placement unified, Chinese middle dots unified.
            "held": the shipped glossary resolves the query (decided by lookup).

            Example: swift run -c release triglot-bench names-realworld
            """
    )

    @OptionGroup var data: DataOptions

    @Option(help: "A names list of the same format instead of the shared development list.")
    var list: String?

    @Option(help: "The Python interpreter for the peers.")
    var python: String = "python3"

    @Option(help: "The peers' helper script.")
    var helper: String = "tools/name_peers.py"

    @Option(help: "Misses shown per direction (names outside the glossary).")
    var examples: Int = 12

    /// One row: accepted forms per language (usual first) and the kind.
    struct Row {
        let forms: [Language: [String]]
        let kind: String
    }

    /// One direction asked of one row.
    struct Outcome {
        let row: Row
        let query: String
        let held: Bool
        let answers: [String]
        let gold: [String]
    }

    static let directions: [(Language, Language)] = [
        (.chinese, .english), (.chinese, .vietnamese), (.vietnamese, .english),
        (.english, .vietnamese), (.vietnamese, .chinese), (.english, .chinese),
    ]

    func run() throws {
        let path: String
        if let list { path = list } else if let shared = data.path("names-realworld-dev/names.tsv") { path = shared } else { return }
        let rows = Self.rows(FileSystem.text(path))
        let folder = try NameFolder()
        let glossary = try Glossary.load([(ShippedGlossary.name, ShippedGlossary.text)], folder: folder, trusted: true)
        let resolver = NameResolver(glossary: glossary, folder: folder)
        let peers = NamePeers(python: python, helper: helper)
        print("""

            Real-world names in six directions (\(path)): \(rows.count) rows with certainty=high.
            best: the first answer is right; top3: one of the first three is (Chinese targets).
            """)
        print("   direction   held: n  best  |  outside: n  best   top3  | peer on the names outside")
        var misses: [String: [String]] = [:]
        for (source, target) in Self.directions {
            let outcomes = rows.compactMap { row -> Outcome? in
                guard let query = row.forms[source]?.first, let gold = row.forms[target], !gold.isEmpty else { return nil }
                let found = resolver.lookup(query, from: source)
                return Outcome(row: row, query: query, held: found.concept != nil,
                               answers: (found.forms[target] ?? []).map(\.text), gold: gold)
            }
            let held = outcomes.filter(\.held), outside = outcomes.filter { !$0.held }
            let peer = peerScore(source, target, outside, peers)
            let label = "\(source.rawValue)→\(target.rawValue)"
            let top3 = target == .chinese ? String(format: "%.2f", Self.rate(outside, within: 3)) : "  - "
            print(String(format: "   %@       %3d  %.2f  |  %3d        %.2f   %@  | %@", label, held.count, Self.rate(held, within: 1),
                         outside.count, Self.rate(outside, within: 1), top3, peer))
            for outcome in outcomes where !Self.right(outcome, within: 1) {
                let key = outcome.held ? "\(label) held" : label
                misses[key, default: []].append("\(outcome.query) → \(outcome.answers.prefix(3).joined(separator: ", ")) "
                                                + "(want \(outcome.gold.joined(separator: " | ")); \(outcome.row.kind))")
            }
        }
        for (source, target) in Self.directions {
            let label = "\(source.rawValue)→\(target.rawValue)"
            for key in [label + " held", label] {
                guard let items = misses[key] else { continue }
                print("   misses \(key): \(items.count)")
                for item in items.prefix(examples) { print("       \(item)") }
            }
        }
    }

    /// The peer's best-form accuracy on the same names, or a dash where no peer fits.
    private func peerScore(_ source: Language, _ target: Language, _ outcomes: [Outcome], _ peers: NamePeers) -> String {
        let queries = outcomes.map(\.query)
        var answers: [String]?
        switch (source, target) {
        case (.chinese, .english):
            // pypinyin's readings, formatted as names are: a two- or three-character name as
            // surname and given name, anything else as one word.
            if let lines = peers.run("pypinyin", queries), let toASCII = try? Transliterator("Latin-ASCII") {
                answers = zip(queries, lines).map { query, line in
                    let readings = line.split(separator: " ").map(String.init)
                    return NameEvaluation.format(readings, surname: (2...3).contains(query.count) ? 1 : nil, toASCII: toASCII)
                }
            }
            if answers != nil { return "pypinyin+surname " + score(outcomes, answers!) }
        case (.chinese, .vietnamese):
            if let lines = peers.run("cn2vn", queries) {
                answers = lines.map { $0.split(separator: " ").map { PinyinRomanizer.capitalized(String($0)) }.joined(separator: " ") }
                return "cn2vn " + score(outcomes, answers!)
            }
        case (.vietnamese, .english):
            if let lines = peers.run("unidecode", queries) { return "unidecode " + score(outcomes, lines) }
        default:
            return "-"
        }
        return "(peer missing)"
    }

    private func score(_ outcomes: [Outcome], _ answers: [String]) -> String {
        let right = zip(outcomes, answers).filter { outcome, answer in
            outcome.gold.map(Self.key).contains(Self.key(answer))
        }.count
        return String(format: "%.2f", Double(right) / Double(max(1, outcomes.count)))
    }

    /// The share of outcomes right within the first `within` answers.
    static func rate(_ outcomes: [Outcome], within: Int) -> Double {
        Double(outcomes.filter { right($0, within: within) }.count) / Double(max(1, outcomes.count))
    }

    static func right(_ outcome: Outcome, within: Int) -> Bool {
        let gold = Set(outcome.gold.map(key))
        return outcome.answers.prefix(within).contains { gold.contains(key($0)) }
    }

    /// The comparison key: case ignored, tone-mark placement unified, middle dots unified.
    static func key(_ form: String) -> String {
        let dots: Set<Character> = ["·", "•", "‧", "・", "．"]
        return MatchKey.strict(String(form.trimmingCharacters(in: .whitespaces).map { dots.contains($0) ? "·" : $0 }))
    }

    /// The rows with certainty=high.
    static func rows(_ text: String) -> [Row] {
        var rows: [Row] = []
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 5, fields[4] == "high" else { continue }
            var forms: [Language: [String]] = [:]
            for (index, language) in [Language.english, .chinese, .vietnamese].enumerated() {
                let alternatives = fields[index].components(separatedBy: " | ")
                    .map { $0.trimmingCharacters(in: .whitespaces).nfc }.filter { !$0.isEmpty }
                if !alternatives.isEmpty { forms[language] = alternatives }
            }
            rows.append(Row(forms: forms, kind: fields[3]))
        }
        return rows
    }
}
