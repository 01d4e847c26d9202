// The `--jsonl` golden cases of the four batch commands: three records each, with ids of string,
// number (`2.50`, echoed as written) and boolean type, a field the command does not know passed
// through, and a record the command refuses (its error record, with its id, makes the exit 65).

extension GoldenOutputTests {
    /// Input and arguments of each `--jsonl` case, by golden file.
    static let jsonLinesCases: [(name: String, arguments: [String], stdin: String)] = [
        ("summarize.jsonl.ids.jsonl", ["summarize", "--jsonl"], """
            {"id": "s-1", "text": "Wang Yi met Bui Thanh Son in Hanoi on Tuesday. The two ministers agreed to expand trade. They will meet again next year.", "batch": "golden\\u0021"}
            {"id": 2.50, "title": "王毅会见裴青山", "text": "王毅今天在北京会见裴青山。双方同意扩大贸易。两国外长将于明年再次会晤。"}
            {"id": true, "title": "A record without text"}

            """),
        ("segment.jsonl.jsonl", ["segment", "--jsonl"], """
            {"id": "seg-1", "text": "Wang Yi met Bui Thanh Son. They spoke for an hour.", "batch": "golden\\u0021"}
            {"id": 2.50, "text": "王毅会见裴青山。双方同意加强合作。", "language": "zh"}
            {"id": true, "text": "Bùi Thanh Sơn gặp Vương Nghị.", "language": "fr"}

            """),
        ("names.jsonl.jsonl", ["names", "--jsonl"], """
            {"id": "n-1", "name": "Wang Yi", "batch": "golden\\u0021"}
            {"id": 2.50, "name": "裴青山", "language": "zh"}
            {"id": true, "name": "王毅", "text": "王毅会见裴青山。"}

            """),
        ("align.jsonl.jsonl", ["align", "--jsonl"], """
            {"id": "a-1", "source": "Wang Yi met Bui Thanh Son. They agreed to expand trade.", "target": "王毅会见裴青山。双方同意扩大贸易。", "langs": "en,zh", "batch": "golden\\u0021"}
            {"id": 2.50, "source": "Wang Yi met Bui Thanh Son. They agreed to expand trade.", "target": "Vương Nghị gặp Bùi Thanh Sơn. Hai bên nhất trí mở rộng thương mại.", "langs": "en,vi"}
            {"id": true, "source": "Wang Yi met Bui Thanh Son.", "langs": "en,vi"}

            """),
        // Clusters of the bundled Bagan reports: all six (the brief in English, the majority's
        // language among equals, names glossed), three asked in Chinese, and a report without text.
        ("summarize.event.jsonl.jsonl", ["summarize", "--event", "--jsonl", "--names", "--sentences", "2"],
         (try! SummarizeCommandTests.clusterLine(id: "\"bagan\"", SummarizeCommandTests.eventReports, extra: #", "batch": "golden\u0021""#)) + "\n"
            + (try! SummarizeCommandTests.clusterLine(id: "2.50", Array(SummarizeCommandTests.eventReports.prefix(3)), extra: #", "to": "zh""#))
            + "\n" + #"{"id": true, "reports": [{"name": "a.txt"}]}"# + "\n"),
    ]
}
