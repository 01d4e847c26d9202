import Foundation

/// Buffered writing to stdout and stderr. Every write is checked: when the reader of a pipe has
/// gone (`triglot segment big.txt | head`), the command ends quietly with success, as it has
/// nothing left to say; any other failure (a full disk: `> /dev/full`) is one line on stderr and
/// exit 74, so a batch job never reports success with a truncated file.
struct Output {
    private var buffer: [UInt8] = []

    init() { buffer.reserveCapacity(1 << 16) }

    /// Appends `text` and flushes when the buffer is large.
    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes what is buffered to stdout; ends the process on a write failure (see the type).
    mutating func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(1, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 { Self.failed(errno: written < 0 ? errno : EIO) }
                offset += written
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes `line` and a line break to stdout at once, checked (for the commands' few status
    /// lines; Swift's `print` goes through C's buffered stdout, whose failures go unseen).
    static func line(_ line: String) {
        var output = Output()
        output.write(line + "\n")
        output.flush()
    }

    /// Ends the process after a failed write to stdout: quietly when the pipe's reader has gone,
    /// else with one line on stderr and EX_IOERR (74).
    static func failed(errno code: Int32) -> Never {
        if code == EPIPE { Foundation.exit(0) }
        standardError("error: standard output: cannot write: \(String(cString: strerror(code)))\n")
        Foundation.exit(74)
    }

    /// Writes `text` to stderr at once.
    static func standardError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
