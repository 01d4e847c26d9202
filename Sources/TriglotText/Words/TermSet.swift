/// Multi-unit terms (names from a glossary: "裴青山", "Bùi Thanh Sơn") that word segmentation
/// keeps as one token. Terms match exactly, after NFC; a Latin-script term must begin and end
/// on token boundaries, while a Chinese one may cut through ICU's dictionary words.
public struct TermSet: Sendable {
    // A byte trie: node index → (byte → child index); `terminal` marks where a term ends.
    private var children: [[UInt8: Int32]] = [[:]]
    private var terminal: [Bool] = [false]

    /// The number of distinct terms.
    public private(set) var count = 0

    /// An empty set.
    public init() {}

    /// A set holding `terms`.
    public init<Terms: Sequence>(_ terms: Terms) where Terms.Element == String {
        for term in terms { insert(term) }
    }

    /// Whether no term was added.
    public var isEmpty: Bool { count == 0 }

    /// Adds `term` (ignored when empty or only white space).
    public mutating func insert(_ term: String) {
        let bytes = Array(term.nfc.utf8)
        guard bytes.contains(where: { $0 > 0x20 }) else { return }
        var node = 0
        for byte in bytes {
            if let next = children[node][byte] {
                node = Int(next)
            } else {
                children.append([:])
                terminal.append(false)
                children[node][byte] = Int32(children.count - 1)
                node = children.count - 1
            }
        }
        if !terminal[node] {
            terminal[node] = true
            count += 1
        }
    }

    /// The ends of every term that starts at `start` of `utf8`, shortest first.
    func matchEnds(in utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> [Int] {
        var ends: [Int] = []
        var node = 0
        var index = start
        while index < utf8.count, let next = children[node][utf8[index]] {
            node = Int(next)
            index += 1
            if terminal[node] { ends.append(index) }
        }
        return ends
    }
}
