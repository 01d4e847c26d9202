import TriglotEvaluation
import ArgumentParser
import Foundation
import TriglotNames
import TriglotText

/// `triglot-bench match-speed`: glossary name matching throughput (MB/s of UTF-8: folding,
/// scanning and results) over the shipped glossary plus generated names, as a ratio to
/// pyahocorasick's leftmost-longest scan of the same patterns and folded text, same run.
/// pyahocorasick neither folds the text nor checks word boundaries: it does less work.
struct NameMatchingSpeed: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match-speed",
        abstract: "Name matcher throughput against pyahocorasick.",
        discussion: "Example: swift run -c release triglot-bench match-speed --megabytes 4 --names 100000"
    )

    @OptionGroup var data: DataOptions

    @Option(help: "Megabytes of text per language (real documents repeated to this size).")
    var megabytes: Double = 4

    @Option(help: "Generated names added to the shipped glossary's forms.")
    var names: Int = 100_000

    @Option(help: "Timed repetitions; the fastest is reported.")
    var repetitions: Int = 5

    @Option(help: "The Python interpreter that runs tools/pyahocorasick_speed.py.")
    var python: String = "python3"

    func run() throws {
        let folder = try NameFolder()
        let glossary = try Glossary.load([(ShippedGlossary.name, ShippedGlossary.text)], folder: folder, trusted: true)
        var patterns = glossary.keyedForms.map { (key: $0.key, value: $0.concept) }
        let shipped = patterns.count
        var generator = NameGenerator(seed: 2022)
        var generated = Set<String>()
        while generated.count < names {
            let key = folder.key(generator.next())
            if generated.insert(key).inserted { patterns.append((key, glossary.concepts.count + generated.count)) }
        }

        let start = DispatchTime.now().uptimeNanoseconds
        let matcher = NameMatcher(patterns: patterns)
        let buildSeconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print(String(format: "matcher: %d patterns (%d from the glossary, %d generated; %d distinct), built in %.3f s",
                     patterns.count, shipped, names, matcher.patternCount, buildSeconds))

        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("triglot-match-speed-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let patternFile = directory.appendingPathComponent("patterns.txt")
        try patterns.map(\.key).filter { !$0.isEmpty && !$0.contains("\n") }.joined(separator: "\n")
            .write(to: patternFile, atomically: true, encoding: .utf8)
        let script = "tools/pyahocorasick_speed.py"
        var peerAvailable = FileSystem.exists(script)
        if !peerAvailable { FileSystem.note("skipped pyahocorasick: \(script) is absent (run from the package root)") }

        print("text  MB     matches  fold+scan MB/s  scan MB/s  pyahocorasick MB/s  ratio")
        for (name, text) in corpora() {
            let size = Double(text.utf8.count) / 1_000_000
            var found = 0
            let whole = Stopwatch.fastest(repetitions: repetitions) { found = matcher.matches(in: text).count; return found }
            let folded = FoldedText(text)
            let scan = Stopwatch.fastest(repetitions: repetitions) { matcher.count(in: folded) }
            var peer = "-", ratio = "-"
            if peerAvailable {
                let textFile = directory.appendingPathComponent("text-\(name).txt")
                try String(decoding: folded.bytes, as: UTF8.self).write(to: textFile, atomically: true, encoding: .utf8)
                switch runPeer(script, patternFile.path, textFile.path, originalBytes: text.utf8.count) {
                case let .success((peerBuild, speed, peerMatches)):
                    peer = String(format: "%.1f", speed)
                    ratio = String(format: "%.2f", size / whole / speed)
                    FileSystem.note(String(format: "%@: pyahocorasick built in %.3f s, %d matches (no word boundaries)",
                                           name, peerBuild, peerMatches))
                case let .failure(reason):
                    FileSystem.note("skipped pyahocorasick: \(reason)")
                    peerAvailable = false
                }
            }
            print(name.padding(toLength: 6, withPad: " ", startingAt: 0)
                  + String(format: "%-6.1f %8d %15.1f %10.1f %19@ %6@", size, found, size / whole, size / scan, peer, ratio))
        }
    }

    private enum PeerFailure: Error { case failed(String) }

    /// Runs the Python peer; its build time, MB/s of original text and match count.
    private func runPeer(_ script: String, _ patterns: String, _ text: String, originalBytes: Int)
        -> Result<(Double, Double, Int), PeerFailure> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, script, patterns, text, String(originalBytes), String(repetitions)]
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        do { try process.run() } catch { return .failure(.failed("cannot run \(python): \(error)")) }
        let out = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let err = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let fields = out.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard process.terminationStatus == 0, fields.count == 3, let build = Double(fields[0]), let speed = Double(fields[1]),
              let count = Int(fields[2]) else {
            let reason = err.trimmingCharacters(in: .whitespacesAndNewlines)
            return .failure(.failed(reason.isEmpty ? "\(python) exited with \(process.terminationStatus)" : reason))
        }
        return .success((build, speed, count))
    }

    /// News text per language, repeated to the size asked: VietNews bodies and GUM documents
    /// from the shared data, UD Chinese; the bundled examples where the data is absent.
    private func corpora() -> [(name: String, text: String)] {
        Language.allCases.map { language in
            let documents = BenchCorpus(data: data).documents(language, vietnamese: .vietnews)
            return (language.code, BenchCorpus.repeated(documents, megabytes: megabytes).map { $0 + "\n\n" }.joined())
        }
    }
}

/// Deterministic made-up names: Vietnamese-like (Nguyễn Văn Hùng), pinyin-like (Zhang Weiming)
/// and Chinese characters (张伟明), in equal parts.
struct NameGenerator {
    // Seeded: the same names on every machine.
    private var generator: SplitMix64

    init(seed: UInt64) { generator = SplitMix64(seed: seed) }

    private mutating func random(_ bound: Int) -> Int { generator.index(below: bound) }

    private mutating func pick(_ list: [String]) -> String { list[random(list.count)] }

    static let vietnameseFamily = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
                                   "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đinh", "Lương", "Tô"]
    static let vietnameseMiddle = ["Văn", "Thị", "Đức", "Minh", "Thanh", "Hữu", "Quang", "Ngọc", "Xuân", "Hồng", "Kim", "Công"]
    static let vietnameseGiven = ["Hùng", "Dũng", "Lan", "Hương", "Sơn", "Tuấn", "Nam", "Hải", "Phúc", "Cường", "Thảo", "Trang",
                                  "Bình", "Long", "Khánh", "Linh", "Anh", "Quân", "Vinh", "Nghĩa", "Thắng", "Hòa", "Thủy", "Yến"]
    static let pinyinFamily = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma",
                               "Zhu", "Hu", "Guo", "He", "Gao", "Lin", "Luo"]
    static let pinyinSyllables = ["wei", "ming", "jun", "hua", "qiang", "li", "ping", "hong", "jian", "guo", "xiao", "yu", "lei",
                                  "dong", "fang", "ying", "hai", "tao", "bin", "yan", "zhi", "jie", "xin", "chun", "bo", "cheng",
                                  "feng", "gang", "hui", "kai", "liang", "long", "mei", "na", "peng", "rong", "shan", "ting",
                                  "wen", "xiang", "yong", "zhen", "zhong", "an", "de", "jing", "kang", "le", "qing", "yi"]
    static let chineseFamily = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗").map(String.init)
    static let chineseGiven = Array("伟明军华强丽平红建国小玉磊东芳英海涛斌燕志杰新春文德波成峰刚辉凯亮龙梅娜鹏荣山婷雯祥勇珍忠安静康乐庆毅宁远飞云").map(String.init)

    /// The next name (names repeat now and then; callers wanting distinct ones skip repeats).
    mutating func next() -> String {
        switch random(3) {
        case 0:
            let given = pick(Self.vietnameseGiven) + (random(2) == 0 ? " " + pick(Self.vietnameseGiven) : "")
            return pick(Self.vietnameseFamily) + " " + pick(Self.vietnameseMiddle) + " " + given
        case 1:
            let given = pick(Self.pinyinSyllables) + (random(4) > 0 ? pick(Self.pinyinSyllables) : "")
            return pick(Self.pinyinFamily) + " " + given.prefix(1).uppercased() + given.dropFirst()
        default:
            return pick(Self.chineseFamily) + pick(Self.chineseGiven) + (random(4) > 0 ? pick(Self.chineseGiven) : "")
        }
    }
}
