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

    /// Prepares every article of a corpus, in the order the library lists them.
    public init(_ corpus: Corpus) {
        var folding = TextFolding(caseSensitive: true)
        var ids: [String] = [], candidates: [FuzzyCandidate] = []
        let ordered = corpus.events.flatMap(\.articleIDs)
        for id in ordered {
            guard let article = corpus.article(id: id) else { continue }
            ids.append(id)
            candidates.append(FuzzyCandidate(fields: Self.fields(article, corpus: corpus), folding: &folding))
        }
        articleIDs = ids
        self.candidates = candidates
    }

    /// Prepared candidates (benchmarks and tests).
    public init(articleIDs: [String], candidates: [FuzzyCandidate]) {
        self.articleIDs = articleIDs
        self.candidates = candidates
    }

    /// What a row is matched against: headline, outlet, then entity names (most mentioned first).
    static func fields(_ article: Article, corpus: Corpus) -> [String] {
        let m = article.metadata
        var seen: Set<EntityID> = []
        var names: [String] = []
        for mention in corpus.entities.mentions(in: article.id) where seen.insert(mention.entity).inserted {
            if let name = corpus.entities.entity(mention.entity)?.name { names.append(name) }
        }
        return [m.titleText ?? article.firstWords(20), m.outletName ?? ""] + names
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

    /// The library's rows for a query: matching articles, best first, without event headings.
    func rows(matching query: FuzzyQuery, in corpus: Corpus, mentioning entity: EntityID?) -> [LibraryRow] {
        let keep = entity.map { Set(corpus.entities.articles(mentioning: $0)) }
        return ranked(by: query).compactMap { i in
            guard keep?.contains(articleIDs[i]) ?? true else { return nil }
            return corpus.article(id: articleIDs[i]).map(LibraryRow.article)
        }
    }
}
