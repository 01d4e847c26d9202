/// What a sentence is in its article, which decides whether it may be chosen.
public enum SentenceRole: String, Sendable, Codable {
    /// Running text: may be chosen.
    case body
    /// A headline line at the top: used as the title, never chosen.
    case title
    /// A photo caption or credit paragraph ("… (Xinhua/Zhang Dongqiang)"): never chosen.
    case caption
}
