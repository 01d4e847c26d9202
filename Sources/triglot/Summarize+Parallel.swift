import ArgumentParser
import Foundation
import TriglotAlign
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
            let documents = try texts.map { try SummaryDocument(text: $0) }
            let sentences = documents.map { $0.sentences.map(\.text.collapsingWhitespace) }
            let folder = try NameFolder()
            let aligner = try SentenceAligner(glossary: try glossaries.load(folder: folder))
            let beads = aligner.align(source: sentences[0], target: sentences[1],
                                      sourceLanguage: documents[0].language, targetLanguage: documents[1].language)
            summary = try Summarizer().summarize(documents[0], documents[1],
                                                 pairings: beads.map { SentencePairing(source: $0.source, target: $0.target) },
                                                 method: method, length: length)
        } catch let error as TriglotTextError {
            throw CLIError.text(error)
        } catch let error as SummaryError {
            throw CLIError.summary(error)
        }
        var output = Output()
        SummaryPrinter(format: format, explain: explain, headed: false)
            .write(summary, names: (inputs[0].displayName, inputs[1].displayName), to: &output)
        output.flush()
    }
}
