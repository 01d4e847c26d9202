import PackagePlugin

/// Compiles a target's `.tsv` data files (under `Resources/`) into string literals with
/// `triglot-embed`, as `EmbeddedText.swift`.
@main
struct EmbedTextPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let inputs = target.sourceFiles(withSuffix: "tsv").map(\.url)
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedText.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) data files of \(target.name)",
                executable: try context.tool(named: "triglot-embed").url,
                arguments: [output.path(), "EmbeddedText"] + inputs.map { $0.path() },
                inputFiles: inputs,
                outputFiles: [output]
            ),
        ]
    }
}
