/// Exact keys (``NameFolder/exactKey(_:)``: case and tone placement folded, diacritics kept)
/// worked out once each. Matching a text against a glossary works out the exact keys of the
/// names found and of the glossary forms they fold to; a worker going through many texts meets
/// the same names again and again (an event brief of five reports spent three quarters of its
/// time on them). Not thread-safe: one per thread, as a worker's summarizer.
public final class ExactKeyCache {
    private var keys: [String: String] = [:]
    /// Past this many keys the cache starts again, so a long batch's memory stays bounded.
    private static let capacity = 100_000

    public init() {}

    /// The exact key of `text`, as ``NameFolder/exactKey(_:)`` gives it.
    public func key(_ text: String) -> String {
        if let known = keys[text] { return known }
        let key = NameFolder.exactKey(text)
        if keys.count >= Self.capacity { keys.removeAll(keepingCapacity: true) }
        keys[text] = key
        return key
    }
}
