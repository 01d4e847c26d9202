import ArgumentParser
import Foundation
import TriglotAlign
import TriglotKit
import TriglotNames
import TriglotText

extension Triglot.Align {
    /// Adds the proposals of `pairs` worth keeping to the user glossary at `path`: all of them
    /// above the threshold, or those confirmed on the terminal (see ``LearnWorkflow``).
    func learn(_ pairs: [NamePair], into path: String, glossary: Glossary, folder: NameFolder,
               languages: (Language, Language)) throws {
        let workflow = LearnWorkflow(threshold: threshold ?? (interactive ? 0 : GlossaryLearner.defaultThreshold), kind: kind)
        var proposals = workflow.proposals(pairs, glossary: glossary, folder: folder)
        if interactive {
            proposals = try confirm(proposals)
        }
        let existing = FileManager.default.fileExists(atPath: path) ? try InputSource(path: path).read() : nil
        let context = proposals.isEmpty ? [] : try glossaries.context(excluding: path)
        let note = "learnt from \(URL(fileURLWithPath: sourcePath ?? "-").lastPathComponent) and \(URL(fileURLWithPath: targetPath ?? "-").lastPathComponent); check before use"
        let outcome: LearnWorkflow.Outcome
        do {
            outcome = try workflow.learn(proposals, into: path, existing: existing, context: context, glossary: glossary,
                                         folder: folder, languages: languages, note: note)
        } catch {
            throw CLIError.kit(error)
        }
        switch outcome {
        case .nothingToLearn:
            let reason = interactive ? "no name pair accepted" : "no name pair the glossaries lack scored \(String(format: "%.2f", workflow.learner.threshold)) or more"
            Output.standardError("learn: \(reason); \(path) \(existing == nil ? "not created" : "unchanged")\n")
        case let .learnt(kept, skipped):
            if !skipped.isEmpty { Output.standardError("learn: skipped \(skipped.joined(separator: ", "))\n") }
            guard !kept.isEmpty else { return }
            let list = kept.map { "\($0.source) = \($0.target)" + ($0.conceptID.map { " (\($0))" } ?? "") }.joined(separator: ", ")
            Output.standardError("learn: added \(kept.count) name\(kept.count == 1 ? "" : "s") to \(path): \(list)\n")
        }
    }

    /// The proposals the user accepts, asked one by one on standard error; q stops asking.
    private func confirm(_ proposals: [NamePair]) throws -> [NamePair] {
        var accepted: [NamePair] = []
        for pair in proposals {
            let sentences = pair.count == 1 ? "1 sentence pair" : "\(pair.count) sentence pairs"
            let question = "add \(pair.source) = \(pair.target) (\(pair.rule.rawValue), score \(String(format: "%.2f", pair.score)), \(sentences))? [y/N/q] "
            FileHandle.standardError.write(Data(question.utf8))
            guard let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() else { break }
            if answer == "q" { break }
            if answer == "y" || answer == "yes" { accepted.append(pair) }
        }
        return accepted
    }
}

extension ConceptKind: ExpressibleByArgument {}
