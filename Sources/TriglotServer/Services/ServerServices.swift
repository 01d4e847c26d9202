import Foundation
import TriglotKit
import TriglotNames
import TriglotSummary
import TriglotText

/// What the routes call: the team's glossary and memory, and pools of the workers that are not
/// thread-safe. One per server, shared by every request.
final class ServerServices: Sendable {
    let configuration: ServerConfiguration
    let glossary: TeamGlossary
    let memory: TeamMemory
    /// Summaries with the automatic method; each request gives its own length.
    let summaries = WorkerPool { SummaryWorkflow(method: AutoMethod(), length: .automatic) }
    /// Runs CPU-bound work on a thread per core, in arrival order.
    let gate = WorkGate(width: ProcessInfo.processInfo.activeProcessorCount)
    /// The version named in `/healthz` and in exported files.
    let version: String

    init(configuration: ServerConfiguration, version: String) throws(ServerError) {
        self.configuration = configuration
        self.version = version
        glossary = try TeamGlossary(paths: configuration.glossaryPaths, teamPath: configuration.teamGlossaryPath)
        memory = try TeamMemory(path: configuration.memoryPath)
    }

    /// A name resolver over the current glossary (one per request: it is not thread-safe).
    func resolver() -> NameResolver {
        NameResolver(glossary: glossary.snapshot.glossary, folder: glossary.folder)
    }
}
