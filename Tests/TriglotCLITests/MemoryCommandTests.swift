import Foundation
import GRDB
import Testing

/// End-to-end tests of `triglot tm`: round trips, atomic imports, concurrency, hostile input, exit codes.
@Suite(.serialized) struct MemoryCommandTests {
    /// A fresh folder, removed when `body` returns.
    private func inTemporaryFolder(_ body: (String) throws -> Void) throws {
        try TriglotRunner.inTemporaryFolder { try body($0.path) }
    }

    /// A TMX file of `count` units in three languages, numbered from `first`.
    static func tmx(units count: Int, first: Int = 0) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header srclang=\"en\"/><body>\n"
        for index in first..<(first + count) {
            out += "<tu><tuv xml:lang=\"en\"><seg>Delegation \(index) discussed border trade &amp; security in Hanoi.</seg></tuv>"
            out += "<tuv xml:lang=\"zh\"><seg>代表团\(index)在河内讨论边境贸易与安全。</seg></tuv>"
            out += "<tuv xml:lang=\"vi\"><seg>Đoàn \(index) thảo luận thương mại biên giới và an ninh tại Hà Nội.</seg></tuv></tu>\n"
        }
        return out + "</body></tmx>\n"
    }

    private func export(_ db: String) throws -> String {
        let result = try TriglotRunner.run(["tm", "export", "--format", "json", "--db", db])
        #expect(result.status == 0)
        return result.stdout
    }

    @Test func addSearchExportAndImportRoundTrip() throws {
        try inTemporaryFolder { folder in
            let db = folder + "/memory.sqlite"
            let tsv = "en\tzh\tscore\nThe two sides agreed to deepen cooperation in 2022.\t双方同意在2022年深化合作。\t0.9\nWang Yi met Bui Thanh Son in Hanoi.\t王毅在河内会见裴青山。\t0.8\n"
            try tsv.write(toFile: folder + "/pairs.tsv", atomically: true, encoding: .utf8)
            let add = try TriglotRunner.run(["tm", "add", folder + "/pairs.tsv", "--db", db])
            #expect(add.status == 0)
            #expect(add.stdout.contains("added 2 units"))
            #expect(try TriglotRunner.run(["tm", "import", "-", "--db", db], stdin: Array(Self.tmx(units: 3).utf8)).status == 0)

            let search = try TriglotRunner.run(["tm", "search", "The two sides agreed to deepen cooperation in 2023.", "--db", db])
            #expect(search.status == 0)
            #expect(search.stdout.hasPrefix("98%\ten\tThe two sides agreed"))
            #expect(search.stdout.contains("\tzh\t双方同意在2022年深化合作。"))
            let json = try TriglotRunner.run(["tm", "search", "王毅在河内会见裴青山", "--lang", "zh", "--format", "json", "--db", db])
            #expect(json.stdout.contains("\"lang\": \"zh\""))
            #expect(json.stdout.contains("Wang Yi met Bui Thanh Son in Hanoi."))

            let exported = folder + "/out.tmx"
            #expect(try TriglotRunner.run(["tm", "export", "--format", "tmx", "-o", exported, "--db", db]).status == 0)
            let copy = folder + "/copy.sqlite"
            let reimport = try TriglotRunner.run(["tm", "import", exported, "--db", copy])
            #expect(reimport.status == 0)
            #expect(reimport.stdout.contains("added 5 units"))
            #expect(try export(copy) == export(db))
            let csv = try TriglotRunner.run(["tm", "export", "--format", "csv", "--db", db])
            #expect(csv.stdout.hasPrefix("id,source,created,en,zh,vi\r\n"))
        }
    }

    /// A memory made by the previous version (sketch table without exact keys, user_version 0):
    /// searching reads it as it is; the first add says on stderr that it makes the keys again.
    @Test func aMemoryOfAnEarlierVersionIsAnnouncedWhenItsKeysAreMadeAgain() throws {
        try inTemporaryFolder { folder in
            let db = folder + "/memory.sqlite"
            #expect(try TriglotRunner.run(["tm", "import", "-", "--db", db], stdin: Array(Self.tmx(units: 3).utf8)).status == 0)
            try DatabaseQueue(path: db).write { db in try db.execute(sql: "PRAGMA user_version = 0") }
            let search = try TriglotRunner.run(["tm", "search", "Delegation 1 discussed border trade & security in Hanoi.", "--db", db])
            #expect(search.status == 0 && search.stdout.hasPrefix("100%") && search.stderr.isEmpty)
            let add = try TriglotRunner.run(["tm", "import", "-", "--db", db], stdin: Array(Self.tmx(units: 1, first: 3).utf8))
            #expect(add.status == 0 && add.stdout.contains("added 1 unit"))
            #expect(add.stderr == "triglot tm: \(db) was made by an earlier version: making its search keys again (once, about two minutes per million units)\n")
            let again = try TriglotRunner.run(["tm", "import", "-", "--db", db], stdin: Array(Self.tmx(units: 1, first: 4).utf8))
            #expect(again.status == 0 && again.stderr.isEmpty)
        }
    }

    /// A TSV saved on Windows (CRLF, often with a byte order mark) adds its pairs; it once added none.
    @Test func addReadsWindowsLineEnds() throws {
        try inTemporaryFolder { folder in
            let db = folder + "/memory.sqlite"
            let tsv = "\u{FEFF}en\tzh\r\nThe two sides agreed.\t双方同意。\r\nWang Yi met Bui Thanh Son.\t王毅会见裴青山。\r\n"
            try tsv.write(toFile: folder + "/pairs.tsv", atomically: true, encoding: .utf8)
            let add = try TriglotRunner.run(["tm", "add", folder + "/pairs.tsv", "--db", db])
            #expect(add.status == 0)
            #expect(add.stdout.contains("added 2 units"), "\(add.stdout)")
            let oldMac = try TriglotRunner.run(["tm", "add", "-", "--db", db], stdin: Array("en\tvi\rHello.\tXin chào.\r".utf8))
            #expect(oldMac.stdout.contains("added 1 unit"), "\(oldMac.stdout)")
            let search = try TriglotRunner.run(["tm", "search", "The two sides agreed.", "--db", db])
            #expect(search.stdout == "100%\ten\tThe two sides agreed.\n\tzh\t双方同意。\n")
        }
    }

    @Test func malformedAndHostileFilesChangeNothing() throws {
        try inTemporaryFolder { folder in
            let db = folder + "/memory.sqlite"
            #expect(try TriglotRunner.run(["tm", "import", "-", "--db", db], stdin: Array(Self.tmx(units: 2).utf8)).status == 0)
            let before = try export(db)
            let good = Array(Self.tmx(units: 5, first: 100).utf8)
            let cases: [(String, [UInt8], String)] = [
                ("external.tmx", Array("<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<tmx><body/></tmx>".utf8), "external.tmx:2:"),
                ("laughs.tmx", Array("<!DOCTYPE tmx [<!ENTITY a \"aaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]><tmx><body>&b;</body></tmx>".utf8), "laughs.tmx:1:"),
                ("undeclared.tmx", Array("<tmx><body><tu><tuv xml:lang=\"en\"><seg>&nbsp;</seg></tuv></tu></body></tmx>".utf8), "undeclared.tmx:1:"),
                ("truncated.tmx", Array(good.prefix(good.count - 40)), "truncated"),
                ("latin1.tmx", Array(good.prefix(200)) + [0xFF, 0xFE] + Array(good.dropFirst(200)), "not valid UTF-8"),
                ("empty.tmx", [], "empty.tmx:1:1"),
            ]
            for (name, bytes, expected) in cases {
                try Data(bytes).write(to: URL(fileURLWithPath: folder + "/" + name))
                let result = try TriglotRunner.run(["tm", "import", folder + "/" + name, "--db", db])
                #expect(result.status == 65, "\(name)")
                #expect(result.stderr.hasPrefix("error: "), "\(name)")
                #expect(result.stderr.contains(expected), "\(name): \(result.stderr)")
                #expect(result.stderr.split(separator: "\n").count == 1, "\(name)")
                #expect(result.stdout.isEmpty)
            }
            let tsv = try TriglotRunner.run(["tm", "add", "-", "--db", db], stdin: Array("en\tzh\nOne\tTwo\tThree\n".utf8))
            #expect(tsv.status == 65)
            #expect(tsv.stderr.contains("<stdin>:2:1:"))
            #expect(try export(db) == before)
        }
    }

    @Test func exitCodes() throws {
        try inTemporaryFolder { folder in
            let db = folder + "/memory.sqlite"
            #expect(try TriglotRunner.run(["tm", "import", folder + "/missing.tmx", "--db", db]).status == 66)
            #expect(try TriglotRunner.run(["tm", "search", "x", "--min", "101", "--db", db]).status == 64)
            #expect(try TriglotRunner.run(["tm", "export", "--format", "xml", "--db", db]).status == 64)
            // Export reads an existing memory only, so one is made first.
            #expect(try TriglotRunner.run(["tm", "import", "-", "--db", db], stdin: Array(Self.tmx(units: 1).utf8)).status == 0)
            #expect(try TriglotRunner.run(["tm", "export", "-o", folder + "/no/such/dir/out.tmx", "--db", db]).status == 73)
            try String(repeating: "not a database ", count: 300).write(toFile: folder + "/file", atomically: true, encoding: .utf8)
            #expect(try TriglotRunner.run(["tm", "import", "-", "--db", folder + "/file/memory.sqlite"], stdin: Array(Self.tmx(units: 1).utf8)).status == 73)
            #expect(try TriglotRunner.run(["tm", "search", "hello", "--db", folder + "/file/memory.sqlite"]).status == 66)
            let notDatabase = try TriglotRunner.run(["tm", "search", "hello", "--db", folder + "/file"])
            #expect(notDatabase.status == 74)
            #expect(notDatabase.stderr.contains("not a translation memory"))
        }
    }

    /// The files in `folder`, sorted.
    private func files(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    @Test func anotherProgramsDatabaseIsRefusedUntouched() throws {
        try inTemporaryFolder { folder in
            let other = folder + "/app.sqlite"
            try DatabaseQueue(path: other).write { db in
                try db.execute(sql: "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT); INSERT INTO settings VALUES ('theme', 'dark')")
            }
            try "en\tzh\nHello.\t你好。\n".write(toFile: folder + "/pairs.tsv", atomically: true, encoding: .utf8)
            try Self.tmx(units: 2).write(toFile: folder + "/units.tmx", atomically: true, encoding: .utf8)
            let before = try Data(contentsOf: URL(fileURLWithPath: other))
            for arguments in [["tm", "add", folder + "/pairs.tsv"], ["tm", "import", folder + "/units.tmx"],
                              ["tm", "search", "Hello."], ["tm", "export"]] {
                let result = try TriglotRunner.run(arguments + ["--db", other])
                #expect(result.status == 74, "\(arguments)")
                #expect(result.stderr == "error: \(other): an SQLite database without the tables of a translation memory (another program's?); it was left untouched; choose another file with --db\n", "\(arguments)")
                #expect(result.stdout.isEmpty)
            }
            #expect(try Data(contentsOf: URL(fileURLWithPath: other)) == before)
            #expect(try files(folder) == ["app.sqlite", "pairs.tsv", "units.tmx"])
        }
    }

    @Test func searchAndExportOfAMissingMemoryCreateNothing() throws {
        try inTemporaryFolder { folder in
            for db in [folder + "/memroy.sqlite", folder + "/no/such/folder/memory.sqlite"] {
                for arguments in [["tm", "search", "Hello."], ["tm", "export"], ["tm", "export", "--format", "csv", "-o", folder + "/out.csv"]] {
                    let result = try TriglotRunner.run(arguments + ["--db", db])
                    #expect(result.status == 66, "\(arguments)")
                    #expect(result.stderr == "error: no translation memory at \(db); create one with tm add or tm import\n")
                    #expect(result.stdout.isEmpty)
                }
            }
            #expect(try files(folder).isEmpty)
            // The default memory is not created by a search either.
            let process = Process()
            process.executableURL = TriglotRunner.executable
            process.arguments = ["tm", "search", "Hello."]
            process.environment = ["XDG_DATA_HOME": folder + "/data", "HOME": folder]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 66)
            #expect(try files(folder).isEmpty)
        }
    }

    @Test func anEmptyDatabasePathIsAUsageError() throws {
        for command in [["tm", "add", "-"], ["tm", "import", "-"], ["tm", "search", "Hello."], ["tm", "export"]] {
            let result = try TriglotRunner.run(command + ["--db", ""], stdin: Array("en\tzh\nA\tB\n".utf8))
            #expect(result.status == 64, "\(command)")
            #expect(result.stderr.hasPrefix("Error: --db needs a path, e.g. --db memory.sqlite\n"), "\(command): \(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
    }

    /// Runs `triglot arguments` as the user nobody, so that file modes apply (they do not stop
    /// root, as whom tests often run); as anyone else, runs it as that user. Nil when root cannot
    /// switch to nobody or nobody cannot reach the executable.
    private func runAsNonRoot(_ arguments: [String]) throws -> TriglotRunner.Result? {
        guard getuid() == 0 else { return try TriglotRunner.run(arguments) }
        guard let runuser = ["/usr/sbin/runuser", "/sbin/runuser"].first(where: FileManager.default.isExecutableFile(atPath:)) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: runuser)
        process.arguments = ["-u", "nobody", "--", TriglotRunner.executable.path] + arguments
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let result = TriglotRunner.Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                                          stderr: String(decoding: errData, as: UTF8.self), terminatedBySignal: false)
        // runuser's own failures (no such user, the binary out of reach) are not the test's concern.
        if result.status == 126 || result.status == 127 || result.stderr.hasPrefix("runuser:") { return nil }
        return result
    }

    @Test func aReadOnlyMemoryCanBeSearchedAndExported() throws {
        try inTemporaryFolder { folder in
            let shelf = folder + "/shelf"
            let db = shelf + "/memory.sqlite"
            #expect(try TriglotRunner.run(["tm", "import", "-", "--db", db], stdin: Array(Self.tmx(units: 3).utf8)).status == 0)
            let expected = try export(db)
            #expect(try files(shelf) == ["memory.sqlite"])
            let fileManager = FileManager.default
            try fileManager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder)
            try fileManager.setAttributes([.posixPermissions: 0o444], ofItemAtPath: db)
            let before = try Data(contentsOf: URL(fileURLWithPath: db))
            let search = ["tm", "search", "Delegation 1 discussed border trade & security in Hanoi.", "--db", db]
            // A read-only file in a writable folder, then a read-only folder too.
            for folderMode in [0o777, 0o555] {
                try fileManager.setAttributes([.posixPermissions: folderMode], ofItemAtPath: shelf)
                let found = try TriglotRunner.run(search)
                #expect(found.status == 0)
                #expect(found.stdout.hasPrefix("100%\ten\tDelegation 1 discussed"))
                #expect(try export(db) == expected)
                if let asNobody = try runAsNonRoot(search) {
                    #expect(asNobody.status == 0, "folder mode \(String(folderMode, radix: 8)): \(asNobody.stderr)")
                    #expect(asNobody.stdout == found.stdout)
                    let exported = try runAsNonRoot(["tm", "export", "--format", "json", "--db", db])
                    #expect(exported?.status == 0)
                    #expect(exported?.stdout == expected)
                }
                // Reading left no write-ahead log or shared-memory file beside the memory.
                #expect(try files(shelf) == ["memory.sqlite"], "folder mode \(String(folderMode, radix: 8))")
            }
            #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
            // Writing is refused as before (nobody cannot write there; root can).
            if getuid() != 0 {
                #expect(try TriglotRunner.run(["tm", "import", "-", "--db", db], stdin: Array(Self.tmx(units: 1, first: 9).utf8)).status == 73)
            }
            try fileManager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: shelf)
        }
    }

    @Test func negativeNumbersAreRefusedForTheirValue() throws {
        try inTemporaryFolder { folder in
            let db = folder + "/memory.sqlite"
            for (options, message) in [(["--min", "-1"], "--min must be between 0 and 100 (got -1)"),
                                       (["--limit", "-2"], "--limit must be at least 1 (got -2)")] {
                let result = try TriglotRunner.run(["tm", "search", "hello"] + options + ["--db", db])
                #expect(result.status == 64)
                #expect(result.stderr.contains(message), "\(result.stderr)")
            }
        }
    }

    /// Starts `triglot arguments` without waiting for it.
    private func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = TriglotRunner.executable
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test func theDefaultMemoryLivesUnderXDGDataHome() throws {
        try inTemporaryFolder { folder in
            for (environment, expected) in [(["XDG_DATA_HOME": folder + "/data", "HOME": folder], folder + "/data/triglot/memory.sqlite"),
                                             (["HOME": folder], folder + "/.local/share/triglot/memory.sqlite")] {
                let process = Process()
                process.executableURL = TriglotRunner.executable
                process.arguments = ["tm", "import", "-"]
                process.environment = environment
                let input = Pipe()
                process.standardInput = input
                process.standardOutput = FileHandle.nullDevice
                try process.run()
                input.fileHandleForWriting.write(Data(Self.tmx(units: 1).utf8))
                try input.fileHandleForWriting.close()
                process.waitUntilExit()
                #expect(process.terminationStatus == 0)
                #expect(FileManager.default.fileExists(atPath: expected))
            }
        }
    }

    @Test func anImportKilledMidwayLeavesTheMemoryAsItWas() throws {
        try inTemporaryFolder { folder in
            let db = folder + "/memory.sqlite"
            #expect(try TriglotRunner.run(["tm", "import", "-", "--db", db], stdin: Array(Self.tmx(units: 10).utf8)).status == 0)
            let before = try export(db)
            try Self.tmx(units: 150_000, first: 1_000).write(toFile: folder + "/large.tmx", atomically: true, encoding: .utf8)
            let process = try start(["tm", "import", folder + "/large.tmx", "--db", db])
            // The write transaction has started once the write-ahead log grows past its reset size.
            let deadline = Date().addingTimeInterval(120)
            var walSize = 0
            while process.isRunning && Date() < deadline {
                walSize = (try? FileManager.default.attributesOfItem(atPath: db + "-wal")[.size] as? Int) ?? 0
                if walSize > 2_000_000 { break }
                usleep(10_000)
            }
            #expect(process.isRunning, "the import finished before it could be killed; make the file larger")
            #expect(walSize > 2_000_000)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal)
            #expect(try export(db) == before)
            let search = try TriglotRunner.run(["tm", "search", "Delegation 5 discussed border trade & security in Hanoi.", "--db", db])
            #expect(search.stdout.hasPrefix("100%"))
            // And the memory still takes writes.
            #expect(try TriglotRunner.run(["tm", "import", "-", "--db", db], stdin: Array(Self.tmx(units: 3, first: 500).utf8)).status == 0)
        }
    }

    @Test func processesCreatingTheSameMemoryAtOnceAllSucceed() throws {
        // Each round starts from no file, so every process races to create the schema.
        for round in 0..<3 {
            try inTemporaryFolder { folder in
                let db = folder + "/memory.sqlite"
                var processes: [Process] = []
                for part in 0..<4 {
                    let file = folder + "/part\(part).tmx"
                    try Self.tmx(units: 50, first: 1_000 * part).write(toFile: file, atomically: true, encoding: .utf8)
                    processes.append(try start(["tm", "import", file, "--db", db]))
                }
                for process in processes { process.waitUntilExit() }
                #expect(processes.allSatisfy { $0.terminationStatus == 0 }, "round \(round)")
                let count = try TriglotRunner.run(["tm", "export", "--format", "csv", "--db", db]).stdout
                    .split(separator: "\r\n").count - 1
                #expect(count == 200)
            }
        }
    }

    @Test func twoProcessesImportingAtOnceBothSucceed() throws {
        try inTemporaryFolder { folder in
            let db = folder + "/memory.sqlite"
            try Self.tmx(units: 20_000, first: 0).write(toFile: folder + "/a.tmx", atomically: true, encoding: .utf8)
            try Self.tmx(units: 20_000, first: 20_000).write(toFile: folder + "/b.tmx", atomically: true, encoding: .utf8)
            let first = try start(["tm", "import", folder + "/a.tmx", "--db", db])
            let second = try start(["tm", "import", folder + "/b.tmx", "--db", db])
            first.waitUntilExit()
            second.waitUntilExit()
            #expect(first.terminationStatus == 0)
            #expect(second.terminationStatus == 0)
            let count = try TriglotRunner.run(["tm", "export", "--format", "csv", "--db", db]).stdout
                .split(separator: "\r\n").count - 1
            #expect(count == 40_000)
        }
    }
}
