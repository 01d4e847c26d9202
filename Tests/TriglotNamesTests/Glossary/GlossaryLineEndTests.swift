import Testing
import TriglotText
@testable import TriglotNames

/// Glossary files saved by Windows and old Mac editors: a byte-order mark, CRLF or CR line ends
/// are read like LF files, with the lines an editor shows.
@Suite struct GlossaryLineEndTests {
    static let lines = [
        "# a comment",
        GlossaryFile.columns.joined(separator: "\t"),
        "person-wang-yi\tperson\tWang Yi\t王毅\t\tVương Nghị\t\t\t\t\tChinese MFA",
        "",
        "place-scs\tplace\tSouth China Sea\t南海\t\tBiển Đông\t\t\t\t\tXinhua",
    ]

    @Test(arguments: ["\n", "\r\n", "\r"], [false, true])
    func readsEveryLineEndWithOrWithoutAByteOrderMark(lineEnd: String, byteOrderMark: Bool) throws {
        let text = (byteOrderMark ? "\u{FEFF}" : "") + Self.lines.joined(separator: lineEnd) + lineEnd
        let parsed = GlossaryFile.parse(text, file: "win.tsv")
        #expect(parsed.problems.isEmpty, "\(parsed.problems)")
        #expect(parsed.concepts.map(\.id) == ["person-wang-yi", "place-scs"])
        #expect(parsed.concepts.map(\.origin) == ["win.tsv:3", "win.tsv:5"])
        #expect(parsed.concepts.last?.source == "Xinhua")
        let glossary = try Glossary.load([("win.tsv", text)], folder: try NameFolder())
        #expect(glossary.concepts.count == 2)
    }

    @Test(arguments: ["\r\n", "\r"])
    func problemsNameTheLineAnEditorShows(lineEnd: String) {
        let text = "\u{FEFF}" + (Self.lines + ["place-x\tcity\tX\t\t\tX\t\t\t\t\t"]).joined(separator: lineEnd)
        let problems = GlossaryFile.parse(text, file: "win.tsv").problems
        #expect(problems.map(\.description) == ["win.tsv:6: unknown kind 'city'; use one of \(ConceptKind.allCases.map(\.rawValue).joined(separator: ", "))"])
    }

    @Test func aProblemWithNoLineNamesTheFileAlone() {
        #expect(GlossaryProblem(file: "mine.tsv", line: 0, message: "m").description == "mine.tsv: m")
        #expect(!GlossaryProblem(file: "", line: 0, message: "m").description.hasPrefix(":"))
        #expect(ConceptOrigin(parsing: "dir/a:b.tsv:12") == ConceptOrigin(file: "dir/a:b.tsv", line: 12))
        #expect(ConceptOrigin(parsing: "") == .none)
        #expect(ConceptOrigin(file: "dir/a:b.tsv", line: 12).description == "dir/a:b.tsv:12")
        #expect(ConceptOrigin.none.description == "(a concept not yet in any file)")
        #expect(ConceptOrigin(file: "mine.tsv", line: 0).line == nil)
    }
}
