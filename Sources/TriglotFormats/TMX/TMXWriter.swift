/// Writes a ``TMXDocument`` as TMX 1.4b: the one TMX writer of Triglot (alignments, memory and
/// glossary exports). Every attribute and text is escaped; each `<tuv>` takes three lines.
public enum TMXWriter {
    /// The whole document.
    public static func write(_ document: TMXDocument) -> String {
        let escape = XMLText.escape
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"
        out += "  <header creationtool=\"Triglot\" creationtoolversion=\"\(escape(document.toolVersion))\""
        out += " segtype=\"\(escape(document.segmentType))\" o-tmf=\"\(escape(document.originalFormat))\""
        out += " adminlang=\"en\" srclang=\"\(escape(document.sourceLanguage))\" datatype=\"plaintext\""
        if document.notes.isEmpty {
            out += "/>\n"
        } else {
            out += ">\n" + document.notes.map { "    <note>\(escape($0))</note>\n" }.joined() + "  </header>\n"
        }
        out += "  <body>\n"
        for unit in document.units {
            out += "    <tu"
            if let id = unit.id { out += " tuid=\"\(escape(id))\"" }
            if let date = unit.creationDate { out += " creationdate=\"\(escape(date))\"" }
            if let language = unit.sourceLanguage { out += " srclang=\"\(escape(language))\"" }
            out += ">\n"
            out += properties(unit.properties, indent: "      ")
            out += unit.notes.map { "      <note>\(escape($0))</note>\n" }.joined()
            for variant in unit.variants {
                out += "      <tuv xml:lang=\"\(escape(variant.language))\">\n"
                out += properties(variant.properties, indent: "        ")
                out += "        <seg>\(escape(variant.text))</seg>\n      </tuv>\n"
            }
            out += "    </tu>\n"
        }
        return out + "  </body>\n</tmx>\n"
    }

    private static func properties(_ properties: [TMXProperty], indent: String) -> String {
        properties.map { "\(indent)<prop type=\"\(XMLText.escape($0.type))\">\(XMLText.escape($0.value))</prop>\n" }.joined()
    }
}
