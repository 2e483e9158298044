/// Groups articles that report the same happening into events.
///
/// Each article becomes a TF-IDF vector of its content words (names weigh more). Clusters are merged
/// by average linkage: two groups join when the mean similarity over all their article pairs passes
/// a threshold and their known dates stay within a few days. Average linkage, unlike joining any two
/// similar articles, does not chain a whole story of related events into one.
///
/// Grouping works from `GroupingFeatures`, so a stored corpus regroups without reading its files, and
/// it never compares all pairs: each article is compared with a bounded number of candidates (see
/// `SimilarityGraph` and GROUPING.md), which keeps the cost near-linear in the number of articles.
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
        var input = GroupingInput(features)
        return group(&input).map { event in
            Event(id: event.id, articleIDs: event.members.map { features[Int($0)].articleID }, keywords: event.keywords,
                  dates: event.dates)
        }
    }

    /// Groups the articles of an input (its vectors and run samples are used up); events name their
    /// members by their number in the input. `beforeLinkage` is called once the similarity graph is built
    /// and its working memory let go, as the single-threaded linkage starts: a caller can start work of
    /// its own on the other cores there.
    func group(_ input: inout GroupingInput, beforeLinkage: () -> Void = {}) -> [GroupedEvent] {
        guard input.count > 0 else { return [] }
        // The same text carried by several outlets (a wire story republished) is one event whatever its
        // words; only one copy (the representative) takes part in the clustering, which also keeps its
        // terms from looking common.
        let copies = input.copies()
        let dates = input.dates
        let representatives = input.representatives.count
        let days = (0..<representatives).map { r in
            copies.members[copies.starts[r]..<copies.starts[r + 1]].compactMap { dates[Int($0)]?.dayNumber }.min()
        }
        var trace = PhaseTrace()
        var (builder, runs) = input.takeVectorsAndRuns()
        let vectors = builder.finish()
        var clusters = linkedClusters(vectors, runs: &runs, days: days, trace: &trace)
        MemoryTrim.releaseFreed()
        trace.mark("  edges")
        beforeLinkage()
        clusters.mergeAll(threshold: threshold, undatedThreshold: undatedThreshold, maxDayGap: maxDayGap)
        trace.mark("  linkage")
        var used: Set<String> = []
        // Events with the most sources first (they are what a comparison is about), then in file order.
        let groups = clusters.groups().map { members -> (members: [Int], all: [Int32]) in
            var all: [Int32] = []
            for r in members { all += copies.members[copies.starts[r]..<copies.starts[r + 1]] }
            return (members, all.sorted())
        }.sorted { x, y in x.all.count != y.all.count ? x.all.count > y.all.count : x.all[0] < y.all[0] }
        defer { trace.mark("  events") }
        // Each event's keywords and member order on every core; the slugs, unique in order, after.
        let paths = input.paths
        let made = SimilarityGraph.chunked(groups.count) { g in
            (keywords: vectors.keywords(of: groups[g].members), ordered: Self.ordered(groups[g].all, dates: dates, paths: paths))
        }
        return made.map { keywords, ordered in
            makeEvent(ordered, keywords: keywords, used: &used)
        }
    }

    /// One cluster per representative, linked by its strongest neighbours. Shared runs are found first
    /// (the samples are let go at once); they and the neighbour lists are gone when this returns.
    private func linkedClusters(_ vectors: TermVectors, runs: inout [RunSample], days: [Int?],
                                trace: inout PhaseTrace) -> Clusters {
        let passages = RunPartners(runs)
        runs = []
        MemoryTrim.releaseFreed()
        trace.mark("  passages")
        // Scored by date, so that an event's articles, which share most candidates, come one after another.
        let order = (0..<vectors.count).map { Int32($0) }.sorted { a, b in
            let x = days[Int(a)] ?? .max, y = days[Int(b)] ?? .max
            return x != y ? x < y : a < b
        }
        return Clusters(count: vectors.count, days: days, graph: SimilarityGraph(vectors: vectors, passages: passages)
            .strongestNeighbours(neighbours: neighbours, floor: edgeFloor, order: order))
    }

    /// An event's members (article numbers) ordered by date (unknown last), then path, with their range of
    /// known dates.
    static func ordered(_ members: [Int32], dates: [NewsDate?], paths: PackedStrings) -> (members: [Int32], dates: ClosedRange<NewsDate>?) {
        let ordered = members.sorted { a, b in
            switch (dates[Int(a)], dates[Int(b)]) {
            case let (x?, y?) where x != y: return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return paths[Int(a)] < paths[Int(b)]
            }
        }
        let known = members.compactMap { dates[Int($0)] }
        return (ordered, known.min().flatMap { lo in known.max().map { lo...$0 } })
    }

    /// An event for its members (ordered, with their dates, by `ordered`): with keywords and a unique slug.
    func makeEvent(_ members: (members: [Int32], dates: ClosedRange<NewsDate>?), keywords: [String],
                   used: inout Set<String>) -> GroupedEvent {
        let (ordered, range) = members
        var base = keywords.first.map(Self.slug) ?? "event"
        if base.isEmpty { base = "event" }
        if let lo = range?.lowerBound { base += "-\(lo)" }
        var slug = base
        var n = 2
        while used.contains(slug) { slug = "\(base)-\(n)"; n += 1 }
        used.insert(slug)
        return GroupedEvent(id: slug, members: ordered, keywords: keywords, dates: range)
    }

    /// A keyword as an id part: letters and digits, other characters as hyphens.
    static func slug(_ word: String) -> String {
        String(word.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }
}

/// An event as grouping makes it, its members named by their number in the `GroupingInput`.
struct GroupedEvent: Sendable {
    /// A readable, stable slug such as `harbour-2024-05-31`.
    let id: String
    /// Member article numbers, ordered by date (unknown last), then path.
    let members: [Int32]
    /// The words that the members share and that set them apart from the rest of the corpus.
    let keywords: [String]
    /// Earliest and latest known dates of the members.
    let dates: ClosedRange<NewsDate>?
}

extension GroupingFeatures {
    /// Features that carry only a run sample: what `SharedPassages` reads.
    init(runs: RunSample) {
        self.init(articleID: "", path: "", date: nil, body: BodyFingerprint(length: 0, first: 0, second: 0),
                  terms: .empty, runs: runs)
    }
}
