/// Turns linked nodes into entities: one type each, a canonical name, variants and ids in a fixed order.
enum LinkedEntityBuilder {
    /// Which entity a mention belongs to: a root node and the entity's type.
    struct DraftKey: Hashable {
        let root: Int
        let type: EntityType
    }

    /// How often one form (an interned display) is written in an entity, and by how many sources.
    struct Form {
        /// The interned display form.
        let display: Int
        var count: Int
        var sources: Set<Int>
        let full: Bool
        /// The source added last (mentions come article by article, so it mostly repeats).
        var lastSource = -1
    }

    /// One entity being gathered: its type, the forms written, and mentions per article.
    struct Draft {
        let key: DraftKey
        var forms: [Form] = []
        /// Positions in `forms` by display, once there are too many forms to search.
        var formIndex: [Int: Int] = [:]
        /// The form added last (most mentions repeat it).
        var lastForm = -1
        /// Mentions per article (article positions, in reading order; an article appears once per run).
        var counts: [(article: Int, count: Int)] = []

        init(key: DraftKey) { self.key = key }

        /// Counts one mention written as the display form `display`.
        mutating func add(_ display: Int, full: Bool, source: Int, article: Int) {
            let f = position(of: display, full: full)
            lastForm = f
            forms[f].count += 1
            if forms[f].lastSource != source {
                forms[f].sources.insert(source)
                forms[f].lastSource = source
            }
            if let last = counts.last, last.article == article {
                counts[counts.count - 1].count += 1
            } else {
                counts.append((article, 1))
            }
        }

        /// The position of a display's form, added (with `full`) when new.
        private mutating func position(of display: Int, full: Bool) -> Int {
            if lastForm >= 0, forms[lastForm].display == display { return lastForm }
            if forms.count <= 8 {
                if let f = forms.firstIndex(where: { $0.display == display }) { return f }
            } else if let f = formIndex[display] {
                return f
            }
            forms.append(Form(display: display, count: 0, sources: [], full: full))
            if forms.count == 9 {
                for (f, form) in forms.enumerated() { formIndex[form.display] = f }
            } else if forms.count > 9 {
                formIndex[display] = forms.count - 1
            }
            return forms.count - 1
        }

        /// The key that breaks ties between entities of one name and type (the root, then the type).
        var tieKey: String { "\(key.root) \(key.type.rawValue)" }
    }

    /// Builds the index from each article's resolved (node, type) per mention.
    static func build(articles: [ArticleMentions], assignments: [[(node: Int, type: EntityType)]],
                      state: inout LinkState) -> EntityIndex {
        let majority = majorityTypes(assignments, state: &state)
        var drafts: [Draft] = []
        // Drafts by root and type: the joins are done, so a node's root no longer changes.
        let types = EntityType.allCases.count
        var draftIDs = [Int](repeating: -1, count: state.nodes.count * types)
        var sourceIDs: [String: Int] = [:]
        var keys: [[Int]] = []
        keys.reserveCapacity(articles.count)
        for (a, article) in articles.enumerated() {
            var articleKeys: [Int] = []
            articleKeys.reserveCapacity(article.mentions.count)
            let source: Int
            if let known = sourceIDs[article.source] { source = known } else {
                source = sourceIDs.count
                sourceIDs[article.source] = source
            }
            let infoIDs = a < state.mentionInfos.count ? state.mentionInfos[a] : []
            for (m, mention) in article.mentions.enumerated() {
                let (node, type) = assignments[a][m]
                let root = state.nodes.find(node)
                let isPerson = state.nodes.isPerson(root)
                let finalType = isPerson ? EntityType.person : (majority[root] ?? type)
                var d = draftIDs[root * types + finalType.index]
                if d < 0 {
                    d = drafts.count
                    drafts.append(Draft(key: DraftKey(root: root, type: finalType)))
                    draftIDs[root * types + finalType.index] = d
                }
                articleKeys.append(d)
                // The name as read for the mention's own type, unless linking made a non-person a person.
                let reading: EntityType = mention.type == .person ? .person : type
                let sameReading = m < infoIDs.count && (reading == .person) == (mention.type == .person)
                let info = sameReading ? infoIDs[m] : state.infoID(mention.text, reading)
                // An alias ("Russian Federation") is never the canonical name of the entity it stands for.
                let (display, isAlias) = state.displayFacts(info, text: mention.text)
                let name = state.infos[info].name
                let full = isPerson ? name.words.count >= 2 : !name.isAcronym && !isAlias
                drafts[d].add(display, full: full, source: source, article: a)
            }
            keys.append(articleKeys)
        }
        return index(drafts: drafts, keys: keys, articles: articles, assignments: assignments, displays: state.displays)
    }

    /// The type that a strict majority of a non-person root's mentions have, by root.
    static func majorityTypes(_ assignments: [[(node: Int, type: EntityType)]], state: inout LinkState) -> [EntityType?] {
        let types = EntityType.allCases.count
        var votes = [Int](repeating: 0, count: state.nodes.count * types)
        var voted: [Int] = []
        for list in assignments {
            for (node, type) in list where type != .person {
                let root = state.nodes.find(node)
                let base = root * types
                if votes[base..<base + types].allSatisfy({ $0 == 0 }) { voted.append(root) }
                votes[base + type.index] += 1
            }
        }
        var result = [EntityType?](repeating: nil, count: state.nodes.count)
        for root in voted {
            let counts = votes[root * types..<(root + 1) * types]
            let total = counts.reduce(0, +)
            // A strict majority is unique, so ties for the most votes never matter.
            if let best = counts.indices.max(by: { counts[$0] < counts[$1] }), counts[best] * 2 > total {
                result[root] = EntityType.at(best - root * types)
            }
        }
        return result
    }

    /// Names the drafts, orders them by (name, type) and writes the mentions with their ids.
    static func index(drafts: [Draft], keys: [[Int]], articles: [ArticleMentions],
                      assignments: [[(node: Int, type: EntityType)]], displays: [String]) -> EntityIndex {
        let named = drafts.indices.map { d in
            (draft: d, name: canonicalName(drafts[d].forms, displays: displays), tie: drafts[d].tieKey)
        }.sorted {
            ($0.name, drafts[$0.draft].key.type.rawValue, $0.tie) < ($1.name, drafts[$1.draft].key.type.rawValue, $1.tie)
        }
        var ids = [EntityID](repeating: EntityID(0), count: drafts.count)
        var entities: [LinkedEntity] = []
        entities.reserveCapacity(named.count)
        for (i, item) in named.enumerated() {
            let id = EntityID(Int32(i))
            let draft = drafts[item.draft]
            ids[item.draft] = id
            let variants = draft.forms.map { (name: displays[$0.display], count: $0.count) }
                .filter { $0.name != item.name }
                .sorted { ($1.count, $0.name) < ($0.count, $1.name) }.map(\.name)
            var counts: [String: Int] = [:]
            for (article, count) in draft.counts { counts[articles[article].articleID, default: 0] += count }
            entities.append(LinkedEntity(id: id, name: item.name, type: draft.key.type, variants: variants,
                                         mentionCounts: counts))
        }
        var mentions: [String: [EntityMention]] = [:]
        for (a, article) in articles.enumerated() {
            let articleKeys = keys[a]
            mentions[article.articleID] = article.mentions.enumerated().map { m, mention in
                let id = ids[articleKeys[m]]
                let type = entities[Int(id.rawValue)].type == .person ? .person : assignments[a][m].type
                return EntityMention(rawRange: mention.rawRange, text: mention.text, type: type, entity: id)
            }
        }
        return EntityIndex(entities: entities, mentions: mentions)
    }

    /// `canonicalName` of interned forms.
    static func canonicalName(_ forms: [Form], displays: [String]) -> String {
        var named: [String: (count: Int, sources: Int, full: Bool)] = [:]
        for form in forms { named[displays[form.display]] = (form.count, form.sources.count, form.full) }
        return canonicalName(named)
    }

    /// The full forms first (people's full names, names rather than acronyms), then forms as normally
    /// written rather than shouted (a dateline's `NAIROBI` names the entity `Nairobi`), then the form most
    /// sources use, then the longest, then the first alphabetically.
    static func canonicalName(_ forms: [String: (count: Int, sources: Int, full: Bool)]) -> String {
        let best = forms.min { a, b in
            if a.value.full != b.value.full { return a.value.full }
            let sa = isShouted(a.key), sb = isShouted(b.key)
            if sa != sb { return sb }
            if a.value.sources != b.value.sources { return a.value.sources > b.value.sources }
            let la = a.key.unicodeScalars.count, lb = b.key.unicodeScalars.count
            if la != lb { return la > lb }
            return a.key < b.key
        }
        return best?.key ?? ""
    }

    /// Whether a name has a word of six or more letters written all in capitals (`WASHINGTON`), as datelines
    /// and shouted headlines write names; acronyms (`NATO`, `UNESCO`) are shorter, or the only form.
    static func isShouted(_ name: String) -> Bool {
        name.split(separator: " ").contains { word in
            let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }
            return letters.count >= 6 && letters.allSatisfy { $0.properties.isUppercase }
        }
    }
}
