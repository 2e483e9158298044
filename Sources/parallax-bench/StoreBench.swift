import Foundation
import ParallaxCore
import ParallaxUI

/// `parallax-bench store PATH CACHEDIR`: times opening an index that `parallax index` built, reading the
/// library's first page, and searching (20 hits with snippets), on an already indexed corpus.
enum StoreBench {
    /// Runs the benchmark; returns the exit status.
    static func run(_ arguments: [String]) -> Int32 {
        guard arguments.count >= 2 else {
            print("usage: parallax-bench store PATH CACHEDIR")
            return 2
        }
        let root = URL(fileURLWithPath: arguments[0])
        do {
            var opened: CorpusIndex?
            var firstPage: [LibraryEntry] = []
            let open = try seconds {
                let index = try CorpusIndex(root: root, cache: .directory(arguments[1]), recognizer: nil)
                firstPage = index.library(0..<60, mentioning: nil)
                opened = index
            }
            guard let index = opened else { return 1 }
            print(String(format: "open + first library page (%d rows): %.1f ms; %d articles, %d events, %d library rows",
                         firstPage.count, open * 1000, index.articleCount, index.eventCount, index.libraryCount(mentioning: nil)))
            if let path = index.databasePath,
               let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int {
                print(String(format: "cache file: %.1f MB", Double(size) / 1_048_576))
            }
            let middle = index.libraryCount(mentioning: nil) / 2
            let page = seconds { _ = index.library(middle..<(middle + 60), mentioning: nil) }
            print(String(format: "a library page in the middle: %.2f ms", page * 1000))
            try searches(index)
            let top = index.topEntities(limit: 1)
            if let entity = top.first {
                let filtered = seconds { _ = index.library(0..<60, mentioning: entity.id) }
                print(String(format: "library filtered by its top entity (%d articles): %.1f ms", entity.mentionCounts.count, filtered * 1000))
            }
            let candidates = seconds { _ = index.filterCandidates() }
            print(String(format: "filter candidates: %.0f ms", candidates * 1000))
            libraryFilter(index)
            return 0
        } catch {
            print("store bench: \(error)")
            return 1
        }
    }

    /// The library's fuzzy filter as typed, a letter at a time: each prefix ranked over every article, and
    /// ranked over the previous prefix's matches as the explorer does (`LibraryRankKey.narrows`).
    static func libraryFilter(_ index: CorpusIndex) {
        var library: LibraryCandidates?
        let prepare = seconds { library = LibraryCandidates(index) }
        guard let library else { return }
        let scalars = library.candidates.reduce(0) { $0 + $1.scalars.count }
        print(String(format: "library filter: %d candidates prepared in %.0f ms, %.0f scalars each on average",
                     library.candidates.count, prepare * 1000, Double(scalars) / Double(max(1, library.candidates.count))))
        print("query\tfull ms\tnarrowed ms\tmatching")
        for word in ["minister", "rolisek", "harbour vote", "xq"] {
            var previous: (FuzzyQuery, [Int])?
            for end in 1...word.count {
                let query = FuzzyQuery(String(word.prefix(end)))
                var full: [Int] = [], narrowed: [Int] = []
                let fullTime = seconds { full = library.ranked(by: query) }
                let within = previous.flatMap { query.narrows($0.0) ? $0.1 : nil }
                let narrowedTime = seconds { narrowed = library.ranked(by: query, within: within) }
                if narrowed != full { print("MISMATCH for \(word.prefix(end))") }
                print(String(format: "%@\t%.1f\t%.1f\t%d", String(word.prefix(end)), fullTime * 1000, narrowedTime * 1000, full.count))
                previous = (query, full)
            }
        }
    }

    /// Search latency over a few kinds of query, 20 hits with snippets each.
    static func searches(_ index: CorpusIndex) throws {
        let words = ["harbour", "velmora", "council vote", "inflation", "bridge", "ferry", "minister", "storm", "prices", "strike"]
        var queries: [SearchQuery] = []
        for (i, w) in words.enumerated() {
            var q = SearchQuery()
            let parts = w.split(separator: " ").map(String.init)
            q.terms = i % 3 == 0 ? [SearchQuery.Term(words: parts)] : parts.map { SearchQuery.Term(words: [$0]) }
            if i % 4 == 1 { q.terms[q.terms.count - 1].isPrefix = true }
            queries.append(q)
        }
        var times: [Double] = []
        for _ in 0..<5 {
            for q in queries { times.append(try seconds { _ = try index.search(q, limit: 20, offset: 0) }) }
        }
        times.sort()
        let p50 = times[times.count / 2], p99 = times[min(times.count - 1, Int(Double(times.count) * 0.99))]
        print(String(format: "search, 20 hits with snippets: p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d runs)",
                     p50 * 1000, p99 * 1000, (times.last ?? 0) * 1000, times.count))
    }
}
