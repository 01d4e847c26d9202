import ArgumentParser
import Foundation
import TriglotKit
import TriglotNames
import TriglotSummary
import TriglotText

extension Triglot.Summarize {
    /// `--parallel A B`: aligns the article with its translation and prints the summary as
    /// sentence pairs.
    func summarizePair(method: any SummarizationMethod) throws {
        let inputs = files.map { InputSource(path: $0) }
        let texts = try inputs.map { try $0.read() }
        if texts.allSatisfy(\.isEmpty) { return }
        let summary: BilingualSummary
        do {
            let glossary = try glossaries.load(folder: try NameFolder())
            summary = try BilingualSummaryWorkflow(glossary: glossary).run(source: texts[0], target: texts[1], method: method, length: length)
        } catch let error as KitError {
            throw CLIError.kit(error)
        } catch let error as TriglotTextError {
            throw CLIError.text(error)
        }
        var output = Output()
        SummaryPrinter(format: format, explain: explain, headed: false)
            .write(summary, names: (inputs[0].displayName, inputs[1].displayName), to: &output)
        output.flush()
    }
}
