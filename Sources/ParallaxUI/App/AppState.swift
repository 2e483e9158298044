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
    /// The loaded corpus; `nil` while loading. Set it with `load(_:)` so that the library rows follow.
    public private(set) var corpus: Corpus?
    /// The library's rows for the loaded corpus and the current filter.
    public private(set) var libraryRows: [LibraryRow] = []
    /// How far loading has come, while loading.
    public var loadProgress: CorpusLoader.Progress?
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
    /// The library's articles prepared for fuzzy filtering, built the first time a filter is typed.
    public private(set) var libraryCandidates: LibraryCandidates?

    /// A state that is loading a corpus at a terminal size.
    public init(corpusPath: String, width: Int, height: Int) {
        self.corpusPath = corpusPath
        self.width = width
        self.height = height
    }

    /// Takes a newly loaded corpus and builds the rows the library shows.
    public mutating func load(_ corpus: Corpus) {
        self.corpus = corpus
        libraryCandidates = nil
        routes = [.library(LibraryState())]
        overlay = nil
        rebuildLibraryRows()
    }

    /// Rebuilds the library's rows for the corpus and the library's filter.
    mutating func rebuildLibraryRows() {
        guard let corpus else { libraryRows = []; return }
        guard let query = library.query.map(FuzzyQuery.init), !query.isEmpty else {
            libraryRows = LibraryRow.rows(corpus, mentioning: library.filter)
            return
        }
        let candidates = libraryCandidates ?? LibraryCandidates(corpus)
        libraryCandidates = candidates
        libraryRows = candidates.rows(matching: query, in: corpus, mentioning: library.filter)
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
        return corpus?.events.first { $0.id == id }
    }

    /// The corpus folder's own name, for the title bar (the full path can be any length).
    public var corpusName: String {
        let trimmed = corpusPath.hasSuffix("/") && corpusPath.count > 1 ? String(corpusPath.dropLast()) : corpusPath
        let name = trimmed.split(separator: "/").last.map(String.init) ?? trimmed
        return name.isEmpty ? corpusPath : name
    }
}
