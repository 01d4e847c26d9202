import Dispatch
import Foundation

/// A `triglot serve` started by a benchmark on a port it picks (`--port 0`): its pid and port. `stop()` ends it; ``ChildCleanup`` ends it too when the benchmark is
/// interrupted, so no server outlives the run.
final class ServerProcess {
    /// The server's process id.
    let pid: pid_t
    /// The port it listens on, on 127.0.0.1.
    let port: Int
    private var stopped = false

    /// Starts `binary serve --port 0 arguments…` and waits (at most `wait` seconds) for the line
    /// that names its port; its log (stderr) goes to `log`.
    init(binary: String, arguments: [String], log: String, wait: Double = 120) throws {
        var fds: [Int32] = [0, 0]
        // Close-on-exec: wrk and the other server must not inherit the pipe (the dup2 onto the
        // child's stdout clears the flag there).
        guard pipe(&fds) == 0, fcntl(fds[0], F_SETFD, FD_CLOEXEC) == 0, fcntl(fds[1], F_SETFD, FD_CLOEXEC) == 0 else { throw ServerLoadError("cannot make a pipe: \(String(cString: strerror(errno)))") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, log, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = ([binary, "serve", "--port", "0"] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, binary, &actions, nil, argv, environ)
        close(fds[1])
        guard spawned == 0 else {
            close(fds[0])
            throw ServerLoadError("cannot run \(binary): \(String(cString: strerror(spawned)))")
        }
        self.pid = pid
        ChildCleanup.shared.add(pid: pid)
        // The first stdout line names the port; the server writes nothing else there.
        var line = [UInt8]()
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(wait * 1e9)
        var byte: UInt8 = 0
        while byte != 10 {
            var poller = pollfd(fd: fds[0], events: Int16(POLLIN), revents: 0)
            let left = Int64(deadline) - Int64(DispatchTime.now().uptimeNanoseconds)
            if left <= 0 || poll(&poller, 1, Int32(left / 1_000_000)) <= 0 || read(fds[0], &byte, 1) != 1 { break }
            line.append(byte)
        }
        close(fds[0])
        let text = String(decoding: line, as: UTF8.self)
        guard let range = text.range(of: "listening on http://127.0.0.1:"),
              let port = Int(text[range.upperBound...].prefix(while: \.isNumber)) else {
            let tail = (try? String(contentsOfFile: log, encoding: .utf8))?.split(separator: "\n").suffix(5).joined(separator: "\n") ?? ""
            ChildCleanup.shared.stop(pid: pid)
            throw ServerLoadError("triglot serve did not say where it listens within \(Int(wait)) s\(tail.isEmpty ? "" : "; its log ends:\n" + tail)")
        }
        self.port = port
    }

    /// Whether the server still runs (a crash under load must not pass for a result).
    var isRunning: Bool { !stopped && kill(pid, 0) == 0 && RSSSampler.residentKilobytes(pid) != nil }

    /// Ends the server (SIGTERM, then SIGKILL after 5 s) and reaps it.
    func stop() {
        guard !stopped else { return }
        stopped = true
        ChildCleanup.shared.stop(pid: pid)
    }

    deinit { stop() }
}

/// The children a benchmark must end when it stops early: on SIGINT or SIGTERM they get
/// SIGTERM and the temporary folders are removed before the benchmark exits.
final class ChildCleanup: @unchecked Sendable {
    // @unchecked: every field is only touched under `lock`.
    static let shared = ChildCleanup()
    private let lock = NSLock()
    private var pids: Set<pid_t> = []
    private var folders: [String] = []
    private var sources: [any DispatchSourceSignal] = []

    private init() {
        for number in [SIGINT, SIGTERM, SIGHUP] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [unowned self] in
                FileSystem.note("interrupted: stopping the servers")
                for pid in lock.withLock({ Array(pids) }) { stop(pid: pid) }
                for folder in lock.withLock({ folders }) { try? FileManager.default.removeItem(atPath: folder) }
                exit(128 + number)
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Ends `pid` with SIGTERM (SIGKILL after 5 s) and reaps it.
    func stop(pid: pid_t) {
        guard lock.withLock({ pids.remove(pid) }) != nil else { return }
        kill(pid, SIGTERM)
        var status: Int32 = 0
        for _ in 0..<50 {
            if waitpid(pid, &status, WNOHANG) != 0 { return }
            usleep(100_000)
        }
        kill(pid, SIGKILL)
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    }

    /// A child to end if the benchmark is interrupted.
    func add(pid: pid_t) { lock.withLock { _ = pids.insert(pid) } }

    /// A child reaped by its owner: nothing left to end.
    func forget(pid: pid_t) { lock.withLock { _ = pids.remove(pid) } }

    /// A folder to remove if the benchmark is interrupted.
    func add(folder: String) { lock.withLock { folders.append(folder) } }
}

/// A server-load failure, told in one line.
struct ServerLoadError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
