import Hummingbird
import TriglotFormats
import TriglotKit

/// `/v1/align`: a report and its translation in beads, with their names paired and the pairs
/// worth adding to the glossary (`align --names --format json`, plus "proposals").
enum AlignRoutes {
    static func register(on router: Router<BasicRequestContext>, services: ServerServices) {
        let limit = services.configuration.maxBodyBytes
        router.post("/v1/align") { request, _ in
            let fields = try RequestFields(try await BodyReader.bytes(of: request, limit: limit),
                                           known: ["source", "target", "names", "source_language", "target_language"])
            let (source, target) = (try fields.string("source"), try fields.string("target"))
            let policies = (try fields.policy("source_language"), try fields.policy("target_language"))
            let names = try fields.bool("names", default: true)
            let snapshot = services.glossary.snapshot
            let (alignment, proposals) = try await services.gate.run { () throws(ServerError) in
                let alignment = try ServerError.mapping { () throws(KitError) in
                    try AlignWorkflow(glossary: snapshot.glossary).run(sourceText: source, targetText: target, policies: policies, names: names)
                }
                let proposals = names ? LearnWorkflow().proposals(alignment.pairs, glossary: snapshot.glossary, folder: services.glossary.folder) : []
                return (alignment, proposals)
            }
            let languages = (alignment.sourceDocument.language.code, alignment.targetDocument.language.code)
            var members = AlignmentJSON.members(alignment, names: names, languages: languages)
            if names { members.append(("proposals", .array(proposals.map(AlignmentJSON.pair)))) }
            return Response.json(.object(members))
        }
    }
}
