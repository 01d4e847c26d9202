import TriglotText

/// Writes concepts as TBX: ISO 30042:2019 TBX-Basic (DCA style), or the TBX v2 `<martif>` form.
///
/// Mapping (read back by ``TBXReader``): the concept id is the entry's `id` (prefixed with `_`
/// when it starts with a digit, as XML ids must not); the kind is `<descrip type="subjectField">`;
/// the note is `<note>`; the source is `<admin type="source">`. Each language is a language
/// section (`en`, `zh-Hans`, `zh-Hant`, `vi`) whose terms carry `termType`: the main form is
/// `fullForm`, aliases are `abbreviation` (all-capital short forms such as LMC) or `variant`.
/// The traditional form is the only term of the `zh-Hant` section; Chinese aliases are in `zh-Hans`.
enum TBXWriter {
    /// Which TBX to write.
    enum Version {
        /// ISO 30042:2019, `<tbx>` root in namespace `urn:iso:std:iso:30042:ed-2`.
        case v3
        /// ISO 30042:2008, `<martif type="TBX">` root.
        case v2
    }

    /// The whole document.
    static func write(_ concepts: [Concept], version: Version, sources: [String]) -> String {
        let v3 = version == .v3
        let names = v3
            ? (entry: "conceptEntry", language: "langSec", term: "termSec")
            : (entry: "termEntry", language: "langSet", term: "tig")
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += v3
            ? "<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\">\n  <tbxHeader>\n"
            : "<martif type=\"TBX\" xml:lang=\"en\">\n  <martifHeader>\n"
        out += "    <fileDesc>\n"
        out += "      <titleStmt>\n        <title>Triglot glossary</title>\n      </titleStmt>\n"
        out += "      <sourceDesc>\n        <p>\(XMLText.escape(description(sources: sources)))</p>\n      </sourceDesc>\n"
        out += "    </fileDesc>\n"
        out += v3 ? "  </tbxHeader>\n" : "    <encodingDesc>\n      <p type=\"XCSURI\">TBXXCSV02.xcs</p>\n    </encodingDesc>\n  </martifHeader>\n"
        guard !concepts.isEmpty else {
            // Both versions require at least one entry in a body, so an empty glossary has none.
            return out + "  <text/>\n" + (v3 ? "</tbx>\n" : "</martif>\n")
        }
        out += "  <text>\n    <body>\n"
        for concept in concepts {
            out += "      <\(names.entry) id=\"\(XMLText.escape(xmlID(concept.id)))\">\n"
            out += "        <descrip type=\"subjectField\">\(concept.kind.rawValue)</descrip>\n"
            if let note = concept.note { out += "        <note>\(XMLText.escape(note))</note>\n" }
            if let source = concept.source { out += "        <admin type=\"source\">\(XMLText.escape(source))</admin>\n" }
            for (variety, terms) in ExchangeTerms.terms(of: concept) where !terms.isEmpty {
                out += "        <\(names.language) xml:lang=\"\(variety.tag)\">\n"
                for term in terms {
                    out += "          <\(names.term)>\n"
                    out += "            <term>\(XMLText.escape(term.text))</term>\n"
                    out += "            <termNote type=\"termType\">\(term.type)</termNote>\n"
                    out += "            <termNote type=\"partOfSpeech\">\(concept.kind == .title ? "noun" : "properNoun")</termNote>\n"
                    out += "          </\(names.term)>\n"
                }
                out += "        </\(names.language)>\n"
            }
            out += "      </\(names.entry)>\n"
        }
        return out + "    </body>\n  </text>\n" + (v3 ? "</tbx>\n" : "</martif>\n")
    }

    /// The id as an XML `ID` (an NCName): glossary ids may start with a digit, XML ids may not,
    /// and `_` never occurs in glossary ids, so the prefix is unambiguous to strip on import.
    static func xmlID(_ id: String) -> String {
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first) || ("A"..."Z").contains(first) else {
            return "_" + id
        }
        return id
    }

    /// The header's account of where the terms come from.
    static func description(sources: [String]) -> String {
        "Exported by Triglot from \(sources.isEmpty ? "an empty glossary" : sources.joined(separator: ", ")). "
            + "Concept kinds are given as subjectField; main forms have termType fullForm, other forms abbreviation or variant."
    }
}
