import Dispatch
import ParallaxCore
import Synchronization

/// The library's articles prepared once for fuzzy filtering: headline (or first words), outlet and the
/// names of the entities each mentions, folded per scalar. Filtering ranks them best first; events are
/// dissolved while a filter is on, since the best row of one event can be far better than its others.
public struct LibraryCandidates: Sendable, Equatable {
    /// Article ids, in library order.
    public let articleIDs: [String]
    /// One candidate per article.
    public let candidates: [FuzzyCandidate]
    /// The index's generation they were read at (0 for prepared candidates).
    public let generation: Int

    /// Prepares every listed article of a corpus index, in library order (reads every article's
    /// summary and entity names once: call it off the event loop).
    public init(_ source: any CorpusSource) {
        generation = source.generation
        var folding = TextFolding(caseSensitive: true)
        var ids: [String] = [], candidates: [FuzzyCandidate] = []
        for (id, fields) in source.filterCandidates() {
            ids.append(id)
            candidates.append(FuzzyCandidate(fields: fields, folding: &folding))
        }
        articleIDs = ids
        self.candidates = candidates
    }

    /// Prepared candidates (benchmarks and tests).
    public init(articleIDs: [String], candidates: [FuzzyCandidate]) {
        self.articleIDs = articleIDs
        self.candidates = candidates
        generation = 0
    }

    /// Indices of the candidates that match, best first (ties keep library order). A long list is
    /// scored in two halves at once: the loop has two cores to itself while a person types.
    public func ranked(by query: FuzzyQuery) -> [Int] {
        let chunks = candidates.count >= 20_000 ? 2 : 1
        let size = (candidates.count + chunks - 1) / max(1, chunks)
        let parts = Mutex<[[(index: Int, score: Int)]]>(Array(repeating: [], count: chunks))
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var scored: [(index: Int, score: Int)] = []
            var scratch = FuzzyScratch()
            for i in (chunk * size)..<min(candidates.count, (chunk + 1) * size) {
                if let score = query.score(candidates[i], scratch: &scratch) { scored.append((i, score)) }
            }
            parts.withLock { $0[chunk] = scored }
        }
        var scored = parts.withLock { $0.flatMap { $0 } }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
        return scored.map(\.index)
    }
}
