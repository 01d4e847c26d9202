import ArgumentParser
import Foundation
import TriglotNames
import TriglotText

/// The glossaries a command uses: the shipped one, files given with --glossary, and those named
/// in TRIGLOT_GLOSSARY (paths separated by ':').
struct GlossaryOptions: ParsableArguments {
    @Option(name: .customLong("glossary"), help: ArgumentHelp(
        "A glossary file to use besides the shipped one (repeatable; also TRIGLOT_GLOSSARY=path:path).", valueName: "path"))
    var paths: [String] = []

    /// The user's glossary files, from the environment first, then the options; a file named
    /// twice (in both, or as `a.tsv` and `./a.tsv`, or through a symbolic link) is read once,
    /// since its concepts would otherwise clash with themselves as duplicate ids.
    var userPaths: [String] {
        let environment = ProcessInfo.processInfo.environment["TRIGLOT_GLOSSARY"] ?? ""
        return FileIdentity.unique(environment.split(separator: ":").map(String.init).filter { !$0.isEmpty } + paths)
    }

    /// The glossaries a file being merged into (`target`) is checked against: the shipped one
    /// and the user's, except `target` itself, which is checked as the file merged into.
    func context(excluding target: String) throws -> [(name: String, text: String)] {
        let targetIdentity = FileIdentity.of(target)
        var context = [(name: ShippedGlossary.name, text: ShippedGlossary.text)]
        for path in userPaths where FileIdentity.of(path) != targetIdentity {
            context.append((path, try InputSource(path: path).read()))
        }
        return context
    }

    /// The shipped glossary and the user's, read and checked together (the shipped one alone is
    /// checked by the test suite and `triglot glossary validate`, not at every start), and
    /// `extra` files besides (`align --learn FILE`'s own file), each file once.
    func load(folder: NameFolder, checkShipped: Bool = false, adding extra: [String] = []) throws -> Glossary {
        var files = [(name: ShippedGlossary.name, text: ShippedGlossary.text)]
        for path in FileIdentity.unique(userPaths + extra) {
            files.append((path, try InputSource(path: path).read()))
        }
        do {
            return try Glossary.load(files, folder: folder, trusted: files.count == 1 && !checkShipped)
        } catch {
            throw CLIError.names(error)
        }
    }
}

extension NamesError {
    /// sysexits: bad glossary data is EX_DATAERR.
    var exitCode: Int32 {
        switch self {
        case .invalidGlossary, .malformedInput, .nothingToImport: return 65
        case .unreadable: return 66
        case .unwritable: return 73
        case .text: return 70
        }
    }
}
