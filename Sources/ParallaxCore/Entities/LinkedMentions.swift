/// What linking produces, compactly: the entities (in `EntityID` order) and, for each mention of the
/// `MentionTable` it linked, its entity and type. `EntityIndex` is the same result keyed by article id;
/// an index writes this form straight to its tables instead.
struct LinkedMentions: Sendable {
    /// One linked entity.
    struct Entity: Sendable {
        /// Canonical name.
        let name: String
        /// Its type.
        let type: EntityType
        /// Other surface forms, most frequent first.
        let variants: [String]
        /// The articles (numbers in the table) that mention it, in reading order, each once, with how often.
        let articles: [(article: Int32, mentions: Int32)]

        /// Mentions in all articles.
        var totalMentions: Int { articles.reduce(0) { $0 + Int($1.mentions) } }
    }

    /// Entities, indexed by `EntityID.rawValue`.
    let entities: [Entity]
    /// Each mention's entity (`EntityID.rawValue`), in table order.
    let entityOf: GrowingBuffer<Int32>
    /// Each mention's type (`EntityType.index`): the entity's for people, else the mention's own.
    let typeOf: GrowingBuffer<UInt8>

    /// The same result as an `EntityIndex`, for the articles the table was made from.
    func index(_ articles: [ArticleMentions]) -> EntityIndex {
        let linked = entities.enumerated().map { i, entity in
            var counts: [String: Int] = [:]
            for (article, n) in entity.articles { counts[articles[Int(article)].articleID, default: 0] += Int(n) }
            return LinkedEntity(id: EntityID(Int32(i)), name: entity.name, type: entity.type, variants: entity.variants,
                                mentionCounts: counts)
        }
        var mentions: [String: [EntityMention]] = [:]
        var m = 0
        for article in articles {
            mentions[article.articleID] = article.mentions.map { mention in
                defer { m += 1 }
                return EntityMention(rawRange: mention.rawRange, text: mention.text, type: EntityType.at(Int(typeOf[m])),
                                     entity: EntityID(entityOf[m]))
            }
        }
        return EntityIndex(entities: linked, mentions: mentions)
    }
}
