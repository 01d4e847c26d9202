// Golden-file tests: every output format of every command, run on the bundled examples and small
// fixtures written here, compared byte for byte with a file in Tests/TriglotCLITests/Golden/
// (one per case, named after the command, variant, languages and format).
//
// Re-record them all after an intended change, then review the change with `git diff`:
//
//     TRIGLOT_RECORD_GOLDEN=1 swift test --filter GoldenOutputTests
//
// Recording writes what the commands print now (and removes golden files no case names any more)
// instead of comparing, and passes. Volatile parts are normalised before both comparing and
// recording: TMX/CSV/JSON dates of the translation memory, the tool version in TMX headers and
// the paths of temporary folders (see `GoldenOutputTests.normalise`).
//
// The shipped glossary's exports (2 MB in the six formats, 1.4 MB of it TBX) are too big to keep
// whole: each is exported to a temporary file and compared through a golden file holding its
// SHA-256, its size and line count, and its first 40 lines (`glossary-export.tbx.sha256`…); any
// edit of glossaries/triglot.tsv asks for a re-record. Every format is also compared whole on a
// small user glossary written here (`glossary-export.user.tbx`…), so a change in how an entry is
// written shows line by line.

import Foundation
import Testing

@Suite struct GoldenOutputTests {
    /// What a case runs.
    enum Kind: Sendable {
        /// `triglot ARGUMENTS` in the package root, fed `stdin`; its standard output.
        case command([String], stdin: String)
        /// `triglot glossary export --format FORMAT -o FILE` of the shipped glossary into a
        /// temporary folder; the file's SHA-256, size, line count and first 40 lines.
        case glossaryExport(format: String, file: String)
        /// The same export of `userGlossary` alone (`--only-user`); the whole file.
        case userGlossaryExport(format: String, file: String)
        /// A memory built in a temporary folder from `align --format tsv` of the en–zh example,
        /// then `tm ARGUMENTS` on it (`export`, `search`); its standard output.
        case memory([String])
    }

    struct Case: Sendable, CustomTestStringConvertible {
        /// The golden file's name.
        let name: String
        let kind: Kind
        /// The exit status expected.
        var status: Int32 = 0

        var testDescription: String { name }
    }

    static let english = "examples/lmc-2022-wang-yi-bui-thanh-son.en.txt"
    static let chinese = "examples/lmc-2022-wang-yi-bui-thanh-son.zh.txt"
    static let vietnamese = "examples/lmc-2022-wang-yi-bui-thanh-son.vi.txt"
    static let examples = [("en", english), ("zh", chinese), ("vi", vietnamese)]

    static let extensions = ["text": "txt", "json": "json", "markdown": "md", "html": "html"]

    /// Four articles in JSON Lines: ids as strings and numbers, a title, a field passed through,
    /// and a line that is not JSON (an error record in its place, exit 65).
    static let articles = """
        {"id": "en-1", "title": "Ministers meet in Hanoi", "text": "Ministers meet in Hanoi\\n\\nHANOI, May 2 -- The foreign ministers of Vietnam and Laos met in Hanoi on Tuesday and agreed to expand trade along their border. They signed a plan for new road links between the two countries. The ministers also discussed flood control on the Mekong River. Both sides said relations were at their best in decades. The next meeting will be held in Vientiane."}
        {"id": "007", "text": "新华社北京5月2日电 外交部长今天在北京会见来访的越南副总理。双方同意加强经贸合作，扩大边境贸易。双方还就澜湄合作交换了意见。越方表示愿同中方加强沟通。", "source": "fixture"}
        {"id": 1.50, "text": "Hà Nội, ngày 2/5 – Bộ trưởng Ngoại giao hai nước đã hội đàm tại Hà Nội. Hai bên nhất trí thúc đẩy hợp tác kinh tế và thương mại. Hai bộ trưởng cũng trao đổi về tình hình khu vực. Cuộc họp tiếp theo sẽ diễn ra tại Viêng Chăn."}
        this line is not JSON
        {"id": "en-2", "text": "Short note. It has two sentences."}

        """

    /// A user glossary of three concepts using every field: aliases, traditional forms, a missing
    /// language, and characters XML, CSV and JSON must escape.
    static let userGlossary = """
        id\tkind\ten\tzh\tzh_hant\tvi\ten_aliases\tzh_aliases\tvi_aliases\tnote\tsource
        person-golden-tester\tperson\tLi Jinshi\t李金石\t\tLý Kim Thạch\tJinshi Li | LJS\t金石\tKim Thạch\tSays "golden", <i>twice</i> & 'once'; a test\tTriglot tests
        place-golden-bay\tplace\tGolden Test Bay\t金试湾\t金試灣\tVịnh Kim Thử\t\t\t\t\t
        organisation-golden-club\torganisation\tGolden Club\t金色俱乐部\t金色俱樂部\t\tGC\t\t\tNo Vietnamese form\t

        """

    /// The names looked up: a glossary name, a dictionary name, and two rule names.
    static let names = ["Bui Thanh Son", "福州", "张东强", "阮维玉"]

    static let cases: [Case] = {
        var cases: [Case] = []
        for (language, file) in examples {
            for unit in ["sentence", "word"] {
                for format in ["text", "json"] {
                    cases.append(Case(name: "segment.\(unit).\(language).\(extensions[format]!)",
                                      kind: .command(["segment", "--unit", unit, "--format", format, file], stdin: "")))
                }
            }
        }
        for (language, file) in examples {
            for format in ["text", "json", "markdown", "html"] {
                cases.append(Case(name: "summarize.\(language).\(extensions[format]!)",
                                  kind: .command(["summarize", "--format", format, file], stdin: "")))
            }
            for format in ["json", "markdown"] {
                cases.append(Case(name: "summarize.explain.\(language).\(extensions[format]!)",
                                  kind: .command(["summarize", "--explain", "--format", format, file], stdin: "")))
            }
        }
        for format in ["text", "json", "markdown"] {
            cases.append(Case(name: "summarize.parallel.en-vi.\(extensions[format]!)",
                              kind: .command(["summarize", "--parallel", "--format", format, english, vietnamese], stdin: "")))
        }
        // Two files: the same top-level shape as one (a JSON array of file objects).
        for format in ["text", "json", "markdown"] {
            cases.append(Case(name: "summarize.two.en-zh.\(extensions[format]!)",
                              kind: .command(["summarize", "--format", format, english, chinese], stdin: "")))
        }
        // One event summary of the six bundled reports of two events (two per language): in English
        // by default (the first report's language among equals), and in Chinese with the names' forms.
        let reports = examples.map(\.1) + examples.map { "examples/lmc-2022-foreign-ministers-meeting.\($0.0).txt" }
        for format in ["text", "json", "markdown"] {
            cases.append(Case(name: "summarize.event.\(extensions[format]!)",
                              kind: .command(["summarize", "--event", "--format", format] + reports, stdin: "")))
        }
        for format in ["text", "json"] {
            cases.append(Case(name: "summarize.event.names.zh.\(extensions[format]!)",
                              kind: .command(["summarize", "--event", "--to", "zh", "--names", "--format", format] + reports, stdin: "")))
        }
        cases.append(Case(name: "summarize.jsonl.jsonl", kind: .command(["summarize", "--jsonl"], stdin: articles), status: 65))
        // The other --jsonl cases (GoldenOutputTests+JSONLines.swift): each has a record refused, so exit 65.
        cases += jsonLinesCases.map { Case(name: $0.name, kind: .command($0.arguments, stdin: $0.stdin), status: 65) }

        for format in ["text", "json"] {
            cases.append(Case(name: "names.\(extensions[format]!)", kind: .command(["names", "--format", format] + names, stdin: "")))
        }
        cases.append(Case(name: "names.to-vi.txt",
                          kind: .command(["names", "--to", "vi"], stdin: (names + ["Qin Gang", "Xyzzy Plugh"]).joined(separator: "\n") + "\n")))
        for (language, file) in examples where language != "vi" {
            for format in ["text", "json"] {
                cases.append(Case(name: "names-in.\(language).\(extensions[format]!)",
                                  kind: .command(["names", "--in", file, "--format", format], stdin: "")))
            }
        }

        for (pair, target) in [("en-zh", chinese), ("en-vi", vietnamese)] {
            for format in ["tsv", "json", "tmx", "beads", "html"] {
                cases.append(Case(name: "align.\(pair).\(format == "beads" ? "beads.txt" : format)",
                                  kind: .command(["align", "--format", format, english, target], stdin: "")))
            }
            for format in ["tsv", "json"] {
                cases.append(Case(name: "align.names.\(pair).\(format)",
                                  kind: .command(["align", "--names", "--format", format, english, target], stdin: "")))
            }
        }

        for format in ["tbx", "tbx2", "tmx", "csv", "tsv", "json"] {
            let file = "glossary-export." + (format == "tbx2" ? "v2.tbx" : format)
            cases.append(Case(name: file + ".sha256", kind: .glossaryExport(format: format, file: file)))
            let user = "glossary-export.user." + (format == "tbx2" ? "v2.tbx" : format)
            cases.append(Case(name: user, kind: .userGlossaryExport(format: format, file: user)))
        }
        for format in ["tmx", "csv", "json"] {
            cases.append(Case(name: "tm-export.en-zh.\(format)", kind: .memory(["export", "--format", format])))
        }
        for format in ["text", "json"] {
            cases.append(Case(name: "tm-search.en-zh.\(extensions[format]!)",
                              kind: .memory(["search", "--format", format, "--min", "40",
                                             "He called on both sides to share opportunities and seek development."])))
        }
        return cases
    }()

    static let goldenFolder = TriglotRunner.packageRoot.appendingPathComponent("Tests/TriglotCLITests/Golden")

    static var recording: Bool { ProcessInfo.processInfo.environment["TRIGLOT_RECORD_GOLDEN"] == "1" }

    @Test(arguments: cases)
    func matchesItsGoldenFile(_ golden: Case) throws {
        let actual = try output(of: golden)
        let file = Self.goldenFolder.appendingPathComponent(golden.name)
        if Self.recording {
            try FileManager.default.createDirectory(at: Self.goldenFolder, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: file)
            return
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            Issue.record("no golden file \(golden.name); record it with TRIGLOT_RECORD_GOLDEN=1 swift test --filter GoldenOutputTests")
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        // Bytes, not String ==, which would take NFC and NFD Vietnamese as equal.
        if Array(actual.utf8) != Array(expected.utf8) {
            Issue.record("""
                \(golden.name) differs from its golden file (re-record: TRIGLOT_RECORD_GOLDEN=1 swift test --filter GoldenOutputTests):
                \(Self.diff(expected: expected, actual: actual, name: golden.name))
                """)
        }
    }

    /// Every file in the golden folder belongs to a case (recording removes the others).
    @Test func everyGoldenFileHasACase() throws {
        let names = Set(Self.cases.map(\.name))
        #expect(names.count == Self.cases.count, "two cases share a golden file")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: Self.goldenFolder.path)) ?? []
        let orphans = files.filter { !names.contains($0) }.sorted()
        if Self.recording {
            for orphan in orphans { try FileManager.default.removeItem(at: Self.goldenFolder.appendingPathComponent(orphan)) }
        } else {
            #expect(orphans.isEmpty, "golden files of no case: \(orphans.joined(separator: ", "))")
        }
    }

    @Test func theDigestIsSHA256() {
        func hex(_ text: String) -> String { SHA256.hash(Array(text.utf8)).map { String(format: "%02x", $0) }.joined() }
        #expect(hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hex(String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    /// What `golden` prints or writes, normalised.
    private func output(of golden: Case) throws -> String {
        switch golden.kind {
        case let .command(arguments, stdin):
            let result = try TriglotRunner.run(arguments, stdin: Array(stdin.utf8))
            #expect(result.status == golden.status, "\(golden.name): exit \(result.status): \(result.stderr)")
            return Self.normalise(result.stdout, folders: [])

        case let .glossaryExport(format, file):
            let directory = try TriglotRunner.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: directory) }
            let output = directory.appendingPathComponent(file)
            let result = try TriglotRunner.run(["glossary", "export", "--format", format, "-o", output.path])
            #expect(result.status == golden.status, "\(golden.name): exit \(result.status): \(result.stderr)")
            #expect(result.stdout.isEmpty)
            let written = String(decoding: FileManager.default.contents(atPath: output.path) ?? Data(), as: UTF8.self)
            return Self.digest(of: Self.normalise(written, folders: [directory]))

        case let .userGlossaryExport(format, file):
            let directory = try TriglotRunner.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: directory) }
            let glossary = directory.appendingPathComponent("user.tsv"), output = directory.appendingPathComponent(file)
            try Data(Self.userGlossary.utf8).write(to: glossary)
            let result = try TriglotRunner.run(["glossary", "export", "--format", format, "--only-user",
                                                "--glossary", glossary.path, "-o", output.path])
            #expect(result.status == golden.status, "\(golden.name): exit \(result.status): \(result.stderr)")
            #expect(result.stdout.isEmpty)
            let written = String(decoding: FileManager.default.contents(atPath: output.path) ?? Data(), as: UTF8.self)
            return Self.normalise(written, folders: [directory])

        case let .memory(arguments):
            let directory = try TriglotRunner.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: directory) }
            let align = try TriglotRunner.run(["align", "--format", "tsv", Self.english, Self.chinese])
            #expect(align.status == 0, "align: \(align.stderr)")
            try Data(align.stdout.utf8).write(to: directory.appendingPathComponent("pairs.tsv"))
            // Run in the folder, so the units' source is the relative "pairs.tsv".
            let add = try TriglotRunner.run(["tm", "add", "pairs.tsv", "--db", "memory.sqlite"], in: directory)
            #expect(add.status == 0, "tm add: \(add.stderr)")
            let result = try TriglotRunner.run(["tm"] + arguments + ["--db", "memory.sqlite"], in: directory)
            #expect(result.status == golden.status, "\(golden.name): exit \(result.status): \(result.stderr)")
            return Self.normalise(result.stdout, folders: [directory])
        }
    }

    /// The parts that change from run to run or release to release, replaced by placeholders:
    /// TMX basic dates (`creationdate="20250102T030405Z"`), ISO 8601 dates (`2025-01-02T03:04:05Z`,
    /// the memory's `created` in CSV and JSON), the tool version in TMX headers
    /// (`creationtoolversion`), and the temporary folders' paths.
    static func normalise(_ text: String, folders: [URL]) -> String {
        var text = text
        for folder in folders {
            for path in Set([folder.path, folder.resolvingSymlinksInPath().path]) {
                text = text.replacingOccurrences(of: path, with: "<TMP>")
            }
        }
        text = text.replacing(try! Regex(#"creationdate="[0-9]{8}T[0-9]{6}Z""#), with: #"creationdate="<DATE>""#)
        text = text.replacing(try! Regex(#"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:?[0-9]{2})"#),
                              with: "<DATE>")
        text = text.replacing(try! Regex(#"creationtoolversion="[^"]*""#), with: #"creationtoolversion="<VERSION>""#)
        return text
    }

    /// The lines of `text`, split at LF bytes: a CRLF line keeps its CR (String's split would take
    /// "\r\n" as one character, not a "\n").
    static func lines(of text: String) -> [String] {
        Array(text.utf8).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
    }

    /// What stands for a file too big to keep: its SHA-256, size and line count, then its first
    /// 40 lines.
    static func digest(of text: String) -> String {
        let bytes = Array(text.utf8)
        let lines = lines(of: text)
        let hex = SHA256.hash(bytes).map { String(format: "%02x", $0) }.joined()
        return "sha256 \(hex)\nbytes \(bytes.count)\nlines \(lines.count - (bytes.last == UInt8(ascii: "\n") ? 1 : 0))\n"
            + "first 40 lines:\n" + lines.prefix(40).joined(separator: "\n") + "\n"
    }

    /// A short unified-style diff of the first differing lines: one hunk from the first line
    /// that differs to the last, at most `limit` lines a side, each cut at 240 characters.
    static func diff(expected: String, actual: String, name: String, context: Int = 2, limit: Int = 12) -> String {
        let old = lines(of: expected), new = lines(of: actual)
        var prefix = 0
        while prefix < min(old.count, new.count), Array(old[prefix].utf8) == Array(new[prefix].utf8) { prefix += 1 }
        var suffix = 0
        while suffix < min(old.count, new.count) - prefix,
              Array(old[old.count - 1 - suffix].utf8) == Array(new[new.count - 1 - suffix].utf8) { suffix += 1 }
        let start = max(0, prefix - context)
        let oldEnd = old.count - suffix, newEnd = new.count - suffix
        let after = min(old.count, oldEnd + context) - oldEnd
        func cut(_ line: String) -> String { line.count > 240 ? String(line.prefix(240)) + "…" : line }
        func side(_ lines: ArraySlice<String>, _ mark: String) -> [String] {
            lines.prefix(limit).map { mark + cut($0) } + (lines.count > limit ? ["\(mark)… \(lines.count - limit) more lines"] : [])
        }
        var out = ["--- Golden/\(name)", "+++ actual",
                   "@@ -\(start + 1),\(oldEnd - start + after) +\(start + 1),\(newEnd - start + after) @@"]
        out += old[start..<prefix].map { " " + cut($0) }
        out += side(old[prefix..<oldEnd], "-")
        out += side(new[prefix..<newEnd], "+")
        out += old[oldEnd..<(oldEnd + after)].map { " " + cut($0) }
        return out.joined(separator: "\n")
    }
}

/// SHA-256 (FIPS 180-4), for the digests of the exports too big to keep whole; Foundation on
/// Linux has no CryptoKit.
enum SHA256 {
    private static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    static func hash(_ message: [UInt8]) -> [UInt8] {
        var h: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
        var data = message + [0x80]
        while data.count % 64 != 56 { data.append(0) }
        let bits = UInt64(message.count) * 8
        for shift in stride(from: 56, through: 0, by: -8) { data.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift))) }
        func rotate(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
        var w = [UInt32](repeating: 0, count: 64)
        for block in stride(from: 0, to: data.count, by: 64) {
            for t in 0..<16 {
                w[t] = (0..<4).reduce(0) { ($0 << 8) | UInt32(data[block + 4 * t + $1]) }
            }
            for t in 16..<64 {
                let s0 = rotate(w[t - 15], 7) ^ rotate(w[t - 15], 18) ^ (w[t - 15] >> 3)
                let s1 = rotate(w[t - 2], 17) ^ rotate(w[t - 2], 19) ^ (w[t - 2] >> 10)
                w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
            }
            var (a, b, c, d, e, f, g, hh) = (h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7])
            for t in 0..<64 {
                let t1 = hh &+ (rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)) &+ ((e & f) ^ (~e & g)) &+ k[t] &+ w[t]
                let t2 = (rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)) &+ ((a & b) ^ (a & c) ^ (b & c))
                (hh, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ t2)
            }
            for (index, value) in [a, b, c, d, e, f, g, hh].enumerated() { h[index] = h[index] &+ value }
        }
        return h.flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> UInt32(24 - 8 * $0)) } }
    }
}
