import TriglotText

/// Each language's stop words, from `Resources/stopwords/<code>.txt`.
enum StopWords {
    /// The stop words of `language`.
    static func of(_ language: Language) -> Set<String> {
        switch language {
        case .english: return english
        case .chinese: return chinese
        case .vietnamese: return vietnamese
        }
    }

    private static let english = parse(PackageResources.en_txt)
    private static let chinese = parse(PackageResources.zh_txt)
    private static let vietnamese = parse(PackageResources.vi_txt)

    /// One word per line; `#` starts a comment.
    static func parse(_ bytes: [UInt8]) -> Set<String> {
        var words = Set<String>()
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            let word = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
                .trimmingCharacters(in: .whitespaces)
            if !word.isEmpty { words.insert(word.lowercased().nfc) }
        }
        return words
    }
}

import Foundation
