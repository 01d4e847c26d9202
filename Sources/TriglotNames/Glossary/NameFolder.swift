import TriglotText

/// The key names are matched by: case, diacritics (đ → d), Vietnamese tone-mark placement,
/// traditional/simplified characters, hyphens and spacing folded away. "Hợp tác Mekong - Lan
/// Thương", "hop tac mekong-lan thuong" and "HỢP TÁC MEKONG – LAN THƯƠNG" share one key.
///
/// Traditional characters become simplified through Unihan's kSimplifiedVariant, character by
/// character (enough for names, and much cheaper to start than ICU's Hant-Hans transform).
public final class NameFolder: Sendable {
    public init() throws(TriglotTextError) {}

    /// Traditional → simplified scalars (Unihan kSimplifiedVariant), parsed on first use: the
    /// folder, the matcher and the reading tables (``SimplifiedForms``) read it. Read scalar by
    /// scalar: building a dictionary of Characters from split lines cost a fifth of `triglot names`' start-up.
    static let simplified: [UInt32: Unicode.Scalar] = {
        var map: [UInt32: Unicode.Scalar] = [:]
        map.reserveCapacity(7000)
        var lineStart = true, comment = false, field = 0
        var key: UInt32 = 0
        for scalar in EmbeddedText.simplified_variants.unicodeScalars {
            switch scalar {
            case "\n":
                lineStart = true; comment = false; field = 0
            case _ where comment:
                continue
            case "#" where lineStart:
                comment = true
            case "\t", " ":
                field += 1
                lineStart = false
            default:
                if lineStart { key = scalar.value; lineStart = false }
                // The first variant that differs from the character itself.
                else if field >= 1 && scalar.value != key && map[key] == nil { map[key] = scalar }
            }
        }
        return map
    }()

    /// The matching key of `name`.
    public func key(_ name: String) -> String {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return Self.asciiKey(name) }
        // Hyphens, dashes, dots between initials and spaces all separate words alike.
        return Self.words(MatchKey.loose(Self.simplify(name))) { scalar in
            scalar.properties.isWhitespace || scalar.properties.generalCategory == .dashPunctuation
                || scalar == "." || scalar == "·" || scalar == "・"
        }
    }

    /// The words of `text` joined by single spaces, split wherever `separates` says.
    private static func words(_ text: String, separatedBy separates: (Unicode.Scalar) -> Bool) -> String {
        var key = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if separates(scalar) {
                pendingSpace = !key.isEmpty
            } else {
                if pendingSpace { key.append(" ") }
                pendingSpace = false
                key.unicodeScalars.append(scalar)
            }
        }
        return key
    }

    /// The key a lone name is looked up by: ``key(_:)`` without its spaces, so spacing inside a
    /// name does not matter ("Viet Nam" = "Vietnam", "Hochiminh" = "Ho Chi Minh"). Only for
    /// whole names: in running text spaces are word boundaries, and NameMatcher keeps them.
    public func lookupKey(_ name: String) -> String {
        Self.compact(key(name))
    }

    /// The key of `name` with its diacritics kept: case, Vietnamese tone-mark placement,
    /// traditional/simplified characters and separators folded as ``key(_:)`` folds them, but
    /// "Tần Cương" and "Tân Cương" stay apart. Two concepts may share a ``key(_:)``, never an
    /// exact key.
    public func exactKey(_ name: String) -> String {
        Self.exactKey(name)
    }

    /// ``exactKey(_:)`` without its spaces, the exact counterpart of ``lookupKey(_:)``.
    public func exactLookupKey(_ name: String) -> String {
        Self.compact(Self.exactKey(name))
    }

    /// `text` with each traditional character written in its simplified form (會安 → 会安).
    static func simplify(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value >= 0x2E80 }) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(simplified[scalar.value] ?? scalar) }
        return String(scalars)
    }

    /// The exact key (see ``exactKey(_:)``); static so matchers can use it without a folder.
    static func exactKey(_ name: String) -> String {
        // ASCII has no diacritics: the exact key is the folded key.
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return asciiKey(name) }
        return words(MatchKey.strict(simplify(name)), separatedBy: ScalarFolds.isSeparator)
    }


    /// `key` without its spaces (keys have single spaces between words, none at the ends).
    static func compact(_ key: String) -> String {
        key.utf8.contains(0x20) ? String(decoding: key.utf8.lazy.filter { $0 != 0x20 }, as: UTF8.self) : key
    }

    /// The key of ASCII text, without ICU: lower case, runs of separators as one space.
    private static func asciiKey(_ name: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for byte in name.utf8 {
            if byte == 0x20 || byte == 0x2D || byte == 0x2E || (0x09...0x0D).contains(byte) {
                pendingSpace = !bytes.isEmpty
            } else {
                if pendingSpace { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
