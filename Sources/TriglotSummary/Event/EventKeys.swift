/// What a sentence says that any language writes the same way: the glossary concepts it names
/// and the numbers it gives (dates included: "4/7", "7月4日" and "July 4" all give 4 and 7).
/// Two sentences in different languages that share several of them tell the same fact.
struct EventKeys: Sendable {
    /// Concept ids, and numbers prefixed with "#".
    let keys: Set<String>

    init(text: String, concepts: Set<String>) {
        var keys = concepts
        let scalars = Array(text.unicodeScalars)
        func isDigit(_ at: Int) -> Bool { at < scalars.count && ("0"..."9").contains(scalars[at]) }
        var at = 0
        while at < scalars.count {
            guard isDigit(at) else { at += 1; continue }
            var number = String.UnicodeScalarView()
            while isDigit(at) { number.append(scalars[at]); at += 1 }
            // Thousands separators inside a number are dropped: "1,500" = "1.500" = 1500.
            while at < scalars.count && (scalars[at] == "," || scalars[at] == ".")
                    && isDigit(at + 1) && isDigit(at + 2) && isDigit(at + 3) && !isDigit(at + 4) {
                number.append(contentsOf: scalars[(at + 1)...(at + 3)])
                at += 4
            }
            let digits = String(number).drop { $0 == "0" }
            keys.insert("#" + (digits.isEmpty ? "0" : String(digits)))
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
}
