import Foundation
import TriglotKit
import TriglotNames
import TriglotSummary
import TriglotText

extension Triglot.Summarize {
    /// `--format html FILE`: one self-contained page of the article, its chosen sentences shaded
    /// and its glossary names underlined with their three forms.
    func summarizeHTML(method: any SummarizationMethod) throws {
        let input = InputSource(path: files.first)
        let text = try input.read()
        if text.isEmpty { return }
        let page: String
        do {
            let folder = try NameFolder()
            let glossary = try glossaries.load(folder: folder)
            let summary = try SummaryWorkflow(method: method, length: length).run(text, policy: lang.policy, title: title)
            let names = try NamesInTextWorkflow(resolver: NameResolver(glossary: glossary, folder: folder))
                .run(summary.document, targets: [])
            page = SummaryPage(summary: summary, name: input.displayName, names: names).html()
        } catch let error as KitError {
            throw CLIError.kit(error)
        } catch let error as TriglotTextError {
            throw CLIError.text(error)
        }
        var output = Output()
        output.write(page)
        output.flush()
    }
}
