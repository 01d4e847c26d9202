/// One thing ``XMLEventReader`` reads, in document order.
public enum XMLEvent: Sendable {
    /// A start tag; a self-closing `<a/>` is a start followed by an end.
    case start(XMLStartTag)
    /// The end of the element most recently started and not yet ended, by its name as written.
    case end(name: String)
    /// Character data between two tags: references resolved, CDATA sections included, comments
    /// and processing instructions left out, line ends normalized to `\n`. Never empty.
    case text(String)
}
