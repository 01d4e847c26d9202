import TriglotText

/// Writes concepts as a TMX 1.4b translation memory, one `<tu>` per concept.
///
/// Mapping (read back by ``TMXReader``): `tuid` is the concept id; `<prop type="x-kind">` the
/// kind, `<prop type="x-source">` the source, `<note>` the note. Each main form is a `<tuv>`
/// (`en`, `zh-Hans`, `zh-Hant` for the traditional form, `vi`); each alias is a further `<tuv>`
/// in its language marked `<prop type="x-alias">yes</prop>`, after all main forms, so tools that
/// take the first `<tuv>` of a language get the main form and aliases still round-trip.
enum TMXWriter {
    /// The whole document.
    static func write(_ concepts: [Concept], toolVersion: String, sources: [String]) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"
        out += "  <header creationtool=\"Triglot\" creationtoolversion=\"\(XMLText.escape(toolVersion))\" segtype=\"phrase\""
        out += " o-tmf=\"Triglot glossary\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\">\n"
        out += "    <note>\(XMLText.escape(TBXWriter.description(sources: sources)))</note>\n"
        out += "  </header>\n  <body>\n"
        for concept in concepts {
            let terms = ExchangeTerms.terms(of: concept)
            let mains = terms.compactMap { variety, list in list.first(where: \.isMain).map { (variety, $0.text) } }
            let aliases = terms.flatMap { variety, list in list.filter { !$0.isMain }.map { (variety, $0.text) } }
            guard !mains.isEmpty || !aliases.isEmpty else { continue }
            // A unit without English names its own source language, as the header's is English.
            let sourceLanguage = (mains.first ?? aliases.first).map { $0.0.tag } ?? "en"
            out += "    <tu tuid=\"\(XMLText.escape(concept.id))\""
            out += sourceLanguage == "en" ? ">\n" : " srclang=\"\(sourceLanguage)\">\n"
            out += "      <prop type=\"x-kind\">\(concept.kind.rawValue)</prop>\n"
            if let source = concept.source { out += "      <prop type=\"x-source\">\(XMLText.escape(source))</prop>\n" }
            if let note = concept.note { out += "      <note>\(XMLText.escape(note))</note>\n" }
            for (variety, text) in mains {
                out += "      <tuv xml:lang=\"\(variety.tag)\">\n        <seg>\(XMLText.escape(text))</seg>\n      </tuv>\n"
            }
            for (variety, text) in aliases {
                out += "      <tuv xml:lang=\"\(variety.tag)\">\n        <prop type=\"x-alias\">yes</prop>\n"
                out += "        <seg>\(XMLText.escape(text))</seg>\n      </tuv>\n"
            }
            out += "    </tu>\n"
        }
        return out + "  </body>\n</tmx>\n"
    }
}
