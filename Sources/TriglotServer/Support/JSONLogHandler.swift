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
        let time = Date().formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted))
        var members: [(key: String, value: JSONOutput)] = [
            ("time", .string(time)), ("level", .string(level.rawValue)), ("logger", .string(label)), ("message", .string(message.description)),
        ]
        for (key, value) in metadata.merging(explicit ?? [:], uniquingKeysWith: { $1 }).sorted(by: { $0.key < $1.key }) {
            members.append((key, .string(value.description)))
        }
        FileHandle.standardError.write(Data((JSONOutput.object(members).text + "\n").utf8))
    }
}
