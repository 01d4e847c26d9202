import Foundation

/// Writes files so that readers see the old contents or the new, never a part: the text goes to
/// a temporary file in the same folder (a rename across file systems would not be atomic), is
/// flushed to disk, then renamed over the target. Only a regular file (or a new one) is replaced
/// so: a symbolic link is written through (the file it points to is replaced, the link stays),
/// and a device, FIFO or socket (`-o /dev/stdout`, `-o /dev/full`) is written to as it is, never
/// replaced by a regular file.
public enum AtomicFile {
    /// Replaces (or creates) the file at `path` with `text`, keeping an existing file's permissions.
    public static func write(_ text: String, to path: String) throws(NamesError) {
        var existing = stat()
        if stat(path, &existing) == 0 {  // follows links: what a write would reach
            let type = existing.st_mode & S_IFMT
            if type == S_IFCHR || type == S_IFBLK || type == S_IFIFO || type == S_IFSOCK {
                return try writeInPlace(text, to: path)
            }
        }
        try replace(with: text, path: try resolved(path))
    }

    /// `path` with its symbolic links followed: the real file to replace, or, for a link to a
    /// file not yet there, the path the link names.
    private static func resolved(_ path: String) throws(NamesError) -> String {
        var current = path
        for _ in 0..<40 {  // the kernel's own limit on links followed
            var link = stat()
            guard lstat(current, &link) == 0, (link.st_mode & S_IFMT) == S_IFLNK else { return current }
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else {
                throw .unwritable(path: path, reason: "cannot follow the symbolic link")
            }
            current = target.hasPrefix("/") ? target : URL(fileURLWithPath: current).deletingLastPathComponent().appendingPathComponent(target).path
        }
        throw .unwritable(path: path, reason: "too many levels of symbolic links")
    }

    /// Writes `text` to a device or pipe as it is: there is no old content to keep.
    private static func writeInPlace(_ text: String, to path: String) throws(NamesError) {
        let descriptor = open(path, O_WRONLY)
        guard descriptor >= 0 else { throw .unwritable(path: path, reason: String(cString: strerror(errno))) }
        var failure = writeAll(Array(text.utf8), to: descriptor)
        if close(descriptor) != 0 && failure == nil { failure = String(cString: strerror(errno)) }
        // A pipe whose reader has gone (-o /dev/stdout | head) wants nothing more: not a failure.
        if let failure, failure != String(cString: strerror(EPIPE)) { throw .unwritable(path: path, reason: failure) }
    }

    /// Writes every byte, retrying after interruptions; the failure's description, or nil.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> String? {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress!, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            offset += written
        }
        return nil
    }

    /// Replaces a regular file (or creates one) through a temporary file and a rename.
    private static func replace(with text: String, path: String) throws(NamesError) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw .unwritable(path: path, reason: "is a directory")
        }
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .unwritable(path: path, reason: "the folder \(directory) does not exist")
        }
        let temporary = directory + "/." + url.lastPathComponent + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o666)
        guard descriptor >= 0 else { throw .unwritable(path: path, reason: String(cString: strerror(errno))) }
        var failure: String?
        var existing = stat()
        if stat(path, &existing) == 0 { _ = fchmod(descriptor, existing.st_mode & 0o7777) }
        failure = writeAll(Array(text.utf8), to: descriptor)
        if failure == nil && fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        if close(descriptor) != 0 && failure == nil { failure = String(cString: strerror(errno)) }
        if failure == nil && rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw .unwritable(path: path, reason: failure)
        }
    }
}
