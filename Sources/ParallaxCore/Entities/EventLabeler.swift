import Foundation

/// Names an event by its most distinctive entities.
///
/// An entity scores (the event's articles that mention it) × log((corpus articles + 1) / articles mentioning it)
/// × log(1 + its mentions in the event): said by many of the event's sources, by few others, and often — the
/// person a story is about outranks a place named once in each version. Ties go to PERSON and ORG, then more
/// mentions in the event, then the name.
public enum EventLabeler {
    /// The top `limit` entities of an event, most distinctive first; empty when no article of it has entities.
    public static func label(_ event: Event, entities index: EntityIndex, articleCount: Int, limit: Int = 3) -> [LinkedEntity] {
        var inEvent: [EntityID: (articles: Int, mentions: Int)] = [:]
        for article in event.articleIDs {
            var seen: Set<EntityID> = []
            for mention in index.mentions(in: article) {
                let first = seen.insert(mention.entity).inserted
                let old = inEvent[mention.entity] ?? (0, 0)
                inEvent[mention.entity] = (old.articles + (first ? 1 : 0), old.mentions + 1)
            }
        }
        let total = Double(max(articleCount, 1))
        let scored = inEvent.compactMap { id, counts -> (entity: LinkedEntity, score: Double, mentions: Int)? in
            guard let entity = index.entity(id) else { return nil }
            let df = Double(max(index.articles(mentioning: id).count, 1))
            return (entity, Double(counts.articles) * log((total + 1) / df) * log(1 + Double(counts.mentions)), counts.mentions)
        }
        return scored.sorted { a, b in
            if a.score != b.score { return a.score > b.score }
            let pa = a.entity.type == .person || a.entity.type == .org
            let pb = b.entity.type == .person || b.entity.type == .org
            if pa != pb { return pa }
            if a.mentions != b.mentions { return a.mentions > b.mentions }
            return (a.entity.name, a.entity.id) < (b.entity.name, b.entity.id)
        }.prefix(limit).map(\.entity)
    }
}

extension Corpus {
    /// An event's most distinctive entities (up to three); empty when there are none, so callers fall back
    /// to `event.keywords`.
    public func eventLabel(_ event: Event) -> [LinkedEntity] {
        EventLabeler.label(event, entities: entities, articleCount: articles.count)
    }
}
