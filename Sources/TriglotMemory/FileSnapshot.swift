import Foundation

/// What the file system says about a file at one moment: enough to notice that it was
/// replaced or written to since.
struct FileSnapshot: Equatable, Sendable {
    let device: Int?
    let inode: Int?
    let size: Int?
    let modified: Date?
    /// Whether it is a regular file (not a folder, device or socket).
    let isRegularFile: Bool

    /// The state of the file at `path`, or nil when there is none (or a path component is a file).
    init?(path: String) {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
        device = (attributes[.systemNumber] as? NSNumber)?.intValue
        inode = (attributes[.systemFileNumber] as? NSNumber)?.intValue
        size = (attributes[.size] as? NSNumber)?.intValue
        modified = attributes[.modificationDate] as? Date
        isRegularFile = attributes[.type] as? FileAttributeType == .typeRegular
    }

    /// Whether SQLite's write-ahead log of the database at `path` exists: a writer has the
    /// database open, or one was killed before it could fold the log into the file.
    static func hasWriteAheadLog(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path + "-wal")
    }
}
