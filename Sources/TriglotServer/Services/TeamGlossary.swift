import Foundation
import Synchronization
import TriglotFormats
import TriglotKit
import TriglotNames
import TriglotText

/// The glossaries the server answers from: the shipped one, the files given with `--glossary`,
/// and the team glossary, which clients add concepts to. Readers take the current snapshot;
/// additions are serialized, checked against every glossary in use, written atomically, and
/// only then swapped in, so a refused addition changes nothing.
final class TeamGlossary: Sendable {
    /// The glossaries as loaded at one moment.
    struct Snapshot: Sendable {
        let glossary: Glossary
        let set: GlossarySet
    }

    let folder: NameFolder
    let teamPath: String
    private let paths: [String]
    private let current: Mutex<Snapshot>
    private let writer = Mutex<Void>(())

    /// Loads the glossaries; a malformed file stops the server before it listens.
    init(paths: [String], teamPath: String) throws(ServerError) {
        do {
            folder = try NameFolder()
        } catch {
            throw .internal("the name folding rules could not be built: \(error)")
        }
        self.paths = paths
        self.teamPath = teamPath
        current = Mutex(try Self.load(paths: paths, teamPath: teamPath, folder: folder))
    }

    /// The glossaries now.
    var snapshot: Snapshot { current.withLock { $0 } }

    private static func load(paths: [String], teamPath: String, folder: NameFolder) throws(ServerError) -> Snapshot {
        let environment = ProcessInfo.processInfo.environment["TRIGLOT_GLOSSARY"]
        let team = FileManager.default.fileExists(atPath: teamPath) ? [teamPath] : []
        let set = GlossarySet(environment: environment, paths: paths + team)
        do {
            return Snapshot(glossary: try set.load(folder: folder, read: read), set: set)
        } catch {
            throw .configuration("the glossaries cannot be loaded: \(error)")
        }
    }

    /// A glossary file's text, UTF-8 checked, or the reason it cannot be read.
    static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw NamesError.unreadable(path: path, reason: "missing or unreadable")
        }
        do {
            try FormatError.checkUTF8(Array(data), file: path)
        } catch {
            throw NamesError.malformedInput(file: path, line: error.line, column: error.column, reason: error.reason)
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Adds `concepts` (the JSON glossary format) to the team glossary; returns what was added.
    func add(json bytes: [UInt8]) throws(ServerError) -> GlossaryWorkflow.Imported {
        try writer.withLock { _ throws(ServerError) in
            let set = snapshot.set.adding([teamPath])
            let workflow = GlossaryWorkflow(glossaries: set, folder: folder, read: Self.read)
            let imported: GlossaryWorkflow.Imported
            do {
                try FileManager.default.createDirectory(atPath: (teamPath as NSString).deletingLastPathComponent,
                                                        withIntermediateDirectories: true)
                imported = try workflow.importConcepts(bytes, file: "request body", format: .json, into: teamPath,
                                                       fileExists: FileManager.default.fileExists(atPath: teamPath))
            } catch {
                throw ServerError.from(error)
            }
            let reloaded = try Self.load(paths: paths, teamPath: teamPath, folder: folder)
            current.withLock { $0 = reloaded }
            return imported
        }
    }

    /// The glossaries in `format` (`onlyUser`: without the shipped one).
    func export(format: GlossaryFormat, onlyUser: Bool, toolVersion: String) throws(ServerError) -> String {
        let workflow = GlossaryWorkflow(glossaries: snapshot.set, folder: folder, read: Self.read)
        do {
            return try workflow.export(format: format, languages: Set(Language.allCases), onlyUser: onlyUser, toolVersion: toolVersion)
        } catch {
            throw ServerError.from(error)
        }
    }
}
