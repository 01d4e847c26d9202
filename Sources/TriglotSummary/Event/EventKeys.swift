/// What a sentence says that any language writes the same way: the glossary concepts it names
/// and the numbers it gives (dates included: "4/7", "7月4日" and "July 4" all give 4 and 7).
/// Two sentences in different languages that share several of them tell the same fact.
struct EventKeys: Sendable {
    /// Concept ids, and numbers prefixed with "#".
    let keys: Set<String>

    init(text: String, concepts: Set<String>) {
        var keys = concepts
        // UTF-8 bytes: digits, commas and full stops are ASCII, and an ASCII byte is never part of
        // another character, so the bytes read as the characters do (and cost no decoding).
        let bytes = Array(text.utf8)
        func isDigit(_ at: Int) -> Bool { at < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[at]) }
        var at = 0
        while at < bytes.count {
            guard isDigit(at) else { at += 1; continue }
            var number: [UInt8] = []
            while isDigit(at) { number.append(bytes[at]); at += 1 }
            // Thousands separators inside a number are dropped: "1,500" = "1.500" = 1500.
            while at < bytes.count && (bytes[at] == UInt8(ascii: ",") || bytes[at] == UInt8(ascii: "."))
                    && isDigit(at + 1) && isDigit(at + 2) && isDigit(at + 3) && !isDigit(at + 4) {
                number.append(contentsOf: bytes[(at + 1)...(at + 3)])
                at += 4
            }
            let digits = number.drop { $0 == UInt8(ascii: "0") }
            keys.insert("#" + (digits.isEmpty ? "0" : String(decoding: digits, as: UTF8.self)))
        }
        self.keys = keys
    }

    /// How much two sentences' keys agree: shared keys over the smaller set (0 when they share
    /// fewer than two, since one shared number or name says little).
    func agreement(with other: EventKeys) -> Double {
        let shared = keys.intersection(other.keys).count
        guard shared >= 2 else { return 0 }
        return Double(shared) / Double(min(keys.count, other.keys.count))
    }

    /// ``agreement(with:)`` of two sentences' keys numbered once for a whole summary, each
    /// sorted: a merge instead of hashing strings, for the summary's every pair of sentences.
    static func agreement(_ a: [Int32], _ b: [Int32]) -> Double {
        guard a.count >= 2 && b.count >= 2 else { return 0 }
        var (i, j, shared) = (0, 0, 0)
        while i < a.count && j < b.count {
            if a[i] == b[j] { shared += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        guard shared >= 2 else { return 0 }
        return Double(shared) / Double(min(a.count, b.count))
    }
}
