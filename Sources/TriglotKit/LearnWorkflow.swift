import Foundation
import TriglotAlign
import TriglotNames
import TriglotText

/// Learning from an alignment into a user glossary (`align --learn FILE`): the name pairs the
/// glossaries lack become new concepts of the file, and a pair for a concept of the file adds
/// the form it lacks to that concept's own line (found by the concept's typed origin). Nothing
/// is written unless the whole merged file checks out, and then the file is replaced atomically.
public struct LearnWorkflow {
    /// What a run did.
    public enum Outcome: Sendable, Equatable {
        /// No proposal to keep: the file was not touched.
        case nothingToLearn
        /// The pairs kept (added to the file, when any) and those skipped, each with why.
        case learnt(kept: [NamePair], skipped: [String])
    }

    /// The learner: its threshold and the kind of new concepts.
    public let learner: GlossaryLearner

    /// A workflow keeping proposals scoring at least `threshold`, as new concepts of `kind`.
    public init(threshold: Double = GlossaryLearner.defaultThreshold, kind: ConceptKind = .person) {
        learner = GlossaryLearner(threshold: threshold, kind: kind)
    }

    /// The languages of two documents names can be learnt between: both en, zh or vi, given or
    /// detected (nil for another Latin-script language, or a text that shows none).
    public static func languages(_ source: Document, _ target: Document) -> (Language, Language)? {
        guard let sourceLanguage = Language(rawValue: source.languageTag), let targetLanguage = Language(rawValue: target.languageTag) else {
            return nil
        }
        return (sourceLanguage, targetLanguage)
    }

    /// The proposals of `pairs` worth keeping, best first (to confirm one by one, or keep all).
    public func proposals(_ pairs: [NamePair], glossary: Glossary, folder: NameFolder) -> [NamePair] {
        learner.proposals(pairs, glossary: glossary, folder: folder)
    }

    /// Adds `proposals`, found between texts in `languages`, to the user glossary at `path`
    /// (`existing`: its text, nil when it does not exist yet), checked against `context` (the
    /// other glossaries in use, see ``GlossarySet/context(excluding:read:)``); `glossary` is
    /// everything in use, the file included; `note` says where the names were learnt.
    public func learn(_ proposals: [NamePair], into path: String, existing: String?,
                      context: [(name: String, text: String)], glossary: Glossary, folder: NameFolder,
                      languages: (Language, Language), note: String) throws(KitError) -> Outcome {
        guard !proposals.isEmpty else { return .nothingToLearn }
        // The concepts of the file itself, each with the line it stands on.
        let own = existing.map { GlossaryFile.parse($0, file: path).concepts } ?? []
        var usedIDs = Set(glossary.concepts.map(\.id)).union(own.map(\.id))
        // Split as GlossaryFile.parse numbers lines (LF, CRLF or CR; a byte-order mark set
        // aside), so an origin's line is the line rewritten.
        var lines = existing.map { TextLines.split($0).map(String.init) } ?? []
        var concepts: [Concept] = []
        var kept: [NamePair] = [], skipped: [String] = []
        for pair in proposals {
            guard let id = pair.conceptID else {
                concepts.append(learner.concept(for: pair, sourceLanguage: languages.0, targetLanguage: languages.1,
                                                usedIDs: &usedIDs, note: note))
                kept.append(pair)
                continue
            }
            // A proposal for a concept of another glossary cannot be kept here.
            guard let concept = glossary.concept(id: id), let ownConcept = own.first(where: { $0.id == id }),
                  let line = ownConcept.origin.line, (1...lines.count).contains(line) else {
                skipped.append("\(pair.source) = \(pair.target) (\(id) is not in \(path))")
                continue
            }
            let updated = learner.concept(concept, extendedBy: pair, languages: languages, glossary: glossary, folder: folder, note: note)
            lines[line - 1] = String(GlossaryFile.write([updated]).split(separator: "\n")[1])
            kept.append(pair)
        }
        guard !kept.isEmpty else { return .learnt(kept: [], skipped: skipped) }
        do {
            // The file keeps its byte-order mark and line ends.
            let rewritten = existing.map { text in
                (path, (text.unicodeScalars.first == TextLines.byteOrderMark ? "\u{FEFF}" : "")
                    + lines.joined(separator: TextLines.lineEnd(of: text)))
            }
            let text = try GlossaryImporter.merge(concepts, into: rewritten, context: context, folder: folder)
            try AtomicFile.write(text, to: path)
        } catch {
            throw .names(error)
        }
        return .learnt(kept: kept, skipped: skipped)
    }
}
