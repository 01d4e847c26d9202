import Foundation
import Testing

/// A glossary named twice — in TRIGLOT_GLOSSARY and --glossary, as `a.tsv` and `./a.tsv`, or
/// through a symbolic link — is read once, not refused as a duplicate of itself.
extension NamesCommandTests {
    @Test func aGlossaryGivenTwiceIsReadOnce() throws {
        try TriglotRunner.inTemporaryFolder { directory in
            let header = "id\tkind\ten\tzh\tzh_hant\tvi\ten_aliases\tzh_aliases\tvi_aliases\tnote\tsource\n"
            let file = directory.appendingPathComponent("a.tsv")
            try (header + "person-zhang-dongqiang\tperson\tZhang Dongqiang\t张东强\t\tTrương Đông Cường\t\t\t\t\tXinhua\n")
                .write(to: file, atomically: true, encoding: .utf8)
            let link = directory.appendingPathComponent("link.tsv")
            try FileManager.default.createSymbolicLink(at: link, withDestinationURL: file)
            let cases: [(arguments: [String], environment: [String: String])] = [
                (["--glossary", file.path], ["TRIGLOT_GLOSSARY": file.path]),
                (["--glossary", "a.tsv", "--glossary", "./a.tsv"], [:]),
                (["--glossary", "a.tsv", "--glossary", directory.path + "/../" + directory.lastPathComponent + "/a.tsv"], [:]),
                (["--glossary", "link.tsv"], ["TRIGLOT_GLOSSARY": "a.tsv:" + file.path]),
            ]
            for (arguments, environment) in cases {
                let found = try TriglotRunner.run(["names"] + arguments + ["张东强"], environment: environment, in: directory)
                #expect(found.status == 0, "\(arguments) \(environment): \(found.stderr)")
                #expect(found.stdout.contains("glossary person-zhang-dongqiang"))
                let validated = try TriglotRunner.run(["glossary", "validate"] + arguments, environment: environment, in: directory)
                #expect(validated.status == 0, "\(arguments) \(environment): \(validated.stderr)")
                #expect(validated.stdout.contains("in 2 files: no problems"), "\(validated.stdout)")
            }
            // Two files that are different stay different: a duplicate id between them is refused.
            let copy = directory.appendingPathComponent("copy.tsv")
            try FileManager.default.copyItem(at: file, to: copy)
            let refused = try TriglotRunner.run(["glossary", "validate", "--glossary", "a.tsv", "--glossary", "copy.tsv"], in: directory)
            #expect(refused.status == 65)
            #expect(refused.stderr.contains("copy.tsv:2: duplicate id 'person-zhang-dongqiang' (first at a.tsv:2)"))
        }
    }
}
