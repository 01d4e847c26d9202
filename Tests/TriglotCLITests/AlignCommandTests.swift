import Foundation
import Testing

/// End-to-end tests of `triglot align` on the examples, which are parallel sentence by sentence.
@Suite struct AlignCommandTests {
    let english = "examples/lmc-2022-wang-yi-bui-thanh-son.en.txt"
    let chinese = "examples/lmc-2022-wang-yi-bui-thanh-son.zh.txt"
    let vietnamese = "examples/lmc-2022-wang-yi-bui-thanh-son.vi.txt"
    let diagonal = (0..<15).map { "[\($0)]:[\($0)]" }

    @Test func pairsEveryEnglishAndChineseSentence() throws {
        let result = try TriglotRunner.run(["align", english, chinese, "--format", "beads"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.split(separator: "\n").map(String.init) == diagonal)
    }

    @Test func pairsEveryEnglishAndVietnameseSentence() throws {
        let result = try TriglotRunner.run(["align", english, vietnamese, "--format", "beads"])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").map(String.init) == diagonal)
    }

    @Test func tsvShowsBeadTypeScoreAndBothSentences() throws {
        let result = try TriglotRunner.run(["align", english, vietnamese, "--langs", "en,vi"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "bead\tscore\ten\tvi")
        #expect(lines.count == 16)
        #expect(lines.contains { $0.hasPrefix("1-1\t") && $0.contains("Zhang Dongqiang") && $0.contains("Trương Đông Cường") })
    }

    @Test func namesListTheGlossaryPairsAndANewOne() throws {
        let result = try TriglotRunner.run(["align", english, chinese, "--names", "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let names = try #require(object["names"] as? [[String: Any]])
        let known = Set(names.filter { $0["known"] as? Bool == true }.compactMap { $0["concept"] as? String })
        #expect(known.isSuperset(of: ["person-wang-yi", "person-bui-thanh-son", "place-bagan", "place-myanmar", "org-lmc", "org-xinhua",
                                      "place-south-china-sea", "doc-doc-scs", "doc-coc-scs"]))
        let proposed = names.filter { $0["known"] as? Bool == false }
        #expect(proposed.contains { $0["source"] as? String == "Zhang Dongqiang" && $0["target"] as? String == "张东强"
            && $0["rule"] as? String == "pinyin" })
    }

    @Test func englishAndVietnameseNamesOfAChinesePersonPairThroughChinese() throws {
        let result = try TriglotRunner.run(["align", "--names", english, vietnamese])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Zhang Dongqiang\tTrương Đông Cường\tthrough-chinese"))
        let json = try TriglotRunner.run(["align", "--names", "--format", "json", english, vietnamese])
        #expect(json.stdout.contains("\"rule\": \"through-chinese\", \"known\": false, \"concept\": null, \"via\": \"张东强\""))
        #expect(result.stdout.contains("Bui Thanh Son\tBùi Thanh Sơn\tglossary"))
    }

    @Test func learnAddsTheProposalToAUserGlossaryThatTheNextRunKnows() throws {
        let directory = try TriglotRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("mine.tsv").path
        let first = try TriglotRunner.run(["align", english, chinese, "--learn", file])
        #expect(first.status == 0)
        #expect(first.stderr == "learn: added 1 name to \(file): Zhang Dongqiang = 张东强\n")
        let learnt = try String(contentsOfFile: file, encoding: .utf8)
        #expect(learnt.contains("person-zhang-dongqiang\tperson\tZhang Dongqiang\t张东强\t"))
        #expect(try TriglotRunner.run(["glossary", "validate", file]).status == 0)

        // Next time the pair is known, and nothing more is learnt.
        let second = try TriglotRunner.run(["align", english, chinese, "--names", "--glossary", file, "--learn", file])
        #expect(second.status == 0)
        #expect(second.stdout.contains("Zhang Dongqiang\t张东强\tglossary\t1.00\tperson-zhang-dongqiang"))
        #expect(second.stderr.contains("unchanged"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == learnt)
    }

    @Test func learnAddsTheFormAConceptLacksFromTheNextLanguagePair() throws {
        let directory = try TriglotRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("mine.tsv").path
        #expect(try TriglotRunner.run(["align", english, chinese, "--learn", file]).status == 0)
        // English and Vietnamese: the English name is known now, its Vietnamese form is read
        // from the concept's Chinese.
        let names = try TriglotRunner.run(["align", "--names", "--glossary", file, english, vietnamese])
        #expect(names.stdout.contains("Zhang Dongqiang\tTrương Đông Cường\than-viet\t0.70\tperson-zhang-dongqiang"))
        // Kept in another file, the concept cannot change: skipped, nothing written.
        let other = directory.appendingPathComponent("other.tsv").path
        let skipped = try TriglotRunner.run(["align", "--glossary", file, "--learn", other, english, vietnamese])
        #expect(skipped.status == 0)
        #expect(skipped.stderr.contains("learn: skipped Zhang Dongqiang = Trương Đông Cường (person-zhang-dongqiang is not in \(other))"))
        #expect(!FileManager.default.fileExists(atPath: other))
        let learnt = try TriglotRunner.run(["align", "--glossary", file, "--learn", file, english, vietnamese])
        #expect(learnt.status == 0)
        #expect(learnt.stderr == "learn: added 1 name to \(file): Zhang Dongqiang = Trương Đông Cường (person-zhang-dongqiang)\n")
        let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.last?.hasPrefix("person-zhang-dongqiang\tperson\tZhang Dongqiang\t张东强\t\tTrương Đông Cường\t") == true)
        #expect(try TriglotRunner.run(["glossary", "validate", file]).status == 0)
    }

    @Test func learnLeavesABrokenGlossaryUntouched() throws {
        let directory = try TriglotRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("broken.tsv").path
        let broken = "id\tkind\ten\tzh\nnot a glossary\n"
        try broken.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try TriglotRunner.run(["align", english, chinese, "--learn", file])
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("error: \(file):1"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == broken)
    }

    @Test func theReadmesLearnCommandsRunTwiceInARow() throws {
        try TriglotRunner.inTemporaryFolder { directory in
            let examples = directory.appendingPathComponent("examples")
            try FileManager.default.createDirectory(at: examples, withIntermediateDirectories: true)
            for path in [english, chinese, vietnamese] {
                try FileManager.default.copyItem(at: TriglotRunner.packageRoot.appendingPathComponent(path),
                                                 to: directory.appendingPathComponent(path))
            }
            let file = directory.appendingPathComponent("my-names.tsv")
            func run(_ arguments: [String]) throws -> TriglotRunner.Result {
                let result = try TriglotRunner.run(["align"] + arguments, in: directory)
                #expect(result.status == 0, "\(arguments): \(result.stderr)")
                #expect(!result.stderr.contains("error"), "\(arguments): \(result.stderr)")
                return result
            }
            // As README.md shows them, each twice: the second run finds the pair known.
            let zhCommand = ["--learn", "my-names.tsv", english, chinese]
            #expect(try run(zhCommand).stderr == "learn: added 1 name to my-names.tsv: Zhang Dongqiang = 张东强\n")
            let learnt = try String(contentsOf: file, encoding: .utf8)
            #expect(try run(zhCommand).stderr == "learn: no name pair the glossaries lack scored 0.60 or more; my-names.tsv unchanged\n")
            #expect(try String(contentsOf: file, encoding: .utf8) == learnt)

            let viCommand = ["--glossary", "my-names.tsv", "--learn", "my-names.tsv", english, vietnamese]
            #expect(try run(viCommand).stderr == "learn: added 1 name to my-names.tsv: Zhang Dongqiang = Trương Đông Cường (person-zhang-dongqiang)\n")
            let extended = try String(contentsOf: file, encoding: .utf8)
            #expect(extended.split(separator: "\n").count == 2)
            #expect(try run(viCommand).stderr.hasSuffix("my-names.tsv unchanged\n"))
            #expect(try run(zhCommand).stderr.hasSuffix("my-names.tsv unchanged\n"))
            #expect(try String(contentsOf: file, encoding: .utf8) == extended)
            #expect(try TriglotRunner.run(["glossary", "validate", "my-names.tsv"], in: directory).status == 0)
        }
    }

    @Test func learnWithoutTheGlossaryOptionExtendsTheFilesOwnConcept() throws {
        try TriglotRunner.inTemporaryFolder { directory in
            let file = directory.appendingPathComponent("mine.tsv").path
            #expect(try TriglotRunner.run(["align", english, chinese, "--learn", file]).status == 0)
            // FILE's concepts count as known without --glossary FILE: the Vietnamese form joins
            // the concept the first run wrote.
            let result = try TriglotRunner.run(["align", "--learn", file, english, vietnamese])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr == "learn: added 1 name to \(file): Zhang Dongqiang = Trương Đông Cường (person-zhang-dongqiang)\n")
        }
    }

    @Test func interactiveNeedsATerminal() throws {
        try TriglotRunner.inTemporaryFolder { directory in
            let file = directory.appendingPathComponent("unused.tsv").path
            let result = try TriglotRunner.run(["align", english, chinese, "--learn", file, "--interactive"])
            #expect(result.status == 64)
            #expect(result.stderr.contains("--interactive asks on a terminal"))
            #expect(!FileManager.default.fileExists(atPath: file))
        }
    }

    @Test(arguments: ["tsv", "json"])
    func alignmentOutputFeedsTheTranslationMemory(format: String) throws {
        let directory = try TriglotRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let aligned = try TriglotRunner.run(["align", "--format", format, english, chinese])
        let file = directory.appendingPathComponent("pairs.\(format)")
        try aligned.stdout.write(to: file, atomically: true, encoding: .utf8)
        let database = directory.appendingPathComponent("memory.sqlite").path
        let added = try TriglotRunner.run(["tm", "add", file.path, "--db", database])
        #expect(added.status == 0, "\(added.stderr)")
        let found = try TriglotRunner.run(["tm", "search", "Mr. Wang and Mr. Son exchanged views on the South China Sea issue.", "--db", database])
        #expect(found.stdout.contains("两国外长还就南海问题交换了意见。"))
    }

    @Test func vietnameseAndChineseNamesPairByHanViet() throws {
        let result = try TriglotRunner.run(["align", vietnamese, chinese, "--names"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Trương Đông Cường\t张东强\than-viet"))
        #expect(result.stdout.contains("Bùi Thanh Sơn\t裴青山\tglossary"))
    }

    @Test func tmxHasOneUnitPerBead() throws {
        let result = try TriglotRunner.run(["align", english, chinese, "--format", "tmx"])
        #expect(result.status == 0)
        #expect(result.stdout.components(separatedBy: "<tu ").count - 1 == 15)
        #expect(result.stdout.contains("<tuv xml:lang=\"zh\">"))
        #expect(result.stdout.hasPrefix("<?xml") && result.stdout.hasSuffix("</tmx>\n"))
    }

    @Test func linesModeTakesEachLineAsASentence() throws {
        let directory = try TriglotRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let a = directory.appendingPathComponent("a.de"), b = directory.appendingPathComponent("b.fr")
        try "Die Konferenz beginnt am 4. Juli in Genf.\nSie dauert drei Tage.\n".write(to: a, atomically: true, encoding: .utf8)
        try "La conférence commence le 4 juillet à Genève.\nElle dure trois jours.\n".write(to: b, atomically: true, encoding: .utf8)
        let result = try TriglotRunner.run(["align", a.path, b.path, "--lines", "--langs", "de,fr", "--format", "beads"])
        #expect(result.status == 0)
        #expect(result.stdout == "[0]:[0]\n[1]:[1]\n")
    }

    @Test func bothSidesFromStandardInputIsAUsageError() throws {
        let result = try TriglotRunner.run(["align", "-", "-"], stdin: Array("One. Two.".utf8))
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("standard input holds one text"))
    }

    @Test func invalidLanguageCodesAreUsageErrors() throws {
        let cases: [(String, String)] = [
            ("en", "two language codes"), ("xx-yy", "two language codes"), ("en,xx", "'xx' is no ISO 639 language code"),
            ("1,2", "'1' is no ISO 639"), ("en,", "two language codes"), ("en,vi,zh", "two language codes"),
            ("en,fr", "names the target fr, but it reads as Vietnamese"), ("vi,en", "names the target en, but it reads as Vietnamese"),
            ("zh,vi", "names the source zh, but it reads as English"), ("en,zh", "names the target zh"),
        ]
        for (langs, message) in cases {
            let result = try TriglotRunner.run(["align", "--langs", langs, english, vietnamese])
            #expect(result.status == 64, "\(langs)")
            #expect(result.stdout.isEmpty, "\(langs)")
            #expect(result.stderr.contains(message), "\(langs): \(result.stderr)")
        }
        // A region or script subtag is kept in the output and read by its language.
        let tagged = try TriglotRunner.run(["align", "--langs", "en-GB,zh-Hans", "--format", "beads", english, chinese])
        #expect(tagged.status == 0)
        #expect(tagged.stdout.split(separator: "\n").map(String.init) == diagonal)
        // Vietnamese written without its diacritics still reads as Vietnamese when named so.
        let plain = try TriglotRunner.run(["align", "--langs", "en,vi", "--format", "beads", english, english])
        #expect(plain.status == 0)
    }

    @Test func aNegativeThresholdIsRefusedForItsValue() throws {
        let result = try TriglotRunner.run(["align", english, chinese, "--learn", "unused.tsv", "--threshold", "-0.5"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--threshold takes a score from 0 to 1 (got -0.5)"))
    }

    @Test func aTenKilobyteBlobInOneSentenceLeavesTheOtherPairsAligned() throws {
        try TriglotRunner.inTemporaryFolder { folder in
            let text = try String(contentsOf: TriglotRunner.packageRoot.appendingPathComponent(english), encoding: .utf8)
            let file = folder.appendingPathComponent("blob.en.txt")
            try text.replacingOccurrences(of: "Their meeting took place", with: "Their meeting took place " + String(repeating: "x", count: 10_000))
                .write(to: file, atomically: true, encoding: .utf8)
            let result = try TriglotRunner.run(["align", file.path, vietnamese, "--format", "beads"])
            #expect(result.status == 0)
            #expect(result.stdout.split(separator: "\n").map(String.init) == diagonal)
            let summary = try TriglotRunner.run(["summarize", "--parallel", file.path, chinese, "--format", "json"])
            let object = try #require(try JSONSerialization.jsonObject(with: Data(summary.stdout.utf8)) as? [String: Any])
            #expect((object["pairs"] as? [[String: Any]])?.count == 3)
        }
    }

    @Test func aMissingFileIsAClearError() throws {
        let result = try TriglotRunner.run(["align", english, "no-such-file.txt"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("no-such-file.txt"))
    }
}
