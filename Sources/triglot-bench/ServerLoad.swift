import ArgumentParser
import Dispatch
import Foundation
import TriglotEvaluation
import TriglotMemory

/// `triglot-bench server-load`: `triglot serve` under `wrk` on loopback — summaries per second
/// against the CLI's own batch rate (`summarize --jsonl`, all cores) measured in the same run,
/// latency percentiles, errors and the server's resident memory over the run; then memory
/// searches on a memory of a million units under the same load.
struct ServerLoad: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "server-load",
        abstract: "Load `triglot serve` with wrk: summaries against the CLI batch rate, and memory searches.",
        discussion: """
            Needs wrk (apt-get install -y wrk). Targets: server summaries at least half the CLI's
            batch rate, p99 under 50 ms, no errors, flat memory; memory search p99 under 100 ms.
            The memory's units and queries are tm-speed's (--db keeps the memory for reruns, and
            a memory tm-speed kept serves as well).

            Example:
              swift build -c release --product triglot --product triglot-bench
              .build/release/triglot-bench server-load --db /tmp/tm-1m.sqlite
            """
    )

    /// The bundled article every summary request and batch record carries.
    static let example = "examples/lmc-2022-wang-yi-bui-thanh-son.en.txt"

    @OptionGroup var data: DataOptions

    @Option(help: "The triglot binary to load (a release build).")
    var binary = ".build/release/triglot"

    @Option(help: "Seconds of each wrk run.")
    var duration = 60

    @Option(help: "wrk's open connections (2 threads).")
    var connections = 64

    @Option(help: "Units in the memory the search server uses.")
    var units = 1_000_000

    @Option(help: "Distinct search queries the search load rotates over.")
    var queries = 200

    @Option(help: "Keep the memory at this path and reuse it when it already holds --units units.")
    var db: String?

    /// The loads a run makes.
    enum Part: String, ExpressibleByArgument, CaseIterable {
        case both, summarize, search
    }

    @Option(help: "Which load to run: both, summarize (with the CLI batch rate) or search.")
    var part: Part = .both

    func validate() throws {
        guard WrkRun.path != nil else {
            throw ValidationError("wrk is not installed (it makes the load): apt-get install -y wrk")
        }
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw ValidationError("\(binary) is not an executable: build it first (swift build -c release --product triglot)")
        }
        guard FileSystem.exists(Self.example) else { throw ValidationError("\(Self.example) is absent: run from the package root") }
        guard duration > 0, connections >= 2, units > 0, queries > 0 else {
            throw ValidationError("--duration, --units and --queries take positive numbers, --connections at least 2")
        }
    }

    func run() throws {
        let folder = NSTemporaryDirectory() + "/triglot-server-load-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        ChildCleanup.shared.add(folder: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let article = FileSystem.text(Self.example)
        print("server-load: \(binary), \(ProcessInfo.processInfo.activeProcessorCount) cores, "
              + "wrk -t2 -c\(connections) -d\(duration)s on 127.0.0.1, article \(Self.example) (\(article.utf8.count) bytes)")
        if part != .search { try loadSummaries(article, folder: folder) }
        if part != .summarize { try loadSearches(folder: folder) }
    }

    /// Summaries of `article` under load against the CLI's batch rate.
    private func loadSummaries(_ article: String, folder: String) throws {

        let batch = try batchRate(article, folder: folder)
        print(String(format: "CLI batch: triglot summarize --jsonl, %d articles in %.2f s = %.1f summaries/s",
                     batch.articles, batch.seconds, Double(batch.articles) / batch.seconds))
        let cliRate = Double(batch.articles) / batch.seconds

        let summaries = try load(
            arguments: ["--db", folder + "/empty.sqlite", "--team-glossary", folder + "/team.tsv"], log: folder + "/serve-summarize.log",
            path: "/v1/summarize", bodies: [json(["text": article])], folder: folder) { server in
                let answer = try LoopbackHTTP.post(port: server.port, path: "/v1/summarize", body: json(["text": article]))
                guard answer.status == 200, answer.body.contains("\"sentences\"") else {
                    throw ServerLoadError("POST /v1/summarize answered \(answer.status): \(answer.body.prefix(300))")
                }
                // Warm-up: the workers' pool filled and the code paged in before the timed run.
                _ = try WrkRun.post([json(["text": article])], to: "/v1/summarize", port: server.port,
                                    connections: connections, seconds: min(5, duration), folder: folder)
                return ""
            }
        let ratio = summaries.run.rate / cliRate
        print(String(format: "server /v1/summarize: %.1f req/s, %.2f× the CLI batch rate (target ≥ 0.5: %@)",
                     summaries.run.rate, ratio, ratio >= 0.5 ? "met" : "NOT met"))
        print(String(format: "  latency p50 %.1f ms, p99 %.1f ms (target < 50 ms: %@), max %.1f ms; %d requests%@",
                     summaries.run.p50, summaries.run.p99, summaries.run.p99 < 50 ? "met" : "NOT met", summaries.run.max, summaries.run.requests,
                     summaries.run.percentileNote))
        print("  errors \(summaries.run.errorSummary) (target 0: \(summaries.run.errors == 0 ? "met" : "NOT met"))")
        print("  server RSS, every second of the timed run: \(RSSSampler.summary(summaries.rss))")
        print(String(format: "  CPU: the server used %.2f cores during the run (wrk most of the rest), the CLI batch %.2f", summaries.cores, batch.cores))
    }

    /// Memory searches under load on a memory of `units` units.
    private func loadSearches(folder: String) throws {

        let path = db ?? folder + "/memory.sqlite"
        var random = SplitMix64(seed: 2026)
        let corpus = MemoryCorpus(data: data)
        do {
            let memory = try TranslationMemory(path: path)
            if let built = try corpus.fill(memory, units: units, random: &random) {
                print(String(format: "memory built: %d units in %.1f s", built.added, built.seconds))
            }
            let counts = try memory.counts()
            print("memory: \(counts.units) units, \(counts.variants) variants at \(db ?? "a temporary file")")
        }
        let bodies = corpus.queries(queries, random: &random).map { json(["text": $0.text, "language": $0.language]) }
        let searches = try load(
            arguments: ["--db", path, "--team-glossary", folder + "/team.tsv"], log: folder + "/serve-search.log",
            path: "/v1/memory/search", bodies: bodies, folder: folder) { server in
                // Each query once, one at a time: the server checked, warmed and its hits counted.
                var hits = 0, times: [Double] = []
                for body in bodies {
                    let start = DispatchTime.now().uptimeNanoseconds
                    let answer = try LoopbackHTTP.post(port: server.port, path: "/v1/memory/search", body: body)
                    times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
                    guard answer.status == 200, answer.body.contains("\"matches\"") else {
                        throw ServerLoadError("POST /v1/memory/search answered \(answer.status): \(answer.body.prefix(300))")
                    }
                    if answer.body.contains("\"percentage\"") { hits += 1 }
                }
                let sorted = times.sorted()
                return String(format: "%d of %d queries find a match ≥ 70%%; one client alone: median %.1f ms, p99 %.1f ms, max %.1f ms",
                              hits, bodies.count, sorted[sorted.count / 2], sorted[min(sorted.count - 1, sorted.count * 99 / 100)], sorted.last!)
            }
        print("server /v1/memory/search (\(searches.note)):")
        print(String(format: "  %.1f req/s, latency p50 %.1f ms, p99 %.1f ms (target < 100 ms: %@), max %.1f ms; %d requests%@",
                     searches.run.rate, searches.run.p50, searches.run.p99, searches.run.p99 < 100 ? "met" : "NOT met",
                     searches.run.max, searches.run.requests, searches.run.percentileNote))
        print("  errors \(searches.run.errorSummary) (target 0: \(searches.run.errors == 0 ? "met" : "NOT met"))")
        print("  server RSS, every second of the timed run: \(RSSSampler.summary(searches.rss))")
        print(String(format: "  CPU: the server used %.2f cores during the run", searches.cores))
    }

    /// Starts a server with `arguments`, runs `prepare` (checks, warm-up; its note is returned),
    /// then the timed wrk run POSTing `bodies` to `path` while its memory is sampled; the server
    /// is stopped whatever happens.
    private func load(arguments: [String], log: String, path: String, bodies: [String], folder: String,
                      prepare: (ServerProcess) throws -> String) throws -> (run: WrkRun, rss: [Int], note: String, cores: Double) {
        let server = try ServerProcess(binary: binary, arguments: arguments, log: log)
        defer { server.stop() }
        let note = try prepare(server)
        let sampler = RSSSampler(pid: server.pid)
        let cpu = RSSSampler.cpuSeconds(server.pid) ?? 0
        let run = try WrkRun.post(bodies, to: path, port: server.port, connections: connections, seconds: duration, folder: folder)
        let cores = ((RSSSampler.cpuSeconds(server.pid) ?? cpu) - cpu) / max(run.seconds, 0.001)
        let rss = sampler.stop()
        FileSystem.note(run.report)
        guard server.isRunning else { throw ServerLoadError("the server stopped during the load; see \(log)") }
        return (run, rss, note, cores)
    }

    /// The CLI's batch rate: `summarize --jsonl` over N copies of `article`, N grown until the
    /// run takes at least 5 s.
    private func batchRate(_ article: String, folder: String) throws -> (articles: Int, seconds: Double, cores: Double) {
        let input = folder + "/articles.jsonl"
        var articles = 100
        while true {
            let lines = (1...articles).map { json(["id": String($0), "text": article]) }
            try (lines.joined(separator: "\n") + "\n").write(toFile: input, atomically: true, encoding: .utf8)
            let (seconds, cpu) = try timeBatch(input)
            if seconds >= 5 { return (articles, seconds, cpu / seconds) }
            articles = Int(Double(articles) * 6 / max(seconds, 0.05)) + 1
        }
    }

    /// Seconds `binary summarize --jsonl < input` takes, start to exit, and the CPU seconds it
    /// used; its output is discarded.
    private func timeBatch(_ input: String) throws -> (seconds: Double, cpu: Double) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([binary, "summarize", "--jsonl"] as [String]).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawn(&pid, binary, &actions, nil, argv, environ)
        guard spawned == 0 else { throw ServerLoadError("cannot run \(binary): \(String(cString: strerror(spawned)))") }
        ChildCleanup.shared.add(pid: pid)
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        ChildCleanup.shared.forget(pid: pid)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let cpu = [usage.ru_utime, usage.ru_stime].reduce(0.0) { $0 + Double($1.tv_sec) + Double($1.tv_usec) / 1e6 }
        // WIFEXITED and WEXITSTATUS, which Swift does not import as macros.
        guard status & 0x7F == 0, (status >> 8) & 0xFF == 0 else {
            throw ServerLoadError("triglot summarize --jsonl failed (wait status \(status))")
        }
        return (seconds, cpu)
    }

    /// `object` as one line of JSON.
    private func json(_ object: [String: String]) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
