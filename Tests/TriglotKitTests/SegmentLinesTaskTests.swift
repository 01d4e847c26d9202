import Foundation
import Testing
import TriglotText
@testable import TriglotKit

@Suite struct SegmentLinesTaskTests {
    final class Collected: @unchecked Sendable {
        var text = ""
    }

    private func run(_ task: SegmentLinesTask, _ texts: [String]) -> [String] {
        var remaining = texts.enumerated().map { JSONLinesBatch.Line.line(number: $0.offset + 1, text: $0.element) }[...]
        let collected = Collected()
        _ = JSONLinesBatch().run(task, next: { remaining.popFirst() }, write: { collected.text += $0 }, flush: {})
        return collected.text.split(separator: "\n").map(String.init)
    }

    @Test func givesEachTextsSentencesOrWords() {
        let texts = [#"{"id": 1, "text": "Gen. Smith arrived.\nHe  spoke."}"#, #"{"id": 2, "text": "王毅会见裴青山。双方同意。", "language": "zh"}"#]
        #expect(run(SegmentLinesTask(unit: .sentence, language: nil), texts) == [
            #"{"id": 1, "sentences": ["Gen. Smith arrived.", "He spoke."]}"#, #"{"id": 2, "sentences": ["王毅会见裴青山。", "双方同意。"]}"#,
        ])
        #expect(run(SegmentLinesTask(unit: .word, language: .english), [texts[0]]) == [
            #"{"id": 1, "words": ["Gen.", "Smith", "arrived", ".", "He", "spoke", "."]}"#,
        ])
        #expect(run(SegmentLinesTask(unit: .sentence, language: nil, clean: true), [#"{"id": 1, "text": "<p>One &amp; two.</p> <p>Three.</p>"}"#])
            == [#"{"id": 1, "sentences": ["One & two.", "Three."]}"#])
    }

    @Test func refusesALanguageItDoesNotRead() {
        #expect(run(SegmentLinesTask(unit: .sentence, language: nil), [#"{"id": 1, "text": "Hallo.", "language": "de"}"#])
            == [#"{"line": 1, "id": 1, "error": "\"language\" must be en, zh, vi or auto (got \"de\")"}"#])
    }
}
