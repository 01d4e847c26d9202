/// A start tag read by ``XMLEventReader``: the name, the attributes and where the tag starts.
public struct XMLStartTag: XMLNamedElement, Sendable {
    /// The qualified name as written (`tbx`, `xml:lang`-style prefixes kept).
    public let name: String
    /// The attributes in document order, values with references resolved and white space normalized.
    public let attributes: [(name: String, value: String)]
    /// The 0-based byte offset of the tag's `<`, for messages about the element.
    public let offset: Int
    /// The 1-based line of the tag's `<`.
    public let line: Int
    /// The 1-based column (in Unicode scalars) of the tag's `<`.
    public let column: Int
}
