import ParallaxCore

/// A transient message on the status line.
public struct StatusMessage: Sendable, Equatable {
    /// Info or error.
    public enum Kind: Sendable, Equatable { case info, error }
    /// The text.
    public let text: String
    /// Its kind.
    public let kind: Kind

    /// Creates a message.
    public init(_ text: String, _ kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }
}

/// The whole state of the explorer, a value: the reducer changes it, the views draw it.
public struct AppState: Sendable, Equatable {
    /// The folder being explored, as given.
    public var corpusPath: String
    /// The open corpus index; `nil` until it is open. Set it with `open(_:)` so that the library follows.
    public private(set) var corpus: CorpusHandle?
    /// What the library lists (the index's order, or a fuzzy filter's ranking).
    public private(set) var listing: LibraryListing = .index(mentioning: nil, count: 0)
    /// Articles fetched from the store for the screens on the route stack, by id.
    public var articles: [String: StoredArticle] = [:]
    /// Why an article could not be fetched, by id.
    public var articleErrors: [String: String] = [:]
    /// Articles asked for and not yet arrived.
    public var fetching: Set<String> = []
    /// How far building or refreshing the index has come, while it runs.
    public var indexProgress: IndexProgress?
    /// True when the index already listed articles when it was opened (a start from the cache).
    public var openedFromCache = false
    /// True from opening the index until its refresh has finished (or failed).
    public var indexing = false
    /// One-line notices from opening the index (a rebuilt cache), shown once.
    public var notices: [String] = []
    /// A loading error, shown instead of the library.
    public var loadError: String?
    /// Screens, the current one last; the library is always at the bottom.
    public var routes: [Route] = [.library(LibraryState())]
    /// What is drawn over the screen.
    public var overlay: Overlay?
    /// Terminal size.
    public var width: Int
    /// Terminal size.
    public var height: Int
    /// Whether scraped page junk is shown (reader and compare).
    public var showBoilerplate = false
    /// Which entity types are highlighted.
    public var highlight = EntityHighlight()
    /// The status-line message, cleared by the next key.
    public var message: StatusMessage?
    /// Set when the app should exit.
    public var quitting = false
    /// The last request id handed out.
    public private(set) var lastRequest = 0
    /// Requests whose results are still wanted.
    public var pendingRequests: Set<RequestID> = []
    /// Searches kept with Enter, oldest first (↑/↓ in the search prompt).
    public var searchHistory: [String] = []
    /// Library filters kept with Enter, oldest first.
    public var filterHistory: [String] = []
    /// The library's articles prepared for fuzzy filtering, read from the index the first time a filter is typed.
    public var libraryCandidates: LibraryCandidates?
    /// What the ranked listing shows, and its candidate indices (a narrower query scores only those).
    public private(set) var rankedFor: RankedLibrary?
    /// A ranking of a long library wanted from the background (the listing stays as it is until it comes).
    public private(set) var rankWanted: LibraryRankKey?
    /// The ranking asked for last, so that it is asked for once.
    var rankRequested: LibraryRankKey?
    /// Corpus searches kept with Enter, oldest first.
    public var corpusSearchHistory: [String] = []

    /// A state that is loading a corpus at a terminal size.
    public init(corpusPath: String, width: Int, height: Int) {
        self.corpusPath = corpusPath
        self.width = width
        self.height = height
    }

    /// Takes a newly opened corpus index: the library lists it from the top.
    public mutating func open(_ handle: CorpusHandle) {
        corpus = handle
        libraryCandidates = nil
        articles = [:]
        articleErrors = [:]
        fetching = []
        routes = [.library(LibraryState())]
        overlay = nil
        relist()
    }

    /// Takes notice of new content in the same index (a batch committed, a regrouping): the library
    /// is relisted, the cursor kept on the same article when it is still listed.
    public mutating func refreshed(generation: Int) {
        guard let corpus, generation != corpus.generation else { return }
        let selected = selectedArticleID
        self.corpus = CorpusHandle(corpus.source, generation: generation)
        relist()
        if let selected, let position = libraryPosition(of: selected) {
            library.cursor = position
        } else {
            let start = min(library.cursor, max(0, listing.count - 1))
            library.cursor = LibraryReducer.selectable(self, from: start, forward: true)
                ?? LibraryReducer.selectable(self, from: start, forward: false) ?? 0
        }
    }

    /// Rebuilds what the library lists for the index and the library's filters. A fuzzy filter over a
    /// long library is ranked in the background (`rankWanted`, asked for by `LibraryRankingRequests`):
    /// what is listed stays until the ranking arrives.
    mutating func relist() {
        guard let source = corpus?.source else { listing = .index(mentioning: nil, count: 0); return }
        guard let text = library.query, !FuzzyQuery(text).isEmpty, let candidates = libraryCandidates else {
            listing = .index(mentioning: library.filter, count: source.libraryCount(mentioning: library.filter))
            rankedFor = nil
            rankWanted = nil
            return
        }
        let key = LibraryRankKey(query: text, entity: library.filter, generation: candidates.generation)
        if rankedFor?.key == key { rankWanted = nil; return }
        if candidates.ranksInBackground {
            rankWanted = key
            return
        }
        let within = rankedFor.flatMap { key.narrows($0.key) ? $0.indices : nil }
        take(candidates.ranking(for: key, within: within, source: source), for: key)
    }

    /// Lists a ranking made for a key.
    mutating func take(_ ranking: LibraryRanking, for key: LibraryRankKey) {
        listing = .ranked(ranking.articleIDs)
        rankedFor = RankedLibrary(key: key, indices: ranking.indices)
        rankWanted = nil
        rankRequested = nil
    }

    /// Rows `range` of the library (clamped), read from the index.
    public func libraryRows(_ range: Range<Int>) -> [LibraryRow] {
        guard let corpus, case let source = corpus.source else { return [] }
        let lower = max(0, min(range.lowerBound, listing.count)), upper = max(lower, min(range.upperBound, listing.count))
        switch listing {
        case .index(let entity, _):
            return corpus.library(lower..<upper, mentioning: entity)
        case .ranked(let ids):
            return ids[lower..<upper].compactMap { source.summary(id: $0).map(LibraryRow.article) }
        }
    }

    /// One library row.
    public func libraryRow(_ index: Int) -> LibraryRow? { libraryRows(index..<(index + 1)).first }

    /// The row at which an article is listed, if it is.
    public func libraryPosition(of articleID: String) -> Int? {
        switch listing {
        case .index(let entity, _): return corpus?.source.libraryPosition(of: articleID, mentioning: entity)
        case .ranked(let ids): return ids.firstIndex(of: articleID)
        }
    }

    /// The article under the library's cursor.
    public var selectedArticleID: String? {
        if case .article(let summary)? = libraryRow(library.cursor) { return summary.id }
        return nil
    }

    /// A fetched article.
    public func article(_ id: String) -> Article? { articles[id]?.article }

    /// A fetched article's mentions, in text order (none until it is fetched).
    public func mentions(in articleID: String) -> [EntityMention] { articles[articleID]?.mentions ?? [] }

    /// The mention a reference names, if its article is fetched and has it.
    public func mention(_ ref: MentionRef) -> EntityMention? {
        let list = mentions(in: ref.articleID)
        return list.indices.contains(ref.index) ? list[ref.index] : nil
    }

    /// An entity's name, type and counts, from the index.
    public func entity(_ id: EntityID) -> EntitySummary? { corpus?.source.entitySummary(id) }

    /// Article ids shown by the routes on the stack (the reader's, both panes'), the ones kept fetched.
    var shownArticleIDs: Set<String> {
        var ids: Set<String> = []
        for route in routes {
            switch route {
            case .library: break
            case .reader(let r): ids.insert(r.articleID)
            case .compare(let c): ids.formUnion(c.panes.map(\.articleID))
            }
        }
        return ids
    }

    /// A new request id, remembered as pending.
    mutating func newRequest() -> RequestID {
        lastRequest += 1
        let id = RequestID(lastRequest)
        pendingRequests.insert(id)
        return id
    }

    /// The screen on top.
    public var screen: Screen { routes.last?.screen ?? .library }

    /// The library's state (the bottom route).
    public var library: LibraryState {
        get { if case .library(let s)? = routes.first { return s } else { return LibraryState() } }
        set { if routes.isEmpty { routes = [.library(newValue)] } else { routes[0] = .library(newValue) } }
    }

    /// The reader's state, when the reader is on top.
    public var reader: ReaderState? {
        get { if case .reader(let s)? = routes.last { return s } else { return nil } }
        set { if let newValue, case .reader? = routes.last { routes[routes.count - 1] = .reader(newValue) } }
    }

    /// Compare's state, when compare is on top.
    public var compare: CompareState? {
        get { if case .compare(let s)? = routes.last { return s } else { return nil } }
        set { if let newValue, case .compare? = routes.last { routes[routes.count - 1] = .compare(newValue) } }
    }

    /// Whether help is open.
    public var helpVisible: Bool { if case .help? = overlay { return true } else { return false } }

    /// The entities panel, when open.
    public var entityPanel: EntityPanelState? {
        get { if case .entities(let p)? = overlay { return p } else { return nil } }
        set { overlay = newValue.map(Overlay.entities) }
    }

    /// The event compare is showing, when compare is on top.
    public var comparedEvent: Event? {
        guard let id = compare?.eventID else { return nil }
        return corpus?.source.event(id: id)
    }

    /// The corpus folder's own name, for the title bar (the full path can be any length).
    public var corpusName: String {
        let trimmed = corpusPath.hasSuffix("/") && corpusPath.count > 1 ? String(corpusPath.dropLast()) : corpusPath
        let name = trimmed.split(separator: "/").last.map(String.init) ?? trimmed
        return name.isEmpty ? corpusPath : name
    }
}
