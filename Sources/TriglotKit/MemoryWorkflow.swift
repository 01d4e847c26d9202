import TriglotMemory

/// The translation memory (`triglot tm`): sentence pairs added from alignments or imported from
/// TMX, fuzzy search, and export. Adding creates the memory; searching and exporting only read it.
public struct MemoryWorkflow: Sendable {
    /// What an add or import did.
    public struct Added: Sendable, Equatable {
        /// Units read from the input.
        public let read: Int
        /// Units stored (the others were already there).
        public let added: Int
        /// Units in the memory now.
        public let total: Int
        /// The memory's path.
        public let path: String
    }

    /// The input an add or import reads.
    public enum Input: Sendable {
        /// Sentence pairs as `align` writes them (TSV or JSON).
        case pairs
        /// A TMX 1.4b file.
        case tmx
    }

    /// The memory's path.
    public let path: String
    /// The memory kept open between calls (see ``keepingOpen(path:notice:)``); nil: opened for each call.
    private let store: TranslationMemory?
    /// Told of slow work before it starts (see ``TranslationMemory/init(path:readOnly:notice:)``).
    private let notice: (@Sendable (String) -> Void)?

    /// A workflow on the memory at `path` (nil: ``TranslationMemory/defaultPath``), opened
    /// for each call: a command runs one. `notice` is told of slow work before it starts.
    public init(path: String? = nil, notice: (@Sendable (String) -> Void)? = nil) {
        self.path = path ?? TranslationMemory.defaultPath
        store = nil
        self.notice = notice
    }

    /// A workflow that opens the memory at `path` once, for writing (creating it when
    /// missing), and keeps it open: a long-running caller (the server) searches through
    /// connections whose page cache is warm and whose pages are mapped, where opening the file
    /// for each search would read its index again every time. Others' writes are seen.
    public static func keepingOpen(path: String? = nil, notice: (@Sendable (String) -> Void)? = nil) throws(KitError) -> MemoryWorkflow {
        let workflow = MemoryWorkflow(path: path)
        do throws(MemoryError) {
            return MemoryWorkflow(path: workflow.path, store: try TranslationMemory(path: workflow.path, notice: notice))
        } catch {
            throw .memory(error)
        }
    }

    private init(path: String, store: TranslationMemory) {
        self.path = path
        self.store = store
        notice = nil
    }

    /// The memory kept open, or the file opened now (`readOnly`: to read it only).
    private func memory(readOnly: Bool) throws(MemoryError) -> TranslationMemory {
        if let store { return store }
        return try TranslationMemory(path: path, readOnly: readOnly, notice: notice)
    }

    /// Adds the units of `bytes` (the file `file`, read as `input`), in one transaction.
    public func add(_ bytes: [UInt8], file: String, as input: Input) throws(KitError) -> Added {
        do {
            let units = switch input {
            case .pairs: try PairFileReader.units(in: bytes, file: file)
            case .tmx: try TMXUnitReader.units(in: bytes, file: file)
            }
            let store = try memory(readOnly: false)
            let added = try store.add(units)
            return Added(read: units.count, added: added, total: try store.counts().units, path: store.path)
        } catch {
            throw .memory(error)
        }
    }

    /// The best matches for `sentence` at or above `minimum` percent, best first, at most
    /// `limit`; only text in `language` (and its subtags) when given.
    public func search(_ sentence: String, language: String?, minimum: Int, limit: Int) throws(KitError) -> [MemoryMatch] {
        do {
            return try memory(readOnly: true).search(sentence, language: language, minimum: minimum, limit: limit)
        } catch {
            throw .memory(error)
        }
    }

    /// The whole memory written as `format`; `toolVersion` is named where the format records the tool.
    public func export(format: MemoryExporter.Format, toolVersion: String) throws(KitError) -> String {
        do {
            let units = try memory(readOnly: true).allUnits()
            return MemoryExporter.export(units, format: format, toolVersion: toolVersion)
        } catch {
            throw .memory(error)
        }
    }
}
