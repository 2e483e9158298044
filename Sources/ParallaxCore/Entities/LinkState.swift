/// Where linking put one mention: a node with the mention's type, or a lone surname still to resolve.
enum MentionAssignment {
    /// A node, and the type the mention takes.
    case node(Int, EntityType)
    /// A lone PERSON surname with no full name in its article.
    case surname(String)
}

/// What `EntityLinker` learns while it reads the articles: the nodes, and what it needs to join them.
struct LinkState {
    /// Alias keys to canonical keys.
    let aliases: [String: String]
    /// Every node and the joins made so far.
    var nodes = LinkNodes()
    /// Cleaned names by (text, is a person), so that a name said many times is cleaned once.
    private var names: [String: EntityName] = [:]
    private var personNames: [String: EntityName] = [:]
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
    private var eventSurnames: [String: Set<Int>]?

    /// Starts with an alias table.
    init(aliases: [String: String]) { self.aliases = aliases }

    /// The cleaned name of a mention (cached).
    mutating func name(_ text: String, _ type: EntityType) -> EntityName {
        if type == .person {
            if let cached = personNames[text] { return cached }
            let name = EntityName(text, type: .person)
            personNames[text] = name
            return name
        }
        if let cached = names[text] { return cached }
        let name = EntityName(text, type: type)
        names[text] = name
        return name
    }

    /// Assigns an article's mentions to nodes, linking short forms to full names in the same article.
    mutating func assignLocally(_ article: ArticleMentions, article index: Int) -> [MentionAssignment] {
        let list = article.mentions
        let cleaned = list.map { name($0.text, $0.type) }
        var full: [Int: Int] = [:]
        var fullBySurname: [String: [(position: Int, node: Int)]] = [:]
        for i in list.indices where list[i].type == .person && !cleaned[i].isAcronym {
            guard let surname = cleaned[i].surname else { continue }
            let node = nodes.id("P:" + cleaned[i].key)
            full[i] = node
            fullBySurname[surname, default: []].append((i, node))
            registerPerson(node, cleaned[i], surname: surname, event: article.event, role: list[i].role ?? cleaned[i].title)
        }
        var seen: Set<Int> = []
        return list.indices.map { i in
            if let node = full[i] { return .node(node, .person) }
            let n = cleaned[i]
            if n.words.count == 1, !n.isAcronym, list[i].type != .gpe, list[i].type != .loc,
               let candidates = fullBySurname[n.key] {
                let before = candidates.last { $0.position < i } ?? candidates[0]
                return .node(before.node, .person)
            }
            if list[i].type == .person {
                return n.words.count == 1 || n.key.isEmpty ? .surname(n.key.isEmpty ? list[i].text : n.key)
                    : .node(nodes.id("P:" + n.key), .person)
            }
            let node = otherNode(n, text: list[i].text)
            if seen.insert(node).inserted { articles[node, default: []].append(index) }
            if let event = article.event { events[node, default: []].insert(event) }
            mentionCounts[node, default: 0] += 1
            return .node(node, list[i].type)
        }
    }

    /// Records a full-name person's surname, given names, event and role.
    private mutating func registerPerson(_ node: Int, _ name: EntityName, surname: String, event: Int?, role: String?) {
        surnames[node] = surname
        givenNames[node] = name.givenNames
        if let event { events[node, default: []].insert(event) }
        if let role { roles[node, default: []].insert(role) }
    }

    /// The node of a name that is not a person's, after the alias table.
    private mutating func otherNode(_ name: EntityName, text: String) -> Int {
        let base = name.key.isEmpty ? text : name.key
        let key = aliases[base] ?? base
        let node = nodes.id("N:" + key)
        if name.isAcronym && aliases[base] == nil {
            acronyms[node] = key
        } else if let initials = name.initials, withInitials.insert(node).inserted {
            byInitials[initials, default: []].append(node)
        }
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
                if let event, let roots = eventSurnames?["\(event) \(surname)"], roots.count == 1, let root = roots.first {
                    return (root, .person)
                }
                return (nodes.id("P:" + surname), .person)
            }
        }
    }

    /// Full-name people's roots by event and surname.
    private mutating func indexEventSurnames() {
        var index: [String: Set<Int>] = [:]
        for (node, surname) in surnames {
            let root = nodes.find(node)
            for event in events[node] ?? [] { index["\(event) \(surname)", default: []].insert(root) }
        }
        eventSurnames = index
    }
}
