/// A loaded corpus: its articles, the files it skipped, and the articles grouped into events.
public struct Corpus: Sendable, Equatable {
    /// The corpus folder, as given.
    public let root: String
    /// Articles in path order.
    public let articles: [Article]
    /// Files that were found but not loaded.
    public let skipped: [SkippedFile]
    /// Events, those with the most sources first.
    public let events: [Event]
    /// Named entities linked across the articles, with every mention.
    public let entities: EntityIndex
    private let indexByID: [String: Int]
    private let eventByArticle: [String: Int]

    /// Builds a corpus and groups its articles into events.
    public init(root: String, articles: [Article], skipped: [SkippedFile], grouper: EventGrouper = EventGrouper(),
                entities: EntityIndex = .empty) {
        self.root = root
        self.entities = entities
        self.articles = articles
        self.skipped = skipped
        self.events = grouper.group(articles)
        var index: [String: Int] = [:]
        for (i, a) in articles.enumerated() { index[a.id] = i }
        indexByID = index
        var byArticle: [String: Int] = [:]
        for (e, event) in events.enumerated() { for id in event.articleIDs { byArticle[id] = e } }
        eventByArticle = byArticle
    }

    /// The same corpus with its entities linked (events are kept, not regrouped).
    public func withEntities(_ entities: EntityIndex) -> Corpus {
        Corpus(copying: self, entities: entities)
    }

    /// A copy of a corpus with another entity index.
    private init(copying other: Corpus, entities: EntityIndex) {
        root = other.root
        articles = other.articles
        skipped = other.skipped
        events = other.events
        self.entities = entities
        indexByID = other.indexByID
        eventByArticle = other.eventByArticle
    }

    /// The article with this id.
    public func article(id: String) -> Article? { indexByID[id].map { articles[$0] } }

    /// The event an article belongs to.
    public func event(of articleID: String) -> Event? { eventByArticle[articleID].map { events[$0] } }

    /// Finds an article by id, relative path, or a prefix of exactly one id.
    public func resolve(_ key: String) throws -> Article {
        if let a = article(id: key) ?? article(id: TextSanitizer.displaySafe(key)) { return a }
        if let a = articles.first(where: { $0.path == key }) { return a }
        let prefixed = articles.filter { $0.id.hasPrefix(key) }
        if prefixed.count == 1 { return prefixed[0] }
        if prefixed.count > 1 { throw CorpusError.ambiguous(TextSanitizer.displaySafe(key), prefixed.map(\.id)) }
        throw CorpusError.noSuchArticle(TextSanitizer.displaySafe(key))
    }
}
