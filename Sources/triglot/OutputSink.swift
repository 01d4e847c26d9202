/// Standard output for writers on other threads (their calls never overlap: a batch writes
/// under its lock).
final class OutputSink: @unchecked Sendable {
    private var output = Output()

    @Sendable func write(_ text: String) { output.write(text) }
    @Sendable func flush() { output.flush() }
}
