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
    /// From this many candidates on, ranking runs off the event loop (a keystroke at 100,000 articles
    /// would otherwise hold the loop for a tenth of a second): the list follows when it is ready.
    public let backgroundFrom: Int

    /// The default `backgroundFrom`: below it, ranking takes a few milliseconds.
    public static let backgroundThreshold = 20_000

    /// Whether ranking these candidates runs in the background.
    public var ranksInBackground: Bool { candidates.count >= backgroundFrom }

    /// Prepares every listed article of a corpus index, in library order (reads every article's
    /// summary and entity names once: call it off the event loop).
    public init(_ source: any CorpusSource) {
        generation = source.generation
        backgroundFrom = Self.backgroundThreshold
        var folding = TextFolding(caseSensitive: true)
        var ids: [String] = [], candidates: [FuzzyCandidate] = []
        for (id, fields) in source.filterCandidates() {
            ids.append(id)
            candidates.append(FuzzyCandidate(fields: fields, folding: &folding))
        }
        articleIDs = ids
        self.candidates = candidates
    }

    /// Prepared candidates (benchmarks and tests); ranking runs in the background from `backgroundFrom`.
    public init(articleIDs: [String], candidates: [FuzzyCandidate], backgroundFrom: Int = backgroundThreshold) {
        self.articleIDs = articleIDs
        self.candidates = candidates
        self.backgroundFrom = backgroundFrom
        generation = 0
    }

    /// How many of the best rows are scored exactly (`FuzzyQuery.score`); the rest keep the order of the
    /// quick score (`FuzzyQuery.quickScore`), which is the exact one for rows with a contiguous match.
    public static let exactlyScored = 2_000

    /// Indices of the candidates that match, best first (ties keep library order). With `within`, only
    /// those candidates are scored: the matches of a query this one narrows (`FuzzyQuery.narrows`), since
    /// nothing else can match. Every row gets the quick score (linear); the `exactlyScored` best of them
    /// are scored exactly and put in that order, the others follow in quick-score order. A long list is
    /// scored in two halves at once.
    public func ranked(by query: FuzzyQuery, within: [Int]? = nil) -> [Int] {
        let pool = within.map { $0.sorted() }
        let total = pool?.count ?? candidates.count
        let chunks = total >= 20_000 ? 2 : 1
        let size = (total + chunks - 1) / max(1, chunks)
        let parts = Mutex<[[(index: Int, score: Int)]]>(Array(repeating: [], count: chunks))
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var scored: [(index: Int, score: Int)] = []
            scored.reserveCapacity(size)
            candidates.withUnsafeBufferPointer { candidates in
                for n in (chunk * size)..<min(total, (chunk + 1) * size) {
                    let i = pool?[n] ?? n
                    if let score = query.quickScore(candidates[i]) { scored.append((i, score)) }
                }
            }
            parts.withLock { $0[chunk] = scored }
        }
        let best = { (a: (index: Int, score: Int), b: (index: Int, score: Int)) in
            a.score != b.score ? a.score > b.score : a.index < b.index
        }
        var scored = parts.withLock { $0.flatMap { $0 } }
        scored.sort(by: best)
        var scratch = FuzzyScratch()
        var top = scored.prefix(Self.exactlyScored).map { row in
            (index: row.index, score: query.score(candidates[row.index], scratch: &scratch) ?? row.score)
        }
        top.sort(by: best)
        return top.map(\.index) + scored.dropFirst(Self.exactlyScored).map(\.index)
    }

    /// The library ranked for a key: the fuzzy filter's order, kept to the articles that mention the
    /// key's entity when it has one. `within` as for `ranked(by:within:)`.
    public func ranking(for key: LibraryRankKey, within: [Int]?, source: any CorpusSource) -> LibraryRanking {
        var indices = ranked(by: FuzzyQuery(key.query), within: within)
        if let entity = key.entity {
            let keep = Set(source.articles(mentioning: entity))
            indices = indices.filter { keep.contains(articleIDs[$0]) }
        }
        return LibraryRanking(indices: indices, articleIDs: indices.map { articleIDs[$0] })
    }
}

/// What a ranked library is for: the filter's text, the entity filter, and the candidates' generation.
public struct LibraryRankKey: Sendable, Hashable {
    /// The fuzzy query as typed.
    public let query: String
    /// Only articles mentioning this entity, if any.
    public let entity: EntityID?
    /// The generation the candidates were read at.
    public let generation: Int

    /// A key.
    public init(query: String, entity: EntityID?, generation: Int) {
        self.query = query
        self.entity = entity
        self.generation = generation
    }

    /// Whether this key's matches are among `previous`'s matches, so that ranking it needs to score only
    /// those: the same entity filter and candidates, and a query that narrows the previous one.
    public func narrows(_ previous: LibraryRankKey) -> Bool {
        entity == previous.entity && generation == previous.generation
            && FuzzyQuery(query).narrows(FuzzyQuery(previous.query))
    }
}

/// A ranked library: candidate indices best first, and their article ids.
public struct LibraryRanking: Sendable, Equatable {
    /// Indices into the candidates.
    public let indices: [Int]
    /// The articles, in the same order.
    public let articleIDs: [String]
}

/// The key a ranked listing was made for, and its candidate indices.
public struct RankedLibrary: Sendable, Equatable {
    /// What was ranked.
    public let key: LibraryRankKey
    /// The matching candidates, best first.
    public let indices: [Int]

    /// A ranked library.
    public init(key: LibraryRankKey, indices: [Int]) {
        self.key = key
        self.indices = indices
    }
}

/// Asks for the background ranking a long library's filter wants, once per key; a query that narrows
/// the listed one scores only its matches.
enum LibraryRankingRequests {
    /// The effect ranking what the state wants, if it is not asked for yet.
    static func ensure(_ state: inout AppState) -> [Effect] {
        guard let wanted = state.rankWanted, wanted != state.rankRequested, let candidates = state.libraryCandidates
        else { return [] }
        state.rankRequested = wanted
        let within = state.rankedFor.flatMap { wanted.narrows($0.key) ? $0.indices : nil }
        return [.rankLibrary(candidates, wanted, within: within, request: state.newRequest())]
    }

    /// A ranking arrived: listed when it is still the one wanted, the cursor on its first article.
    static func arrived(_ state: inout AppState, _ key: LibraryRankKey, _ ranking: LibraryRanking) {
        guard state.rankWanted == key else { return }
        state.take(ranking, for: key)
        var library = state.library
        library.scroll = 0
        state.library = library
        state.library.cursor = LibraryReducer.firstSelectable(state) ?? 0
    }
}
