import Foundation

/// A process's resident memory (VmRSS), read every second on a thread of its own while a load
/// runs, to show whether a server's memory stays flat under load.
final class RSSSampler: @unchecked Sendable {
    // @unchecked: `samples` and `running` are only touched under `lock`.
    private let lock = NSLock()
    private var samples: [Int] = []
    private var running = true

    /// Starts sampling `pid` now.
    init(pid: pid_t) {
        let thread = Thread { [self] in
            while lock.withLock({ running }) {
                if let kilobytes = Self.residentKilobytes(pid) { lock.withLock { samples.append(kilobytes) } }
                Thread.sleep(forTimeInterval: 1)
            }
        }
        thread.start()
    }

    /// Stops sampling; the samples, in kB, one a second.
    func stop() -> [Int] {
        lock.withLock {
            running = false
            return samples
        }
    }

    /// The resident memory of `pid` in kB, nil once it has exited.
    static func residentKilobytes(_ pid: pid_t) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return nil }
        return line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
    }

    /// The CPU seconds (user and system) `pid` has used so far, nil once it has exited.
    static func cpuSeconds(_ pid: pid_t) -> Double? {
        // /proc/PID/stat: the command (in parentheses, maybe with spaces) then fields 3…; utime
        // and stime are fields 14 and 15, in clock ticks.
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// "start 41.2, middle 43.0, end 43.1, max 44.0 MB (60 samples, end − start +1.9 MB)".
    static func summary(_ samples: [Int]) -> String {
        guard let first = samples.first, let last = samples.last, let top = samples.max() else { return "no samples" }
        let mb = { (kilobytes: Int) in String(format: "%.1f", Double(kilobytes) / 1024) }
        return "start \(mb(first)), middle \(mb(samples[samples.count / 2])), end \(mb(last)), max \(mb(top)) MB"
            + String(format: " (%d samples, end − start %+.1f MB)", samples.count, Double(last - first) / 1024)
    }
}
