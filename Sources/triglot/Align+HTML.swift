import Foundation
import TriglotKit
import TriglotNames

extension Triglot.Align {
    /// `--format html`: one self-contained page, one row per bead side by side, glossary names
    /// underlined with their three forms, each bead's name pairs (known and proposed) beside it.
    func htmlPage(_ alignment: AlignWorkflow.Alignment, glossary: Glossary, folder: NameFolder) throws -> String {
        do {
            let workflow = NamesInTextWorkflow(resolver: NameResolver(glossary: glossary, folder: folder))
            return AlignmentPage(alignment: alignment,
                                 names: (InputSource(path: sourcePath).displayName, InputSource(path: targetPath).displayName),
                                 sourceNames: try workflow.run(alignment.sourceDocument, targets: []),
                                 targetNames: try workflow.run(alignment.targetDocument, targets: [])).html()
        } catch {
            throw CLIError.kit(error)
        }
    }
}
