import Hummingbird
import TriglotAlign
import TriglotFormats
import TriglotKit
import TriglotNames
import TriglotText

/// `/v1/glossary/export` (every format `glossary export` writes) and `/v1/glossary/concepts`
/// (a concept added to the team glossary, checked as `glossary import` checks a file).
enum GlossaryRoutes {
    static func register(on router: Router<BasicRequestContext>, writes: RouterGroup<BasicRequestContext>,
                         services: ServerServices) {
        let limit = services.configuration.maxBodyBytes
        router.get("/v1/glossary/export") { request, _ in
            let name = request.uri.queryParameters["format"].map(String.init) ?? "tbx"
            guard let format = GlossaryFormat(rawValue: name) else {
                throw ServerError.invalidRequest("format must be one of \(GlossaryFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let scope = request.uri.queryParameters["scope"].map(String.init) ?? "all"
            guard scope == "all" || scope == "team" else { throw ServerError.invalidRequest("scope must be all or team") }
            let text = try services.glossary.export(format: format, onlyUser: scope == "team", toolVersion: services.version)
            let (type, ext) = switch format {
            case .tbx, .tbx2: ("application/x-tbx+xml; charset=utf-8", format == .tbx ? "tbx" : "v2.tbx")
            case .tmx: ("application/x-tmx+xml; charset=utf-8", "tmx")
            case .csv: ("text/csv; charset=utf-8", "csv")
            case .tsv: ("text/tab-separated-values; charset=utf-8", "tsv")
            case .json: ("application/json; charset=utf-8", "json")
            }
            return Response.download(text, contentType: type, filename: "triglot-glossary.\(ext)")
        }
        writes.post("/v1/glossary/concepts") { request, _ in
            let fields = try RequestFields(try await BodyReader.bytes(of: request, limit: limit),
                                           known: ["id", "kind", "en", "zh", "vi", "note"])
            let kindName = try fields.optionalString("kind") ?? "person"
            guard let kind = ConceptKind(rawValue: kindName) else {
                throw ServerError.invalidRequest("field \"kind\" must be one of \(ConceptKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            var forms: [(key: String, value: JSONOutput)] = []
            for code in ["en", "zh", "vi"] {
                if let form = try fields.optionalString(code)?.trimmingCharacters(in: " \t\r\n"), !form.isEmpty {
                    forms.append((code, .string(form)))
                }
            }
            guard forms.count >= 2 else { throw ServerError.invalidRequest("give the name in at least two of en, zh and vi") }
            let latin = try fields.optionalString("en") ?? fields.optionalString("vi") ?? ""
            let used = Set(services.glossary.snapshot.glossary.concepts.map(\.id))
            // An id given is kept as it is (a clash is the import's to refuse); one made is made unused.
            var id = try fields.optionalString("id") ?? "\(kind.rawValue)-" + GlossaryLearner.slug(latin)
            if try fields.optionalString("id") == nil {
                var suffix = 2
                while used.contains(id) {
                    id = "\(kind.rawValue)-\(GlossaryLearner.slug(latin))-\(suffix)"
                    suffix += 1
                }
            }
            let concept = JSONOutput.array([.object([("id", .string(id)), ("kind", .string(kind.rawValue))] + forms + [
                ("note", .string(try fields.optionalString("note"))), ("source", .string("added through triglot serve")),
            ])])
            let imported = try services.glossary.add(json: Array(concept.document.utf8))
            return Response.json(.object([("id", .string(id)), ("added", .int(imported.imported)), ("total", .int(imported.total))]),
                                 status: .created)
        }
    }
}
