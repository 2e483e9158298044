import Foundation

/// Where a corpus index keeps its database.
public enum CacheLocation: Sendable, Equatable {
    /// `$XDG_CACHE_HOME/parallax/` (default `~/.cache/parallax/`), one database per corpus folder.
    case standard
    /// A folder given with `--cache DIR`, one database per corpus folder inside it.
    case directory(String)
    /// No file: the index lives in memory for this run (`--no-cache`, tests).
    case memory
}

/// One article as the library lists it: what the index keeps without the text.
public struct ArticleSummary: Sendable, Equatable, Identifiable {
    /// The article id (relative path without extension).
    public let id: String
    /// Path relative to the corpus folder.
    public let path: String
    /// The outlet's display name, if known.
    public let outlet: String?
    /// The publication date, if known.
    public let date: NewsDate?
    /// The headline, or the body's first twenty words when there is none (`hasHeadline` false).
    public let title: String
    /// Body words.
    public let words: Int
    /// The event it belongs to, once grouped.
    public let eventID: String?
    /// False when no headline was found and `title` is the body's first words.
    public let hasHeadline: Bool

    /// Creates a summary.
    public init(id: String, path: String, outlet: String?, date: NewsDate?, title: String, words: Int, eventID: String?,
                hasHeadline: Bool = true) {
        self.hasHeadline = hasHeadline
        self.id = id
        self.path = path
        self.outlet = outlet
        self.date = date
        self.title = title
        self.words = words
        self.eventID = eventID
    }
}

/// One row of the library's list, in the order the index keeps it.
public enum LibraryEntry: Sendable, Equatable {
    /// An event heading with its label (most distinctive entity names, or keywords).
    case event(Event, label: [String])
    /// An article under its event (or under the pending heading).
    case article(ArticleSummary)
    /// A blank separator.
    case spacer
    /// The heading over articles read but not yet grouped into events (analysis still running).
    case pendingHeading(Int)
    /// The heading of the skipped files.
    case skippedHeading(Int)
    /// A file that was not loaded.
    case skipped(SkippedFile)
}

/// An article fetched from the store: its parsed text and its linked entity mentions.
public struct StoredArticle: Sendable, Equatable {
    /// The parsed article.
    public let article: Article
    /// Its mentions, sorted by raw start, with linked entity ids (empty before analysis).
    public let mentions: [EntityMention]
    /// True when the file changed on disk since it was indexed (mentions are then left out).
    public let changedOnDisk: Bool

    /// Creates a stored article.
    public init(article: Article, mentions: [EntityMention], changedOnDisk: Bool) {
        self.article = article
        self.mentions = mentions
        self.changedOnDisk = changedOnDisk
    }
}

/// An entity without its per-article counts: what a list row or a status line needs.
public struct EntitySummary: Sendable, Equatable, Identifiable {
    /// Its id.
    public let id: EntityID
    /// Canonical name.
    public let name: String
    /// Its type.
    public let type: EntityType
    /// Other surface forms, most frequent first.
    public let variants: [String]
    /// Articles that mention it.
    public let articles: Int
    /// Mentions in all articles.
    public let mentions: Int

    /// Creates a summary.
    public init(id: EntityID, name: String, type: EntityType, variants: [String], articles: Int, mentions: Int) {
        self.id = id
        self.name = name
        self.type = type
        self.variants = variants
        self.articles = articles
        self.mentions = mentions
    }

    /// The summary of a linked entity.
    public init(_ entity: LinkedEntity) {
        self.init(id: entity.id, name: entity.name, type: entity.type, variants: entity.variants,
                  articles: entity.mentionCounts.count, mentions: entity.totalMentions)
    }
}

/// A corpus-search result.
public struct SearchHit: Sendable, Equatable {
    /// The article.
    public let article: ArticleSummary
    /// Higher is better (BM25 with a mild recency boost).
    public let score: Double
    /// One line of text around the first hit, safe to display.
    public let snippet: String
    /// Character ranges (offsets into `snippet`'s Characters) of the matched words, to highlight.
    public let highlights: [Range<Int>]
    /// Raw Unicode-scalar offsets of the first hit in the file (`start..<end`), where the reader opens.
    public let rawRange: Range<Int>?

    /// Creates a hit.
    public init(article: ArticleSummary, score: Double, snippet: String, highlights: [Range<Int>], rawRange: Range<Int>?) {
        self.article = article
        self.score = score
        self.snippet = snippet
        self.highlights = highlights
        self.rawRange = rawRange
    }
}

/// How far building or refreshing an index has come.
public enum IndexProgress: Sendable, Equatable {
    /// Looking at the folder: files seen so far.
    case scanning(files: Int)
    /// Analysing new or changed files: done of total, bytes read so far.
    case analysing(done: Int, total: Int, bytes: Int64)
    /// Linking entities and grouping articles into events.
    case grouping(articles: Int)
    /// Finished.
    case finished(RefreshReport)
}

/// What a refresh did.
public struct RefreshReport: Sendable, Equatable {
    /// Files analysed because they were new.
    public var added = 0
    /// Files analysed again because their content changed.
    public var changed = 0
    /// Files gone from the folder, dropped from the index.
    public var removed = 0
    /// Files whose size, date and content hash were unchanged.
    public var unchanged = 0
    /// Files skipped (unreadable, not text, too large, empty).
    public var skipped = 0
    /// Bytes read and analysed.
    public var bytes: Int64 = 0
    /// True when another process was indexing this corpus and this one did not write.
    public var busy = false

    /// An empty report.
    public init() {}
}

/// Read access to an indexed corpus: everything the explorer and the scripts read, a few rows at a time.
///
/// Every call is synchronous, thread-safe and cheap (an indexed query); nothing here walks every article
/// except `filterCandidates`, which the library's fuzzy filter calls once, off the event loop.
public protocol CorpusSource: AnyObject, Sendable {
    /// The corpus folder.
    var root: URL { get }
    /// Bumps whenever committed content changes (a batch of articles, a regrouping).
    var generation: Int { get }
    /// Articles indexed.
    var articleCount: Int { get }
    /// Events (0 until grouped).
    var eventCount: Int { get }
    /// Files skipped.
    var skippedCount: Int { get }

    /// Rows of the library (only articles mentioning `entity` and their events, when given).
    func libraryCount(mentioning entity: EntityID?) -> Int
    /// The library's rows in `range` (clamped).
    func library(_ range: Range<Int>, mentioning entity: EntityID?) -> [LibraryEntry]
    /// The row index of an article in the library, if listed.
    func libraryPosition(of articleID: String, mentioning entity: EntityID?) -> Int?

    /// One article's summary.
    func summary(id: String) -> ArticleSummary?
    /// An event by id.
    func event(id: String) -> Event?
    /// The event an article belongs to.
    func event(ofArticle articleID: String) -> Event?

    /// An entity with its name, type, variants and mentions per article.
    func entity(_ id: EntityID) -> LinkedEntity?
    /// Entities the articles mention, most mentioned first (then by name), at most `limit`.
    func entities(inArticles articleIDs: [String], limit: Int) -> [LinkedEntity]
    /// Entities of the corpus, mentioned by the most articles first, at most `limit`.
    func topEntities(limit: Int) -> [LinkedEntity]
    /// Articles that mention an entity, in path order.
    func articles(mentioning entity: EntityID) -> [String]

    /// An entity's name, type, variants and corpus totals, without per-article counts (one indexed read).
    func entitySummary(_ id: EntityID) -> EntitySummary?
    /// How often an entity is mentioned in each of a few articles (absent: not mentioned).
    func mentionCounts(of id: EntityID, inArticles articleIDs: [String]) -> [String: Int]
    /// Ids of the entities mentioned by the most articles, at most `limit` (no per-article counts read).
    func topEntityIDs(limit: Int) -> [EntityID]
    /// Ids of the entities some articles mention, most mentioned first (then by name), at most `limit`.
    func entityIDs(inArticles articleIDs: [String], limit: Int) -> [EntityID]

    /// Every listed article with the texts the library's fuzzy filter matches (headline, outlet, entity
    /// names), in library order.
    func filterCandidates() -> [(articleID: String, fields: [String])]

    /// Finds an article by id, relative path, or a prefix of exactly one id (throws `CorpusError`).
    func resolve(_ key: String) throws -> ArticleSummary
    /// Reads and parses an article, with its stored mentions (throws when the file is gone or unreadable).
    func loadArticle(id: String) throws -> StoredArticle
    /// Ranked full-text search; `limit` hits from `offset`. Throws only for a query the index cannot run.
    func search(_ query: SearchQuery, limit: Int, offset: Int) throws -> [SearchHit]
}
