import Foundation
import Synchronization
import TriglotKit
import TriglotMemory

/// The translation memory the team shares. Writes go one at a time (SQLite allows one writer;
/// queuing them here keeps a burst of clients from failing on "database is locked"), each in one
/// transaction committed before the answer, so a killed server loses no unit it confirmed.
final class TeamMemory: Sendable {
    /// The memory's file.
    var path: String { workflow.path }
    /// Kept open for the server's life: each search reuses warm connections.
    private let workflow: MemoryWorkflow
    private let writer = Mutex<Void>(())

    /// The memory at `path`, created (with its folder) when missing so that searches find an empty memory.
    init(path: String?) throws(ServerError) {
        do {
            // Before the server listens, so on stderr as the CLI says it (the log is for requests).
            workflow = try MemoryWorkflow.keepingOpen(path: path) { FileHandle.standardError.write(Data("triglot serve: \($0)\n".utf8)) }
        } catch {
            throw .configuration("the translation memory cannot be opened: \(error)")
        }
    }

    /// Adds the units of `bytes` (`input`: aligned pairs or TMX), all or none.
    func add(_ bytes: [UInt8], as input: MemoryWorkflow.Input) throws(ServerError) -> MemoryWorkflow.Added {
        try writer.withLock { _ throws(ServerError) in
            do {
                return try workflow.add(bytes, file: "request body", as: input)
            } catch {
                throw ServerError.from(error)
            }
        }
    }

    /// The best matches for `text`.
    func search(_ text: String, language: String?, minimum: Int, limit: Int) throws(ServerError) -> [MemoryMatch] {
        do {
            return try workflow.search(text, language: language, minimum: minimum, limit: limit)
        } catch {
            throw ServerError.from(error)
        }
    }

    /// The whole memory as `format`.
    func export(format: MemoryExporter.Format, toolVersion: String) throws(ServerError) -> String {
        do {
            return try workflow.export(format: format, toolVersion: toolVersion)
        } catch {
            throw ServerError.from(error)
        }
    }
}
