/// Reads a TMX file (1.1 to 1.4b) into a ``TMXDocument``, safely: the one TMX reader of
/// Triglot (memory and glossary imports).
///
/// The XML is read event by event with ``XMLEventReader``, which never loads a DTD, refuses
/// entity declarations and unknown entities, and reports truncation and bad characters; no tree
/// of the whole file is built, so a TMX of a million units costs the units' memory and no more.
/// Inside `<seg>`, the content of `<bpt>`, `<ept>`, `<it>`, `<ph>` and `<ut>` is native markup
/// and is dropped; the text of `<hi>` and `<sub>` is kept. Each `<seg>` is one ``TMXVariant``.
public enum TMXReader {
    /// A `<tuv>` being read: its language, properties, segments and position (properties may
    /// follow the segment, so variants are made at the end of the `<tuv>`).
    private struct OpenVariant {
        let language: String
        var properties: [TMXProperty] = []
        var segments: [String] = []
        let line: Int
        let column: Int
    }

    /// The document in `bytes`, the contents of `file` (the name used in messages), or the first
    /// problem with its line and column.
    public static func read(_ bytes: [UInt8], file: String) throws(FormatError) -> TMXDocument {
        var reader = try XMLEventReader(bytes: bytes, file: file)
        var document = TMXDocument(sourceLanguage: "", segmentType: "", originalFormat: "", toolVersion: "")
        var unit: TMXUnit?
        var variant: OpenVariant?
        var segment: String?
        /// A `<prop>` or `<note>` being read: which, its type, its text so far.
        var captured: (element: Substring, type: String, text: String)?
        var inHeader = false
        /// How deep inside an element whose content is skipped (inline codes).
        var skipDepth = 0
        var isRoot = true
        while let event = try reader.next() {
            switch event {
            case let .text(text):
                guard skipDepth == 0 else { continue }
                if segment != nil { segment! += text } else if captured != nil { captured!.text += text }
            case let .start(tag):
                if isRoot {
                    guard tag.localName == "tmx" else {
                        throw reader.failure(at: tag.offset, "expected a TMX document (root <tmx>), found <\(tag.name)>")
                    }
                    isRoot = false
                    continue
                }
                if skipDepth > 0 { skipDepth += 1; continue }
                switch tag.localName {
                case "header":
                    inHeader = true
                    document.sourceLanguage = tag.attribute("srclang") ?? ""
                    document.segmentType = tag.attribute("segtype") ?? ""
                    document.originalFormat = tag.attribute("o-tmf") ?? ""
                    document.toolVersion = tag.attribute("creationtoolversion") ?? ""
                case "tu":
                    guard unit == nil else { throw reader.failure(at: tag.offset, "<tu> inside <tu>") }
                    unit = TMXUnit(id: tag.attribute("tuid"), creationDate: tag.attribute("creationdate"),
                                   sourceLanguage: tag.attribute("srclang"))
                    unit!.line = tag.line
                    unit!.column = tag.column
                case "tuv":
                    guard unit != nil else { throw reader.failure(at: tag.offset, "<tuv> outside <tu>") }
                    guard let language = tag.language, !language.isEmpty else {
                        throw reader.failure(at: tag.offset, "<tuv> has no xml:lang; add the language, e.g. xml:lang=\"en\"")
                    }
                    variant = OpenVariant(language: language, line: tag.line, column: tag.column)
                case "seg":
                    guard variant != nil else { throw reader.failure(at: tag.offset, "<seg> outside <tuv>") }
                    segment = ""
                case "prop", "note":
                    if segment != nil { skipDepth = 1 } else { captured = (tag.localName, tag.attribute("type") ?? "", "") }
                case "bpt", "ept", "it", "ph", "ut":
                    if segment != nil { skipDepth = 1 }
                default: break
                }
            case let .end(name):
                if skipDepth > 0 { skipDepth -= 1; continue }
                switch XMLStartTag.localName(of: name) {
                case "header": inHeader = false
                case "tu":
                    if let finished = unit { document.units.append(finished) }
                    unit = nil
                case "tuv":
                    if let open = variant {
                        for text in open.segments {
                            var read = TMXVariant(language: open.language, text: text, properties: open.properties)
                            (read.line, read.column) = (open.line, open.column)
                            unit?.variants.append(read)
                        }
                    }
                    variant = nil
                case "seg":
                    if let text = segment { variant?.segments.append(text) }
                    segment = nil
                case "prop", "note":
                    guard let (element, type, text) = captured else { continue }
                    captured = nil
                    if element == "prop" {
                        if variant != nil { variant!.properties.append(TMXProperty(type: type, value: text)) }
                        else if unit != nil { unit!.properties.append(TMXProperty(type: type, value: text)) }
                    } else if variant == nil {
                        if unit != nil { unit!.notes.append(text) } else if inHeader { document.notes.append(text) }
                    }
                default: break
                }
            }
        }
        return document
    }
}
