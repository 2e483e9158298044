/// Where linking put one mention: a node with the mention's type, or a lone surname still to resolve.
enum MentionAssignment {
    /// A node, and the type the mention takes.
    case node(Int, EntityType)
    /// A lone PERSON surname with no full name in its article.
    case surname(String)
}

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
    /// Every node and the joins made so far.
    var nodes = LinkNodes()
    /// Cleaned names by (text, is a person), so that a name said many times is cleaned once: indices into
    /// `infos`.
    private var names: [String: Int] = [:]
    private var personNames: [String: Int] = [:]
    /// What each distinct name gives linking.
    private(set) var infos: [NameInfo] = []
    /// Each article's mentions' entries in `infos` (the reading of the mention's own type), in link order.
    private(set) var mentionInfos: [[Int]] = []
    /// Interned display forms (`displayIDs` gives their positions).
    private(set) var displays: [String] = []
    private var displayIDs: [String: Int] = [:]
    /// Full-name people: surname and given names, events and roles, by node.
    private var surnames: [Int: String] = [:]
    private var givenNames: [Int: String] = [:]
    private var events: [Int: Set<Int>] = [:]
    private var roles: [Int: Set<String>] = [:]
    /// Other names: which are acronyms (with their letters), initials of the rest, and where each appears.
    private var acronyms: [Int: String] = [:]
    private var byInitials: [String: [Int]] = [:]
    private var withInitials: Set<Int> = []
    private var articles: [Int: [Int]] = [:]
    private(set) var mentionCounts: [Int: Int] = [:]
    /// Roots of full-name people by (event, surname), built once the people are joined.
    private var eventSurnames: [EventSurname: Set<Int>]?

    /// Starts with an alias table.
    init(aliases: [String: String]) { self.aliases = aliases }

    /// The cleaned name of a mention (cached).
    mutating func name(_ text: String, _ type: EntityType) -> EntityName {
        infos[infoID(text, type)].name
    }

    /// The entry in `infos` of a mention's text read as its type (created on first use).
    mutating func infoID(_ text: String, _ type: EntityType) -> Int {
        if type == .person {
            if let cached = personNames[text] { return cached }
            infos.append(NameInfo(EntityName(text, type: .person)))
            personNames[text] = infos.count - 1
            return infos.count - 1
        }
        if let cached = names[text] { return cached }
        infos.append(NameInfo(EntityName(text, type: type)))
        names[text] = infos.count - 1
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

    /// Assigns an article's mentions to nodes, linking short forms to full names in the same article.
    mutating func assignLocally(_ article: ArticleMentions, article index: Int) -> [MentionAssignment] {
        let list = article.mentions
        let ids = list.map { infoID($0.text, $0.type) }
        mentionInfos.append(ids)
        var full = [Int](repeating: -1, count: list.count)
        var fullBySurname: [String: [(position: Int, node: Int)]] = [:]
        for i in list.indices where list[i].type == .person && !infos[ids[i]].name.isAcronym {
            guard let surname = infos[ids[i]].surname else { continue }
            let node = personNode(ids[i])
            full[i] = node
            fullBySurname[surname, default: []].append((i, node))
            registerPerson(node, givenNames: infos[ids[i]].givenNames, surname: surname, event: article.event,
                           role: list[i].role ?? infos[ids[i]].name.title)
        }
        var seen: Set<Int> = []
        return list.indices.map { i in
            if full[i] >= 0 { return .node(full[i], .person) }
            let n = infos[ids[i]].name
            if n.words.count == 1, !n.isAcronym, list[i].type != .gpe, list[i].type != .loc, !fullBySurname.isEmpty,
               let candidates = fullBySurname[n.key] {
                let before = candidates.last { $0.position < i } ?? candidates[0]
                return .node(before.node, .person)
            }
            if list[i].type == .person {
                return n.words.count == 1 || n.key.isEmpty ? .surname(n.key.isEmpty ? list[i].text : n.key)
                    : .node(personNode(ids[i]), .person)
            }
            let node = otherNode(ids[i], text: list[i].text)
            if seen.insert(node).inserted { articles[node, default: []].append(index) }
            if let event = article.event { events[node, default: []].insert(event) }
            mentionCounts[node, default: 0] += 1
            return .node(node, list[i].type)
        }
    }

    /// Records a full-name person's surname, given names, event and role.
    private mutating func registerPerson(_ node: Int, givenNames given: String, surname: String, event: Int?, role: String?) {
        surnames[node] = surname
        givenNames[node] = given
        if let event { events[node, default: []].insert(event) }
        if let role { roles[node, default: []].insert(role) }
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

    /// Resolves lone surnames: the one full-name person of that surname in the same event, else the surname.
    mutating func resolveSurnames(_ list: [MentionAssignment], event: Int?) -> [(node: Int, type: EntityType)] {
        if eventSurnames == nil { indexEventSurnames() }
        return list.map { assignment in
            switch assignment {
            case .node(let node, let type): return (node, type)
            case .surname(let surname):
                if let event, let roots = eventSurnames?[EventSurname(event: event, surname: surname)], roots.count == 1, let root = roots.first {
                    return (root, .person)
                }
                return (nodes.id("P:" + surname), .person)
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
