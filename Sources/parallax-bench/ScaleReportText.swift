import Foundation

extension ScaleReport {
    /// A readable summary: the corpus, each measure as median (min, max) over runs, then the queries side
    /// by side with ripgrep.
    func text() -> String {
        let s = manifest.stats
        let cold = colds.map(\.seconds)
        let perRun = { (values: [Double]) in ScaleStats.Spread(values).text() }
        var lines = [
            "scale: \(subject)",
            String(format: "corpus: %d articles (seed %llu), %d files (%d .md, %d exact duplicates), %.1f MB, %d words (%d–%d per article), %d events in %d storylines%@",
                   manifest.articles, manifest.seed, s.files, s.markdown, s.duplicates, corpusMB, s.words,
                   s.files > 0 ? s.minWords : 0, s.maxWords, s.events, s.storylines,
                   generated ? String(format: "; generated in %.1f s", manifest.generateSeconds) : "; reused"),
            "runs: \(runs), each part in a fresh process; median (min, max) over runs",
            "cold index: \(perRun(cold)) s = \(ScaleStats.Spread(cold.map { Double(manifest.articles) / $0 }).text("%.0f")) articles/s, "
                + "\(ScaleStats.Spread(cold.map { corpusMB / $0 }).text()) MB/s",
            "warm start to first frame: \(perRun(explores.map(\.warmStartMS))) ms",
            "search as you type (\(manifest.queries.count) queries, \(manifest.queries.reduce(0) { $0 + $1.count }) keystrokes; open \(perRun(explores.map(\.openMS))) ms): "
                + "p50 \(perRun(explores.compactMap { ScaleStats.percentile($0.searchMS.flatMap { $0 }, 50) })) ms, "
                + "p99 \(perRun(explores.compactMap { ScaleStats.percentile($0.searchMS.flatMap { $0 }, 99) })) ms",
            "navigation (\(navKeys) keys, key to frame): p50 \(perRun(explores.compactMap { ScaleStats.percentile($0.navMS, 50) })) ms, "
                + "p99 \(perRun(explores.compactMap { ScaleStats.percentile($0.navMS, 99) })) ms",
            "library filter as you type (the plain queries; candidates read in \(perRun(explores.map(\.filterPrepareMS))) ms, "
                + "ranked off the loop): p50 \(perRun(explores.compactMap { ScaleStats.percentile($0.filterMS.flatMap { $0 }, 50) })) ms, "
                + "p99 \(perRun(explores.compactMap { ScaleStats.percentile($0.filterMS.flatMap { $0 }, 99) })) ms",
            String(format: "cache on disk: %.1f MB; peak RSS: index %.0f MB, explorer %.0f MB", ScaleStats.median(cacheMB) ?? 0,
                   colds.map(\.rssMB).max() ?? 0, explores.map(\.rssMB).max() ?? 0),
        ]
        lines.append(rg.note ?? "ripgrep (\(rg.version ?? "?")): rg -l -i -F -e LONGEST_TERM over the raw files, wall time with process start")
        lines.append("query\thits\tours ms\trg ms\trg files\tnote")
        for (q, query) in manifest.queries.enumerated() {
            let timing = q < rg.timings.count ? rg.timings[q] : nil
            let rgText = (q < rgMS.count ? rgMS[q] : nil).map { String(format: "%.1f", $0) } ?? "-"
            lines.append(String(format: "%@\t%d\t%.2f\t%@\t%@\t%@", query, explores.last?.hits[q] ?? 0, fullQueryMS[q], rgText,
                                timing?.pattern == nil ? "-" : String(timing?.files ?? 0), timing?.note ?? ""))
        }
        if let ours = fieldValue("ours_same_queries_median_ms"), let theirs = fieldValue("rg_search_median_ms") {
            lines.append(String(format: "same queries, median: ours %.2f ms, rg %.1f ms", ours, theirs))
        }
        return lines.joined(separator: "\n")
    }

    /// A numeric field of `rgFields`.
    private func fieldValue(_ key: String) -> Double? {
        rgFields().first { $0.0 == key }?.1 as? Double
    }
}
