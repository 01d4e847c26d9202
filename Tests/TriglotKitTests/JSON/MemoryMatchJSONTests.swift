import Foundation
import Testing
import TriglotFormats
import TriglotMemory
@testable import TriglotKit

@Suite struct MemoryMatchJSONTests {
    @Test func markupAndQuotesInAMatchAreEscapedJSON() throws {
        let workflow = MemoryWorkflow(path: try GlossarySetTests.folder([:]) + "/memory.sqlite")
        let english = "Type <script>\"alert\" \\ here."
        let chinese = "输入<script>\"警告\"。"
        _ = try workflow.add(Array("en\tzh\n\(english)\t\(chinese)\n".utf8), file: "pairs.tsv", as: .pairs)
        let match = try #require(try workflow.search(english, language: "en", minimum: 100, limit: 1).first)
        let text = MemoryMatchJSON.object(match).text
        #expect(text.contains(#""text": "Type <script>\"alert\" \\ here.""#))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["percentage"] as? Int == 100 && object["lang"] as? String == "en" && object["text"] as? String == english)
        #expect(object["source"] as? String == "pairs.tsv" || object["source"] == nil)
        let variants = try #require(object["variants"] as? [[String: String]])
        #expect(variants.map { $0["text"] } == [english, chinese] && variants.map { $0["lang"] } == ["en", "zh"])
    }
}
