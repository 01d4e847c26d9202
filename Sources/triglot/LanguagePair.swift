import ArgumentParser
import Foundation
import TriglotText

/// The two languages `align --langs` names, checked as ISO 639 codes and against the texts.
struct LanguagePair {
    /// The codes as given, lower-cased ("de", "zh-hans"): what the output is tagged with.
    let source: String
    let target: String

    /// Parses "en,zh"; a code is an ISO 639 language, optionally with subtags ("de-CH", "zh-Hans").
    /// Messages name the value `option` (the option, or a JSON Lines field).
    init(parsing value: String, option: String = "--langs") throws(ValidationError) {
        let codes = value.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard codes.count == 2, codes.allSatisfy({ !$0.isEmpty }) else {
            throw ValidationError("\(option) takes two language codes separated by a comma, e.g. en,zh (got '\(value)')")
        }
        for code in codes where !Self.isLanguageCode(code) {
            throw ValidationError("\(option): '\(code)' is no ISO 639 language code (such as en, zh, vi, de, fr; a region or script may follow: de-CH, zh-Hans)")
        }
        source = codes[0]
        target = codes[1]
    }

    /// The language Triglot reads for `code`, or nil for another Latin-script language.
    static func language(_ code: String) -> Language? {
        Language(rawValue: String(code.prefix { $0 != "-" }))
    }

    /// Whether `code` is a known ISO 639 language, then subtags of 2 to 8 letters or digits.
    static func isLanguageCode(_ code: String) -> Bool {
        let subtags = code.split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = subtags.first, knownLanguages.contains(String(primary)) else { return false }
        return subtags.dropFirst().allSatisfy { (2...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }

    /// ISO 639 codes as ICU knows them: "xx" or "fr1" is a typo, not a language.
    private static let knownLanguages = Set(Locale.LanguageCode.isoLanguageCodes.map(\.identifier))

    /// Refuses a code that `text` plainly contradicts (the user swapped the files or mistyped a
    /// code): Chinese text named otherwise, a Chinese code on text without Chinese, or a
    /// Latin-script code other than vi on text in Vietnamese's own letters. A vi code on text
    /// read as English is let through: Vietnamese is often written without diacritics. Messages
    /// name the codes `option` and the texts `texts`.
    static func check(_ code: String, side: String, text: String, option: String = "--langs", texts: String = "the files") throws(ValidationError) {
        let detected = Language.detect(text)
        let named = language(code)
        let contradiction: Language?
        switch named {
        case .chinese: contradiction = detected.flatMap { $0 == .chinese ? nil : $0 }
        case .vietnamese: contradiction = detected == .chinese ? .chinese : nil
        case .english, nil:
            contradiction = detected == .chinese ? .chinese : Language.writesVietnameseLetters(text) ? .vietnamese : nil
        }
        if let contradiction {
            throw ValidationError("\(option) names the \(side) \(code), but it reads as \(name(contradiction)) (\(contradiction.code)); give the codes in the order of \(texts)")
        }
    }

    /// A language's English name, for messages.
    private static func name(_ language: Language) -> String {
        switch language {
        case .english: return "English"
        case .chinese: return "Chinese"
        case .vietnamese: return "Vietnamese"
        }
    }
}
