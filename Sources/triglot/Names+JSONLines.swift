import TriglotFormats
import TriglotKit
import TriglotNames
import TriglotText

extension Triglot.Names {
    /// `names --jsonl`: a lookup or a search per line (``NameLinesTask``), every worker with its
    /// own resolver over the one glossary loaded.
    func lookUpLines(glossary: Glossary, folder: NameFolder, targets: [Language]) throws {
        try batch.run(NameLinesTask(glossary: glossary, folder: folder, language: from.language, kind: kind?.kind, targets: targets),
                      limit: limit)
    }
}

/// `names --jsonl`: a line `{"id", "name", "language"?}` gives the name's lookup, its members as
/// `names --format json` writes them; a line `{"id", "text"}` gives the names found in the text,
/// `"known"` and `"unknown"` as `names --in --format json` writes them.
struct NameLinesTask: JSONLinesTask, JSONLinesShapes {
    /// A name to look up (in a language, nil: detected), or a text to find names in.
    enum Input: Sendable {
        case name(String, Language?)
        case text(String)
    }

    let glossary: Glossary
    let folder: NameFolder
    /// The language of names whose line names none (nil: detected).
    let language: Language?
    let kind: NameKind?
    let targets: [Language]

    var ownKeys: Set<String> {
        ["name", "text", "language", "query", "from", "concept", "kind", "note", "matched", "matched_form", "origin", "best",
         "candidates", "known", "unknown"]
    }

    func input(from record: JSONLinesRecord) throws(KitError) -> Input {
        switch (record.has("name"), record.has("text")) {
        case (true, true): throw record.invalid("give \"name\" or \"text\", not both")
        case (false, true): return .text(try record.string("text"))
        default:
            let name = try record.string("name")
            if name.allSatisfy(\.isWhitespace) { throw record.invalid("\"name\" is empty") }
            return .name(name, try record.language(default: language))
        }
    }

    /// A lookup per worker: its resolver holds ICU transforms, not thread-safe.
    func makeWorker() -> NameLookupWorkflow { NameLookupWorkflow(glossary: glossary, folder: folder) }

    func result(for input: Input, worker: inout NameLookupWorkflow) throws -> [(key: String, value: JSONOutput)] {
        switch input {
        case let .name(name, language):
            NameLookupJSON.members(worker.run(name, policy: language.map { .given($0) } ?? .detect, kind: kind), targets: targets)
        case let .text(text):
            NamesInTextJSON.members(try NamesInTextWorkflow(resolver: worker.resolver).run(text, targets: targets))
        }
    }

    static let inputShape = "{\"id\", \"name\", \"language\"?, …} or {\"id\", \"text\", …}"
    static let outputShape = "{\"id\", …, \"query\", …, \"best\", \"candidates\"} as --format json gives them (for a text: \"known\", \"unknown\")"
    static let progressUnit = "lines"
}
