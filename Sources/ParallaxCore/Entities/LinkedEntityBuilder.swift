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

    /// Builds the entities from each mention's resolved node and type (`state.assignedNodes`, `assignedTypes`).
    static func build(state: inout LinkState) -> LinkedMentions {
        let table = state.table
        let majority = majorityTypes(state: &state)
        var drafts: [Draft] = []
        // Drafts by root and type: the joins are done, so a node's root no longer changes.
        let types = EntityType.allCases.count
        var draftIDs = [Int](repeating: -1, count: state.nodes.count * types)
        let keys = GrowingBuffer<Int32>(capacity: max(1, table.mentionCount))
        for a in 0..<table.articleCount {
            let source = Int(table.sources[a])
            for m in table.range(a) {
                let node = Int(state.assignedNodes[m])
                let type = EntityType.at(Int(state.assignedTypes[m]))
                let root = state.nodes.find(node)
                let isPerson = state.nodes.isPerson(root)
                let finalType = isPerson ? EntityType.person : (majority[root] ?? type)
                var d = draftIDs[root * types + finalType.index]
                if d < 0 {
                    d = drafts.count
                    drafts.append(Draft(key: DraftKey(root: root, type: finalType)))
                    draftIDs[root * types + finalType.index] = d
                }
                keys.append(Int32(d))
                // The name as read for the mention's own type, unless linking made a non-person a person.
                let own = table.type(m)
                let reading: EntityType = own == .person ? .person : type
                let sameReading = (reading == .person) == (own == .person)
                let info = sameReading ? Int(state.mentionInfos[m]) : state.infoID(table.textIDs[m], reading)
                // An alias ("Russian Federation") is never the canonical name of the entity it stands for.
                let (display, isAlias) = state.displayFacts(info, text: table.text(m))
                let name = state.infos[info].name
                let full = isPerson ? name.words.count >= 2 : !name.isAcronym && !isAlias
                drafts[d].add(display, full: full, source: source, article: a)
            }
        }
        return linked(drafts: drafts, keys: keys, state: state)
    }

    /// The type that a strict majority of a non-person root's mentions have, by root.
    static func majorityTypes(state: inout LinkState) -> [EntityType?] {
        let types = EntityType.allCases.count
        var votes = [Int](repeating: 0, count: state.nodes.count * types)
        var voted: [Int] = []
        for m in 0..<state.assignedNodes.count where state.assignedTypes[m] != UInt8(EntityType.person.index) {
            let root = state.nodes.find(Int(state.assignedNodes[m]))
            let base = root * types
            if votes[base..<base + types].allSatisfy({ $0 == 0 }) { voted.append(root) }
            votes[base + Int(state.assignedTypes[m])] += 1
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

    /// Names the drafts, orders them by (name, type) and gives each mention its entity and type.
    static func linked(drafts: [Draft], keys: GrowingBuffer<Int32>, state: LinkState) -> LinkedMentions {
        let displays = state.displays
        let named = drafts.indices.map { d in
            (draft: d, name: canonicalName(drafts[d].forms, displays: displays), tie: drafts[d].tieKey)
        }.sorted {
            ($0.name, drafts[$0.draft].key.type.rawValue, $0.tie) < ($1.name, drafts[$1.draft].key.type.rawValue, $1.tie)
        }
        var ids = [Int32](repeating: 0, count: drafts.count)
        var entities: [LinkedMentions.Entity] = []
        entities.reserveCapacity(named.count)
        for (i, item) in named.enumerated() {
            let draft = drafts[item.draft]
            ids[item.draft] = Int32(i)
            let variants = draft.forms.map { (name: displays[$0.display], count: $0.count) }
                .filter { $0.name != item.name }
                .sorted { ($1.count, $0.name) < ($0.count, $1.name) }.map(\.name)
            entities.append(LinkedMentions.Entity(name: item.name, type: draft.key.type, variants: variants,
                                                  articles: draft.counts.map { (Int32($0.article), Int32($0.count)) }))
        }
        let count = state.assignedNodes.count
        let entityOf = GrowingBuffer<Int32>(capacity: max(1, count))
        let typeOf = GrowingBuffer<UInt8>(capacity: max(1, count))
        for m in 0..<count {
            let id = ids[Int(keys[m])]
            entityOf.append(id)
            typeOf.append(entities[Int(id)].type == .person ? UInt8(EntityType.person.index) : state.assignedTypes[m])
        }
        return LinkedMentions(entities: entities, entityOf: entityOf, typeOf: typeOf)
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
