import Foundation
import TriglotServer

/// Runs the server's async loop from the CLI's synchronous `main`, and says where it listens.
enum ServerRunner {
    /// Serves until SIGINT or SIGTERM; a failure to listen (the port taken) is thrown.
    static func run(_ server: TriglotServer, host: String, port: Int) throws {
        let done = DispatchSemaphore(value: 0)
        // Written by the server's task before it signals `done`, read after: the semaphore orders them.
        nonisolated(unsafe) var listening = false
        nonisolated(unsafe) var failure: (any Error)?
        Task {
            do {
                try await server.run { host, port in
                    listening = true
                    // On stdout, unbuffered: a script waiting for the port reads this line.
                    let line = "triglot serve: listening on http://\(host.contains(":") ? "[\(host)]" : host):\(port)/\n"
                    FileHandle.standardOutput.write(Data(line.utf8))
                }
            } catch {
                failure = error
            }
            done.signal()
        }
        done.wait()
        guard let failure else { return }
        if listening { throw CLIError.unavailable(reason: "the server stopped: \(failure)") }
        throw CLIError.unavailable(reason: "cannot listen on \(host) port \(port): \(failure) (choose another --port, or 0 for any free one)")
    }
}
