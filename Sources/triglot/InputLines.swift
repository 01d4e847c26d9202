import Foundation
import TriglotKit
import TriglotText

/// Standard input read one line at a time, each line handed over as soon as its end is read, so
/// a command can answer it before the next one arrives (as a filter or a co-process). Lines end
/// at LF, CRLF or a lone CR; a UTF-8 byte order mark at the very start is skipped. Each line is
/// validated as UTF-8 on its own, and a line longer than its limit (``maxLineBytes`` unless said)
/// is an error rather than unbounded memory.
struct InputLines {
    /// The longest line accepted, in bytes (without its line end).
    static let maxLineBytes = 1 << 20

    /// The name used in messages.
    static let displayName = "standard input"

    private let descriptor: Int32
    private let lineLimit: Int
    private var chunk = [UInt8](repeating: 0, count: 1 << 16)
    private var chunkEnd = 0
    private var chunkIndex = 0
    private var line: [UInt8] = []
    private var lineNumber = 0
    private var atEnd = false
    private var atStart = true
    // A CR ended the last line: an LF right after it belongs to that line end (CRLF). Not
    // waiting for the byte after a CR keeps the answer to a CR-ended line immediate.
    private var afterCR = false

    /// Lines of file descriptor `descriptor` (standard input by default), each at most `lineLimit` bytes.
    init(descriptor: Int32 = 0, lineLimit: Int = InputLines.maxLineBytes) {
        self.descriptor = descriptor
        self.lineLimit = lineLimit
    }

    /// The next line for a batch, or nil at the end of the input: a line too long or not UTF-8 is
    /// a `.bad` line (the rest of a long line is skipped), so a batch goes on past it. Read
    /// failures throw.
    mutating func nextRecord() throws -> JSONLinesBatch.Line? {
        do {
            guard let text = try next() else { return nil }
            return .line(number: lineNumber, text: text)
        } catch let CLIError.badInput(_, number, reason) {
            if reason.hasPrefix("line longer") { try skipRestOfLine(number: number) }
            return .bad(number: number, reason: reason)
        }
    }

    /// Drops the bytes up to the end of the current line (after a line found too long).
    private mutating func skipRestOfLine(number: Int) throws {
        line.removeAll(keepingCapacity: true)
        lineNumber = number
        while true {
            if chunkIndex == chunkEnd {
                guard try !atEnd && fill() else { atEnd = true; return }
            }
            let byte = chunk[chunkIndex]
            chunkIndex += 1
            if byte == 0x0A { return }
            if byte == 0x0D { afterCR = true; return }
        }
    }

    /// The next line without its line end, or nil at the end of the input. A last line without
    /// a line end is still a line; nothing after a final line end is none.
    mutating func next() throws -> String? {
        line.removeAll(keepingCapacity: true)
        while true {
            if chunkIndex == chunkEnd {
                let filled = try !atEnd && fill()
                if !filled {
                    atEnd = true
                    if line.isEmpty { return nil }
                    return try finish()
                }
            }
            let byte = chunk[chunkIndex]
            chunkIndex += 1
            if afterCR {
                afterCR = false
                if byte == 0x0A { continue }
            }
            switch byte {
            case 0x0A:
                return try finish()
            case 0x0D:
                afterCR = true
                return try finish()
            default:
                line.append(byte)
                if line.count > lineLimit {
                    let limit = lineLimit % (1 << 20) == 0 ? "\(lineLimit >> 20) MB" : "\(lineLimit) bytes"
                    throw CLIError.badInput(path: Self.displayName, line: lineNumber + 1, reason: "line longer than \(limit)")
                }
            }
        }
    }

    /// Reads the next chunk; false at the end of the input.
    private mutating func fill() throws -> Bool {
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress!, $0.count) }
            if count > 0 {
                (chunkIndex, chunkEnd) = (0, count)
                return true
            }
            if count == 0 { return false }
            if errno == EINTR { continue }
            throw CLIError.unreadable(path: Self.displayName, reason: String(cString: strerror(errno)))
        }
    }

    /// The line read so far as text: the byte order mark dropped from the first line, the
    /// bytes checked as UTF-8.
    private mutating func finish() throws -> String {
        lineNumber += 1
        var bytes = line[...]
        if atStart {
            atStart = false
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        }
        if let offset = UTF8Validation.firstInvalidOffset(in: bytes) {
            throw CLIError.badInput(path: Self.displayName, line: lineNumber,
                                    reason: "not valid UTF-8 at byte \(offset + 1) of the line "
                                        + "(convert it first, e.g. with iconv -f GB18030 -t UTF-8)")
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
