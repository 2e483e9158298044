/// Turns linked nodes into entities: one type each, a canonical name, variants and ids in a fixed order.
enum LinkedEntityBuilder {
    /// One entity being gathered: its type, the forms written, and mentions per article.
    struct Draft {
        var type: EntityType
        var forms: [String: (count: Int, sources: Set<String>, full: Bool)] = [:]
        var counts: [String: Int] = [:]

        /// Counts one mention written as `display`.
        mutating func add(_ display: String, full: Bool, source: String, article: String) {
            forms[display, default: (0, [], full)].count += 1
            forms[display, default: (0, [], full)].sources.insert(source)
            counts[article, default: 0] += 1
        }
    }

    /// Builds the index from each article's resolved (node, type) per mention.
    static func build(articles: [ArticleMentions], assignments: [[(node: Int, type: EntityType)]],
                      state: inout LinkState) -> EntityIndex {
        let majority = majorityTypes(assignments, state: &state)
        var drafts: [String: Draft] = [:]
        var keys: [[String]] = []
        for (a, article) in articles.enumerated() {
            var articleKeys: [String] = []
            for (m, mention) in article.mentions.enumerated() {
                let (node, type) = assignments[a][m]
                let root = state.nodes.find(node)
                let isPerson = state.nodes.keys[root].hasPrefix("P:")
                let finalType = isPerson ? EntityType.person : (majority[root] ?? type)
                let key = "\(root) \(finalType.rawValue)"
                articleKeys.append(key)
                let name = state.name(mention.text, mention.type == .person ? .person : type)
                let display = name.display.isEmpty ? mention.text : name.display
                // An alias ("Russian Federation") is never the canonical name of the entity it stands for.
                let isAlias = state.aliases[EntityName.key(display)] != nil
                let full = isPerson ? name.words.count >= 2 : !name.isAcronym && !isAlias
                // Changed in place: copying a draft out would copy its per-article counts on every mention.
                drafts[key, default: Draft(type: finalType)].add(display, full: full, source: article.source,
                                                                 article: article.articleID)
            }
            keys.append(articleKeys)
        }
        return index(drafts: drafts, keys: keys, articles: articles, assignments: assignments)
    }

    /// The type that a strict majority of a non-person root's mentions have, by root.
    static func majorityTypes(_ assignments: [[(node: Int, type: EntityType)]], state: inout LinkState) -> [Int: EntityType] {
        var votes: [Int: [EntityType: Int]] = [:]
        for list in assignments {
            for (node, type) in list where type != .person {
                votes[state.nodes.find(node), default: [:]][type, default: 0] += 1
            }
        }
        var result: [Int: EntityType] = [:]
        for (root, counts) in votes {
            let total = counts.values.reduce(0, +)
            if let best = counts.max(by: { $0.value < $1.value }), best.value * 2 > total { result[root] = best.key }
        }
        return result
    }

    /// Names the drafts, orders them by (name, type) and writes the mentions with their ids.
    static func index(drafts: [String: Draft], keys: [[String]], articles: [ArticleMentions],
                      assignments: [[(node: Int, type: EntityType)]]) -> EntityIndex {
        let named = drafts.map { key, draft in (key: key, name: canonicalName(draft.forms), draft: draft) }
            .sorted { ($0.name, $0.draft.type.rawValue, $0.key) < ($1.name, $1.draft.type.rawValue, $1.key) }
        var ids: [String: EntityID] = [:]
        var entities: [LinkedEntity] = []
        for (i, item) in named.enumerated() {
            let id = EntityID(Int32(i))
            ids[item.key] = id
            let variants = item.draft.forms.filter { $0.key != item.name }
                .sorted { ($1.value.count, $0.key) < ($0.value.count, $1.key) }.map(\.key)
            entities.append(LinkedEntity(id: id, name: item.name, type: item.draft.type, variants: variants,
                                         mentionCounts: item.draft.counts))
        }
        var mentions: [String: [EntityMention]] = [:]
        for (a, article) in articles.enumerated() {
            mentions[article.articleID] = article.mentions.enumerated().compactMap { m, mention in
                guard let id = ids[keys[a][m]] else { return nil }
                let type = entities[Int(id.rawValue)].type == .person ? .person : assignments[a][m].type
                return EntityMention(rawRange: mention.rawRange, text: mention.text, type: type, entity: id)
            }
        }
        return EntityIndex(entities: entities, mentions: mentions)
    }

    /// The full forms first (people's full names, names rather than acronyms), then the form most sources
    /// use, then the longest, then the first alphabetically.
    static func canonicalName(_ forms: [String: (count: Int, sources: Set<String>, full: Bool)]) -> String {
        let best = forms.min { a, b in
            if a.value.full != b.value.full { return a.value.full }
            if a.value.sources.count != b.value.sources.count { return a.value.sources.count > b.value.sources.count }
            let la = a.key.unicodeScalars.count, lb = b.key.unicodeScalars.count
            if la != lb { return la > lb }
            return a.key < b.key
        }
        return best?.key ?? ""
    }
}
