import Foundation
import Testing
@testable import TriglotServer

struct JSONLogHandlerTests {
    @Test func timestampsAreISO8601InUTCWithMilliseconds() throws {
        let reader = ISO8601DateFormatter()
        reader.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        for _ in 0..<50 {
            let before = Date()
            let stamp = JSONLogHandler.timestamp()
            let after = Date()
            #expect(stamp.utf8.count == 24 && stamp.hasSuffix("Z"), "\(stamp)")
            let date = try #require(reader.date(from: stamp), "\(stamp)")
            // Milliseconds are truncated, so the stamp may be up to 1 ms before `before`.
            #expect(date >= before.addingTimeInterval(-0.001) && date <= after, "\(stamp)")
        }
    }
}
