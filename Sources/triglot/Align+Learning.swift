import ArgumentParser
import Foundation
import TriglotAlign
import TriglotNames
import TriglotText

extension Triglot.Align {
    /// Adds the proposals of `pairs` worth keeping to the user glossary at `path`: all of them
    /// above the threshold, or those confirmed on the terminal. Nothing is written unless the
    /// whole merged file checks out.
    func learn(_ pairs: [NamePair], into path: String, glossary: Glossary, folder: NameFolder,
               languages: (Language, Language)) throws {
        let learner = GlossaryLearner(threshold: threshold ?? (interactive ? 0 : GlossaryLearner.defaultThreshold), kind: kind)
        var proposals = learner.proposals(pairs, glossary: glossary, folder: folder)
        if interactive {
            proposals = try confirm(proposals)
        }
        let existing: (name: String, text: String)? = FileManager.default.fileExists(atPath: path)
            ? (path, try InputSource(path: path).read()) : nil
        guard !proposals.isEmpty else {
            let reason = interactive ? "no name pair accepted" : "no name pair the glossaries lack scored \(String(format: "%.2f", learner.threshold)) or more"
            FileHandle.standardError.write(Data("learn: \(reason); \(path) \(existing == nil ? "not created" : "unchanged")\n".utf8))
            return
        }
        let context = try glossaries.context(excluding: path)
        // The concepts of FILE itself, each with the line it stands on ("FILE:LINE" origins).
        let own = existing.map { GlossaryFile.parse($0.text, file: path).concepts } ?? []
        var usedIDs = Set(glossary.concepts.map(\.id)).union(own.map(\.id))
        let note = "learnt from \(URL(fileURLWithPath: sourcePath ?? "-").lastPathComponent) and \(URL(fileURLWithPath: targetPath ?? "-").lastPathComponent); check before use"
        // A proposal for a concept of this file rewrites that concept's line with the new form;
        // one for a concept of another glossary cannot be kept here.
        // Split as GlossaryFile.parse numbers lines (LF, CRLF or CR; a byte-order mark set
        // aside), so an origin's line is the line rewritten.
        var lines = existing.map { TextLines.split($0.text).map(String.init) } ?? []
        var concepts: [Concept] = []
        var kept: [NamePair] = [], skipped: [String] = []
        for pair in proposals {
            guard let id = pair.conceptID else {
                concepts.append(learner.concept(for: pair, sourceLanguage: languages.0, targetLanguage: languages.1, usedIDs: &usedIDs, note: note))
                kept.append(pair)
                continue
            }
            guard let concept = glossary.concept(id: id), let ownConcept = own.first(where: { $0.id == id }),
                  let line = ConceptOrigin.parse(ownConcept.origin).line, (1...lines.count).contains(line) else {
                skipped.append("\(pair.source) = \(pair.target) (\(id) is not in \(path))")
                continue
            }
            let updated = learner.concept(concept, extendedBy: pair, languages: languages, glossary: glossary, folder: folder, note: note)
            lines[line - 1] = String(GlossaryFile.write([updated]).split(separator: "\n")[1])
            kept.append(pair)
        }
        if !skipped.isEmpty {
            FileHandle.standardError.write(Data("learn: skipped \(skipped.joined(separator: ", "))\n".utf8))
        }
        guard !kept.isEmpty else { return }
        do {
            // The file keeps its byte-order mark and line ends.
            let rewritten = existing.map { file in
                (file.name, (file.text.unicodeScalars.first == TextLines.byteOrderMark ? "\u{FEFF}" : "")
                    + lines.joined(separator: TextLines.lineEnd(of: file.text)))
            }
            let text = try GlossaryImporter.merge(concepts, into: rewritten,
                                                  context: context, folder: folder)
            try AtomicFile.write(text, to: path)
        } catch {
            throw CLIError.names(error)
        }
        let list = kept.map { "\($0.source) = \($0.target)" + ($0.conceptID.map { " (\($0))" } ?? "") }.joined(separator: ", ")
        FileHandle.standardError.write(Data("learn: added \(kept.count) name\(kept.count == 1 ? "" : "s") to \(path): \(list)\n".utf8))
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
