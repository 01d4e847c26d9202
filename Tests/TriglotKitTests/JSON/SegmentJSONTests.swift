import Testing
import TriglotFormats
import TriglotText
@testable import TriglotKit

@Suite struct SegmentJSONTests {
    @Test func offsetsAreUnicodeScalarsFromTheStartOfTheText() throws {
        let text = "王毅说：“我们支持。”The talks went well."
        let items = try SegmentWorkflow(policy: .detect).run(text, unit: .sentence)
        let objects = Array(SegmentJSON.objects(items, of: text)).map(\.text)
        #expect(objects.count == 2)
        #expect(objects.first?.hasPrefix(#"{"text": "王毅说：“我们支持。”", "start": 0, "end": 11"#) == true)
        #expect(objects.last?.hasPrefix(#"{"text": "The talks went well.", "start": 11, "end": 31"#) == true)
    }
}
