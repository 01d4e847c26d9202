import TriglotText

/// How ``NameFolder`` folds each scalar, tabulated so text can be folded one scalar at a time
/// without ICU: the scripts news text is written in are folded once, through the very functions
/// that fold glossary forms (MatchKey.loose, Unihan's simplified variants), so text and forms
/// cannot disagree. Other scalars are folded on demand by the same functions.
struct ScalarFolds: Sendable {
    /// What a scalar becomes.
    enum Fold: Equatable {
        /// The scalar itself, unchanged.
        case same
        /// A word separator (white space, dashes, dots between initials).
        case separator
        /// These bytes (none for the combining marks folding drops).
        case bytes([UInt8])
    }

    /// Per BMP scalar: 0 itself, 1 replaced by `lengths[s]` bytes of `pool` from `starts[s]`,
    /// 2 a separator, 3 not tabulated (fold on demand).
    let kinds: [UInt8]
    /// Where each scalar's replacement starts in `pool`.
    let starts: [UInt32]
    /// How many bytes each scalar's replacement has.
    let lengths: [UInt8]
    /// The replacement bytes, back to back.
    let pool: [UInt8]

    static let same: UInt8 = 0, replaced: UInt8 = 1, separator: UInt8 = 2, untabulated: UInt8 = 3

    static let shared = ScalarFolds()

    /// ASCII folded: lower case, 0 for separators.
    static let asciiFolds: [UInt8] = (0..<128).map { byte in
        switch byte {
        case 0x09...0x0D, 0x20, 0x2D, 0x2E: return 0
        case 0x41...0x5A: return UInt8(byte) | 0x20
        default: return UInt8(byte)
        }
    }


    private init() {
        var kinds = [UInt8](repeating: Self.untabulated, count: 0x10000)
        var starts = [UInt32](repeating: 0, count: 0x10000)
        var lengths = [UInt8](repeating: 0, count: 0x10000)
        var pool: [UInt8] = []
        for value in 0..<0x80 { kinds[value] = Self.same }
        for value in [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x2D, 0x2E] { kinds[value] = Self.separator }
        for value in 0x41...0x5A {
            kinds[value] = Self.replaced
            starts[value] = UInt32(pool.count)
            lengths[value] = 1
            pool.append(UInt8(value) | 0x20)
        }
        let tabulated: [ClosedRange<Int>] = [
            0x80...0x24F, 0x300...0x36F, 0x370...0x3FF, 0x400...0x4FF, 0x1E00...0x1EFF, 0x2000...0x206F,
            0x2E80...0x2FDF, 0x3000...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFE30...0xFE4F,
            0xFF00...0xFFEF,
        ]
        for range in tabulated {
            for value in range {
                guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
                // Unified ideographs fold to their simplified form only: no ICU call needed. The
                // compatibility ideographs take the full fold, whose normalization maps them to unified ones.
                let ideograph = scalar.isHanIdeograph && !scalar.isCompatibilityIdeograph
                let fold = ideograph ? (NameFolder.simplified[UInt32(value)].map { Fold.bytes(Array(String($0).utf8)) } ?? .same)
                    : Self.fold(scalar)
                switch fold {
                case .same: kinds[value] = Self.same
                case .separator: kinds[value] = Self.separator
                case let .bytes(bytes):
                    kinds[value] = Self.replaced
                    starts[value] = UInt32(pool.count)
                    lengths[value] = UInt8(bytes.count)
                    pool += bytes
                }
            }
        }
        self.kinds = kinds
        self.starts = starts
        self.lengths = lengths
        self.pool = pool
    }

    /// The fold of one scalar, worked out as NameFolder.key works out a whole name.
    static func fold(_ scalar: Unicode.Scalar) -> Fold {
        let source = NameFolder.simplified[scalar.value] ?? scalar
        var output: [UInt8] = []
        var separators = 0
        var others = 0
        for folded in MatchKey.loose(String(source)).unicodeScalars {
            if isSeparator(folded) {
                separators += 1
            } else {
                others += 1
                output += Array(String(folded).utf8)
            }
        }
        if separators > 0 && others == 0 { return .separator }
        if output == Array(String(scalar).utf8) { return .same }
        return .bytes(output)
    }

    /// The scalars NameFolder treats as word separators.
    static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar.properties.generalCategory == .dashPunctuation
            || scalar == "." || scalar == "·" || scalar == "・"
    }
}
