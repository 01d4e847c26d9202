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

    /// What ends a dateline.
    private static let marks: [[Character]] = [" -- ", " — ", " – ", " - ", "电", "——", "—"].map { Array($0) }

    /// Each month's name and abbreviation ("july ", "jul. "), with its number.
    private static let months: [(number: Int, pattern: [Character])] = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ].enumerated().flatMap { number, name in
        [name, String(name.prefix(3)) + "."].map { (number + 1, Array($0 + " ")) }
    }

    private static let ngay = Array("ngày ")

    /// Where `pattern` first is in `text` (`firsts`: each character's first scalar, to try only
    /// where the pattern's first character may be), at or before `last`.
    private static func find(_ pattern: [Character], in text: [Character], firsts: [UInt32], through last: Int = .max) -> Int? {
        let first = pattern[0].unicodeScalars.first!.value
        var offset = 0
        while offset <= min(last, text.count - pattern.count) {
            if firsts[offset] == first && text[offset..<(offset + pattern.count)].elementsEqual(pattern) { return offset }
            offset += 1
        }
        return nil
    }

    /// The dateline that opens `sentence`: a place in capitals or a Chinese place followed by
    /// a date, before the dash (or 电) that ends a dateline; nil when the sentence has none.
    public static func parse(_ sentence: String) -> Dateline? {
        // The dateline is the part before its closing mark, and short: a mark starting within 60
        // characters, so within the first 64. Searched character by character (Foundation's
        // range(of:) bridged the whole sentence at every call, and the standard library's
        // firstRange(of:) was as slow: together a fifth of an event brief's time).
        let window = Array(sentence.prefix(64))
        let firsts = window.map { $0.unicodeScalars.first!.value }
        guard let end = marks.compactMap({ find($0, in: window, firsts: firsts, through: 60) }).min() else { return nil }
        let head = String(window[..<end])
        // Every date below is written in ASCII digits.
        guard head.contains(where: { $0.isASCII && $0.isNumber }) else { return nil }
        // English: "July 4" (a place in capitals before it).
        let lowered = Array(head.lowercased())
        let lowerFirsts = lowered.map { $0.unicodeScalars.first!.value }
        for (number, pattern) in months {
            guard let start = find(pattern, in: lowered, firsts: lowerFirsts) else { continue }
            let digits = lowered[(start + pattern.count)...].prefix { $0.isASCII && $0.isNumber }
            if let day = Int(String(digits)), (1...31).contains(day), head.first?.isUppercase == true {
                return Dateline(month: number, day: day)
            }
        }
        // Chinese: "7月4日".
        if let monthMark = head.firstIndex(of: "月"), head.last == "日" || head.contains("日") {
            let month = Int(String(head[..<monthMark].reversed().prefix { $0.isASCII && $0.isNumber }.reversed()))
            let day = Int(String(head[head.index(after: monthMark)...].prefix { $0.isASCII && $0.isNumber }))
            if let month, let day, (1...12).contains(month), (1...31).contains(day) { return Dateline(month: month, day: day) }
        }
        // Vietnamese: "ngày 4/7".
        if let start = find(ngay, in: lowered, firsts: lowerFirsts) {
            let parts = lowered[(start + ngay.count)...].prefix { $0.isASCII && ($0.isNumber || $0 == "/") }.split(separator: "/")
            if parts.count >= 2, let day = Int(String(parts[0])), let month = Int(String(parts[1])), (1...12).contains(month), (1...31).contains(day) {
                return Dateline(month: month, day: day)
            }
        }
        return nil
    }
}
