import TriglotText
@testable import TriglotNames

/// Concepts the exchange tests share: the shipped glossary, and a few with every awkward field.
enum ExchangeFixtures {
    /// The shipped glossary's concepts.
    static let shipped: [Concept] = GlossaryFile.parse(ShippedGlossary.text, file: ShippedGlossary.name).concepts

    /// Concepts that exercise escaping, missing languages, aliases-only languages and odd ids.
    static let awkward: [Concept] = [
        Concept(id: "org-trc", kind: .organisation, english: "Test River Cooperation", chinese: "测试河合作",
                chineseTraditional: "測試河合作", vietnamese: "Hợp tác sông Thử",
                aliases: [.english: ["TRC", "Test-River cooperation"], .chinese: ["测河合作"], .vietnamese: ["Hợp tác Thử - Sông"]],
                note: "Quotes \"like this\", 'these', <tags> & ampersands, commas, semicolons; all kept.", source: "Chinese MFA; VNA"),
        Concept(id: "2022-summit", kind: .event, english: "2022 Summit", chinese: nil, vietnamese: "Hội nghị 2022",
                aliases: [.english: [], .chinese: ["二〇二二年峰会"], .vietnamese: []], note: nil, source: nil),
        Concept(id: "title-x", kind: .title, english: nil, chinese: "测试长", vietnamese: "Trưởng ban Thử nghiệm",
                aliases: [.english: ["TX"], .chinese: [], .vietnamese: ["Trưởng Thử"]], note: "A = B > C", source: "VNA"),
    ]

    /// `concepts` without origins, with every alias language present, for comparison with what a reader returns.
    static func comparable(_ concepts: [Concept]) -> [Concept] {
        concepts.map { concept in
            var aliases: [Language: [String]] = [:]
            for language in Language.allCases { aliases[language] = concept.aliases[language] ?? [] }
            return Concept(id: concept.id, kind: concept.kind, english: concept.english, chinese: concept.chinese,
                           chineseTraditional: concept.chineseTraditional, vietnamese: concept.vietnamese,
                           aliases: aliases, note: concept.note, source: concept.source)
        }
    }

    /// The bytes of `text`.
    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// The error `body` throws, if it is a NamesError.
    static func error(_ body: () throws(NamesError) -> Void) -> NamesError? {
        do { try body() } catch { return error }
        return nil
    }

    /// The description of the malformed-input error `body` throws, or nil.
    static func message(_ body: () throws(NamesError) -> Void) -> String? {
        error(body)?.description
    }
}
