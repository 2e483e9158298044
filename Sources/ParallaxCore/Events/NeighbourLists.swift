/// Each article's strongest neighbours and their scores, flat (what `SimilarityGraph` finds and
/// `Clusters` starts from): twelve bytes a neighbour and no array per article.
struct NeighbourLists: Sendable {
    /// Start of each article's neighbours; one more entry than articles.
    private let offsets: [Int]
    /// The neighbours, strongest first within each article, and their scores.
    private let others: [Int32]
    private let scores: [Double]

    /// The lists of some articles, in the order they were scored.
    struct Part: Sendable {
        fileprivate var articles: [Int32] = []
        fileprivate var ends: [Int] = []
        fileprivate var others: [Int32] = []
        fileprivate var scores: [Double] = []

        /// An empty part with room for `articles` lists of up to `neighbours` each (room never filled
        /// costs no memory: the pages are not touched).
        init(room articles: Int = 0, neighbours: Int = 0) {
            self.articles.reserveCapacity(articles)
            ends.reserveCapacity(articles)
            others.reserveCapacity(articles * neighbours)
            scores.reserveCapacity(articles * neighbours)
        }

        /// Adds article `i`'s list.
        mutating func add(_ i: Int, _ list: ArraySlice<(other: Int32, score: Double)>) {
            articles.append(Int32(i))
            for (other, score) in list {
                others.append(other)
                scores.append(score)
            }
            ends.append(others.count)
        }
    }

    /// Lists for articles `0..<count` from parts that together score every article once.
    init(_ parts: [Part], count: Int) {
        var offsets = [Int](repeating: 0, count: count + 1)
        for part in parts {
            for (k, i) in part.articles.enumerated() { offsets[Int(i) + 1] = part.ends[k] - (k == 0 ? 0 : part.ends[k - 1]) }
        }
        for i in 0..<count { offsets[i + 1] += offsets[i] }
        var others = [Int32](repeating: 0, count: offsets[count])
        var scores = [Double](repeating: 0, count: offsets[count])
        for part in parts {
            var from = 0
            for (k, i) in part.articles.enumerated() {
                let to = offsets[Int(i)]
                for n in 0..<(part.ends[k] - from) {
                    others[to + n] = part.others[from + n]
                    scores[to + n] = part.scores[from + n]
                }
                from = part.ends[k]
            }
        }
        self.offsets = offsets
        self.others = others
        self.scores = scores
    }

    /// Number of articles.
    var count: Int { offsets.count - 1 }

    /// Where article `i`'s neighbours are.
    func range(_ i: Int) -> Range<Int> { offsets[i]..<offsets[i + 1] }

    /// Neighbour entry `k`: the article and its score.
    func neighbour(_ k: Int) -> (other: Int32, score: Double) { (others[k], scores[k]) }

    /// Whether `j` is among article `i`'s neighbours.
    func contains(_ i: Int, _ j: Int) -> Bool { others[range(i)].contains(Int32(j)) }

    /// Calls `body` once per pair of articles either of which keeps the other, with the smaller article
    /// first and the score of the list it was found in first (both lists give the same score).
    func forEachEdge(_ body: (Int, Int, Double) -> Void) {
        forEachEdge(of: edgeEntries(), body)
    }

    /// Which neighbour entries stand for an edge in `forEachEdge`: a pair kept by both articles counts once,
    /// from the smaller article. Worked out once, it lets a caller go over the edges twice without looking
    /// each pair up in the other article's list again.
    func edgeEntries() -> [Bool] {
        var kept = [Bool](repeating: false, count: others.count)
        for i in 0..<count {
            for k in range(i) {
                let j = Int(others[k])
                kept[k] = j > i || !contains(j, i)
            }
        }
        return kept
    }

    /// `forEachEdge` over entries found by `edgeEntries`.
    func forEachEdge(of kept: [Bool], _ body: (Int, Int, Double) -> Void) {
        for i in 0..<count {
            for k in range(i) where kept[k] {
                let j = Int(others[k])
                body(min(i, j), max(i, j), scores[k])
            }
        }
    }
}
