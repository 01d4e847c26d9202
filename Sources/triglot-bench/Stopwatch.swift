import Dispatch

/// Timing for the speed benchmarks.
enum Stopwatch {
    /// The fastest of `repetitions` runs of `body`, in seconds. `body` returns a count that is
    /// kept, so the work cannot be optimized away.
    static func fastest(repetitions: Int, _ body: () -> Int) -> Double {
        var best = Double.infinity
        var sink = 0
        for _ in 0..<max(1, repetitions) {
            let start = DispatchTime.now().uptimeNanoseconds
            sink &+= body()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        if sink == -1 { print("") }
        return best
    }
}
