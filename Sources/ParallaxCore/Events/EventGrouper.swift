import Foundation
import Synchronization

/// Groups articles that report the same happening into events.
///
/// Each article becomes a TF-IDF vector of its content words (names weigh more). Clusters are merged
/// by average linkage: two groups join when the mean similarity over all their article pairs passes
/// a threshold and their known dates stay within a few days. Average linkage, unlike joining any two
/// similar articles, does not chain a whole story of related events into one.
public struct EventGrouper: Sendable {
    /// Lowest mean cosine similarity between two groups that joins them.
    public var threshold = 0.1
    /// Lowest mean similarity that joins two groups when one of them has no known date.
    public var undatedThreshold = 0.14
    /// Pairs less similar than this count as zero; keeps the similarity graph sparse.
    public var edgeFloor = 0.03
    /// How many of its most similar articles each article keeps an edge to.
    public var neighbours = 24
    /// Largest spread in days of the known dates inside one event.
    public var maxDayGap = 3

    /// Creates a grouper with default settings.
    public init() {}

    /// Groups the articles; every article belongs to exactly one event. Events with more sources come first.
    public func group(_ articles: [Article]) -> [Event] {
        group(articles.map(GroupingFeatures.init))
    }

    /// Groups articles by their features; every article belongs to exactly one event. Events with more
    /// sources come first.
    public func group(_ features: [GroupingFeatures]) -> [Event] {
        guard !features.isEmpty else { return [] }
        // The same text carried by several outlets (a wire story republished) is one event whatever its
        // words; only one copy takes part in the clustering, which also keeps its terms from looking common.
        let copies = Self.identicalTexts(features)
        let representatives = copies.map { features[$0[0]] }
        let vectors = TermVectors(representatives)
        let days = copies.map { group in group.compactMap { features[$0].date?.dayNumber }.min() }
        var clusters = Clusters(count: representatives.count, days: days)
        let passages = SharedPassages(representatives)
        for (i, j, s) in strongestEdges(vectors, passages: passages, count: representatives.count) {
            clusters.addEdge(i, j, s)
        }
        clusters.mergeAll(threshold: threshold, undatedThreshold: undatedThreshold, maxDayGap: maxDayGap)
        var used: Set<String> = []
        // Events with the most sources first (they are what a comparison is about), then in file order.
        let groups = clusters.groups().map { members in (members, members.flatMap { copies[$0] }.sorted()) }
            .sorted { $0.1.count != $1.1.count ? $0.1.count > $1.1.count : $0.1[0] < $1.1[0] }
        return groups.map { members, all in
            makeEvent(all.map { features[$0] }, keywords: vectors.keywords(of: members), used: &used)
        }
    }

    /// Each article's most similar neighbours among the candidates: an edge stays when it is among the
    /// `neighbours` strongest of either end. Average linkage counts a missing edge as zero, so weak
    /// edges hardly change it, and keeping a few per article bounds the work on any corpus.
    func strongestEdges(_ vectors: TermVectors, passages: SharedPassages, count: Int) -> [(Int, Int, Double)] {
        var candidates = vectors.candidatePairs()
        var known = Set(candidates.map { Int64($0.0) << 32 | Int64($0.1) })
        for key in passages.counts.keys.sorted() where known.insert(key).inserted {
            candidates.append((Int(key >> 32), Int(key & 0xFFFF_FFFF)))
        }
        let pairs = candidates
        let scores = Self.parallelMap(pairs.count) { n in
            let (i, j) = pairs[n]
            return min(1, vectors.cosine(i, j) + Self.passageBonus(passages, i, j))
        }
        var adjacent = [[(other: Int, score: Double)]](repeating: [], count: count)
        for ((i, j), s) in zip(pairs, scores) where s >= edgeFloor {
            adjacent[i].append((j, s))
            adjacent[j].append((i, s))
        }
        var kept = Set<Int64>()
        var edges: [(Int, Int, Double)] = []
        for i in 0..<count {
            let best = adjacent[i].sorted { $0.score != $1.score ? $0.score > $1.score : $0.other < $1.other }.prefix(neighbours)
            for (j, s) in best {
                let (a, b) = (min(i, j), max(i, j))
                if kept.insert(Int64(a) << 32 | Int64(b)).inserted { edges.append((a, b, s)) }
            }
        }
        return edges
    }

    /// What shared word runs add to a similarity: nothing for one (a stock phrase can fill a run), then
    /// enough that two or more shared quotes outweigh differences in the rest of the vocabulary. Two runs
    /// must be seen in the samples, so that one sampled stock phrase is not scaled up into a quote.
    static func passageBonus(_ passages: SharedPassages, _ i: Int, _ j: Int) -> Double {
        passages.shared(i, j) < 2 ? 0 : min(0.3, 0.1 + 0.02 * passages.estimatedShared(i, j))
    }

    /// `body(0..<count)` computed on every core, in order.
    static func parallelMap(_ count: Int, chunk: Int = 4_096, _ body: @Sendable (Int) -> Double) -> [Double] {
        let chunks = (count + chunk - 1) / chunk
        guard chunks > 1 else { return (0..<count).map(body) }
        let parts = Mutex<[[Double]]>(Array(repeating: [], count: chunks))
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let part = ((c * chunk)..<min(count, (c + 1) * chunk)).map(body)
            parts.withLock { $0[c] = part }
        }
        return parts.withLock { $0.flatMap { $0 } }
    }

    /// Indices of articles grouped by identical body text (same length and 128-bit hash, see
    /// `BodyFingerprint`), each group in order, groups by first member. Articles without body text stay apart.
    static func identicalTexts(_ features: [GroupingFeatures]) -> [[Int]] {
        var groups: [[Int]] = []
        var byFingerprint: [BodyFingerprint: Int] = [:]
        for (i, f) in features.enumerated() {
            if f.body.length == 0 { groups.append([i]); continue }
            if let match = byFingerprint[f.body] {
                groups[match].append(i)
            } else {
                byFingerprint[f.body] = groups.count
                groups.append([i])
            }
        }
        return groups
    }

    /// An event for its members: ordered by date, with dates, keywords and a unique slug.
    func makeEvent(_ members: [GroupingFeatures], keywords: [String], used: inout Set<String>) -> Event {
        let ordered = members.sorted { a, b in
            switch (a.date, b.date) {
            case let (x?, y?) where x != y: return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a.path < b.path
            }
        }
        let dates = members.compactMap(\.date)
        let range = dates.min().flatMap { lo in dates.max().map { lo...$0 } }
        var base = keywords.first.map(Self.slug) ?? "event"
        if base.isEmpty { base = "event" }
        if let lo = range?.lowerBound { base += "-\(lo)" }
        var slug = base
        var n = 2
        while used.contains(slug) { slug = "\(base)-\(n)"; n += 1 }
        used.insert(slug)
        return Event(id: slug, articleIDs: ordered.map(\.articleID), keywords: keywords, dates: range)
    }

    /// A keyword as an id part: letters and digits, other characters as hyphens.
    static func slug(_ word: String) -> String {
        String(word.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }
}

/// Average-linkage clustering over a sparse similarity graph.
struct Clusters {
    /// For each live cluster, the summed similarity to each neighbouring cluster.
    private var links: [[Int: Double]]
    private var members: [[Int]]
    private var alive: [Bool]
    /// Earliest and latest known day of each cluster.
    private var span: [(lo: Int, hi: Int)?]

    /// One cluster per article, each with its known day.
    init(count: Int, days: [Int?]) {
        links = Array(repeating: [:], count: count)
        members = (0..<count).map { [$0] }
        alive = Array(repeating: true, count: count)
        span = days.map { d in d.map { ($0, $0) } }
    }

    /// Records the similarity of two articles.
    mutating func addEdge(_ i: Int, _ j: Int, _ s: Double) {
        links[i][j, default: 0] += s
        links[j][i, default: 0] += s
    }

    /// Mean similarity over all article pairs of two clusters.
    private func average(_ a: Int, _ b: Int, _ sum: Double) -> Double {
        sum / Double(members[a].count * members[b].count)
    }

    private func datesFit(_ a: Int, _ b: Int, _ maxDayGap: Int) -> Bool {
        guard let x = span[a], let y = span[b] else { return true }
        return max(x.hi, y.hi) - min(x.lo, y.lo) <= maxDayGap
    }

    /// Merges the most similar pair of clusters until no pair reaches the threshold.
    mutating func mergeAll(threshold: Double, undatedThreshold: Double, maxDayGap: Int) {
        var heap = MaxHeap()
        for a in links.indices { for (b, s) in links[a] where a < b { heap.push(average(a, b, s), a, b) } }
        while let top = heap.pop() {
            guard top.score >= threshold else { break }
            let (a, b) = (top.a, top.b)
            // Entries go stale when either side has merged since; only current scores count.
            guard alive[a], alive[b], let sum = links[a][b], abs(average(a, b, sum) - top.score) < 1e-12,
                  datesFit(a, b, maxDayGap) else { continue }
            // Without dates on both sides nothing confirms the match but the text, so it must say more.
            if span[a] == nil || span[b] == nil, top.score < undatedThreshold { continue }
            merge(b, into: a)
            for (c, s) in links[a] { heap.push(average(a, c, s), min(a, c), max(a, c)) }
        }
    }

    private mutating func merge(_ b: Int, into a: Int) {
        alive[b] = false
        members[a] += members[b]
        members[b] = []
        switch (span[a], span[b]) {
        case let (x?, y?): span[a] = (min(x.lo, y.lo), max(x.hi, y.hi))
        case let (nil, y?): span[a] = y
        default: break
        }
        let other = links[b]
        links[b] = [:]
        links[a][b] = nil
        for (c, s) in other where c != a {
            links[a][c, default: 0] += s
            links[c][b] = nil
            links[c][a, default: 0] += s
        }
    }

    /// Member lists of the final clusters, in order of their first article.
    func groups() -> [[Int]] {
        members.indices.filter { alive[$0] }.map { members[$0].sorted() }.sorted { $0[0] < $1[0] }
    }
}

/// A binary max-heap of scored cluster pairs.
struct MaxHeap {
    /// A cluster pair and its mean similarity when it was pushed.
    struct Entry { let score: Double; let a: Int; let b: Int }
    private var items: [Entry] = []

    /// Adds a scored pair.
    mutating func push(_ score: Double, _ a: Int, _ b: Int) {
        items.append(Entry(score: score, a: a, b: b))
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard Self.before(items[i], items[parent]) else { break }
            items.swapAt(i, parent)
            i = parent
        }
    }

    /// Removes and returns the highest-scored pair.
    mutating func pop() -> Entry? {
        guard let first = items.first else { return nil }
        let last = items.removeLast()
        guard !items.isEmpty else { return first }
        items[0] = last
        var i = 0
        while true {
            let l = 2 * i + 1, r = l + 1
            var best = i
            if l < items.count, Self.before(items[l], items[best]) { best = l }
            if r < items.count, Self.before(items[r], items[best]) { best = r }
            guard best != i else { break }
            items.swapAt(i, best)
            i = best
        }
        return first
    }

    /// Higher score first; ties by pair so that the result does not depend on insertion order.
    private static func before(_ x: Entry, _ y: Entry) -> Bool {
        x.score != y.score ? x.score > y.score : (x.a, x.b) < (y.a, y.b)
    }
}
