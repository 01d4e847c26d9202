/// What a start tag and an element read whole share: a name and attributes, and the lookups
/// every reader of TBX and TMX makes on them.
public protocol XMLNamedElement {
    /// The qualified name as written (`tbx`, `xml:lang`-style prefixes kept).
    var name: String { get }
    /// The attributes in document order, values with references resolved.
    var attributes: [(name: String, value: String)] { get }
}

extension XMLNamedElement {
    /// The name without a namespace prefix, so `tbx:termSec` and `termSec` read alike.
    public var localName: Substring { Self.localName(of: name) }

    /// `name` without a namespace prefix, for the name of an ``XMLEvent/end(name:)``.
    public static func localName(of name: String) -> Substring { name.split(separator: ":").last ?? Substring(name) }

    /// The value of attribute `name`, if present.
    public func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }

    /// The language tag (`xml:lang`, or the bare `lang` of TMX 1.1 and some tools).
    public var language: String? { attribute("xml:lang") ?? attribute("lang") }
}
