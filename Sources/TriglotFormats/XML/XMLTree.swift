/// An element read whole by ``XMLEventReader``: its name as written, attributes, children and
/// where it starts. For files small enough to hold at once (glossaries); large ones are better
/// read event by event.
public struct XMLTree: XMLNamedElement, Sendable {
    /// One piece of an element's content.
    public enum Child: Sendable {
        /// A child element.
        case element(XMLTree)
        /// Character data between two tags.
        case text(String)
    }

    /// The qualified name as written (`tbx`, `xml:lang`-style prefixes kept).
    public let name: String
    /// The attributes in document order, values with references resolved.
    public let attributes: [(name: String, value: String)]
    /// Elements and text in document order.
    public private(set) var children: [Child]
    /// The 1-based line of the start tag.
    public let line: Int
    /// The 1-based column (in Unicode scalars) of the start tag.
    public let column: Int

    /// The root element of `bytes` (the contents of `file`), or the first problem with its line and column.
    public static func parse(_ bytes: [UInt8], file: String) throws(FormatError) -> XMLTree {
        var reader = try XMLEventReader(bytes: bytes, file: file)
        var open: [XMLTree] = []
        var root: XMLTree?
        while let event = try reader.next() {
            switch event {
            case let .start(tag):
                open.append(XMLTree(name: tag.name, attributes: tag.attributes, children: [], line: tag.line, column: tag.column))
            case let .text(text):
                open[open.count - 1].children.append(.text(text))
            case .end:
                let element = open.removeLast()
                if open.isEmpty { root = element } else { open[open.count - 1].children.append(.element(element)) }
            }
        }
        // The reader ends only after the root element has ended, or throws.
        guard let root else { throw reader.failure(at: bytes.count, "no root element: the file is empty or not XML") }
        return root
    }

    /// The child elements.
    public var elements: [XMLTree] {
        children.compactMap { if case let .element(element) = $0 { return element } else { return nil } }
    }

    /// The child elements called `localName`.
    public func elements(_ localName: String) -> [XMLTree] { elements.filter { $0.localName == localName } }

    /// The inline codes of TMX and TBX (TBX also has `sc` and `ec`): markup of the original
    /// document, not words.
    static let inlineCodes: Set<Substring> = ["bpt", "ept", "it", "ph", "ut", "sc", "ec"]

    /// The text content, descendants included, skipping the ``inlineCodes``.
    public var text: String {
        var result = ""
        for child in children {
            switch child {
            case let .text(text): result += text
            case let .element(element):
                if !Self.inlineCodes.contains(element.localName) { result += element.text }
            }
        }
        return result
    }
}
