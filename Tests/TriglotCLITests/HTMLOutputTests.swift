import Foundation
import Testing

/// End-to-end tests of `--format html` (`summarize`, `align`): one self-contained page that an
/// HTML parser reads without error, text escaped, and the options that cannot make one page refused.
@Suite struct HTMLOutputTests {
    let english = "examples/lmc-2022-wang-yi-bui-thanh-son.en.txt"
    let chinese = "examples/lmc-2022-wang-yi-bui-thanh-son.zh.txt"

    /// xmllint's HTML parser, when installed (`apt-get install -y libxml2-utils`).
    static let xmllint = ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// What `xmllint --html --noout` says of `html` (nil: not installed), with its exit status.
    private func lint(_ html: String) throws -> (status: Int32, messages: String)? {
        guard let xmllint = Self.xmllint else { return nil }
        let folder = try TriglotRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("page.html")
        try Data(html.utf8).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: xmllint)
        process.arguments = ["--html", "--noout", file.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let messages = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, messages)
    }

    /// xmllint's messages that are errors of the page, not its HTML 4 parser's unknown HTML5 elements.
    private func errors(_ messages: String) -> [String] {
        messages.split(separator: "\n").map(String.init).filter { line in
            line.contains("parser error") && !(line.contains(": Tag ") && line.hasSuffix(" invalid"))
        }
    }

    @Test func bothPagesParse() throws {
        for arguments in [["summarize", "--format", "html", chinese], ["align", "--format", "html", english, chinese]] {
            let result = try TriglotRunner.run(arguments)
            #expect(result.status == 0, "\(arguments)")
            #expect(result.stdout.hasPrefix("<!DOCTYPE html>\n"))
            #expect(result.stdout.hasSuffix("</html>\n"))
            #expect(!result.stdout.contains("<script") && !result.stdout.contains("<link") && !result.stdout.contains("src="))
            guard let lint = try lint(result.stdout) else { continue }
            #expect(errors(lint.messages).isEmpty, "\(arguments): \(lint.messages)")
        }
    }

    @Test func markupInAnArticleIsShownAsText() throws {
        let article = "Evil headline\n\nWang Yi wrote <script>alert(1)</script> in Hanoi. He said \"onmouseover=alert(2)\" and left.\n"
        let result = try TriglotRunner.run(["summarize", "--format", "html", "-"], stdin: Array(article.utf8))
        #expect(result.status == 0)
        #expect(!result.stdout.contains("<script"))
        #expect(!result.stdout.contains("\"onmouseover"))
        #expect(result.stdout.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(result.stdout.contains("title=\"en: Wang Yi · zh: 王毅 · vi: Vương Nghị\""))
        if let lint = try lint(result.stdout) { #expect(errors(lint.messages).isEmpty, "\(lint.messages)") }
    }

    @Test func onePageIsOneArticle() throws {
        let two = try TriglotRunner.run(["summarize", "--format", "html", english, chinese])
        #expect(two.status == 64)
        #expect(two.stderr.contains("--format html shows one article"))
        let parallel = try TriglotRunner.run(["summarize", "--parallel", "--format", "html", english, chinese])
        #expect(parallel.status == 64)
    }
}
