/// How a name was matched to a glossary form: exactly, or only once diacritics were folded away.
/// Folding finds "Bui Thanh Son" for Bùi Thanh Sơn, but it also makes "Tần Cương" (Qin Gang) and
/// "Tân Cương" (Xinjiang) one key, so every match says which it was.
public enum MatchedBy: String, Sendable, Codable {
    /// The name and the form agree with diacritics kept; case, Vietnamese tone-mark placement,
    /// spacing, hyphens and simplified/traditional characters are still ignored.
    case exact
    /// The name and the form agree only with diacritics removed (and đ read as d).
    case folded
}
