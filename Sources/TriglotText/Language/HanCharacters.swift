extension Unicode.Scalar {
    /// Whether the scalar is a Han ideograph: the unified ideographs and their extensions (A to
    /// J and beyond, planes 2 and 3) and the compatibility ideographs. The one answer the modules
    /// build on; a use that needs more says so beside it (kana for text lengths, 々 and 〇 for
    /// ROUGE tokens).
    public var isHanIdeograph: Bool { Self.isHanIdeograph(value) }

    /// Whether the scalar is Japanese kana (hiragana or katakana), which CJK text measures count
    /// with Han.
    public var isKana: Bool { Self.isKana(value) }

    /// ``isHanIdeograph`` on a raw scalar value, for hot paths that decode UTF-8 themselves.
    @inline(__always)
    package static func isHanIdeograph(_ value: UInt32) -> Bool {
        switch value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: return true
        default: return false
        }
    }

    /// ``isKana`` on a raw scalar value.
    @inline(__always)
    package static func isKana(_ value: UInt32) -> Bool { (0x3040...0x30FF).contains(value) }

    /// Whether a Han ideograph is a compatibility ideograph (U+F900–U+FAFF, U+2F800–U+2FA1F):
    /// a duplicate that Unicode normalization maps to a unified ideograph, unlike the rest.
    package var isCompatibilityIdeograph: Bool {
        switch value {
        case 0xF900...0xFAFF, 0x2F800...0x2FA1F: return true
        default: return false
        }
    }
}
