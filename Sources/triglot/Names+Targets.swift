import ArgumentParser
import TriglotText

extension Triglot.Names {
    /// The languages asked for (--to), in order.
    func targets() throws -> [Language] {
        let codes = to.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let languages = codes.compactMap { Language(rawValue: $0) }
        guard !codes.isEmpty, languages.count == codes.count else {
            throw ValidationError("--to takes languages among en, zh, vi separated by commas (got '\(to)')")
        }
        return languages
    }
}
