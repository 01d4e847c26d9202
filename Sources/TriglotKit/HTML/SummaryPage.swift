import TriglotSummary
import TriglotText

/// A summary as one offline HTML page: the whole article, paragraph by paragraph, its chosen
/// sentences shaded (`<mark class="chosen">`), every glossary name underlined with its forms in
/// English, Chinese and Vietnamese on hover and keyboard focus.
public struct SummaryPage {
    private let summary: Summary
    private let name: String
    private let spans: [HTMLPage.NameSpan]

    /// The page of `summary`, read from the file shown as `name`, with the glossary names of
    /// `names` (a names-in-text report of the same document) marked.
    public init(summary: Summary, name: String, names: NamesInTextWorkflow.Report? = nil) {
        self.summary = summary
        self.name = name
        self.spans = HTMLPage.spans(names?.known ?? [])
    }

    /// The page, a complete HTML5 document.
    public func html() -> String {
        let document = summary.document
        let text = HTMLPage.ScalarText(document)
        let chosen = Set(summary.selected.map(\.index))
        func sentence(_ index: Int) -> String {
            let html = HTMLPage.sentence(index, of: document, in: text, spans: spans)
            return chosen.contains(index) ? "<mark class=\"chosen\" id=\"s\(index)\">\(html)</mark>" : html
        }
        // Sentences grouped by paragraph, in order; a headline is the page's heading.
        let lang = HTMLPage.tag(document)
        var heading = "<h1>\(HTMLPage.escape(document.title ?? name))</h1>"
        var article = ""
        var paragraph: [Int] = []
        func close() {
            guard let first = paragraph.first else { return }
            let inner = paragraph.map(sentence).joined(separator: " ")
            switch document.sentences[first].role {
            case .title: heading = "<h1 lang=\"\(lang)\">\(inner)</h1>"
            case .caption: article += "<p class=\"caption\">\(inner)</p>\n"
            case .body: article += "<p>\(inner)</p>\n"
            }
            paragraph = []
        }
        for (index, current) in document.sentences.enumerated() {
            if let last = paragraph.last {
                let previous = document.sentences[last]
                if previous.paragraph != current.paragraph || previous.role != current.role { close() }
            }
            paragraph.append(index)
        }
        close()
        let body = "<header>\n\(heading)\n"
            + "<p class=\"meta\">\(HTMLPage.escape(name)) · method \(HTMLPage.escape(summary.method)) · "
            + "\(summary.selected.count) of \(document.sentences.count) sentences chosen</p>\n"
            + "<p class=\"legend\"><mark class=\"chosen\">Shaded</mark>: the summary's sentences. "
            + "<span class=\"name\">Underlined</span>: glossary names (hover or focus for their English, Chinese and Vietnamese forms).</p>\n"
            + "</header>\n<article lang=\"\(lang)\">\n\(article)</article>\n"
        let title = "Summary: " + (document.title.map { $0.collapsingWhitespace } ?? name)
        return HTMLPage.page(title: title, language: HTMLPage.tag(document), body: body)
    }
}
