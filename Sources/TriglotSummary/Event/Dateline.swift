import Foundation

/// The date a news dateline gives ("BAGAN, Myanmar, July 4 --", "缅甸蒲甘7月4日电",
/// "BAGAN, Myanmar, ngày 4/7 –"): month and day, for ordering the reports of one event.
/// Datelines give no year; the reports of one event fall within days of each other.
public struct Dateline: Sendable, Comparable, Hashable {
    /// The month, 1...12.
    public let month: Int
    /// The day of the month, 1...31.
    public let day: Int

    /// A dateline of `month` and `day`.
    public init(month: Int, day: Int) {
        self.month = month
        self.day = day
    }

    public static func < (lhs: Dateline, rhs: Dateline) -> Bool {
        (lhs.month, lhs.day) < (rhs.month, rhs.day)
    }

    private static let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                                 "september", "october", "november", "december"]

    /// The dateline that opens `sentence`: a place in capitals or a Chinese place followed by
    /// a date, before the dash (or 电) that ends a dateline; nil when the sentence has none.
    public static func parse(_ sentence: String) -> Dateline? {
        // The dateline is the part before its closing mark, and short.
        let marks = [" -- ", " — ", " – ", " - ", "电", "——", "—"]
        guard let end = marks.compactMap({ sentence.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }),
              sentence.distance(from: sentence.startIndex, to: end.lowerBound) <= 60 else { return nil }
        let head = String(sentence[..<end.lowerBound])
        // English: "July 4" (a place in capitals before it).
        let lowered = head.lowercased()
        for (number, name) in months.enumerated() {
            for spelling in [name, String(name.prefix(3)) + "."] {
                guard let range = lowered.range(of: spelling + " ") else { continue }
                let digits = lowered[range.upperBound...].prefix { $0.isASCII && $0.isNumber }
                if let day = Int(digits), (1...31).contains(day), head.first?.isUppercase == true {
                    return Dateline(month: number + 1, day: day)
                }
            }
        }
        // Chinese: "7月4日".
        if let monthMark = head.firstIndex(of: "月"), head.last == "日" || head.contains("日") {
            let month = Int(String(head[..<monthMark].reversed().prefix { $0.isASCII && $0.isNumber }.reversed()))
            let day = Int(String(head[head.index(after: monthMark)...].prefix { $0.isASCII && $0.isNumber }))
            if let month, let day, (1...12).contains(month), (1...31).contains(day) { return Dateline(month: month, day: day) }
        }
        // Vietnamese: "ngày 4/7".
        if let range = lowered.range(of: "ngày ") {
            let parts = lowered[range.upperBound...].prefix { $0.isASCII && ($0.isNumber || $0 == "/") }.split(separator: "/")
            if parts.count >= 2, let day = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month), (1...31).contains(day) {
                return Dateline(month: month, day: day)
            }
        }
        return nil
    }
}
