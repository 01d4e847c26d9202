import TriglotKit

extension Triglot.Segment {
    /// `segment --jsonl`: the sentences or words of each line's text (``SegmentLinesTask``).
    func segmentLines() throws {
        let task = SegmentLinesTask(unit: unit == .word ? .word : .sentence, language: input.lang.language, clean: clean, pdf: pdf)
        try batch.run(task, limit: input.limit)
    }
}
