import Foundation
import Logging
import TriglotFormats

/// swift-log's handler for the server: one JSON object per line on standard error (time, level,
/// message, then the metadata: request id, method, path, status, duration), for log collectors.
struct JSONLogHandler: LogHandler {
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]
    let label: String

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let (level, message, explicit) = (event.level, event.message, event.metadata)
        var members: [(key: String, value: JSONOutput)] = [
            ("time", .string(Self.timestamp())), ("level", .string(level.rawValue)), ("logger", .string(label)),
            ("message", .string(message.description)),
        ]
        let merged = explicit.map { metadata.merging($0, uniquingKeysWith: { $1 }) } ?? metadata
        for (key, value) in merged.sorted(by: { $0.key < $1.key }) {
            members.append((key, .string(value.description)))
        }
        Self.writeLine(JSONOutput.object(members).utf8Document)
    }

    /// Writes `line` to standard error with as few write calls as it takes: one line from one
    /// call, so that lines of concurrent requests do not interleave.
    private static func writeLine(_ line: [UInt8]) {
        line.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = write(2, bytes.baseAddress! + offset, bytes.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    return  // Standard error closed or full: a log line is not worth failing a request.
                }
            }
        }
    }

    /// Now in UTC, ISO 8601 with milliseconds (`2026-12-02T14:36:47.042Z`), through the C library
    /// and digits written by hand: Foundation's date formatting cost a fifth of a small
    /// request's time, and its String(format:) a twentieth.
    static func timestamp() -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var parts = tm()
        var seconds = now.tv_sec
        gmtime_r(&seconds, &parts)
        var text: [UInt8] = []
        text.reserveCapacity(24)
        func digits(_ value: Int32, _ count: Int, then separator: UInt8) {
            var divisor: Int32 = 1
            for _ in 1..<count { divisor *= 10 }
            var rest = value
            while divisor > 0 {
                text.append(0x30 + UInt8(truncatingIfNeeded: (rest / divisor) % 10))
                rest %= divisor
                divisor /= 10
            }
            text.append(separator)
        }
        digits(parts.tm_year + 1900, 4, then: UInt8(ascii: "-"))
        digits(parts.tm_mon + 1, 2, then: UInt8(ascii: "-"))
        digits(parts.tm_mday, 2, then: UInt8(ascii: "T"))
        digits(parts.tm_hour, 2, then: UInt8(ascii: ":"))
        digits(parts.tm_min, 2, then: UInt8(ascii: ":"))
        digits(parts.tm_sec, 2, then: UInt8(ascii: "."))
        digits(Int32(now.tv_nsec / 1_000_000), 3, then: UInt8(ascii: "Z"))
        return String(decoding: text, as: UTF8.self)
    }
}
