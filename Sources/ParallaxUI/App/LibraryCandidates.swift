import ParallaxCore

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

    /// Indices of the candidates that match, best first (ties keep library order).
    public func ranked(by query: FuzzyQuery) -> [Int] {
        var scored: [(index: Int, score: Int)] = []
        var scratch = FuzzyScratch()
        for (i, candidate) in candidates.enumerated() {
            if let score = query.score(candidate, scratch: &scratch) { scored.append((i, score)) }
        }
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
