import ArgumentParser
import Foundation
import TriglotKit
import TriglotNames
import TriglotText

/// The glossaries a command uses: the shipped one, files given with --glossary, and those named
/// in TRIGLOT_GLOSSARY (paths separated by ':').
struct GlossaryOptions: ParsableArguments {
    @Option(name: .customLong("glossary"), help: ArgumentHelp(
        "A glossary file to use besides the shipped one (repeatable; also TRIGLOT_GLOSSARY=path:path).", valueName: "path"))
    var paths: [String] = []

    /// The glossaries in use: the shipped one, TRIGLOT_GLOSSARY's, then --glossary's, each file once.
    var glossarySet: GlossarySet {
        GlossarySet(environment: ProcessInfo.processInfo.environment["TRIGLOT_GLOSSARY"], paths: paths)
    }

    /// The user's glossary files, from the environment first, then the options, each file once.
    var userPaths: [String] { glossarySet.userPaths }

    /// How the CLI reads a glossary file: UTF-8 checked, within --max-input.
    static func read(_ path: String) throws -> String { try InputSource(path: path).read() }

    /// The glossary workflow over these glossaries, files read as the CLI reads them.
    func workflow() throws -> GlossaryWorkflow {
        do {
            return GlossaryWorkflow(glossaries: glossarySet, folder: try NameFolder(), read: Self.read)
        } catch {
            throw CLIError.text(error)
        }
    }

    /// The glossaries a file being merged into (`target`) is checked against.
    func context(excluding target: String) throws -> [(name: String, text: String)] {
        try glossarySet.context(excluding: target, read: Self.read)
    }

    /// The shipped glossary and the user's, read and checked together, and `extra` files
    /// besides (`align --learn FILE`'s own file), each file once.
    func load(folder: NameFolder, checkShipped: Bool = false, adding extra: [String] = []) throws -> Glossary {
        do {
            return try glossarySet.adding(extra).load(folder: folder, checkShipped: checkShipped, read: Self.read)
        } catch let error as KitError {
            throw CLIError.kit(error)
        }
    }
}
