import Foundation
import Testing

/// End-to-end checks that `triglot names` stays cheap on a "name" of 100 KB without spaces:
/// through an argument, standard input and `--in`, it ends normally with a sane answer. The
/// timeout is generous so a debug build passes; a release build takes well under a second and
/// 200 MB (figures in the commit that added these tests). Not a timing test: a cost growing
/// with the square of the input, as syllabification once had, takes gigabytes and minutes.
@Suite struct NamesLongInputTests {
    /// A word of about `bytes` bytes of UTF-8, without spaces, in each of the shapes that reach
    /// a different rule: pinyin-like letters, random letters, Chinese characters, Vietnamese letters.
    static func word(_ kind: String, bytes: Int = 100_000) -> String {
        var generator = SplitMix(state: 7)
        let units: [String]
        switch kind {
        case "pinyin": units = ["zhang", "wang", "liu", "chen"]
        case "random": units = "abcdefghijklmnopqrstuvwxyz".map(String.init)
        case "chinese": units = "张王李刘陈东强毅青山在的国中".map(String.init)
        default: units = "ăâđêôơưáàảãạấầẩẫậắằặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵnght".map(String.init)
        }
        var word = ""
        while word.utf8.count < bytes - 4 {
            word += kind == "pinyin" ? units[word.utf8.count / 5 % units.count] : units[Int(generator.next() % UInt64(units.count))]
        }
        return word.prefix(1).uppercased() + word.dropFirst()
    }

    static let kinds = ["pinyin", "random", "chinese", "vietnamese"]

    @Test(arguments: kinds)
    func aLongWordAsAnArgumentGetsNoRuleForms(kind: String) throws {
        let word = Self.word(kind)
        let result = try TriglotRunner.run(["names", word], timeout: 20)
        #expect(!result.terminatedBySignal)
        #expect(result.status == 0)
        #expect(result.stdout.contains("(not in the glossary"))
        #expect(!result.stdout.contains("[rule "))
        #expect(result.stdout.utf8.count < 2 * word.utf8.count)
    }

    @Test(arguments: kinds)
    func aLongWordOnStandardInputGetsOneLine(kind: String) throws {
        let result = try TriglotRunner.run(["names", "--format", "json"], stdin: Array((Self.word(kind) + "\n").utf8), timeout: 20)
        #expect(!result.terminatedBySignal)
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").count == 1)
        #expect(result.stdout.contains("\"concept\": null"))
    }

    @Test(arguments: kinds)
    func aLongWordInATextIsFoundWithoutCandidates(kind: String) throws {
        try TriglotRunner.inTemporaryFolder { folder in
            let file = folder.appendingPathComponent("long.txt")
            let text = kind == "chinese" ? "他会见了" + Self.word(kind) + "。\n" : "They met " + Self.word(kind) + ".\n"
            try text.write(to: file, atomically: true, encoding: .utf8)
            let result = try TriglotRunner.run(["names", "--in", file.path], timeout: 20)
            #expect(!result.terminatedBySignal)
            #expect(result.status == 0)
            #expect(result.stdout.hasPrefix("known names ("))
            #expect(result.stdout.utf8.count < 4 * text.utf8.count)
        }
    }
}

/// A small deterministic random generator (SplitMix64), so the random word is the same each run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E4B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
