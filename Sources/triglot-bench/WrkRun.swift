import Foundation

/// One `wrk` run against a local server: POSTs of JSON bodies taken in turn (one Lua script),
/// and its figures, read from the line the script's `done` hook writes (exact microseconds and
/// counts, not wrk's rounded text).
struct WrkRun {
    /// Requests completed (any status).
    var requests = 0
    /// The run's length in seconds, as wrk measured it.
    var seconds = 0.0
    /// Latency percentiles and maximum, in milliseconds.
    var p50 = 0.0, p99 = 0.0, max = 0.0
    /// Socket errors and answers outside 2xx/3xx.
    var connect = 0, read = 0, write = 0, timeout = 0, status = 0
    /// wrk's own report, as printed.
    var report = ""

    /// Requests per second.
    var rate: Double { seconds > 0 ? Double(requests) / seconds : 0 }
    /// Every error counted.
    var errors: Int { connect + read + write + timeout + status }
    /// The errors, named.
    var errorSummary: String {
        "\(errors) (connect \(connect), read \(read), write \(write), timeout \(timeout), non-2xx/3xx \(status))"
    }

    /// What the percentiles leave out: wrk records no latency for a request it gave up on.
    var percentileNote: String {
        timeout == 0 ? "" : "; the \(timeout) requests over wrk's 2 s timeout are not in these percentiles"
    }

    /// Whether wrk can be run (it is on PATH).
    static var path: String? {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map { $0 + "/wrk" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `wrk -t2 -c connections -d seconds --latency -s SCRIPT` against `path` on
    /// 127.0.0.1:`port`, the script POSTing `bodies` (JSON) in turn; `folder` holds the script and
    /// the output.
    static func post(_ bodies: [String], to path: String, port: Int, connections: Int, seconds: Int, folder: String) throws -> WrkRun {
        guard let wrk = Self.path else { throw ServerLoadError("wrk is not installed: apt-get install -y wrk") }
        let script = folder + "/post.lua", output = folder + "/wrk.out"
        try luaScript(bodies, path: path).write(toFile: script, atomically: true, encoding: .utf8)
        let arguments = [wrk, "-t2", "-c\(connections)", "-d\(seconds)s", "--latency", "-s", script, "http://127.0.0.1:\(port)\(path)"]
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, wrk, &actions, nil, argv, environ)
        guard spawned == 0 else { throw ServerLoadError("cannot run \(wrk): \(String(cString: strerror(spawned)))") }
        ChildCleanup.shared.add(pid: pid)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        ChildCleanup.shared.forget(pid: pid)
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        guard status & 0x7F == 0, (status >> 8) & 0xFF == 0,
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("triglot-bench:") }) else {
            throw ServerLoadError("wrk failed (wait status \(status)):\n\(text)")
        }
        var fields: [String: Double] = [:]
        for pair in line.split(separator: " ").dropFirst() {
            let parts = pair.split(separator: "=")
            if parts.count == 2, let value = Double(parts[1]) { fields[String(parts[0])] = value }
        }
        var run = WrkRun()
        run.requests = Int(fields["requests"] ?? 0)
        run.seconds = (fields["duration_us"] ?? 0) / 1e6
        run.p50 = (fields["p50_us"] ?? 0) / 1000
        run.p99 = (fields["p99_us"] ?? 0) / 1000
        run.max = (fields["max_us"] ?? 0) / 1000
        run.connect = Int(fields["connect"] ?? 0)
        run.read = Int(fields["read"] ?? 0)
        run.write = Int(fields["write"] ?? 0)
        run.timeout = Int(fields["timeout"] ?? 0)
        run.status = Int(fields["status"] ?? 0)
        run.report = text.split(separator: "\n").filter { !$0.hasPrefix("triglot-bench:") }.joined(separator: "\n")
        return run
    }

    /// The script: each connection's requests take the bodies in turn (each thread starting at
    /// its own place), and `done` writes the figures on one line.
    static func luaScript(_ bodies: [String], path: String) -> String {
        """
        wrk.method = "POST"
        wrk.headers["Content-Type"] = "application/json"
        local bodies = {
        \(bodies.map { "  " + luaString($0) + "," }.joined(separator: "\n"))
        }
        local next = 0
        local threads = 0
        setup = function(thread) thread:set("start", threads); threads = threads + 1 end
        init = function(args) next = ((start or 0) * 97) % #bodies end
        request = function()
          next = next % #bodies + 1
          return wrk.format(nil, \(luaString(path)), nil, bodies[next])
        end
        done = function(summary, latency, requests)
          local e = summary.errors
          io.write(string.format("triglot-bench: requests=%d duration_us=%d connect=%d read=%d write=%d timeout=%d status=%d p50_us=%d p99_us=%d max_us=%d\\n",
            summary.requests, summary.duration, e.connect, e.read, e.write, e.timeout, e.status,
            latency:percentile(50), latency:percentile(99), latency.max))
        end

        """
    }

    /// `text` as a Lua string literal: quotes, backslashes and control bytes as decimal escapes,
    /// other bytes (UTF-8 included) as they are.
    static func luaString(_ text: String) -> String {
        var literal = Array("\"".utf8)
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                literal += Array(String(format: "\\%03d", byte).utf8)
            } else {
                literal.append(byte)
            }
        }
        return String(decoding: literal + Array("\"".utf8), as: UTF8.self)
    }
}
