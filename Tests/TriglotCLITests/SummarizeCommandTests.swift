import Foundation
import Testing

/// End-to-end tests of `triglot summarize`.
@Suite struct SummarizeCommandTests {
    let english = "examples/lmc-2022-wang-yi-bui-thanh-son.en.txt"
    let chinese = "examples/lmc-2022-wang-yi-bui-thanh-son.zh.txt"
    let vietnamese = "examples/lmc-2022-wang-yi-bui-thanh-son.vi.txt"

    private func lines(_ result: TriglotRunner.Result) -> [Substring] { result.stdout.split(separator: "\n") }

    @Test func summarizesEachExampleInThreeSentencesOrFewer() throws {
        for file in [english, chinese, vietnamese] {
            let result = try TriglotRunner.run(["summarize", file])
            #expect(result.status == 0)
            #expect(result.stderr.isEmpty)
            let chosen = lines(result)
            #expect((1...3).contains(chosen.count))
            // The headline is the title, never a summary sentence.
            let headline = try String(contentsOf: TriglotRunner.packageRoot.appendingPathComponent(file), encoding: .utf8)
                .split(separator: "\n").first!
            #expect(!chosen.contains(headline))
        }
    }

    @Test func theEnglishSummaryNamesTheMinisters() throws {
        let summary = try TriglotRunner.run(["summarize", english]).stdout
        #expect(summary.contains("Wang Yi"))
        #expect(summary.contains("Bui Thanh Son"))
    }

    @Test func everyMethodRuns() throws {
        for method in ["auto", "lead", "textrank", "lexrank"] {
            let result = try TriglotRunner.run(["summarize", "--method", method, "--sentences", "2", english])
            #expect(result.status == 0, "\(method)")
            #expect(lines(result).count == 2)
        }
        let lead = try TriglotRunner.run(["summarize", "--method", "lead", "--sentences", "1", english])
        #expect(lead.stdout.hasPrefix("BAGAN, Myanmar, July 4 --"))
    }

    @Test func lengthOptionsAreRespected() throws {
        let ratio = try TriglotRunner.run(["summarize", "--ratio", "0.5", english])
        #expect(lines(ratio).count == 7)
        let words = try TriglotRunner.run(["summarize", "--words", "40", english])
        #expect(words.stdout.split(whereSeparator: { $0 == " " || $0 == "\n" }).count <= 40 + 10)  // punctuation tokens are not words
        let chars = try TriglotRunner.run(["summarize", "--chars", "60", chinese])
        #expect(chars.stdout.filter { !$0.isWhitespace }.count <= 60)
        #expect(!chars.stdout.isEmpty)
    }

    @Test func jsonHasIndicesOffsetsScoresAndParts() throws {
        let result = try TriglotRunner.run(["summarize", "--format", "json", "--explain", vietnamese])
        #expect(result.status == 0)
        let object = try #require((try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])?.first)
        #expect(object["language"] as? String == "vi")
        #expect((object["title"] as? String)?.hasPrefix("Bộ trưởng Bùi Thanh Sơn gặp") == true)
        let sentences = try #require(object["sentences"] as? [[String: Any]])
        let text = try String(contentsOf: TriglotRunner.packageRoot.appendingPathComponent(vietnamese), encoding: .utf8)
        let scalars = Array(text.unicodeScalars)
        var previous = -1
        for sentence in sentences {
            let index = try #require(sentence["index"] as? Int)
            #expect(index > previous)
            previous = index
            let start = try #require(sentence["start"] as? Int), end = try #require(sentence["end"] as? Int)
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars[start..<end])
            #expect(String(slice) == sentence["text"] as? String)
            let parts = try #require(sentence["parts"] as? [String: Any])
            #expect(Set(parts.keys) == ["centrality", "position", "title", "names"])
        }
        let explained = try #require(object["explain"] as? [[String: Any]])
        #expect(explained.count == 14)
    }

    @Test func markdownAndExplainedText() throws {
        let markdown = try TriglotRunner.run(["summarize", "--format", "markdown", english])
        #expect(markdown.stdout.hasPrefix("## Wang Yi and Bui Thanh Son meet in Bagan"))
        #expect(lines(markdown).filter { $0.hasPrefix("- ") }.count == 3)
        let explained = try TriglotRunner.run(["summarize", "--explain", english])
        #expect(lines(explained).filter { $0.hasPrefix("* [") }.count == 3)
        #expect(lines(explained).filter { $0.hasPrefix("  [") }.count == 11)
    }

    @Test func severalFilesAreHeadedByName() throws {
        let result = try TriglotRunner.run(["summarize", english, vietnamese])
        #expect(result.stdout.contains("== \(english) =="))
        #expect(result.stdout.contains("== \(vietnamese) =="))
        let json = try TriglotRunner.run(["summarize", "--format", "json", english, chinese])
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(array.map { $0["language"] as? String } == ["en", "zh"])
        // One file has the same shape: an array, of one object.
        let one = try TriglotRunner.run(["summarize", "--format", "json", english])
        let single = try #require(try JSONSerialization.jsonObject(with: Data(one.stdout.utf8)) as? [[String: Any]])
        #expect(single.map { $0["language"] as? String } == ["en"])
    }

    @Test func theTitleOptionIsUsed() throws {
        let result = try TriglotRunner.run(["summarize", "--format", "json", "--title", "Biển Đông", vietnamese])
        let object = try #require((try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])?.first)
        #expect(object["title"] as? String == "Biển Đông")
    }

    @Test func batchModeAnswersOneLinePerArticleInOrder() throws {
        var input = ""
        for number in 0..<30 {
            input += "{\"id\": \(number), \"text\": \"Article \(number) begins. The ministers met. They agreed on trade. Talks ended.\"}\n"
        }
        input += "\n{\"id\": \"last\", \"text\": \"王毅会见裴青山。双方同意加强合作。\", \"title\": \"王毅会见裴青山\"}\n"
        let result = try TriglotRunner.run(["summarize", "--jsonl"], stdin: Array(input.utf8))
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)  // no progress line when stderr is not a terminal
        let outputs = try lines(result).map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(outputs.count == 31)
        #expect(outputs.prefix(30).enumerated().allSatisfy { $0.element["id"] as? Int == $0.offset })
        #expect(outputs.last?["id"] as? String == "last")
        #expect(outputs.last?["language"] as? String == "zh")
    }

    @Test func batchModeWritesAnErrorRecordForABadLineAndGoesOn() throws {
        let input = "{\"id\": 1, \"text\": \"Fine. Good.\"}\n{\"id\": 2, oops\n{\"id\": 3, \"text\": \"Also fine. Yes.\"}\n"
        let result = try TriglotRunner.run(["summarize", "--jsonl"], stdin: Array(input.utf8))
        #expect(result.status == 65)
        let outputs = try lines(result).map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(outputs.count == 3)
        #expect(outputs[0]["id"] as? Int == 1 && outputs[0]["summary"] != nil)
        #expect(outputs[1]["line"] as? Int == 2 && outputs[1]["error"] as? String == "not a JSON object")
        #expect(outputs[2]["id"] as? Int == 3 && outputs[2]["summary"] != nil)
        #expect(result.stderr == "error: 1 of 3 input lines failed (see the error records in the output)\n")
        let stop = try TriglotRunner.run(["summarize", "--jsonl", "--on-error", "stop"], stdin: Array(input.utf8))
        #expect(stop.status == 65)
        #expect(lines(stop).count == 2)
    }

    @Test func batchModeEchoesIdsAndOtherFieldsAsGiven() throws {
        let input = ["{\"id\": true, \"text\": \"One. Two.\"}", "{\"id\": 1.50, \"text\": \"One. Two.\"}",
                     "{\"id\": \"007\", \"text\": \"One. Two.\", \"source\": {\"agency\": \"VNA\", \"n\": [1, 2]}}",
                     "{\"text\": \"No id.\"}"].joined(separator: "\r\n") + "\r\n"
        let result = try TriglotRunner.run(["summarize", "--jsonl"], stdin: Array(input.utf8))
        let outputs = lines(result)
        #expect(outputs.count == 4)
        #expect(outputs[0].hasPrefix("{\"id\": true, "))
        #expect(outputs[1].hasPrefix("{\"id\": 1.50, "))
        #expect(outputs[2].hasPrefix("{\"id\": \"007\", \"source\": {\"agency\": \"VNA\", \"n\": [1, 2]}, \"language\": "))
        #expect(outputs[3] == "{\"line\": 4, \"id\": null, \"error\": \"missing \\\"id\\\" (a string, number, boolean or null)\"}")
        #expect(result.status == 65)
    }

    @Test func batchModeAnswersBeforeTheInputEnds() throws {
        let session = try TriglotSession(["summarize", "--jsonl"])
        try session.send("{\"id\": 1, \"text\": \"Wang Yi met Bui Thanh Son. They talked.\"}\n")
        // Standard input stays open: the result must come without waiting for its end.
        #expect(session.nextLine(timeout: 30)?.hasPrefix("{\"id\": 1, ") == true)
        try session.send("{\"id\": 2, \"text\": \"Second article. It ends.\"}\n")
        #expect(session.nextLine(timeout: 30)?.hasPrefix("{\"id\": 2, ") == true)
        #expect(try session.finish() == 0)
    }

    @Test func usageErrorsAreExit64() throws {
        for arguments in [["summarize", "--method", "magic", english], ["summarize", "--sentences", "2", "--ratio", "0.5", english],
                          ["summarize", "--ratio", "2", english], ["summarize", "--sentences", "0", english],
                          ["summarize", "--jsonl", english], ["summarize", "--title", "x", english, chinese]] {
            let result = try TriglotRunner.run(arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stdout.isEmpty)
        }
        let unknown = try TriglotRunner.run(["summarize", "--method", "magic", english])
        #expect(unknown.stderr.contains("auto, lead, textrank, lexrank"))
    }

    @Test func aLengthBudgetBelowEverySentenceStillGivesOne() throws {
        for (option, file) in [("--words", english), ("--chars", chinese), ("--words", vietnamese)] {
            let result = try TriglotRunner.run(["summarize", option, "1", file])
            #expect(result.status == 0, "\(option) \(file)")
            #expect(lines(result).count == 1, "\(option) \(file)")
        }
        let help = try TriglotRunner.run(["summarize", "--help"])
        // However the help wraps its lines.
        #expect(help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains("at least one sentence"))
    }

    @Test func invalidNumbersAreUsageErrorsThatSayWhy() throws {
        let cases: [([String], String)] = [
            (["--words", "-3"], "--words must be at least 1 (got -3)"), (["--chars", "-1"], "--chars must be at least 1"),
            (["--sentences", "-2"], "--sentences must be at least 1"), (["--sentences", "0"], "--sentences must be at least 1"),
            (["--ratio", "-0.5"], "--ratio must be in (0, 1]"), (["--ratio", "0"], "--ratio must be in (0, 1]"),
            (["--ratio", "1.5"], "--ratio must be in (0, 1]"), (["--words", "many"], "'many' is invalid for '--words"),
        ]
        for (options, message) in cases {
            let result = try TriglotRunner.run(["summarize"] + options + [english])
            #expect(result.status == 64, "\(options)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains(message), "\(options): \(result.stderr)")
            #expect(!result.stderr.contains("Missing value"), "\(options)")
        }
    }

    @Test func standardInputIsReadOnce() throws {
        let result = try TriglotRunner.run(["summarize", "-", "-"], stdin: Array("One sentence. Another one.".utf8))
        #expect(result.status == 64)
        #expect(result.stderr.contains("standard input holds one text"))
    }

    @Test func batchModeEchoesEachIdAsWritten() throws {
        let ids = ["true", "false", "null", "1", "1.50", "-2.5e3", "12345678901234567890123", "\"007\"", "\"caf\\u00e9\""]
        let input = ids.map { "{\"text\": \"The ministers met. They agreed.\", \"id\": \($0)}\n" }.joined()
        let result = try TriglotRunner.run(["summarize", "--jsonl"], stdin: Array(input.utf8))
        #expect(result.status == 0)
        let echoed = lines(result).map { line in line.dropFirst("{\"id\": ".count).prefix { $0 != "," } }
        #expect(echoed.map(String.init) == ids)
        for line in lines(result) { #expect(try JSONSerialization.jsonObject(with: Data(line.utf8)) is [String: Any]) }
        let nested = try TriglotRunner.run(["summarize", "--jsonl"], stdin: Array("{\"id\": [1], \"text\": \"A.\"}\n".utf8))
        #expect(nested.status == 65)
        // An error record in the line's place (the batch goes on past it).
        #expect(nested.stdout.contains("\\\"id\\\" must be a string, number, boolean or null"))
    }

    @Test func aCROnlyArticleKeepsItsHeadline() throws {
        let text = try String(contentsOf: TriglotRunner.packageRoot.appendingPathComponent(english), encoding: .utf8)
        func summary(_ text: String) throws -> (title: String?, chosen: [Int]) {
            let result = try TriglotRunner.run(["summarize", "--format", "json", "-"], stdin: Array(text.utf8))
            let object = try #require((try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])?.first)
            let sentences = try #require(object["sentences"] as? [[String: Any]])
            return (object["title"] as? String, sentences.compactMap { $0["index"] as? Int })
        }
        let lf = try summary(text)
        #expect(lf.title == "Wang Yi and Bui Thanh Son meet in Bagan, pledge closer China-Vietnam cooperation")
        for lineEnd in ["\r\n", "\r"] {
            let other = try summary(text.replacingOccurrences(of: "\n", with: lineEnd))
            #expect(other.title == lf.title, "\(lineEnd.debugDescription)")
            #expect(other.chosen == lf.chosen, "\(lineEnd.debugDescription)")
        }
    }

    @Test func badInputErrors() throws {
        #expect(try TriglotRunner.run(["summarize", "missing.txt"]).status == 66)
        #expect(try TriglotRunner.run(["summarize"], stdin: [0x41, 0xC3]).status == 65)
        let empty = try TriglotRunner.run(["summarize"])
        #expect(empty.status == 0)
        #expect(empty.stdout.isEmpty)
    }

    @Test func helpShowsAnExample() throws {
        let help = try TriglotRunner.run(["summarize", "--help"])
        #expect(help.stdout.contains("Examples:"))
        #expect(help.stdout.contains("3 sentences or 20%"))
    }
}

/// The real report the project started from, when the shared data is beside the project.
@Suite struct SeedArticleTests {
    static let seed = TriglotRunner.packageRoot
        .appendingPathComponent("../shared/data/seed-article/2022-07-04-xinhua-china-vietnam.en.txt").standardizedFileURL

    @Test(.enabled(if: FileManager.default.fileExists(atPath: seed.path), "../shared/data is absent"))
    func theSeedSummaryNamesTheMinistersAndTheMeeting() throws {
        let result = try TriglotRunner.run(["summarize", Self.seed.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Wang Yi"))
        #expect(result.stdout.contains("Bui Thanh Son"))
        #expect(result.stdout.contains("Lancang-Mekong Cooperation"))
        // The caption paragraph comes first but is never chosen.
        #expect(!result.stdout.contains("(Xinhua/Zhang Dongqiang)"))
        #expect(!result.stdout.contains("meets with Vietnamese Foreign Minister"))
    }
    @Test func parallelSummaryIsSentencePairsOfBothArticles() throws {
        let english = "examples/lmc-2022-wang-yi-bui-thanh-son.en.txt", chinese = "examples/lmc-2022-wang-yi-bui-thanh-son.zh.txt"
        let result = try TriglotRunner.run(["summarize", "--parallel", english, chinese, "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["languages"] as? [String] == ["en", "zh"])
        let pairs = try #require(object["pairs"] as? [[String: Any]])
        #expect(pairs.count == 3)
        // The examples are parallel line by line: each pair is one sentence and its translation.
        let englishLines = try String(contentsOf: TriglotRunner.packageRoot.appendingPathComponent(english), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let chineseLines = try String(contentsOf: TriglotRunner.packageRoot.appendingPathComponent(chinese), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        for pair in pairs {
            let source = try #require(pair["source"] as? String), target = try #require(pair["target"] as? String)
            let line = try #require(englishLines.firstIndex { $0.contains(source) })
            #expect(chineseLines[line].contains(target))
        }
        #expect((pairs.first?["source"] as? String)?.contains("Wang Yi met Vietnamese Foreign Minister Bui Thanh Son") == true)
        #expect((pairs.first?["target"] as? String)?.contains("王毅") == true)
    }

    @Test func parallelMarkdownExplainsEveryPairsScores() throws {
        let english = "examples/lmc-2022-wang-yi-bui-thanh-son.en.txt", chinese = "examples/lmc-2022-wang-yi-bui-thanh-son.zh.txt"
        let result = try TriglotRunner.run(["summarize", "--parallel", english, chinese, "--format", "markdown", "--explain"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("| en | zh |"))
        #expect(result.stdout.contains("| bead | chosen | score | en score | zh score | en |"))
        // Every bead with body sentences on both sides has a row; three are chosen.
        #expect(result.stdout.components(separatedBy: " | * | ").count - 1 == 3)
    }

    @Test func parallelNeedsTwoFiles() throws {
        let result = try TriglotRunner.run(["summarize", "--parallel", "examples/lmc-2022-wang-yi-bui-thanh-son.en.txt"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--parallel takes two files"))
    }
}
