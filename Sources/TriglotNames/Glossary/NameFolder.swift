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
    /// folder and the matcher read it, the reading tables make their Character view of it from
    /// it. Read scalar by scalar: building a dictionary of Characters from split lines cost a
    /// fifth of `triglot names`' start-up.
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
        var text = name
        if text.unicodeScalars.contains(where: { $0.value >= 0x2E80 }) {
            var mapped = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                mapped.append(Self.simplified[scalar.value] ?? scalar)
            }
            text = String(mapped)
        }
        var key = ""
        var pendingSpace = false
        for scalar in MatchKey.loose(text).unicodeScalars {
            // Hyphens, dashes, dots between initials and spaces all separate words alike.
            let separates = scalar.properties.isWhitespace || scalar.properties.generalCategory == .dashPunctuation
                || scalar == "." || scalar == "·" || scalar == "・"
            if separates {
                pendingSpace = !key.isEmpty
            } else {
                if pendingSpace { key.append(" ") }
                pendingSpace = false
                key.unicodeScalars.append(scalar)
            }
        }
        return key
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
