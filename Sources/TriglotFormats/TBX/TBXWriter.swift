/// Writes a ``TBXDocument``: the one TBX writer of Triglot. Every text and attribute is escaped.
public enum TBXWriter {
    /// The whole document.
    public static func write(_ document: TBXDocument) -> String {
        let escape = XMLText.escape
        let v3 = document.version == .v3
        let names = v3
            ? (entry: "conceptEntry", language: "langSec", term: "termSec")
            : (entry: "termEntry", language: "langSet", term: "tig")
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += v3
            ? "<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\">\n  <tbxHeader>\n"
            : "<martif type=\"TBX\" xml:lang=\"en\">\n  <martifHeader>\n"
        out += "    <fileDesc>\n"
        out += "      <titleStmt>\n        <title>\(escape(document.title))</title>\n      </titleStmt>\n"
        out += "      <sourceDesc>\n        <p>\(escape(document.sourceDescription))</p>\n      </sourceDesc>\n"
        out += "    </fileDesc>\n"
        out += v3 ? "  </tbxHeader>\n" : "    <encodingDesc>\n      <p type=\"XCSURI\">TBXXCSV02.xcs</p>\n    </encodingDesc>\n  </martifHeader>\n"
        guard !document.entries.isEmpty else {
            // Both versions require at least one entry in a body, so an empty termbase has none.
            return out + "  <text/>\n" + (v3 ? "</tbx>\n" : "</martif>\n")
        }
        out += "  <text>\n    <body>\n"
        for entry in document.entries {
            out += "      <\(names.entry)" + (entry.id.map { " id=\"\(escape($0))\"" } ?? "") + ">\n"
            out += entry.descriptions.map { "        <descrip type=\"\(escape($0.type))\">\(escape($0.value))</descrip>\n" }.joined()
            out += entry.notes.map { "        <note>\(escape($0))</note>\n" }.joined()
            out += entry.admins.map { "        <admin type=\"\(escape($0.type))\">\(escape($0.value))</admin>\n" }.joined()
            for section in entry.languages where !section.terms.isEmpty {
                out += "        <\(names.language) xml:lang=\"\(escape(section.language))\">\n"
                for term in section.terms {
                    out += "          <\(names.term)>\n"
                    out += "            <term>\(escape(term.text))</term>\n"
                    out += term.notes.map { "            <termNote type=\"\(escape($0.type))\">\(escape($0.value))</termNote>\n" }.joined()
                    out += "          </\(names.term)>\n"
                }
                out += "        </\(names.language)>\n"
            }
            out += "      </\(names.entry)>\n"
        }
        return out + "    </body>\n  </text>\n" + (v3 ? "</tbx>\n" : "</martif>\n")
    }
}
