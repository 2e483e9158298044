import Foundation
import ParallaxCore

/// `parallax-bench group [--articles N]... [--dump FILE]`: event grouping at scale. Generates N
/// synthetic articles (`SyntheticNews`), computes their grouping features, stores and reads them back
/// as bytes, then groups them, printing times, feature sizes, peak memory and how well the events
/// match the generator's.
enum GroupBench {
    /// Runs the measurements and prints them; returns the exit status.
    static func run(_ arguments: [String]) -> Int32 {
        var sizes: [Int] = []
        var dump: String?
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--articles": if let n = rest.popFirst().flatMap(Int.init) { sizes.append(n) }
            case "--dump": dump = rest.popFirst()
            default: print("parallax-bench group: unknown argument \(argument)"); return 2
            }
        }
        print("articles\tfeatures s\tbytes/article\tdecode s\tgroup s\tgroup cpu s\tevents\trss MB\tgroup peak +MB\texact events\tpair precision\tpair recall")
        for size in sizes.isEmpty ? [1_000, 10_000] : sizes {
            let events = measure(size)
            if let dump {
                let text = events.map { $0.articleIDs.joined(separator: ",") + "|" + $0.keywords.joined(separator: ",") }
                try? (text.joined(separator: "\n") + "\n").write(toFile: "\(dump).\(size)", atomically: true, encoding: .utf8)
            }
        }
        return 0
    }

    /// Generates, extracts, stores, reads back and groups `size` articles; prints one row.
    static func measure(_ size: Int) -> [Event] {
        var news = SyntheticNews()
        var features: [GroupingFeatures] = []
        features.reserveCapacity(size)
        var extraction = 0.0
        for _ in 0..<size {
            let article = news.next()
            extraction += seconds { features.append(GroupingFeatures(article)) }
        }
        var stored: [[UInt8]] = features.map { $0.encoded() }
        let bytes = stored.reduce(0) { $0 + $1.count }
        features = []
        var decoded: [GroupingFeatures] = []
        let decoding = seconds {
            decoded = stored.enumerated().compactMap { try? GroupingFeatures(decoding: $1, articleID: String(format: "%06d", $0)) }
        }
        stored = []
        // Hand memory freed by the generator back to the system, so that the figures are grouping's own.
        _ = malloc_trim(0)
        resetPeakMemory()
        let before = memory("VmRSS")
        var events: [Event] = []
        let cpuBefore = cpuSeconds()
        let grouping = seconds { events = EventGrouper().group(decoded) }
        let cpu = cpuSeconds() - cpuBefore
        let peak = memory("VmHWM")
        let score = Score(events, truth: news.truth)
        print(String(format: "%d\t%.2f\t%d\t%.2f\t%.2f\t%.2f\t%d\t%.0f\t%.0f\t%.3f\t%.3f\t%.3f", size, extraction, bytes / max(1, size),
                     decoding, grouping, cpu, events.count, before, peak - before, score.exact, score.precision, score.recall))
        return events
    }

    /// How a grouping compares with the true events: the share of true events found exactly, and of
    /// article pairs put together, how many belong together (precision) and how many of those that
    /// belong together were put together (recall).
    struct Score {
        /// Share of true events that are exactly one found event.
        let exact: Double
        /// Share of grouped pairs that are true pairs.
        let precision: Double
        /// Share of true pairs that were grouped.
        let recall: Double

        /// Scores events whose article ids are article numbers.
        init(_ events: [Event], truth: [Int]) {
            var found = 0, together = 0, right = 0
            var sizes: [Int: Int] = [:]
            for t in truth { sizes[t, default: 0] += 1 }
            for event in events {
                let members = event.articleIDs.compactMap { Int($0) }.filter { $0 < truth.count }
                var byTruth: [Int: Int] = [:]
                for m in members { byTruth[truth[m], default: 0] += 1 }
                together += members.count * (members.count - 1) / 2
                right += byTruth.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
                if byTruth.count == 1, let (t, n) = byTruth.first, sizes[t] == n { found += 1 }
            }
            let truePairs = sizes.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
            exact = Double(found) / Double(max(1, sizes.count))
            precision = Double(right) / Double(max(1, together))
            recall = Double(right) / Double(max(1, truePairs))
        }
    }

    /// Seconds a body takes.
    static func seconds(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// User and system CPU seconds this process has used, on all its threads.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    /// A memory figure of this process from /proc/self/status, in MB (0 where there is no /proc).
    static func memory(_ field: String) -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field + ":") }),
              let kb = line.split(separator: " ").dropFirst().first.flatMap({ Double($0) }) else { return 0 }
        return kb / 1024
    }

    /// Starts the peak-memory (VmHWM) count afresh, so that it measures grouping alone (Linux only).
    static func resetPeakMemory() {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }
}

/// glibc's `malloc_trim`, which the Glibc module does not export: returns freed heap to the system.
@_silgen_name("malloc_trim") func malloc_trim(_ pad: Int) -> Int32
