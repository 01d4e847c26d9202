import TriglotText

/// Splits text into ROUGE tokens the way ../shared/data/README.md prescribes, so that scores
/// from different runs and sessions compare.
///
/// English reproduces rouge-score's default tokenizer with `use_stemmer=True`; Vietnamese gives
/// lowercase NFC syllables; Chinese gives one token per Han character plus lowercase runs of
/// letters and digits.
public struct RougeTokenizer: Sendable {
    /// The language whose rules apply.
    public let language: Language

    private let stemmer = PorterStemmer(mode: .nltkExtensions)

    /// A tokenizer for `language`.
    public init(language: Language) {
        self.language = language
    }

    /// The tokens of `text`, in order.
    public func tokens(_ text: String) -> [String] {
        switch language {
        case .english: return englishTokens(text)
        case .vietnamese: return runTokens(text, splittingHan: false)
        case .chinese: return runTokens(text, splittingHan: true)
        }
    }

    // rouge-score: Python's str.lower(), every run outside [a-z0-9] becomes a space, split, and
    // Porter-stem tokens longer than 3 characters.
    private func englishTokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current: [UInt8] = []
        func flush() {
            guard !current.isEmpty else { return }
            let bytes = current.count > 3 ? stemmer.stem(ascii: current) : current
            tokens.append(String(decoding: bytes, as: UTF8.self))
            current.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x61...0x7A, 0x30...0x39:
                current.append(UInt8(scalar.value))
            case 0x41...0x5A:
                current.append(UInt8(scalar.value + 32))
            // The only non-ASCII characters whose Python lowercase contains [a-z0-9]: "İ" lowers
            // to "i" plus a combining dot (which then separates), the Kelvin sign to "k".
            case 0x130:
                current.append(UInt8(ascii: "i"))
                flush()
            case 0x212A:
                current.append(UInt8(ascii: "k"))
            default:
                flush()
            }
        }
        flush()
        return tokens
    }

    // Vietnamese and Chinese: lowercase, NFC, then maximal runs of letters, marks and digits;
    // whitespace, punctuation and symbols only separate. Chinese cuts every Han character out
    // as its own token, since Chinese text has no spaces between words.
    private func runTokens(_ text: String, splittingHan: Bool) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            guard !current.isEmpty else { return }
            tokens.append(String(current))
            current = String.UnicodeScalarView()
        }
        for scalar in text.lowercased().nfc.unicodeScalars {
            if splittingHan && Self.isHanIdeographOrMark(scalar) {
                flush()
                current.append(scalar)
                flush()
            } else if let folded = Self.foldedFullwidth(scalar) {
                current.append(folded)
            } else if Self.isWordScalar(scalar) {
                current.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        return tokens
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) || (0x41...0x5A).contains(v)
        }
        let p = scalar.properties
        switch p.generalCategory {
        case .lowercaseLetter, .uppercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    // Chinese text mixes fullwidth and ASCII digits and letters for the same number or name.
    private static func foldedFullwidth(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0xFF10...0xFF19, 0xFF41...0xFF5A: return Unicode.Scalar(scalar.value - 0xFEE0)
        default: return nil
        }
    }

    /// Han ideographs (unified, extensions, compatibility) and the Han marks 々 and 〇.
    static func isHanIdeographOrMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3005, 0x3007, 0x3021...0x3029, 0x3038...0x303B: return true  // 々 〇 and the Hangzhou numerals
        default: return scalar.isHanIdeograph
        }
    }
}
