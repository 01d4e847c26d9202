import Hummingbird
import TriglotFormats
import TriglotKit
import TriglotSummary
import TriglotText

/// `/v1/segment`, `/v1/summarize` and `/v1/summarize/pair`: the CLI's `segment` and
/// `summarize` over HTTP, answering the objects their `--format json` prints.
enum TextRoutes {
    static func register(on router: Router<BasicRequestContext>, services: ServerServices) {
        let limit = services.configuration.maxBodyBytes
        router.post("/v1/segment") { request, _ in
            let fields = try RequestFields(try await BodyReader.bytes(of: request, limit: limit), known: ["text", "unit", "language"])
            let text = try fields.string("text")
            let unitName = try fields.optionalString("unit") ?? "sentence"
            guard let unit = SegmentWorkflow.Unit(rawValue: unitName) else {
                throw ServerError.invalidRequest("field \"unit\" must be sentence or word (got \(JSONText.quoted(unitName)))")
            }
            let policy = try fields.policy("language")
            let items = try await services.gate.run { () throws(ServerError) in
                try ServerError.mapping { () throws(KitError) in try SegmentWorkflow(policy: policy).run(text, unit: unit) }
            }
            return Response.json(.object([("unit", .string(unit.rawValue)), ("items", .lines(Array(SegmentJSON.objects(items, of: text))))]))
        }
        router.post("/v1/summarize") { request, _ in
            let fields = try RequestFields(try await BodyReader.bytes(of: request, limit: limit),
                                           known: ["text", "title", "language", "sentences", "words", "ratio", "explain", "names"])
            let text = try fields.string("text")
            let length = try length(fields)
            let policy = try fields.policy("language")
            let title = try fields.optionalString("title")
            let summary = try await services.gate.run { () throws(ServerError) in
                try ServerError.mapping { () throws(KitError) in
                    try services.summaries.with { workflow throws(KitError) in try workflow.run(text, policy: policy, title: title, length: length) }
                }
            }
            let explain = try fields.bool("explain", default: false)
            guard case var .object(object) = SummaryJSON.object(file: nil, text: text, summary: summary, explain: explain, document: true)
            else { throw ServerError.internal("the summary is not a JSON object") }
            if try fields.bool("names", default: false) {
                let report = try await services.gate.run { () throws(ServerError) in
                    try ServerError.mapping { () throws(KitError) in
                        try NamesInTextWorkflow(resolver: services.resolver()).run(summary.document, targets: Language.allCases)
                    }
                }
                object.append(("names", .object(NamesInTextJSON.members(report, forms: true))))
            }
            return Response.json(.object(object))
        }
        router.post("/v1/summarize/pair") { request, _ in
            let fields = try RequestFields(try await BodyReader.bytes(of: request, limit: limit),
                                           known: ["source", "target", "sentences", "words", "ratio"])
            let (source, target) = (try fields.string("source"), try fields.string("target"))
            let length = try length(fields)
            let method = try ServerError.mapping { () throws(SummaryError) in try MethodRegistry.method(named: "auto") }
            let summary = try await services.gate.run { () throws(ServerError) in
                try ServerError.mapping { () throws(KitError) in
                    try BilingualSummaryWorkflow(glossary: services.glossary.snapshot.glossary)
                        .run(source: source, target: target, method: method, length: length)
                }
            }
            return Response.json(BilingualSummaryJSON.object(summary, files: ("source", "target"), explain: false))
        }
    }

    /// The length a request asks for (at most one of sentences, words, ratio), checked as the CLI checks it.
    private static func length(_ fields: RequestFields) throws(ServerError) -> SummaryLength {
        let sentences = try fields.optionalInt("sentences", in: 1...1000)
        let words = try fields.optionalInt("words", in: 1...1_000_000)
        let ratio = try fields.optionalDouble("ratio")
        guard [sentences != nil, words != nil, ratio != nil].filter({ $0 }).count <= 1 else {
            throw .invalidRequest("give at most one of \"sentences\", \"words\" and \"ratio\"")
        }
        let length: SummaryLength = sentences.map { .sentences($0) } ?? words.map { .words($0) } ?? ratio.map { .ratio($0) } ?? .automatic
        do {
            try length.validate()
        } catch {
            throw .invalidRequest("invalid summary length: \(error)")
        }
        return length
    }
}
