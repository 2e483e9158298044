import Foundation

/// With `PARALLAX_TRACE_PHASES` set, one line on standard error per phase of building the index: the
/// seconds it took, the resident memory after it and the peak during it (Linux's `VmHWM`, reset at each
/// mark; the steps of grouping print their own lines, indented). Measuring a 100,000-article build phase by
/// phase needs this; without the variable it does nothing. With it, the process's own peak (`time -v`)
/// covers only the last phase: read the peaks from these lines instead.
struct PhaseTrace {
    /// Whether tracing is on (read once).
    static let enabled = ProcessInfo.processInfo.environment["PARALLAX_TRACE_PHASES"] != nil
    /// When the current phase began.
    private var start = DispatchTime.now().uptimeNanoseconds
    /// The process's CPU seconds when the current phase began.
    private var cpuStart = PhaseTrace.cpuSeconds()

    /// Starts timing; resets the peak so that the first phase's peak is its own.
    init() {
        if Self.enabled { Self.resetPeak() }
    }

    /// Ends the phase called `name`: prints its figures, then starts the next one.
    mutating func mark(_ name: String) {
        guard Self.enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        let (rss, peak) = Self.memory()
        let cpu = Self.cpuSeconds()
        let line = String(format: "phase %-16@ %7.2f s  cpu %7.2f s  rss %5d MB  peak %5d MB\n",
                          name as NSString, Double(now - start) / 1e9, cpu - cpuStart, rss / 1024, peak / 1024)
        FileHandle.standardError.write(Data(line.utf8))
        Self.resetPeak()
        start = DispatchTime.now().uptimeNanoseconds
        cpuStart = Self.cpuSeconds()
    }

    /// User and system CPU seconds of the whole process so far.
    private static func cpuSeconds() -> Double {
        var usage = rusage()
        guard getrusage(Int32(RUSAGE_SELF.rawValue), &usage) == 0 else { return 0 }
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// Resident and peak resident memory in kB, from `/proc/self/status` (0 where it cannot be read).
    private static func memory() -> (rss: Int, peak: Int) {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return (0, 0) }
        var rss = 0, peak = 0
        for line in status.split(separator: "\n") {
            let parts = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard parts.count >= 2, let kb = Int(parts[1]) else { continue }
            if parts[0] == "VmRSS:" { rss = kb }
            if parts[0] == "VmHWM:" { peak = kb }
        }
        return (rss, peak)
    }

    /// Resets `VmHWM` to the current resident size (Linux: `5` into `clear_refs`).
    private static func resetPeak() {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return }
        handle.write(Data("5".utf8))
        try? handle.close()
    }
}
