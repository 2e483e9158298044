/// One article's mentions as linking needs them: who published it and which event it belongs to.
public struct ArticleMentions: Sendable {
    /// The article's id.
    public let articleID: String
    /// Who published it (the outlet, or the article id when unknown): canonical names follow most sources.
    public let source: String
    /// Index of its event in `Corpus.events`, if any.
    public let event: Int?
    /// Its mentions, in text order.
    public let mentions: [FoundMention]

    /// Creates an article's mentions.
    public init(articleID: String, source: String, event: Int?, mentions: [FoundMention]) {
        self.articleID = articleID
        self.source = source
        self.event = event
        self.mentions = mentions
    }
}

/// Links mentions into entities, within each article and across the corpus.
///
/// Rules, in order (see README "Entities"):
/// 1. Names are cleaned (`the`, possessives, people's titles) and keyed (case, diacritics, dots folded).
/// 2. In an article, a lone word equal to the surname of a full PERSON name there takes that person's entity
///    and type (nearest full name before it, else the first after), unless the recogniser typed it GPE/LOC.
/// 3. Full PERSON names with the same key are one person; the same surname with close given names (same
///    initial, edit distance ≤ 2 or Jaro–Winkler ≥ 0.88) joins when the two share an event or a role.
/// 4. A lone PERSON surname with no full name in its article joins the full-name person of that surname in
///    the same event when exactly one exists; otherwise it stays a person named by the surname.
/// 5. Other names join by key (after the alias table); an acronym joins the name whose initials it is when
///    they appear together in an article, or when that name is the only candidate.
/// 6. A non-person name takes the type most of its mentions have; without a strict majority it is split
///    into one entity per type. PERSON never merges with other types.
/// Work is near-linear: hash maps keyed by names and surnames, comparisons only within a surname bucket.
public struct EntityLinker: Sendable {
    /// Alias keys to canonical keys (`britain` → `united kingdom`), from a gazetteer; empty by default.
    public let aliases: [String: String]

    /// Creates a linker; `aliases` maps names to the name they stand for (`"Britain": "United Kingdom"`).
    public init(aliases: [String: String] = [:]) {
        var keyed: [String: String] = [:]
        for (alias, target) in aliases { keyed[EntityName.key(alias)] = EntityName.key(target) }
        self.aliases = keyed
    }

    /// Links every article's mentions into one index.
    public func link(_ articles: [ArticleMentions]) -> EntityIndex {
        link(MentionTable(articles)).index(articles)
    }

    /// Links the mentions of a table (its articles' events set), compactly.
    func link(_ table: MentionTable) -> LinkedMentions {
        var state = assign(table)
        return finishLink(&state, events: table.events)
    }

    /// The first step of linking, which needs no events: each article's mentions assigned to nodes, short
    /// forms joined to full names in the same article. `finishLink` does the rest once events are known,
    /// so that this step can run while the articles are still being grouped.
    func assign(_ table: MentionTable) -> LinkState {
        var state = LinkState(aliases: aliases, table: table)
        for a in 0..<table.articleCount { state.assignLocally(article: a) }
        return state
    }

    /// The rest of linking once each article's event is known (-1 for none): names joined across
    /// articles (within an event or a role), acronyms expanded, lone surnames resolved.
    func finishLink(_ state: inout LinkState, events: [Int32]) -> LinkedMentions {
        state.setEvents(events)
        state.joinPersonVariants()
        state.joinAcronyms()
        for a in 0..<state.table.articleCount { state.resolveSurnames(article: a) }
        return LinkedEntityBuilder.build(state: &state)
    }
}
