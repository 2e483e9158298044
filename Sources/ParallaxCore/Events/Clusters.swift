/// Average-linkage clustering over a sparse similarity graph.
///
/// Each cluster keeps its links as an array sorted by neighbour (not a dictionary): a few dozen
/// entries per cluster, so merging two lists and updating a neighbour are short scans, and a corpus of
/// 100,000 articles costs tens of megabytes rather than a dictionary per article.
struct Clusters {
    /// A neighbouring cluster and the summed similarity of all article pairs across the two.
    struct Link { var other: Int32; var sum: Double }
    /// For each live cluster, its links, sorted by neighbour.
    private var links: [[Link]]
    private var members: [[Int]]
    private var alive: [Bool]
    /// Earliest and latest known day of each cluster.
    private var span: [(lo: Int, hi: Int)?]

    /// One cluster per article, each with its known day.
    init(count: Int, days: [Int?]) {
        links = Array(repeating: [], count: count)
        members = (0..<count).map { [$0] }
        alive = Array(repeating: true, count: count)
        span = days.map { d in d.map { ($0, $0) } }
    }

    /// One cluster per article, each with its known day, linked by the pairs of a neighbour graph. Each
    /// link list is made its final size at once: grown by appends, the lists of 100,000 articles would
    /// hold a third more room than links.
    init(count: Int, days: [Int?], graph: NeighbourLists) {
        self.init(count: count, days: days)
        var degree = [Int](repeating: 0, count: count)
        let edges = graph.edgeEntries()
        graph.forEachEdge(of: edges) { a, b, _ in
            degree[a] += 1
            degree[b] += 1
        }
        for a in 0..<count { links[a].reserveCapacity(degree[a]) }
        graph.forEachEdge(of: edges) { a, b, s in addEdge(a, b, s) }
    }

    /// Records the similarity of two articles; each pair is recorded at most once.
    mutating func addEdge(_ i: Int, _ j: Int, _ s: Double) {
        links[i].append(Link(other: Int32(j), sum: s))
        links[j].append(Link(other: Int32(i), sum: s))
    }

    /// Mean similarity over all article pairs of two clusters.
    private func average(_ a: Int, _ b: Int, _ sum: Double) -> Double {
        sum / Double(members[a].count * members[b].count)
    }

    private func datesFit(_ a: Int, _ b: Int, _ maxDayGap: Int) -> Bool {
        guard let x = span[a], let y = span[b] else { return true }
        return max(x.hi, y.hi) - min(x.lo, y.lo) <= maxDayGap
    }

    /// Where `other` is, or would go, in a sorted link list.
    private static func position(of other: Int32, in list: [Link]) -> (index: Int, found: Bool) {
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if list[mid].other < other { lo = mid + 1 } else { hi = mid }
        }
        return (lo, lo < list.count && list[lo].other == other)
    }

    /// The summed similarity between two clusters, if they are linked.
    private func sum(_ a: Int, _ b: Int) -> Double? {
        let (index, found) = Self.position(of: Int32(b), in: links[a])
        return found ? links[a][index].sum : nil
    }

    /// Merges the most similar pair of clusters until no pair reaches the threshold.
    ///
    /// Only pairs at or above the threshold enter the heap: the loop would stop at the first one below
    /// it anyway, and leaving them out keeps the heap to the few pairs that can still merge.
    mutating func mergeAll(threshold: Double, undatedThreshold: Double, maxDayGap: Int) {
        for a in links.indices { links[a].sort { $0.other < $1.other } }
        var initial: [MaxHeap.Entry] = []
        for a in links.indices {
            for link in links[a] where a < Int(link.other) {
                let score = average(a, Int(link.other), link.sum)
                if score >= threshold { initial.append(MaxHeap.Entry(score: score, a: Int32(a), b: link.other)) }
            }
        }
        // Handed over, not copied: arranging a heap still shared with `initial` would copy every entry.
        var heap = MaxHeap(consume initial)
        while let top = heap.pop() {
            let (a, b) = (Int(top.a), Int(top.b))
            // Entries go stale when either side has merged since; only current scores count.
            guard alive[a], alive[b], let sum = sum(a, b), abs(average(a, b, sum) - top.score) < 1e-12,
                  datesFit(a, b, maxDayGap) else { continue }
            // Without dates on both sides nothing confirms the match but the text, so it must say more.
            if span[a] == nil || span[b] == nil, top.score < undatedThreshold { continue }
            merge(b, into: a)
            for link in links[a] {
                let c = Int(link.other)
                let score = average(a, c, link.sum)
                if score >= threshold { heap.push(score, min(a, c), max(a, c)) }
            }
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
        links[b] = []
        links[a] = Self.combined(links[a], other, dropping: Int32(a), Int32(b))
        for link in other where Int(link.other) != a {
            let c = Int(link.other)
            let (at, found) = Self.position(of: Int32(b), in: links[c])
            if found { links[c].remove(at: at) }
            let (to, linked) = Self.position(of: Int32(a), in: links[c])
            if linked { links[c][to].sum += link.sum } else { links[c].insert(Link(other: Int32(a), sum: link.sum), at: to) }
        }
    }

    /// Two sorted link lists as one, sums of shared neighbours added, the merging pair left out.
    private static func combined(_ x: [Link], _ y: [Link], dropping a: Int32, _ b: Int32) -> [Link] {
        var result: [Link] = []
        result.reserveCapacity(x.count + y.count)
        var i = 0, j = 0
        while i < x.count || j < y.count {
            let link: Link
            if j == y.count || (i < x.count && x[i].other < y[j].other) {
                link = x[i]; i += 1
            } else if i == x.count || y[j].other < x[i].other {
                link = y[j]; j += 1
            } else {
                link = Link(other: x[i].other, sum: x[i].sum + y[j].sum); i += 1; j += 1
            }
            if link.other != a && link.other != b { result.append(link) }
        }
        return result
    }

    /// Member lists of the final clusters, in order of their first article.
    func groups() -> [[Int]] {
        members.indices.filter { alive[$0] }.map { members[$0].sorted() }.sorted { $0[0] < $1[0] }
    }
}
