import Hummingbird
import TriglotFormats
import TriglotKit
import TriglotText

/// `/v1/names/lookup` (a name's forms in the other languages) and `/v1/names/recognize` (the
/// names of a text), as `triglot names` and `triglot names --in` answer them.
enum NameRoutes {
    static func register(on router: Router<BasicRequestContext>, services: ServerServices) {
        let limit = services.configuration.maxBodyBytes
        router.post("/v1/names/lookup") { request, _ in
            let fields = try RequestFields(try await BodyReader.bytes(of: request, limit: limit), known: ["name", "from", "to"])
            let name = try fields.string("name")
            guard !name.trimmingCharacters(in: " \t\r\n").isEmpty else { throw ServerError.invalidRequest("field \"name\" is empty: give a name to look up") }
            let policy = try fields.policy("from")
            let found = await services.gate.run { NameLookupWorkflow(resolver: services.resolver()).run(name, policy: policy) }
            let targets = try fields.languages("to") ?? Language.allCases.filter { $0 != found.language }
            return Response.json(.object(NameLookupJSON.members(found, targets: targets)))
        }
        router.post("/v1/names/recognize") { request, _ in
            let fields = try RequestFields(try await BodyReader.bytes(of: request, limit: limit), known: ["text", "language", "to"])
            let text = try fields.string("text")
            let policy = try fields.policy("language")
            let targets = try fields.languages("to") ?? Language.allCases
            let report = try await services.gate.run { () throws(ServerError) in
                try ServerError.mapping { () throws(KitError) in
                    let document: Document
                    do throws(TriglotTextError) { document = try Document(text: text, policy: policy) } catch { throw .text(error) }
                    return try NamesInTextWorkflow(resolver: services.resolver()).run(document, targets: targets)
                }
            }
            return Response.json(.object(NamesInTextJSON.members(report, forms: true)))
        }
    }
}
