import Foundation
import Testing
import TriglotFormats
import TriglotSummary
import TriglotText
@testable import TriglotKit

@Suite struct SummaryJSONTests {
    /// Chinese then English: multi-byte scalars before the English sentences shift their offsets.
    static let text = """
        双方同意深化合作。王毅说：“我们支持。”会谈气氛友好。

        The two ministers met in Hanoi. They agreed to deepen cooperation. Both sides praised the talks.
        """

    static func parsed(_ json: JSONOutput) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(json.text.utf8)) as? [String: Any])
    }

    @Test func theDocumentMemberListsEverySentenceWithItsScalarOffsets() throws {
        let summary = try SummaryWorkflow(method: AutoMethod(), length: .sentences(2)).run(Self.text)
        let json = SummaryJSON.object(file: "a.txt", text: Self.text, summary: summary, explain: true, document: true)
        let object = try Self.parsed(json)
        let document = try #require(object["document"] as? [[String: Any]])
        #expect(document.count == summary.document.sentences.count && document.count >= 5)
        let scalars = Array(Self.text.unicodeScalars)
        for (position, sentence) in document.enumerated() {
            let start = try #require(sentence["start"] as? Int), end = try #require(sentence["end"] as? Int)
            #expect(sentence["index"] as? Int == position)
            #expect(sentence["text"] as? String == summary.document.sentences[position].text)
            // The offsets pick out the sentence's own scalars from the text.
            var picked = String.UnicodeScalarView()
            picked.append(contentsOf: scalars[start..<end])
            #expect(String(picked) == sentence["text"] as? String)
        }
        let english = try #require(document.first { ($0["text"] as? String)?.hasPrefix("The two ministers") == true })
        #expect(english["start"] as? Int == Array("双方同意深化合作。王毅说：“我们支持。”会谈气氛友好。\n\n".unicodeScalars).count)
        // After "sentences" and "explain", and in the selected sentences' shape minus the scores.
        let text = json.text
        let order = ["\"sentences\"", "\"explain\"", "\"document\""].map { text.range(of: $0)!.lowerBound }
        #expect(order == order.sorted())
        let chosen = try #require((object["sentences"] as? [[String: Any]])?.first)
        let same = try #require(document.first { $0["index"] as? Int == chosen["index"] as? Int })
        #expect(same["start"] as? Int == chosen["start"] as? Int && same["end"] as? Int == chosen["end"] as? Int)
    }

    @Test func withoutDocumentTheObjectIsWhatTheCLIPrints() throws {
        let summary = try SummaryWorkflow(method: AutoMethod(), length: .sentences(1)).run(Self.text)
        let object = try Self.parsed(SummaryJSON.object(file: nil, text: Self.text, summary: summary, explain: false))
        #expect(object.keys.sorted() == ["file", "language", "method", "sentences", "title"])
        #expect(object["file"] is NSNull)
        #expect(SummaryJSON.decimals(0.123456) == "0.1235" && SummaryJSON.decimals(.nan) == "0")
    }
}
