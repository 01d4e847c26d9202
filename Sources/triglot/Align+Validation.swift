import ArgumentParser
import Foundation

extension Triglot.Align {
    /// Refuses options that do not go together, before any file is read.
    func validate() throws {
        try batch.refuse(files: sourcePath != nil || targetPath != nil, options: ["--format": format != .tsv, "--learn": learn != nil])
        if !batch.jsonl && targetPath == nil { throw ValidationError("give the source text and its translation: two files") }
        if let threshold, !(0...1).contains(threshold) { throw ValidationError("--threshold takes a score from 0 to 1 (got \(threshold))") }
        if learn == nil && (interactive || threshold != nil) { throw ValidationError("--interactive and --threshold go with --learn FILE") }
        if interactive && (sourcePath == "-" || targetPath == "-") {
            throw ValidationError("--interactive reads answers from standard input; give both texts as files")
        }
        if interactive && isatty(STDIN_FILENO) == 0 {
            throw ValidationError("--interactive asks on a terminal, and standard input is not one; use --threshold instead")
        }
        if sourcePath == "-" && targetPath == "-" {
            throw ValidationError("standard input holds one text: give the source or the target as a file")
        }
        if let langs { _ = try LanguagePair(parsing: langs) }
        if names && format == .beads { throw ValidationError("--names cannot be shown in --format beads") }
    }
}
