import Foundation
import Testing

/// Glossaries saved by Windows and old Mac editors (a byte-order mark, CRLF or CR line ends) are
/// read wherever a glossary is read: `glossary validate`, `--glossary`, `TRIGLOT_GLOSSARY` and
/// `glossary import`.
extension GlossaryExchangeTests {
    /// `GlossaryExchangeTests.user` with a byte-order mark and `lineEnd` line ends.
    static func windows(_ lineEnd: String) -> String {
        "\u{FEFF}" + user.replacingOccurrences(of: "\n", with: lineEnd)
    }

    @Test(arguments: ["\r\n", "\r"])
    func aGlossaryWithAByteOrderMarkAndWindowsOrOldMacLineEndsIsRead(lineEnd: String) throws {
        try TriglotRunner.inTemporaryFolder { directory in
            let file = directory.appendingPathComponent("win.tsv")
            try Data(Self.windows(lineEnd).utf8).write(to: file)
            let validated = try TriglotRunner.run(["glossary", "validate", file.path])
            #expect(validated.status == 0, "\(validated.stderr)")
            #expect(validated.stdout.contains("in 2 files: no problems"))
            let option = try TriglotRunner.run(["names", "--glossary", file.path, "Test Town"])
            #expect(option.status == 0, "\(option.stderr)")
            #expect(option.stdout.contains("glossary place-test-town"))
            let environment = try TriglotRunner.run(["names", "测试镇"], environment: ["TRIGLOT_GLOSSARY": file.path])
            #expect(environment.status == 0, "\(environment.stderr)")
            #expect(environment.stdout.contains("glossary place-test-town"))
        }
    }

    @Test(arguments: ["\r\n", "\r"])
    func problemsInAWindowsGlossaryNameTheirLine(lineEnd: String) throws {
        try TriglotRunner.inTemporaryFolder { directory in
            let file = directory.appendingPathComponent("win.tsv")
            try Data((Self.windows(lineEnd) + "place-x\tcity\tX\t\t\tX\t\t\t\t\t" + lineEnd).utf8).write(to: file)
            let result = try TriglotRunner.run(["glossary", "validate", file.path])
            #expect(result.status == 65)
            #expect(result.stderr.hasPrefix("error: \(file.path):4: unknown kind 'city'"), "\(result.stderr)")
        }
    }

    @Test(arguments: ["tsv", "csv", "json"])
    func importReadsWindowsFilesIntoAWindowsGlossary(format: String) throws {
        try TriglotRunner.inTemporaryFolder { directory in
            let source = directory.appendingPathComponent("user.tsv")
            try Data(Self.user.utf8).write(to: source)
            let exported = directory.appendingPathComponent("out.\(format)")
            let export = try TriglotRunner.run(["glossary", "export", "--format", format, "--only-user", "--glossary", source.path, "-o", exported.path])
            #expect(export.status == 0, "\(export.stderr)")
            // As a Windows editor saves it: a byte-order mark and CRLF line ends.
            let text = String(decoding: try Data(contentsOf: exported), as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
            try Data(("\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n")).utf8).write(to: exported)
            let output = directory.appendingPathComponent("mine.tsv")
            let existing = "\u{FEFF}# mine\r\n" + Self.header.replacingOccurrences(of: "\n", with: "\r\n")
            try Data(existing.utf8).write(to: output)
            let result = try TriglotRunner.run(["glossary", "import", exported.path, "-o", output.path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == "imported 2 concepts into \(output.path) (2 in all)\n")
            let merged = String(decoding: try Data(contentsOf: output), as: UTF8.self)
            #expect(merged == existing + Self.user.split(separator: "\n").dropFirst().map { $0 + "\r\n" }.joined())
        }
    }
}
