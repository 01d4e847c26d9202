/// A search hit: the unit, the variant that matched and its match percentage.
public struct MemoryMatch: Sendable {
    /// The whole unit, with its translations.
    public var unit: TranslationUnit
    /// The variant the query was compared with.
    public var matched: Variant
    /// 0–100, see ``MatchScore``.
    public var percentage: Int
}
