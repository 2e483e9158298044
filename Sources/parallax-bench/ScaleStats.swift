import Foundation

/// Order statistics over timings.
enum ScaleStats {
    /// The median (the mean of the middle two for an even count); nil for no values.
    static func median(_ values: [Double]) -> Double? {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return nil }
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }

    /// The nearest-rank percentile (`p` in 0...100); nil for no values.
    static func percentile(_ values: [Double], _ p: Double) -> Double? {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return nil }
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(sorted.count - 1, max(0, rank - 1))]
    }

    /// Minimum, median and maximum over runs.
    struct Spread {
        /// The smallest value.
        let min: Double?
        /// The median.
        let median: Double?
        /// The largest value.
        let max: Double?

        /// The spread of some values.
        init(_ values: [Double]) {
            min = values.min()
            median = ScaleStats.median(values)
            max = values.max()
        }

        /// JSON fields `key`, `key_min`, `key_max`.
        func fields(_ key: String) -> [(String, Any?)] {
            [(key, median), (key + "_min", min), (key + "_max", max)]
        }

        /// `12.3 (min 11.0, max 14.2)`.
        func text(_ format: String = "%.1f") -> String {
            guard let median, let min, let max else { return "n/a" }
            return String(format: "\(format) (min \(format), max \(format))", median, min, max)
        }
    }

    /// Peak resident set size of this process so far, in MB (`ru_maxrss` is KB on Linux, bytes on macOS).
    static func peakRSSMegabytes() -> Double {
        var usage = rusage()
        #if os(macOS)
        getrusage(RUSAGE_SELF, &usage)
        return Double(usage.ru_maxrss) / 1_048_576
        #else
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
        #endif
    }

    /// Milliseconds a body takes.
    static func milliseconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    }
}
