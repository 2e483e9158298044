import Foundation

/// `EventLabeler` over `LinkedMentions`: the same scores and the same order, for events whose articles
/// are known by their number in the linked `MentionTable` rather than by id.
struct EventLabels {
    /// The linked mentions.
    let linked: LinkedMentions
    /// Start of each article's mentions; one more entry than articles.
    let starts: [Int]
    /// How many articles mention each entity, by entity.
    private let articleCounts: [Int32]

    /// Labels for the mentions of the articles starting at `starts`.
    init(linked: LinkedMentions, starts: [Int]) {
        self.linked = linked
        self.starts = starts
        var counts = [Int32](repeating: 0, count: linked.entities.count)
        var last = [Int32](repeating: -1, count: linked.entities.count)
        for a in 0..<(starts.count - 1) {
            for m in starts[a]..<starts[a + 1] {
                let e = Int(linked.entityOf[m])
                if last[e] != Int32(a) {
                    last[e] = Int32(a)
                    counts[e] += 1
                }
            }
        }
        articleCounts = counts
    }

    /// The names of an event's top `limit` entities, most distinctive first (see `EventLabeler`); empty when
    /// no article of it has entities.
    func label(_ articles: [Int], articleCount: Int, limit: Int = 3) -> [String] {
        var inEvent: [Int32: (articles: Int, mentions: Int)] = [:]
        for a in articles {
            var seen: Set<Int32> = []
            for m in starts[a]..<starts[a + 1] {
                let e = linked.entityOf[m]
                let first = seen.insert(e).inserted
                let old = inEvent[e] ?? (0, 0)
                inEvent[e] = (old.articles + (first ? 1 : 0), old.mentions + 1)
            }
        }
        let total = Double(max(articleCount, 1))
        let scored = inEvent.map { id, counts -> (id: Int32, score: Double, mentions: Int) in
            let df = Double(max(Int(articleCounts[Int(id)]), 1))
            return (id, Double(counts.articles) * log((total + 1) / df) * log(1 + Double(counts.mentions)), counts.mentions)
        }
        let entities = linked.entities
        return scored.sorted { a, b in
            if a.score != b.score { return a.score > b.score }
            let ta = entities[Int(a.id)].type, tb = entities[Int(b.id)].type
            let pa = ta == .person || ta == .org
            let pb = tb == .person || tb == .org
            if pa != pb { return pa }
            if a.mentions != b.mentions { return a.mentions > b.mentions }
            return (entities[Int(a.id)].name, a.id) < (entities[Int(b.id)].name, b.id)
        }.prefix(limit).map { entities[Int($0.id)].name }
    }
}
