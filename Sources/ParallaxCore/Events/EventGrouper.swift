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
        guard !features.isEmpty else { return [] }
        // The same text carried by several outlets (a wire story republished) is one event whatever its
        // words; only one copy takes part in the clustering, which also keeps its terms from looking common.
        let copies = Self.identicalTexts(features)
        let representatives = copies.map { features[$0[0]] }
        let days = copies.map { group in group.compactMap { features[$0].date?.dayNumber }.min() }
        var clusters = Clusters(count: representatives.count, days: days)
        // Passages first: their sort's working memory is gone before the vectors, the largest part, exist.
        let passages = SharedPassages(representatives)
        let vectors = TermVectors(representatives)
        for edge in SimilarityGraph(vectors: vectors, passages: passages).strongestEdges(neighbours: neighbours, floor: edgeFloor) {
            clusters.addEdge(Int(edge.a), Int(edge.b), edge.score)
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
