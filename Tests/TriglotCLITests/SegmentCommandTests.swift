import Foundation
import Testing

/// End-to-end tests of `triglot segment`: the built binary, its output and exit codes.
@Suite struct SegmentCommandTests {
    let english = "examples/lmc-2022-wang-yi-bui-thanh-son.en.txt"
    let chinese = "examples/lmc-2022-wang-yi-bui-thanh-son.zh.txt"
    let vietnamese = "examples/lmc-2022-wang-yi-bui-thanh-son.vi.txt"

    @Test func splitsTheEnglishExampleIntoItsSentences() throws {
        let result = try TriglotRunner.run(["segment", english])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 15)  // the headline and 14 sentences
        #expect(lines[1].hasPrefix("BAGAN, Myanmar, July 4 -- Chinese State Councilor"))
        #expect(lines.contains("Mr. Wang and Mr. Son also exchanged views on the South China Sea issue."))
    }

    @Test func anOpeningQuoteStartsTheNextChineseSentence() throws {
        let result = try TriglotRunner.run(["segment", chinese])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 15)
        #expect(lines.contains { $0.hasPrefix("“两国应携手推进") })
        #expect(lines.allSatisfy { !$0.hasSuffix("“") })
    }

    @Test func splitsTheVietnameseExample() throws {
        let result = try TriglotRunner.run(["segment", vietnamese])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").count == 15)
    }

    @Test func readsStandardInputWithNoFileOrADash() throws {
        let text = Array("Gen. Smith arrived. He spoke.".utf8)
        for arguments in [["segment"], ["segment", "-"]] {
            let result = try TriglotRunner.run(arguments, stdin: text)
            #expect(result.status == 0)
            #expect(result.stdout == "Gen. Smith arrived.\nHe spoke.\n")
        }
    }

    @Test func jsonOffsetsAreUnicodeScalarOffsets() throws {
        let input = "王毅说：“好。”😀 Sơn đã đến. Wang left."
        let result = try TriglotRunner.run(["segment", "--format", "json"], stdin: Array(input.utf8))
        #expect(result.status == 0)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(!items.isEmpty)
        let scalars = Array(input.unicodeScalars)
        for item in items {
            let start = try #require(item["start"] as? Int), end = try #require(item["end"] as? Int)
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars[start..<end])
            #expect(String(slice) == item["text"] as? String)
            #expect(["en", "zh", "vi"].contains(item["language"] as? String ?? ""))
        }
    }

    @Test func wordsCarryKindsAndLanguages() throws {
        let result = try TriglotRunner.run(["segment", "--unit", "word", "--format", "json", "--lang", "vi"],
                                           stdin: Array("Ông Sơn nói: 20 năm.".utf8))
        #expect(result.status == 0)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(items.map { $0["text"] as? String } == ["Ông", "Sơn", "nói", ":", "20", "năm", "."])
        #expect(items.map { $0["kind"] as? String } == ["word", "word", "word", "punctuation", "number", "word", "punctuation"])
        #expect(items.allSatisfy { $0["language"] as? String == "vi" })
    }

    @Test func wordTextOutputIsOneTokenPerLine() throws {
        let result = try TriglotRunner.run(["segment", "--unit", "word"], stdin: Array("Hello, world.".utf8))
        #expect(result.stdout == "Hello\n,\nworld\n.\n")
    }

    @Test func invalidUTF8IsExit65WithTheByteOffset() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("triglot-bad-\(UUID()).txt")
        try Data([0x61, 0x62, 0x0A, 0xFF, 0x63]).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try TriglotRunner.run(["segment", file.path])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("error: \(file.path): not valid UTF-8 at byte 3"))
        #expect(result.stderr.split(separator: "\n").count == 1)

        let piped = try TriglotRunner.run(["segment"], stdin: [0xE7, 0x8E])
        #expect(piped.status == 65)
        #expect(piped.stderr.hasPrefix("error: <stdin>: not valid UTF-8 at byte 0"))
    }

    @Test func aMissingFileIsExit66() throws {
        let result = try TriglotRunner.run(["segment", "no/such/file.txt"])
        #expect(result.status == 66)
        #expect(result.stderr == "error: no/such/file.txt: no such file\n")
        let directory = try TriglotRunner.run(["segment", "examples"])
        #expect(directory.status == 66)
        #expect(directory.stderr.contains("is a directory"))
    }

    @Test func usageErrorsAreExit64() throws {
        for arguments in [["segment", "--unit", "paragraph"], ["segment", "--lang", "fr"], ["segment", "--nope"], ["nope"]] {
            let result = try TriglotRunner.run(arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(!result.stderr.isEmpty)
        }
    }

    @Test func emptyInputPrintsNothing() throws {
        for format in ["text", "json"] {
            let result = try TriglotRunner.run(["segment", "--format", format])
            #expect(result.status == 0)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.isEmpty)
        }
    }

    @Test func helpShowsExamples() throws {
        let root = try TriglotRunner.run(["--help"])
        #expect(root.status == 0)
        #expect(root.stdout.contains("Examples:"))
        let segment = try TriglotRunner.run(["segment", "--help"])
        #expect(segment.status == 0)
        #expect(segment.stdout.contains("Examples:"))
        #expect(segment.stdout.contains("Unicode scalars"))
    }

    @Test(arguments: [["segment"], ["summarize"], ["names"], ["align"], ["glossary"], ["glossary", "validate"],
                      ["glossary", "export"], ["glossary", "import"], ["tm"], ["tm", "add"], ["tm", "import"],
                      ["tm", "search"], ["tm", "export"]])
    func everySubcommandsHelpShowsAnExample(command: [String]) throws {
        let help = try TriglotRunner.run(command + ["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("Example"), "\(command.joined(separator: " ")) --help has no example")
        #expect(help.stdout.contains("triglot \(command[0])"))
    }

    @Test func arbitraryBytesNeverCrashIt() throws {
        var state: UInt64 = 42
        for length in [1, 2, 3, 7, 64, 500] {
            var bytes: [UInt8] = []
            for _ in 0..<length {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                bytes.append(UInt8(truncatingIfNeeded: state >> 56))
            }
            for unit in ["sentence", "word"] {
                let result = try TriglotRunner.run(["segment", "--unit", unit, "--format", "json"], stdin: bytes)
                #expect(!result.terminatedBySignal)
                #expect([0, 65].contains(result.status))
            }
        }
    }
    @Test func cleanShowsCleanedSentencesAtTheirPlaceInTheInput() throws {
        let html = Array("<p>Wang Yi met <b>Bui Thanh Son</b>.</p>\n<p>They &amp; aides talked.</p>".utf8)
        let text = try TriglotRunner.run(["segment", "--clean"], stdin: html)
        #expect(text.status == 0)
        #expect(text.stdout == "Wang Yi met Bui Thanh Son.\nThey & aides talked.\n")
        let json = try TriglotRunner.run(["segment", "--clean", "--format", "json"], stdin: html)
        #expect(json.stdout.contains("{\"text\": \"Wang Yi met Bui Thanh Son.\", \"start\": 3, \"end\": 36, \"language\": \"en\"}"))
    }

    @Test func pdfNeedsClean() throws {
        let result = try TriglotRunner.run(["segment", "--pdf"], stdin: Array("a\nb".utf8))
        #expect(result.status == 64)
        #expect(result.stderr.contains("--pdf goes with --clean"))
    }
}
