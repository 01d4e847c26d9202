import Foundation
import TriglotServer

/// Runs the server's async loop from the CLI's synchronous `main`, and says where it listens.
enum ServerRunner {
    /// Serves until SIGINT or SIGTERM; a failure to listen (the port taken) is thrown.
    static func run(_ server: TriglotServer) throws {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var failure: (any Error)?
        Task {
            do {
                try await server.run { host, port in
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
        if let failure { throw CLIError.unavailable(reason: "the server stopped: \(failure)") }
    }
}
