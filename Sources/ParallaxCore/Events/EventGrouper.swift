import Foundation

/// Groups articles that share most of their distinctive words into provisional events.
///
/// Each article becomes a TF-IDF vector of its content words (names weigh more); two articles are
/// linked when their cosine similarity passes a threshold and their known dates are close, and the
/// events are the connected groups.
public struct EventGrouper: Sendable {
    /// Lowest cosine similarity that links two articles.
    public var threshold = 0.15
    /// Largest gap in days between two linked articles whose dates are both known.
    public var maxDayGap = 3

    /// Creates a grouper with default settings.
    public init() {}

    /// Groups the articles; every article belongs to exactly one event.
    public func group(_ articles: [Article]) -> [Event] {
        guard !articles.isEmpty else { return [] }
        let vectors = TermVectors(articles)
        var parent = Array(articles.indices)
        func find(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        for i in articles.indices {
            for j in articles.indices where j > i && datesCompatible(articles[i], articles[j]) {
                if vectors.cosine(i, j) >= threshold { parent[find(j)] = find(i) }
            }
        }
        var groups: [Int: [Int]] = [:]
        for i in articles.indices { groups[find(i), default: []].append(i) }
        var used: Set<String> = []
        return groups.values.sorted { $0[0] < $1[0] }.map { members in
            makeEvent(members.map { articles[$0] }, keywords: vectors.sharedKeywords(members), used: &used)
        }
    }

    func datesCompatible(_ a: Article, _ b: Article) -> Bool {
        guard let da = a.metadata.dateValue, let db = b.metadata.dateValue else { return true }
        return abs(da.dayNumber - db.dayNumber) <= maxDayGap
    }

    func makeEvent(_ members: [Article], keywords: [String], used: inout Set<String>) -> Event {
        let ordered = members.sorted { a, b in
            switch (a.metadata.dateValue, b.metadata.dateValue) {
            case let (x?, y?) where x != y: return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a.path < b.path
            }
        }
        let dates = members.compactMap { $0.metadata.dateValue }
        let range = dates.min().flatMap { lo in dates.max().map { lo...$0 } }
        var base = keywords.first ?? "event"
        if let lo = range?.lowerBound { base += "-\(lo)" }
        var slug = base
        var n = 2
        while used.contains(slug) { slug = "\(base)-\(n)"; n += 1 }
        used.insert(slug)
        return Event(id: slug, articleIDs: ordered.map(\.id), keywords: keywords, dates: range)
    }
}
