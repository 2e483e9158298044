import Foundation
import Synchronization

/// Writes a synthetic corpus of `articles` news articles, the same bytes for the same count and seed.
///
/// Storylines in 24 countries run over three years; each event is covered by one to eight of forty
/// invented outlets, whose versions share quotes and wire copy and differ in headline, length and page
/// furniture. Files go to `outlet/year/date-headline-number.txt` (a few `.md`).
struct ScaleCorpusGenerator {
    /// What was written.
    struct Stats: Codable, Equatable {
        /// Article files (including exact duplicates).
        var files = 0
        /// Of which Markdown.
        var markdown = 0
        /// Of which exact copies of another file (republished wire copy).
        var duplicates = 0
        /// Bytes written.
        var bytes = 0
        /// Body words written.
        var words = 0
        /// Events and storylines planned.
        var events = 0, storylines = 0
        /// Shortest and longest article, in body words.
        var minWords = Int.max, maxWords = 0

        /// Adds another part's figures.
        mutating func merge(_ other: Stats) {
            files += other.files
            markdown += other.markdown
            duplicates += other.duplicates
            bytes += other.bytes
            words += other.words
            minWords = min(minWords, other.minWords)
            maxWords = max(maxWords, other.maxWords)
        }
    }

    /// Articles to write.
    let articles: Int
    /// The seed.
    let seed: UInt64

    /// Writes the corpus under `folder` (created if needed) and returns what was written. Events are
    /// written on every core; each draws from its own random stream, so the order does not matter.
    func write(to folder: URL) throws -> Stats {
        let plan = ScalePlan(articles: articles, seed: seed)
        let writer = ScaleArticleWriter(plan: plan)
        try makeFolders(in: folder, plan: plan)
        try writeTruth(in: folder, plan: plan)
        let root = folder.standardizedFileURL.path
        let chunks = max(1, min(plan.events.count, ProcessInfo.processInfo.activeProcessorCount * 8))
        let results = Mutex<(stats: Stats, error: ScaleError?)>((Stats(), nil))
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var stats = Stats()
            var text = ScaleText()
            text.bytes.reserveCapacity(16_384)
            do {
                for index in stride(from: chunk, to: plan.events.count, by: chunks) {
                    try writeEvent(index, plan: plan, writer: writer, root: root, text: &text, stats: &stats)
                }
            } catch {
                results.withLock { $0.error = $0.error ?? (error as? ScaleError) ?? .io("\(error)") }
            }
            results.withLock { $0.stats.merge(stats) }
        }
        return try results.withLock { state in
            if let error = state.error { throw error }
            var stats = state.stats
            stats.events = plan.events.count
            stats.storylines = plan.storylines.count
            return stats
        }
    }

    /// Writes every version of one event (and its republished copy).
    private func writeEvent(_ index: Int, plan: ScalePlan, writer: ScaleArticleWriter, root: String,
                            text: inout ScaleText, stats: inout Stats) throws {
        let event = plan.events[index]
        let details = ScaleEventDetails(plan: plan, event: index)
        for v in event.outlets.indices {
            let written = writer.write(event: index, version: v, details: details, into: &text)
            try Self.writeFile(root + "/" + written.path, text.bytes)
            stats.count(written, bytes: text.bytes.count)
            if v == 0, let r = event.republisher {
                let copy = ScaleOutlet.all[r]
                var parts = written.path.split(separator: "/").map(String.init)
                parts[0] = copy.slug
                let number = String(event.firstArticle + event.outlets.count + 1_000_000).dropFirst()
                parts[2] = String(parts[2].dropLast(10)) + number + ".txt"
                try Self.writeFile(root + "/" + parts.joined(separator: "/"), text.bytes)
                stats.count(written, bytes: text.bytes.count)
                stats.duplicates += 1
            }
        }
    }

    /// The events as planned, for scoring a grouping against them: one line per event with the number of
    /// its first article (the number ending each file name), its article count and its storyline.
    static let truthName = ".parallax-scale-events.tsv"

    /// Writes `truthName` (hidden, so the corpus walk skips it).
    private func writeTruth(in folder: URL, plan: ScalePlan) throws {
        var lines = "first\tarticles\tstoryline\n"
        for event in plan.events { lines += "\(event.firstArticle)\t\(event.articleCount)\t\(event.storyline)\n" }
        try Self.writeFile(folder.appendingPathComponent(Self.truthName).path, Array(lines.utf8))
    }

    /// Creates `outlet/year` folders for every outlet and year.
    private func makeFolders(in folder: URL, plan: ScalePlan) throws {
        let last = ScaleCalendar.date(ScalePlan.days + 3).year
        do {
            for outlet in ScaleOutlet.all {
                for year in 2022...last {
                    try FileManager.default.createDirectory(at: folder.appendingPathComponent("\(outlet.slug)/\(year)"),
                                                            withIntermediateDirectories: true)
                }
            }
        } catch {
            throw ScaleError.io("cannot create folders in \(folder.path): \(error.localizedDescription)")
        }
    }

    /// Writes bytes to a new file with `open(2)` and `write(2)`.
    static func writeFile(_ path: String, _ bytes: [UInt8]) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw ScaleError.io("cannot create \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var done = 0
        try bytes.withUnsafeBytes { raw in
            while done < raw.count {
                let n = Foundation.write(fd, raw.baseAddress.map { $0 + done }, raw.count - done)
                guard n > 0 else { throw ScaleError.io("cannot write \(path): \(String(cString: strerror(errno)))") }
                done += n
            }
        }
    }
}

extension ScaleCorpusGenerator.Stats {
    /// Counts one written file.
    mutating func count(_ written: ScaleArticleWriter.Written, bytes: Int) {
        files += 1
        markdown += written.path.hasSuffix(".md") ? 1 : 0
        self.bytes += bytes
        words += written.words
        minWords = min(minWords, written.words)
        maxWords = max(maxWords, written.words)
    }
}
