import TriglotNames
import TriglotText

/// The parts every offline HTML page shares: escaping, the page shell with its inline style,
/// language tags, and a sentence written with its glossary names marked. One file, no script,
/// no external resource: it reads the same from a disk, a mail attachment or a server.
public enum HTMLPage {
    /// `text` safe as element content and as a quoted attribute value (`<`, `>`, `&`, `"`, `'`).
    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "&": escaped += "&amp;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }

    /// The BCP 47 tag of `language` for `lang` attributes: Chinese as simplified (zh-Hans), so
    /// browsers pick a font drawing the mainland forms.
    public static func tag(_ language: Language) -> String {
        language == .chinese ? "zh-Hans" : language.code
    }

    /// The tag of a document's language: its own tag ("de" for another Latin-script language).
    static func tag(_ document: Document) -> String {
        document.languageTag == Language.chinese.code ? tag(.chinese) : document.languageTag
    }

    /// The whole page: `body` inside a `<main>`, the page in `language`, titled `title`.
    static func page(title: String, language: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(escape(language))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>
        \(style)</style>
        </head>
        <body>
        <main>
        \(body)</main>
        </body>
        </html>

        """
    }

    /// The inline style: system fonts that cover Chinese and Vietnamese, sizes in `rem`/`em` so
    /// 200% zoom reflows, names' forms shown on hover and on keyboard focus, and the side-by-side
    /// table stacked into one column on a phone.
    static let style = """
        :root { color-scheme: light; }
        body { margin: 0; padding: 1rem; line-height: 1.7; color: #1a1a1a; background: #fff; overflow-wrap: anywhere;
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial,
            "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
        :lang(zh) { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
        :lang(vi) { font-family: "Noto Sans", "Segoe UI", Roboto, Arial, sans-serif; }
        main { max-width: 60rem; margin: 0 auto; }
        h1 { font-size: 1.5rem; line-height: 1.3; }
        .meta, .legend { color: #444; font-size: 0.95rem; }
        mark.chosen { background: #fff3b0; color: inherit; padding: 0.1em 0; box-shadow: inset 0.2em 0 0 #c99a00; }
        .caption { font-style: italic; color: #444; }
        .name { position: relative; text-decoration: underline; text-decoration-thickness: 0.08em; text-underline-offset: 0.2em; cursor: help; }
        .name:focus { outline: 2px solid #1558b0; outline-offset: 1px; }
        .forms { display: none; position: absolute; left: 0; top: 100%; z-index: 1; width: max-content; max-width: min(20rem, 80vw);
          padding: 0.25rem 0.5rem; border: 1px solid #888; background: #fff; color: #1a1a1a; font-size: 0.9rem;
          font-style: normal; text-decoration: none; line-height: 1.5; }
        .name:hover .forms, .name:focus .forms { display: block; }
        .forms span { display: block; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border: 1px solid #ccc; padding: 0.4rem 0.5rem; vertical-align: top; text-align: start; }
        thead th { background: #f2f2f2; }
        tr.chosen td { background: #fff3b0; }
        .pairs { list-style: none; margin: 0; padding: 0; font-size: 0.95rem; }
        .pairs li { margin: 0.1rem 0; }
        .known .tagword { color: #0b6b2e; font-weight: 600; }
        .proposed .tagword { color: #8a4b00; font-weight: 600; }
        .proposed .pair { text-decoration: underline dashed; }
        @media (max-width: 40rem) {
          body { padding: 0.5rem; }
          table, thead, tbody, tr, th, td { display: block; width: auto; }
          thead { position: absolute; left: -9999px; }
          tr { border: 1px solid #ccc; margin-bottom: 0.75rem; }
          th, td { border: none; }
          td[data-side]::before { content: attr(data-side); display: block; font-size: 0.8rem; color: #444; }
        }

        """

    /// A name of the glossary found in a text: where (Unicode scalar offsets of the text) and
    /// which concept.
    struct NameSpan {
        let range: Range<Int>
        let concept: Concept
    }

    /// The spans of `known` names (a names-in-text report's), in text order, overlaps dropped.
    static func spans(_ known: [NamesInTextWorkflow.Found]) -> [NameSpan] {
        var spans: [NameSpan] = []
        for found in known {
            guard let concept = found.concept else { continue }
            for occurrence in found.occurrences where occurrence.start < occurrence.end {
                spans.append(NameSpan(range: occurrence.start..<occurrence.end, concept: concept))
            }
        }
        spans.sort { ($0.range.lowerBound, $1.range.upperBound) < ($1.range.lowerBound, $0.range.upperBound) }
        var kept: [NameSpan] = []
        for span in spans where kept.last.map({ $0.range.upperBound <= span.range.lowerBound }) ?? true { kept.append(span) }
        return kept
    }

    /// A document's text as scalars, with each sentence's scalar range (nil for pre-split lines).
    struct ScalarText {
        let scalars: [Unicode.Scalar]
        let sentenceRanges: [Range<Int>?]

        init(_ document: Document) {
            scalars = Array(document.text.unicodeScalars)
            var cursor = ScalarOffsetCursor(document.text)
            sentenceRanges = document.sentences.map { sentence in
                sentence.utf8Range.map { cursor.scalarOffset(ofUTF8: $0.lowerBound)..<cursor.scalarOffset(ofUTF8: $0.upperBound) }
            }
        }
    }

    /// Sentence `index` of `document`, escaped, white space runs as one space, its glossary
    /// names (`spans`, sorted) marked with their three forms; `lang` on it when its language
    /// is not the document's.
    static func sentence(_ index: Int, of document: Document, in text: ScalarText, spans: [NameSpan]) -> String {
        let sentence = document.sentences[index]
        var html = ""
        if let range = text.sentenceRanges[index] {
            var position = range.lowerBound
            for span in spans where span.range.lowerBound >= range.lowerBound && span.range.upperBound <= range.upperBound {
                html += plain(text.scalars[position..<span.range.lowerBound])
                html += name(plain(text.scalars[span.range]), concept: span.concept)
                position = span.range.upperBound
            }
            html += plain(text.scalars[position..<range.upperBound])
        } else {
            html = plain(sentence.text.unicodeScalars[...])
        }
        if sentence.language != document.language && document.policy.forcedLanguage == nil {
            return "<span lang=\"\(tag(sentence.language))\">\(html)</span>"
        }
        return html
    }

    /// Escaped scalars, each run of white space one space (the page's lines stay short).
    private static func plain<S: Collection<Unicode.Scalar>>(_ scalars: S) -> String {
        var text = String.UnicodeScalarView()
        var inSpace = false
        for scalar in scalars {
            if scalar.properties.isWhitespace {
                if !inSpace { text.append(" ") }
                inSpace = true
            } else {
                text.append(scalar)
                inSpace = false
            }
        }
        return escape(String(text))
    }

    /// A glossary name (`shown`, escaped already): underlined, focusable, its forms in en, zh
    /// and vi in a box shown on hover and focus, and in `title` for a tooltip.
    private static func name(_ shown: String, concept: Concept) -> String {
        let forms = Language.allCases.map { language in (language, concept.form(in: language) ?? "—") }
        let title = forms.map { "\($0.0.code): \($0.1)" }.joined(separator: " · ")
        let boxes = forms.map { "<span lang=\"\(tag($0.0))\">\($0.0.code): \(escape($0.1))</span>" }.joined()
        return "<span class=\"name\" tabindex=\"0\" title=\"\(escape(title))\" data-concept=\"\(escape(concept.id))\">"
            + "\(shown)<span class=\"forms\">\(boxes)</span></span>"
    }
}
