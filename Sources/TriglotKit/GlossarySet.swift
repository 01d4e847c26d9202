import TriglotNames
import TriglotText

/// The glossaries a workflow uses, in the order they are read: the shipped one, then the user's
/// files named in the environment (`TRIGLOT_GLOSSARY`, paths separated by ':'), then those given
/// one by one, each file once: a file named twice (in both, or as `a.tsv` and `./a.tsv`, or
/// through a symbolic link) is read once, since its concepts would otherwise clash with
/// themselves as duplicate ids.
///
/// Files are read through the interface's reader (the CLI's checks UTF-8 and its input limit).
public struct GlossarySet: Sendable {
    /// Reads a file's text, throwing the interface's own error when it cannot.
    public typealias Reader = (String) throws -> String

    /// The user's glossary files, environment first, each file once, as first spelt.
    public let userPaths: [String]

    /// The set of the shipped glossary, the files of `environment` (paths joined by ':'), then `paths`.
    public init(environment: String?, paths: [String]) {
        let named = (environment ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty }
        userPaths = FileIdentity.unique(named + paths)
    }

    /// The same set with `extra` files after the others (a file `align --learn` adds to).
    public func adding(_ extra: [String]) -> GlossarySet {
        GlossarySet(userPaths: FileIdentity.unique(userPaths + extra))
    }

    private init(userPaths: [String]) {
        self.userPaths = userPaths
    }

    /// The files in order, shipped first, each with its text.
    public func files(read: Reader) throws -> [(name: String, text: String)] {
        var files = [(name: ShippedGlossary.name, text: ShippedGlossary.text)]
        for path in userPaths { files.append((path, try read(path))) }
        return files
    }

    /// The glossaries a file being merged into (`target`) is checked against: the shipped one
    /// and the user's, except `target` itself, which is checked as the file merged into.
    public func context(excluding target: String, read: Reader) throws -> [(name: String, text: String)] {
        let targetIdentity = FileIdentity.of(target)
        return try GlossarySet(userPaths: userPaths.filter { FileIdentity.of($0) != targetIdentity }).files(read: read)
    }

    /// The glossaries read and checked together (the shipped one alone is trusted, unless
    /// `checkShipped`: it is checked by the test suite and `glossary validate`, not at every start).
    /// A glossary problem is thrown as ``KitError/names(_:)``; a file that cannot be read, as `read` throws.
    public func load(folder: NameFolder, checkShipped: Bool = false, read: Reader) throws -> Glossary {
        let files = try files(read: read)
        do {
            return try Glossary.load(files, folder: folder, trusted: files.count == 1 && !checkShipped)
        } catch {
            throw KitError.names(error)
        }
    }
}
