import Foundation

/// What tells two paths to the same file apart from paths to different files: the resolved real
/// path, so `a.tsv`, `./a.tsv`, `dir/../a.tsv` and a symbolic link to it are one file.
public enum FileIdentity {
    /// The real path of `path` (symbolic links resolved, `.` and `..` removed), or the path made
    /// absolute and standardized when it cannot be resolved (a file that does not exist yet).
    public static func of(_ path: String) -> String {
        if let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        return URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// `paths` with each file once, the first spelling of each kept (messages name the file as
    /// the user first gave it), in order.
    public static func unique(_ paths: [String]) -> [String] {
        var seen = Set<String>()
        return paths.filter { seen.insert(of($0)).inserted }
    }
}
