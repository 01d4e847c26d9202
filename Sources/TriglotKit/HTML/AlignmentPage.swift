import Foundation
import TriglotAlign
import TriglotText

/// An alignment as one offline HTML page: a side-by-side table, one row per bead (its shape and
/// score, each side's sentences in their language, glossary names underlined with their three
/// forms), and the bead's name pairs, known (glossary) and proposed (a rule, with its score)
/// marked apart in words, not by colour alone. On a phone the table stacks into one column.
public struct AlignmentPage {
    private let alignment: AlignWorkflow.Alignment
    private let names: (source: String, target: String)
    private let spans: (source: [HTMLPage.NameSpan], target: [HTMLPage.NameSpan])

    /// The page of `alignment` (its pairs listed per bead), made from the files shown as
    /// `names`, the glossary names of `sourceNames` and `targetNames` (names-in-text reports of
    /// the two documents) marked.
    public init(alignment: AlignWorkflow.Alignment, names: (source: String, target: String),
                sourceNames: NamesInTextWorkflow.Report? = nil, targetNames: NamesInTextWorkflow.Report? = nil) {
        self.alignment = alignment
        self.names = names
        self.spans = (HTMLPage.spans(sourceNames?.known ?? []), HTMLPage.spans(targetNames?.known ?? []))
    }

    /// The page, a complete HTML5 document.
    public func html() -> String {
        let source = alignment.sourceDocument, target = alignment.targetDocument
        let texts = (HTMLPage.ScalarText(source), HTMLPage.ScalarText(target))
        let tags = (HTMLPage.tag(source), HTMLPage.tag(target))
        let sides = (HTMLPage.escape("\(names.source) (\(tags.0))"), HTMLPage.escape("\(names.target) (\(tags.1))"))
        var pairsByBead: [Int: [NamePair]] = [:]
        for pair in alignment.pairs {
            for bead in pair.beads { pairsByBead[bead, default: []].append(pair) }
        }
        var body = "<header>\n<h1>Alignment: \(HTMLPage.escape(names.source)) ↔ \(HTMLPage.escape(names.target))</h1>\n"
        body += "<p class=\"meta\">\(alignment.beads.count) beads · \(alignment.pairs.filter(\.isKnown).count) known name pairs · "
            + "\(alignment.pairs.filter { !$0.isKnown }.count) proposed</p>\n"
        body += "<p class=\"legend\"><span class=\"name\">Underlined</span>: glossary names (hover or focus for their English, "
            + "Chinese and Vietnamese forms). Name pairs: <span class=\"tagword\">known</span> from the glossary, "
            + "<span class=\"tagword\">proposed</span> by a rule, with its score.</p>\n</header>\n"
        body += "<table>\n<thead><tr><th scope=\"col\">Bead</th><th scope=\"col\">\(sides.0)</th>"
            + "<th scope=\"col\">\(sides.1)</th><th scope=\"col\">Names</th></tr></thead>\n<tbody>\n"
        for (index, bead) in alignment.beads.enumerated() {
            let left = bead.source.map { HTMLPage.sentence($0, of: source, in: texts.0, spans: spans.source) }.joined(separator: " ")
            let right = bead.target.map { HTMLPage.sentence($0, of: target, in: texts.1, spans: spans.target) }.joined(separator: " ")
            body += "<tr id=\"b\(index)\"><th scope=\"row\">\(index) <span class=\"meta\">\(bead.kind) · "
                + String(format: "%.2f", bead.score) + "</span></th>"
                + "<td lang=\"\(tags.0)\" data-side=\"\(sides.0)\">\(left)</td>"
                + "<td lang=\"\(tags.1)\" data-side=\"\(sides.1)\">\(right)</td>"
                + "<td data-side=\"Names\">\(Self.pairs(pairsByBead[index] ?? [], tags: tags))</td></tr>\n"
        }
        body += "</tbody>\n</table>\n"
        return HTMLPage.page(title: "Alignment: \(names.source) ↔ \(names.target)", language: "en", body: body)
    }

    /// A bead's name pairs as a list, known ones first (the order the aligner gives).
    private static func pairs(_ pairs: [NamePair], tags: (String, String)) -> String {
        guard !pairs.isEmpty else { return "" }
        let items = pairs.map { pair -> String in
            let names = "<span class=\"pair\"><span lang=\"\(tags.0)\">\(HTMLPage.escape(pair.source))</span> ↔ "
                + "<span lang=\"\(tags.1)\">\(HTMLPage.escape(pair.target))</span></span>"
            if pair.isKnown {
                return "<li class=\"known\" data-concept=\"\(HTMLPage.escape(pair.conceptID ?? ""))\">"
                    + "<span class=\"tagword\">known</span> \(names)</li>"
            }
            return "<li class=\"proposed\"><span class=\"tagword\">proposed</span> \(names) "
                + "<span class=\"meta\">(\(HTMLPage.escape(pair.rule.rawValue)) " + String(format: "%.2f", pair.score) + ")</span></li>"
        }
        return "<ul class=\"pairs\">" + items.joined() + "</ul>"
    }
}
