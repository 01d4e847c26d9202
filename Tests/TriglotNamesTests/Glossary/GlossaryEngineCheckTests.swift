import Testing
import TriglotText
@testable import TriglotNames

@Suite struct GlossaryEngineCheckTests {
    static let header = GlossaryFile.columns.joined(separator: "\t")

    private func concepts(_ rows: [String]) -> [Concept] {
        let parsed = GlossaryFile.parse(([Self.header] + rows).joined(separator: "\n") + "\n", file: "test.tsv")
        #expect(parsed.problems.isEmpty)
        return parsed.concepts
    }

    private func row(_ id: String, _ en: String, _ zh: String, _ vi: String, note: String = "") -> String {
        [id, "person", en, zh, "", vi, "", "", "", note, ""].joined(separator: "\t")
    }

    @Test func agreeingEntriesGiveNoNotes() throws {
        let list = concepts([
            row("person-wang-yi", "Wang Yi", "王毅", "Vương Nghị"),
            row("person-bui-thanh-son", "Bui Thanh Son", "裴青山", "Bùi Thanh Sơn"),
            row("person-hun-sen", "Hun Sen", "洪森", "Hun Sen"),
            row("person-kim-jong-un", "Kim Jong Un", "金正恩", "Kim Jong-un"),
            row("person-jose-ramos-horta", "José Ramos-Horta", "奥尔塔", "José Ramos-Horta"),
            row("person-lee-kuan-yew", "Lee Kuan Yew", "李光耀", "Lý Quang Diệu"),
        ])
        #expect(try GlossaryEngineCheck.disagreements(in: list).isEmpty)
    }

    @Test func aChinesePersonsVietnameseFormIsItsHanVietReading() throws {
        let list = concepts([row("person-wang-yi", "Wang Yi", "王毅", "Vương Nghĩa")])
        let notes = try GlossaryEngineCheck.disagreements(in: list)
        #expect(notes.count == 1)
        let note = try #require(notes.first)
        #expect(note.id == "person-wang-yi")
        #expect(note.line == 2)
        #expect(note.description.hasPrefix("test.tsv:2: note: "))
        #expect(note.message.contains("Vương Nghị"))
        #expect(note.message.contains("毅 nghị, not nghĩa"))
    }

    @Test func tonePlacementIsNotADisagreement() throws {
        let list = concepts([row("person-wei-fenghe", "Wei Fenghe", "魏凤和", "Ngụy Phượng Hoà")])
        #expect(try GlossaryEngineCheck.disagreements(in: list).isEmpty)
    }

    @Test func aVietnamesePersonsEnglishFormIsItsUnaccentedVietnamese() throws {
        let list = concepts([
            row("person-bui-thanh-son", "Bui Thanh Sonn", "裴青山", "Bùi Thanh Sơn"),
            row("person-do-muoi", "Do Muoi", "杜梅", "Đỗ Mười"),  // a Chinese form that is not Hán-Việt is not checked
        ])
        let notes = try GlossaryEngineCheck.disagreements(in: list)
        #expect(notes.map(\.id) == ["person-bui-thanh-son"])
        #expect(notes.first?.message.contains("'Bui Thanh Son'") == true)
    }

    @Test func onlyPersonsAreChecked() throws {
        let place = ["place-xian", "place", "Xi'an", "西安", "", "Tây Yên", "", "", "", "", ""].joined(separator: "\t")
        #expect(try GlossaryEngineCheck.disagreements(in: concepts([place])).isEmpty)
    }

    @Test func unknownCharactersAreNamed() throws {
        let list = concepts([row("person-x", "Zhang Xx", "张\u{2A6D6}", "Trương Xx")])
        let notes = try GlossaryEngineCheck.disagreements(in: list)
        #expect(notes.count == 1)
        #expect(notes.first?.message.contains("no Hán-Việt reading is known") == true)
    }

    /// The shipped glossary's disagreements are genuine exceptions, each explained in its note.
    @Test func theShippedGlossaryExplainsEveryDisagreement() throws {
        let parsed = GlossaryFile.parse(ShippedGlossary.text, file: ShippedGlossary.name)
        let notes = try GlossaryEngineCheck.disagreements(in: parsed.concepts)
        for note in notes {
            let concept = parsed.concepts.first { $0.id == note.id }
            #expect(concept?.note?.isEmpty == false, "\(note)")
        }
    }
}
