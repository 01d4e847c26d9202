extension Unicode.Scalar {
    /// Whether the scalar is a Han ideograph: the unified ideographs and their extensions (A to
    /// J and beyond, planes 2 and 3) and the compatibility ideographs. The one answer the modules
    /// build on; a use that needs more says so beside it (kana for text lengths, 々 and 〇 for
    /// ROUGE tokens).
    public var isHanIdeograph: Bool {
        switch value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: return true
        default: return false
        }
    }

    /// Whether the scalar is Japanese kana (hiragana or katakana), which CJK text measures count
    /// with Han.
    public var isKana: Bool { (0x3040...0x30FF).contains(value) }
}
