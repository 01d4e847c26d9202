import TriglotNames
import TriglotText

/// The glossaries themselves (`triglot glossary`): checked together, exported to the formats
/// translators' tools read, and concepts imported from them into a user glossary file.
public struct GlossaryWorkflow {
    /// What a check found: no problem (a problem is thrown), and notes where a form disagrees
    /// with the transliteration rules or the open dictionaries.
    public struct Validation: Sendable {
        /// The concepts checked.
        public let concepts: Int
        /// The files they came from, the shipped glossary included.
        public let files: Int
        /// Disagreements with the rules, then with the dictionaries: notes, not problems.
        public let notes: [GlossaryDisagreement]
    }

    /// What an import did.
    public struct Imported: Sendable, Equatable {
        /// Concepts read from the file imported.
        public let imported: Int
        /// Concepts in the user glossary now.
        public let total: Int
    }

    /// The glossaries in use.
    public let glossaries: GlossarySet
    private let folder: NameFolder
    private let read: GlossarySet.Reader

    /// A workflow over `glossaries`, their files read by `read`.
    public init(glossaries: GlossarySet, folder: NameFolder, read: @escaping GlossarySet.Reader) {
        self.glossaries = glossaries
        self.folder = folder
        self.read = read
    }

    /// Checks the shipped glossary and the user's together; every problem is thrown at once
    /// (``KitError/names(_:)``, each at its FILE:LINE).
    public func validate() throws -> Validation {
        let glossary = try glossaries.load(folder: folder, checkShipped: true, read: read)
        let engine: [GlossaryDisagreement]
        do { engine = try GlossaryEngineCheck.disagreements(in: glossary.concepts) } catch { throw KitError.text(error) }
        return Validation(concepts: glossary.concepts.count, files: 1 + glossaries.userPaths.count,
                          notes: engine + GlossaryDictionaryCheck.disagreements(in: glossary.concepts))
    }

    /// The glossaries in use written as `format`, in `languages` (`onlyUser`: without the shipped
    /// glossary); `toolVersion` is named in formats that record the tool.
    public func export(format: GlossaryFormat, languages: Set<Language>, onlyUser: Bool = false,
                       toolVersion: String) throws -> String {
        var concepts = try glossaries.load(folder: folder, read: read).concepts
        if onlyUser {
            concepts.removeAll { $0.origin.file == ShippedGlossary.name }
        }
        return GlossaryExporter.export(concepts, format: format, languages: languages, toolVersion: toolVersion)
    }

    /// Adds the concepts of `bytes` (a TBX, TMX, CSV, TSV or JSON file named `file`, in `format`
    /// or one decided from its contents) to the user glossary at `path` (created if missing),
    /// checked against the other glossaries in use; the file is replaced atomically, and not
    /// touched at all when a problem is found.
    public func importConcepts(_ bytes: [UInt8], file: String, format: GlossaryFormat?, into path: String,
                               fileExists: Bool) throws -> Imported {
        let existing = fileExists ? (name: path, text: try read(path)) : nil
        let context = try glossaries.context(excluding: path, read: read)
        do {
            let imported = try GlossaryImporter.read(bytes, file: file, format: format)
            let text = try GlossaryImporter.merge(imported, into: existing, context: context, folder: folder)
            try AtomicFile.write(text, to: path)
            return Imported(imported: imported.count, total: GlossaryFile.parse(text, file: path).concepts.count)
        } catch {
            throw KitError.names(error)
        }
    }
}
