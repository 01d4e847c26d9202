import Foundation
import Testing
@testable import TriglotMemory

@Suite struct UnitTimestampTests {
    @Test func readsTheStoredFormAsTheFormatterDoes() {
        let formatter = ISO8601DateFormatter()
        var seed: UInt64 = 2026
        // Dates from 1900 to 2100, leap days and ends of months among them.
        for _ in 0..<5_000 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let seconds = Double(Int64(bitPattern: seed >> 1) % 6_311_347_200) - 2_208_988_800
            let text = formatter.string(from: Date(timeIntervalSince1970: seconds))
            #expect(UnitTimestamp.date(text) == formatter.date(from: text), "\(text)")
        }
        for text in ["2024-02-29T23:59:59Z", "2000-02-29T00:00:00Z", "1970-01-01T00:00:00Z", "2026-12-31T12:00:00Z"] {
            #expect(UnitTimestamp.date(text) == formatter.date(from: text), "\(text)")
        }
    }

    @Test func otherFormsGoThroughTheFormatter() {
        let formatter = ISO8601DateFormatter()
        // An offset instead of Z: not the stored form, still a date.
        #expect(UnitTimestamp.date("2026-12-02T10:15:00+07:00") == formatter.date(from: "2026-12-02T10:15:00+07:00"))
        #expect(UnitTimestamp.date("2026-12-02T10:15:00+07:00") != nil)
        for text in ["2023-02-29T10:00:00Z", "2026-13-01T00:00:00Z", "2026-12-02T24:00:00Z", "2026-12-02 10:15:00Z", "yesterday", ""] {
            #expect(UnitTimestamp.date(text) == formatter.date(from: text), "\(text)")
        }
    }
}
