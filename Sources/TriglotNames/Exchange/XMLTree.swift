/// An element read by ``SafeXMLReader``: its name as written, attributes, children and where it starts.
struct XMLTree: Sendable {
    /// One piece of an element's content.
    enum Child: Sendable {
        case element(XMLTree)
        case text(String)
    }

    /// The qualified name as written (`tbx`, `xml:lang`-style prefixes kept).
    let name: String
    /// The attributes in document order, values with references resolved.
    let attributes: [(name: String, value: String)]
    /// Elements and text in document order.
    var children: [Child]
    /// The 1-based line of the start tag.
    let line: Int
    /// The 1-based column (in Unicode scalars) of the start tag.
    let column: Int

    /// The name without a namespace prefix, so `tbx:termSec` and `termSec` read alike.
    var localName: Substring { name.split(separator: ":").last ?? Substring(name) }

    /// The value of attribute `name`, if present.
    func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }

    /// The language tag (`xml:lang`, or the bare `lang` of TMX 1.1 and some tools).
    var language: String? { attribute("xml:lang") ?? attribute("lang") }

    /// The child elements.
    var elements: [XMLTree] {
        children.compactMap { if case let .element(element) = $0 { return element } else { return nil } }
    }

    /// The child elements called `localName`.
    func elements(_ localName: String) -> [XMLTree] { elements.filter { $0.localName == localName } }

    /// The text content, descendants included, skipping the inline codes of TMX and TBX
    /// (`bpt`, `ept`, `it`, `ph`, `ut`), which hold markup of the original document, not words.
    var text: String {
        var result = ""
        for child in children {
            switch child {
            case let .text(text): result += text
            case let .element(element):
                if !["bpt", "ept", "it", "ph", "ut", "sc", "ec"].contains(element.localName) { result += element.text }
            }
        }
        return result
    }
}
