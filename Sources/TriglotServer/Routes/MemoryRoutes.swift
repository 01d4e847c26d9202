import Hummingbird
import TriglotFormats
import TriglotKit
import TriglotMemory

/// `/v1/memory/…`: fuzzy search, aligned pairs added, TMX imported, the whole memory exported,
/// as `triglot tm` does; the writes go through the team memory's single writer.
enum MemoryRoutes {
    static func register(on router: Router<BasicRequestContext>, writes: RouterGroup<BasicRequestContext>,
                         services: ServerServices) {
        let limit = services.configuration.maxBodyBytes
        router.post("/v1/memory/search") { request, _ in
            let fields = try RequestFields(try await BodyReader.bytes(of: request, limit: limit),
                                           known: ["text", "language", "minimum", "limit"])
            let text = try fields.string("text")
            let (language, minimum) = (try fields.optionalString("language"), try fields.optionalInt("minimum", in: 0...100) ?? 70)
            let count = try fields.optionalInt("limit", in: 1...100) ?? 10
            let matches = try await services.gate.run { () throws(ServerError) in
                try services.memory.search(text, language: language, minimum: minimum, limit: count)
            }
            return Response.json(.object([("matches", .lines(matches.map(MemoryMatchJSON.object)))]))
        }
        writes.post("/v1/memory/units") { request, _ in
            let bytes = try await BodyReader.bytes(of: request, limit: limit)
            // JSON (what /v1/align answers) is checked as JSON first, so a broken body is a 400
            // with its position, as on every JSON endpoint; TSV pairs go to the reader as they are.
            if let first = bytes.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }), first == UInt8(ascii: "{") || first == UInt8(ascii: "[") {
                _ = try RequestFields.value(bytes)
            }
            return added(try services.memory.add(bytes, as: .pairs))
        }
        writes.post("/v1/memory/import") { request, _ in
            let bytes = try await BodyReader.bytes(of: request, limit: limit)
            return added(try services.memory.add(bytes, as: .tmx))
        }
        router.get("/v1/memory/export") { request, _ in
            let name = request.uri.queryParameters["format"].map(String.init) ?? "tmx"
            guard let format = MemoryExporter.Format(rawValue: name) else {
                throw ServerError.invalidRequest("format must be one of \(MemoryExporter.Format.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let text = try services.memory.export(format: format, toolVersion: services.version)
            let type = switch format {
            case .tmx: "application/x-tmx+xml; charset=utf-8"
            case .csv: "text/csv; charset=utf-8"
            case .json: "application/json; charset=utf-8"
            }
            return Response.download(text, contentType: type, filename: "triglot-memory.\(format.rawValue)")
        }
    }

    /// What an add or import did (the memory's own path is not told to clients).
    private static func added(_ added: MemoryWorkflow.Added) -> Response {
        Response.json(.object([("read", .int(added.read)), ("added", .int(added.added)), ("total", .int(added.total))]))
    }
}
