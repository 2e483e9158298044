import ParallaxCore

/// A text progress bar drawn with block characters: `▕████▌░░░▏`.
enum ProgressBar {
    /// A bar `width` cells wide (plus its two ends) for `done` of `total`.
    static func text(done: Int, total: Int, width: Int) -> String {
        let width = max(1, width)
        let fraction = total > 0 ? min(1, max(0, Double(done) / Double(total))) : 0
        let eighths = Int((fraction * Double(width * 8)).rounded(.down))
        let full = eighths / 8
        let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"][eighths % 8]
        let rest = width - full - (partial.isEmpty ? 0 : 1)
        return "▕" + String(repeating: "█", count: full) + partial + String(repeating: "░", count: max(0, rest)) + "▏"
    }

    /// The short form for the status line: `indexing ▕███░░░▏ 45%`, or `grouping…`.
    static func compact(_ progress: IndexProgress?) -> String {
        switch progress {
        case .scanning?: return "indexing: scanning"
        case .analysing(let done, let total, _)?:
            let percent = total > 0 ? done * 100 / total : 0
            return "indexing " + text(done: done, total: total, width: 8) + " \(percent)%"
        case .grouping?: return "indexing: grouping"
        case .finished?, nil: return ""
        }
    }
}
