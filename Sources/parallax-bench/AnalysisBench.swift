import Foundation
import ParallaxCore

/// `parallax-bench analysis DIR [--runs N] [--limit N]`: the CPU per article of the index's per-file
/// analysis on one core, phase by phase (parse; entity recognition; grouping features; the other stored
/// fields), over a folder's files held in memory, with a checksum of everything the index would store.
enum AnalysisBench {
    /// Runs the measurement; returns the exit status.
    static func run(_ arguments: [String]) -> Int32 {
        guard let folder = arguments.first(where: { !$0.hasPrefix("--") && Int($0) == nil }) else {
            print("usage: parallax-bench analysis DIR [--runs N] [--limit N]")
            return 2
        }
        let runs = ParseBench.option("--runs", in: arguments) ?? 3
        let limit = ParseBench.option("--limit", in: arguments) ?? Int.max
        let files = load(folder, limit: limit)
        let recognizer: any MentionRecognizer
        do { recognizer = try makeBenchRecognizer() } catch {
            print("parallax-bench: \(error)")
            return 1
        }
        print("files: \(files.count), \(files.reduce(0) { $0 + $1.data.count }) bytes")
        var best = [Double](repeating: .infinity, count: 4)
        var digest = ""
        for _ in 0..<max(1, runs) {
            var cpu = [Double](repeating: 0, count: 4)
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for file in files {
                var t = NERBench.threadCPUSeconds()
                func lap(_ phase: Int) {
                    let now = NERBench.threadCPUSeconds()
                    cpu[phase] += now - t
                    t = now
                }
                guard let article = AnalysisPhases.parse(file.data, path: file.path) else { lap(0); continue }
                lap(0)
                let found = AnalysisPhases.mentions(article, using: recognizer)
                lap(1)
                let features = AnalysisPhases.features(article)
                lap(2)
                let stored = AnalysisPhases.storedBytes(article, found: found)
                lap(3)
                for byte in (features ?? []) + stored { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            }
            for k in 0..<4 { best[k] = min(best[k], cpu[k]) }
            digest = String(hash, radix: 16)
        }
        let n = Double(max(1, files.count))
        let names = ["parse", "recognition", "features", "fields (incl. features again)"]
        for k in 0..<4 { print(String(format: "%@\t%.1f µs/article", names[k], best[k] / n * 1e6)) }
        print(String(format: "total\t%.1f µs/article", best.reduce(0, +) / n * 1e6))
        print("digest\t\(digest)")
        return 0
    }

    /// Every regular file under the folder, sorted by relative path.
    static func load(_ folder: String, limit: Int) -> [(path: String, data: Data)] {
        let root = URL(fileURLWithPath: folder)
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var paths: [String] = []
        while let path = walker.nextObject() as? String {
            // Hidden entries (a scale corpus's manifest and planned events) are skipped, as the index skips them.
            if path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isDirectory),
               !isDirectory.boolValue { paths.append(path) }
        }
        return paths.sorted().prefix(limit).compactMap { path in
            (try? Data(contentsOf: root.appendingPathComponent(path))).map { (path, $0) }
        }
    }
}
