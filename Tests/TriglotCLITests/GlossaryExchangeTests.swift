import Foundation
import Testing

/// End-to-end tests of `triglot glossary export` and `triglot glossary import`.
@Suite struct GlossaryExchangeTests {
    static let header = "id\tkind\ten\tzh\tzh_hant\tvi\ten_aliases\tzh_aliases\tvi_aliases\tnote\tsource\n"
    /// A user glossary with every field used, including characters XML and CSV must escape.
    static let user = header
        + "person-zhang-dongqiang\tperson\tZhang Dongqiang\t张东强\t張東強\tTrương Đông Cường\tDongqiang Zhang | ZDQ\t东强\tĐông Cường\tSays \"hi\", <b> & 'bye'; twice\tXinhua\n"
        + "place-test-town\tplace\tTest Town\t测试镇\t\tThị trấn Thử\t\t\t\t\t\n"


    private func write(_ text: String, _ url: URL) throws { try text.write(to: url, atomically: true, encoding: .utf8) }

    private func read(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    @Test func exportsTheShippedGlossaryToStandardOutput() throws {
        let result = try TriglotRunner.run(["glossary", "export", "--format", "tbx"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("<conceptEntry id=\"person-wang-yi\">"))
        #expect(result.stderr.isEmpty)
        let csv = try TriglotRunner.run(["glossary", "export", "--format", "csv", "--langs", "en,vi"])
        #expect(csv.stdout.hasPrefix("\"id\",\"kind\",\"en\",\"vi\",\"en_aliases\",\"vi_aliases\",\"note\",\"source\"\r\n"))
        #expect(!csv.stdout.contains("王毅"))
    }

    @Test(arguments: ["tbx", "tbx2", "tmx", "csv", "tsv", "json"])
    func aUserGlossaryRoundTripsThroughEveryFormat(format: String) throws {
        try TriglotRunner.inTemporaryFolder { directory in
            let user = directory.appendingPathComponent("user.tsv")
            try write(Self.user, user)
            let exported = directory.appendingPathComponent("out.\(format == "tbx2" ? "v2.tbx" : format)")
            let export = try TriglotRunner.run(["glossary", "export", "--format", format, "--only-user", "--glossary", user.path, "-o", exported.path])
            #expect(export.status == 0, "\(export.stderr)")
            #expect(export.stdout.isEmpty)
            let imported = directory.appendingPathComponent("imported.tsv")
            let result = try TriglotRunner.run(["glossary", "import", exported.path, "-o", imported.path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == "imported 2 concepts into \(imported.path) (2 in all)\n")
            #expect(try read(imported) == Self.user)
        }
    }

    @Test func theFormatFollowsTheOutputExtension() throws {
        try TriglotRunner.inTemporaryFolder { directory in
            let output = directory.appendingPathComponent("all.tmx")
            let result = try TriglotRunner.run(["glossary", "export", "-o", output.path])
            #expect(result.status == 0)
            #expect(try read(output).contains("<tmx version=\"1.4\">"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["all.tmx"])
        }
    }

    @Test func exportNeedsAFormatAndKnownLanguages() throws {
        #expect(try TriglotRunner.run(["glossary", "export"]).status == 64)
        let langs = try TriglotRunner.run(["glossary", "export", "--format", "csv", "--langs", "en,fr"])
        #expect(langs.status == 64)
        #expect(langs.stderr.contains("unknown language 'fr'"))
        #expect(try TriglotRunner.run(["glossary", "export", "--format", "xlsx"]).status == 64)
    }

    @Test func importMergesIntoAnExistingGlossary() throws {
        try TriglotRunner.inTemporaryFolder { directory in
            let output = directory.appendingPathComponent("mine.tsv")
            let existing = "# my own names\n" + Self.header + "person-someone-else\tperson\tSomeone Else\t某某\t\t\t\t\t\t\t\n"
            try write(existing, output)
            let csv = directory.appendingPathComponent("new.csv")
            try write("id,kind,en,vi\r\nplace-test-town,place,Test Town,Thị trấn Thử\r\n", csv)
            let result = try TriglotRunner.run(["glossary", "import", csv.path, "-o", output.path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("imported 1 concept into"))
            #expect(result.stdout.contains("(2 in all)"))
            #expect(try read(output) == existing + "place-test-town\tplace\tTest Town\t\t\tThị trấn Thử\t\t\t\t\t\n")
            let validate = try TriglotRunner.run(["glossary", "validate", output.path])
            #expect(validate.status == 0)
        }
    }

    @Test func aConflictWithTheShippedGlossaryWritesNothing() throws {
        try TriglotRunner.inTemporaryFolder { directory in
            let tmx = directory.appendingPathComponent("clash.tmx")
            try write("""
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="phrase" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/>
                <body>
                <tu tuid="person-not-wang-yi"><prop type="x-kind">person</prop><tuv xml:lang="en"><seg>Wang Yi</seg></tuv><tuv xml:lang="vi"><seg>Ông Thử</seg></tuv></tu>
                </body></tmx>
                """, tmx)
            let output = directory.appendingPathComponent("mine.tsv")
            let result = try TriglotRunner.run(["glossary", "import", tmx.path, "-o", output.path])
            #expect(result.status == 65)
            #expect(result.stderr == "error: \(tmx.path):4: form 'Wang Yi' also names 'person-wang-yi' (glossaries/triglot.tsv:16); a form may name one concept only\n")
            #expect(!FileManager.default.fileExists(atPath: output.path))
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["clash.tmx"])
        }
    }

    @Test(arguments: [
        ("bad.tbx", "<tbx><text><body><conceptEntry id=\"a\">", "1:39: the file ends inside <conceptEntry> opened at line 1 (truncated?)"),
        ("lol.tbx", "<!DOCTYPE t [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><tbx>&b;</tbx>",
         "1:14: the DOCTYPE declares entities; entity declarations are refused"),
        ("xxe.tmx", "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<tmx>&x;</tmx>",
         "2:16: the DOCTYPE declares entities"),
        ("bad.csv", "id,kind,en\n\"unclosed,place,X\n", "2:1: a quoted field is not closed"),
        ("bad.json", "[{\"id\": \"a\", \"kind\": 3}]", "1:22: 'kind' must be a string or null"),
    ])
    func malformedAndHostileInputGetsOneLineAndWritesNothing(name: String, contents: String, expected: String) throws {
        try TriglotRunner.inTemporaryFolder { directory in
            let input = directory.appendingPathComponent(name)
            try write(contents, input)
            let output = directory.appendingPathComponent("mine.tsv")
            try write(Self.header, output)
            let result = try TriglotRunner.run(["glossary", "import", input.path, "-o", output.path])
            #expect(result.status == 65)
            #expect(result.stderr.hasPrefix("error: \(input.path):\(expected)"), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1)
            #expect(try read(output) == Self.header)
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == [name, "mine.tsv"].sorted())
        }
    }

    @Test func invalidUTF8IsReportedWithLineAndColumn() throws {
        try TriglotRunner.inTemporaryFolder { directory in
            let input = directory.appendingPathComponent("bad.tsv")
            try Data(Array(Self.header.utf8) + Array("place-x\tplace\tA".utf8) + [0xB5] + Array("\n".utf8)).write(to: input)
            let output = directory.appendingPathComponent("mine.tsv")
            let result = try TriglotRunner.run(["glossary", "import", input.path, "-o", output.path])
            #expect(result.status == 65)
            #expect(result.stderr.hasPrefix("error: \(input.path):2:16: not valid UTF-8"), "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: output.path))
        }
    }

    @Test func aMissingFileOrFolderIsReported() throws {
        let missing = try TriglotRunner.run(["glossary", "import", "/nonexistent/x.tbx", "-o", "/tmp/x.tsv"])
        #expect(missing.status == 66)
        let unwritable = try TriglotRunner.run(["glossary", "export", "--format", "tbx", "-o", "/nonexistent/folder/x.tbx"])
        #expect(unwritable.status == 73)
        #expect(unwritable.stderr.hasPrefix("error: /nonexistent/folder/x.tbx: cannot write: the folder /nonexistent/folder does not exist"))
    }

    @Test func exportsValidateAgainstTheTBXAndTMXSchemas() throws {
        let schemas = TriglotRunner.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/schemas")
        let rng = schemas.appendingPathComponent("TBXcoreStructV03.rng"), dtd = schemas.appendingPathComponent("tmx14.dtd")
        guard FileManager.default.fileExists(atPath: rng.path), FileManager.default.fileExists(atPath: dtd.path) else {
            print("skipped: the TBX and TMX schemas are not in \(schemas.path)")
            return
        }
        guard let xmllint = ["/usr/bin/xmllint", "/usr/local/bin/xmllint", "/opt/homebrew/bin/xmllint"]
            .first(where: FileManager.default.isExecutableFile(atPath:)) else {
            print("skipped: xmllint is not installed (apt-get install libxml2-utils)")
            return
        }
        try TriglotRunner.inTemporaryFolder { directory in
            let user = directory.appendingPathComponent("user.tsv")
            try write(Self.user.replacingOccurrences(of: "place-test-town", with: "2024-test-town"), user)
            for (format, arguments) in [("tbx", ["--relaxng", rng.path]), ("tmx", ["--dtdvalid", dtd.path])] {
                let file = directory.appendingPathComponent("all.\(format)")
                let export = try TriglotRunner.run(["glossary", "export", "--format", format, "--glossary", user.path, "-o", file.path])
                #expect(export.status == 0, "\(export.stderr)")
                let process = Process()
                process.executableURL = URL(fileURLWithPath: xmllint)
                process.arguments = ["--noout"] + arguments + [file.path]
                let errors = Pipe()
                process.standardError = errors
                try process.run()
                let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                process.waitUntilExit()
                #expect(process.terminationStatus == 0, "xmllint \(format): \(message)")
            }
        }
    }
}
