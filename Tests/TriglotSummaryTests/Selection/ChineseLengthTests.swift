import Testing
import TriglotText
@testable import TriglotSummary

@Suite struct ChineseLengthTests {
    @Test func editorsCountHanAndFullWidthPunctuation() {
        #expect(ChineseLength.characters("王毅说：“好。”") == 8)
        // A run of digits or Latin letters is one; half-width punctuation and spaces are nothing.
        #expect(ChineseLength.characters("2022年7月4日，LMC会议") == 10)
        #expect(ChineseLength.characters("《联合声明》——") == 8)
        #expect(ChineseLength.characters("a, b") == 2)
    }

    @Test func quotationsOverSeveralSentencesFormOneGroup() {
        let groups = ChineseLength.quotationGroups([
            ("他说：“第一句。", 0), ("第二句。”", 0), ("下一句。", 0), ("“未完的引语。", 1), ("新段落。", 2),
        ])
        #expect(groups == [0, 0, 1, 2, 3])
    }

    @Test func aSummaryNeverCutsInsideAQuotation() throws {
        let sentences = ["会议在蒲甘举行。", "王毅说：“中越是友好邻邦。", "双方应深化战略协作。”", "会议通过了联合声明。"]
        let document = Document(paragraphs: [sentences], language: .chinese, findHeadline: false)
        for length in [SummaryLength.sentences(1), .sentences(2), .sentences(3), .characters(20), .characters(30)] {
            let chosen = try Summarizer().summarize(document, length: length).selected.map(\.index)
            #expect(chosen.contains(1) == chosen.contains(2), "\(length): \(chosen)")
        }
    }

    @Test func charactersCountChineseAsEditorsDo() throws {
        let document = Document(paragraphs: [["会议在蒲甘举行，2022年。", "双方同意加强合作。"]], language: .chinese, findHeadline: false)
        // 11 + 9 = 20 by the editors' count (2022 is one); 23 by characters other than white space.
        #expect(try Summarizer().summarize(document, length: .characters(20)).selected.count == 2)
    }
}
