import Foundation
import GRDB

/// An SQLite file opened only to be read, leaving no file beside it when that can be helped.
///
/// A memory is in WAL mode, and SQLite's ordinary read-only connection to a WAL database
/// creates the `-wal` and `-shm` files it coordinates with writers through, cannot remove them
/// when it closes, and fails outright when it cannot create them (a read-only folder). So:
/// - when no write-ahead log exists, everything committed is in the file itself, and it is read
///   with `immutable=1`: no lock, no file created. A writer that starts meanwhile would change
///   the file under the reader, so each read checks afterwards that the file is as it was and
///   that no log appeared, and else reads again through SQLite's locks;
/// - when a log exists (a writer is at work, or was killed), only SQLite's locks give a
///   consistent view, through the `-shm` file the writer made; when that cannot be opened
///   either, the file is read as it is, without what the log holds.
struct ReadOnlyDatabase: Sendable {
    /// The database file.
    let path: String
    private let queue: DatabaseQueue
    /// The file's state when opened with `immutable=1`; nil when read through SQLite's locks.
    private let snapshot: FileSnapshot?

    /// Opens the database at `path` for reading. Throws GRDB's errors.
    init(path: String) throws {
        self.path = path
        if FileSnapshot.hasWriteAheadLog(path) {
            do {
                let shared = try Self.sharedQueue(path)
                // The `-shm` file is opened on the first read: fail here rather than later.
                try shared.read { db in _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
                queue = shared
                snapshot = nil
                return
            } catch let error as DatabaseError where Self.cannotShare(error) {
                // A read-only folder or log: read what the file itself holds.
            }
        }
        snapshot = FileSnapshot(path: path)
        queue = try Self.immutableQueue(path)
    }

    /// Runs `body` in a read transaction; see the type's comment for when it runs twice.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        guard let snapshot else { return try queue.read(body) }
        let first = Result { try queue.read(body) }
        if case let .success(value) = first, FileSnapshot(path: path) == snapshot, !FileSnapshot.hasWriteAheadLog(path) {
            return value
        }
        // The file changed while it was read without locks: a writer came.
        do {
            return try Self.sharedQueue(path).read(body)
        } catch let error as DatabaseError where Self.cannotShare(error) {
            return try first.get()
        }
    }

    /// Errors of a read-only connection that cannot open or create the `-shm` or `-wal` file.
    private static func cannotShare(_ error: DatabaseError) -> Bool {
        [.SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_IOERR].contains(error.resultCode)
    }

    private static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.readonly = true
        // A writer checkpointing or recovering the log holds a lock briefly.
        configuration.busyMode = .timeout(10)
        return configuration
    }

    /// An ordinary read-only connection, which works alongside writers.
    private static func sharedQueue(_ path: String) throws -> DatabaseQueue {
        try DatabaseQueue(path: path, configuration: configuration())
    }

    /// A connection that takes the file as unchanging: it locks nothing and creates nothing.
    private static func immutableQueue(_ path: String) throws -> DatabaseQueue {
        // A URI filename; its path is absolute, with the characters URIs reserve escaped.
        let absolute = URL(fileURLWithPath: path).path
        var escaped = ""
        for character in absolute.unicodeScalars {
            switch character {
            case "%": escaped += "%25"
            case "?": escaped += "%3F"
            case "#": escaped += "%23"
            default: escaped.unicodeScalars.append(character)
            }
        }
        do {
            return try DatabaseQueue(path: "file://" + escaped + "?immutable=1", configuration: configuration())
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CANTOPEN {
            // An SQLite built without URI filenames: an ordinary read-only connection.
            return try sharedQueue(path)
        }
    }
}
