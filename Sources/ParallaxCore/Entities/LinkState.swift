/// What linking derives from one cleaned name, worked out once per distinct mention text and reading
/// (person or not): most mentions repeat a text already seen.
struct NameInfo {
    /// The cleaned name.
    let name: EntityName
    /// Its surname, if it is a full name.
    let surname: String?
    /// Its given names (empty without a surname).
    let givenNames: String
    /// The node of `P:key`, once asked for (-1 before).
    var personNode = -1
    /// The node `otherNode` gave, with its acronym or initials recorded (-1 before).
    var otherNode = -1
    /// The interned display form, and whether it is an alias, once asked for (-1 before).
    var display = -1
    var isAlias = false

    init(_ name: EntityName) {
        self.name = name
        surname = name.surname
        givenNames = surname == nil ? "" : name.givenNames
    }
}

/// A lone surname in an event, as `resolveSurnames` looks it up.
private struct EventSurname: Hashable {
    let event: Int
    let surname: String
}

/// What `EntityLinker` learns while it reads the articles: the nodes, and what it needs to join them.
struct LinkState {
    /// Alias keys to canonical keys.
    let aliases: [String: String]
    /// The mentions being linked (their articles' events may be set after `assignLocally`, by `setEvents`).
    private(set) var table: MentionTable
    /// Every node and the joins made so far.
    var nodes = LinkNodes()
    /// Cleaned names by (canonical text number, is a person), so that a name said many times is cleaned
    /// once: indices into `infos`, -1 before first use.
    private var personNames: [Int32]
    private var names: [Int32]
    /// What each distinct name gives linking.
    private(set) var infos: [NameInfo] = []
    /// Each mention's entry in `infos` (the reading of the mention's own type), in link order.
    let mentionInfos = GrowingBuffer<Int32>(capacity: 1 << 12)
    /// Where linking put each mention: a node, or (below zero) `-1 - n` for lone surname `n` of
    /// `loneSurnames` still to resolve; and the type the mention takes.
    let assignedNodes = GrowingBuffer<Int32>(capacity: 1 << 12)
    let assignedTypes = GrowingBuffer<UInt8>(capacity: 1 << 12)
    /// Lone PERSON surnames with no full name in their article, by number.
    private var loneSurnames: [String] = []
    private var loneSurnameIDs: [String: Int32] = [:]
    /// Interned display forms (`displayIDs` gives their positions).
    private(set) var displays: [String] = []
    private var displayIDs: [String: Int] = [:]
    /// Full-name people: surname and given names, events and roles, by node.
    private var surnames: [Int: String] = [:]
    private var givenNames: [Int: String] = [:]
    private var events: [Int: Set<Int>] = [:]
    /// The articles each full-name person is named in, in article order (their events, once set, give `events`).
    private var personArticles: [Int: [Int32]] = [:]
    private var roles: [Int: Set<String>] = [:]
    /// Other names: which are acronyms (with their letters), initials of the rest, and where each appears.
    private var acronyms: [Int: String] = [:]
    private var byInitials: [String: [Int]] = [:]
    private var withInitials: Set<Int> = []
    private var articles: [Int: [Int]] = [:]
    private(set) var mentionCounts: [Int: Int] = [:]
    /// Roots of full-name people by (event, surname), built once the people are joined.
    private var eventSurnames: [EventSurname: Set<Int>]?

    /// Starts with an alias table and the mentions to link.
    init(aliases: [String: String], table: MentionTable) {
        self.aliases = aliases
        self.table = table
        personNames = [Int32](repeating: -1, count: table.texts.count)
        names = [Int32](repeating: -1, count: table.texts.count)
    }

    /// The entry in `infos` of a text (a number in the table's texts) read as a type (created on first use).
    mutating func infoID(_ text: Int32, _ type: EntityType) -> Int {
        let key = Int(table.texts.canonical[Int(text)])
        if type == .person {
            if personNames[key] >= 0 { return Int(personNames[key]) }
            infos.append(NameInfo(EntityName(table.texts.strings[Int(text)], type: .person)))
            personNames[key] = Int32(infos.count - 1)
            return infos.count - 1
        }
        if names[key] >= 0 { return Int(names[key]) }
        infos.append(NameInfo(EntityName(table.texts.strings[Int(text)], type: type)))
        names[key] = Int32(infos.count - 1)
        return infos.count - 1
    }

    /// The node `P:key` of a name.
    private mutating func personNode(_ id: Int) -> Int {
        if infos[id].personNode >= 0 { return infos[id].personNode }
        let node = nodes.id("P:" + infos[id].name.key)
        infos[id].personNode = node
        return node
    }

    /// The interned display form of a name (its text when cleaning left nothing) and whether it is an alias.
    mutating func displayFacts(_ id: Int, text: String) -> (display: Int, isAlias: Bool) {
        if infos[id].display >= 0 { return (infos[id].display, infos[id].isAlias) }
        let shown = infos[id].name.display.isEmpty ? text : infos[id].name.display
        let display: Int
        if let known = displayIDs[shown] {
            display = known
        } else {
            display = displays.count
            displays.append(shown)
            displayIDs[shown] = display
        }
        let isAlias = aliases[EntityName.key(shown)] != nil
        infos[id].display = display
        infos[id].isAlias = isAlias
        return (display, isAlias)
    }

    /// Assigns article `a`'s mentions to nodes (`assignedNodes`, `assignedTypes`), linking short forms to
    /// full names in the same article.
    mutating func assignLocally(article a: Int) {
        let range = table.range(a)
        for m in range { mentionInfos.append(Int32(infoID(table.textIDs[m], table.type(m)))) }
        var full = [Int](repeating: -1, count: range.count)
        var fullBySurname: [String: [(position: Int, node: Int)]] = [:]
        for m in range where table.type(m) == .person && !infos[info(m)].name.isAcronym {
            guard let surname = infos[info(m)].surname else { continue }
            let node = personNode(info(m))
            full[m - range.lowerBound] = node
            fullBySurname[surname, default: []].append((m - range.lowerBound, node))
            registerPerson(node, givenNames: infos[info(m)].givenNames, surname: surname, article: a,
                           role: table.role(m) ?? infos[info(m)].name.title)
        }
        var seen: Set<Int> = []
        for m in range {
            let i = m - range.lowerBound
            let type = table.type(m)
            if full[i] >= 0 { assign(full[i], .person); continue }
            let n = infos[info(m)].name
            if n.words.count == 1, !n.isAcronym, type != .gpe, type != .loc, !fullBySurname.isEmpty,
               let candidates = fullBySurname[n.key] {
                let before = candidates.last { $0.position < i } ?? candidates[0]
                assign(before.node, .person)
                continue
            }
            if type == .person {
                if n.words.count == 1 || n.key.isEmpty {
                    assignSurname(n.key.isEmpty ? table.text(m) : n.key)
                } else {
                    assign(personNode(info(m)), .person)
                }
                continue
            }
            let node = otherNode(info(m), text: table.text(m))
            if seen.insert(node).inserted { articles[node, default: []].append(a) }
            mentionCounts[node, default: 0] += 1
            assign(node, type)
        }
    }

    /// Mention `m`'s entry in `infos`.
    private func info(_ m: Int) -> Int { Int(mentionInfos[m]) }

    /// Records the next mention's node and type.
    private func assign(_ node: Int, _ type: EntityType) {
        assignedNodes.append(Int32(node))
        assignedTypes.append(UInt8(type.index))
    }

    /// Records the next mention as a lone PERSON surname to resolve once people are joined.
    private mutating func assignSurname(_ surname: String) {
        let id: Int32
        if let known = loneSurnameIDs[surname] {
            id = known
        } else {
            id = Int32(loneSurnames.count)
            loneSurnameIDs[surname] = id
            loneSurnames.append(surname)
        }
        assignedNodes.append(-1 - id)
        assignedTypes.append(UInt8(EntityType.person.index))
    }

    /// Records a full-name person's surname, given names, article and role.
    private mutating func registerPerson(_ node: Int, givenNames given: String, surname: String, article a: Int, role: String?) {
        surnames[node] = surname
        givenNames[node] = given
        if personArticles[node]?.last != Int32(a) { personArticles[node, default: []].append(Int32(a)) }
        if let role { roles[node, default: []].insert(role) }
    }

    /// Sets each article's event (-1 for none), which may be known only after `assignLocally` has read
    /// every article, and the events of every node named so far: those of the articles it is named in
    /// (a full name's, or another name's). Call once, after `assignLocally` and before joining.
    mutating func setEvents(_ eventOf: [Int32]) {
        precondition(eventOf.count == table.articleCount, "one event per article")
        table.events = eventOf
        events = [:]
        for (node, named) in personArticles {
            for a in named where eventOf[Int(a)] >= 0 { events[node, default: []].insert(Int(eventOf[Int(a)])) }
        }
        for (node, named) in articles {
            for a in named where eventOf[a] >= 0 { events[node, default: []].insert(Int(eventOf[a])) }
        }
    }

    /// The node of a name that is not a person's, after the alias table. The acronym or initials are
    /// recorded on a name's first use; later uses would record the same again.
    private mutating func otherNode(_ id: Int, text: String) -> Int {
        if infos[id].otherNode >= 0 { return infos[id].otherNode }
        let name = infos[id].name
        let base = name.key.isEmpty ? text : name.key
        let key = aliases[base] ?? base
        let node = nodes.id("N:" + key)
        if name.isAcronym && aliases[base] == nil {
            acronyms[node] = key
        } else if !withInitials.contains(node), let initials = name.initials {
            withInitials.insert(node)
            byInitials[initials, default: []].append(node)
        }
        infos[id].otherNode = node
        return node
    }

    /// Joins full names with one surname whose given names are close, when they share an event or a role.
    mutating func joinPersonVariants() {
        var buckets: [String: [Int]] = [:]
        for (node, surname) in surnames {
            guard let initial = givenNames[node]?.first else { continue }
            buckets[surname + " " + String(initial), default: []].append(node)
        }
        for (_, bucket) in buckets where bucket.count > 1 {
            let sorted = bucket.sorted()
            for (i, a) in sorted.enumerated() {
                for b in sorted[(i + 1)...] where strongEvidence(a, b) {
                    nodes.union(a, b)
                }
            }
        }
    }

    /// Whether two full names are one person written two ways.
    private func strongEvidence(_ a: Int, _ b: Int) -> Bool {
        guard let ga = givenNames[a], let gb = givenNames[b], NameSimilarity.givenNamesClose(ga, gb) else { return false }
        let sharedEvent = !(events[a] ?? []).isDisjoint(with: events[b] ?? [])
        return sharedEvent || !(roles[a] ?? []).isDisjoint(with: roles[b] ?? [])
    }

    /// A candidate expansion of an acronym, scored by how often the two meet.
    private struct Expansion {
        let node: Int
        let articles: Int
        let events: Int
        let mentions: Int

        /// More shared articles, then events, then mentions, then the earlier node.
        func beats(_ other: Expansion) -> Bool {
            if articles != other.articles { return articles > other.articles }
            if events != other.events { return events > other.events }
            if mentions != other.mentions { return mentions > other.mentions }
            return node < other.node
        }
    }

    /// Joins each acronym to the name whose initials it is, if they meet in an article or an event and no
    /// other such name meets it as often.
    mutating func joinAcronyms() {
        for (node, letters) in acronyms.sorted(by: { $0.key < $1.key }) {
            guard let candidates = byInitials[letters] else { continue }
            let together = Set(articles[node] ?? [])
            let nodeEvents = events[node] ?? []
            let scored: [Expansion] = candidates.map { c in
                let shared = (articles[c] ?? []).filter { together.contains($0) }.count
                let sharedEvents = (events[c] ?? []).intersection(nodeEvents).count
                return Expansion(node: c, articles: shared, events: sharedEvents, mentions: mentionCounts[c] ?? 0)
            }.filter { $0.articles > 0 || $0.events > 0 }.sorted { $0.beats($1) }
            guard let best = scored.first else { continue }
            if scored.count > 1, scored[1].articles == best.articles, scored[1].events == best.events { continue }
            nodes.union(node, best.node)
        }
    }

    /// Resolves article `a`'s lone surnames: the one full-name person of that surname in the same event,
    /// else the surname.
    mutating func resolveSurnames(article a: Int) {
        if eventSurnames == nil { indexEventSurnames() }
        let event = table.event(a)
        for m in table.range(a) where assignedNodes[m] < 0 {
            let surname = loneSurnames[Int(-1 - assignedNodes[m])]
            if let event, let roots = eventSurnames?[EventSurname(event: event, surname: surname)], roots.count == 1,
               let root = roots.first {
                assignedNodes[m] = Int32(root)
            } else {
                assignedNodes[m] = Int32(nodes.id("P:" + surname))
            }
        }
    }

    /// Full-name people's roots by event and surname.
    private mutating func indexEventSurnames() {
        var index: [EventSurname: Set<Int>] = [:]
        for (node, surname) in surnames {
            let root = nodes.find(node)
            for event in events[node] ?? [] { index[EventSurname(event: event, surname: surname), default: []].insert(root) }
        }
        eventSurnames = index
    }
}
