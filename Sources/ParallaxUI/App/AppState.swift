import ParallaxCore

/// The screens of the explorer.
public enum Screen: Sendable, Equatable {
    case library, reader, compare
}

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

/// One compare pane: which article it shows and how far it is scrolled.
public struct PaneState: Sendable, Equatable {
    /// The article shown.
    public var articleID: String
    /// First visible line of the body.
    public var scroll: Int = 0
}

/// The whole state of the explorer, a value: the reducer changes it, the views draw it.
public struct AppState: Sendable, Equatable {
    /// The folder being explored, as given.
    public var corpusPath: String
    /// The loaded corpus; `nil` while loading. Set it with `load(_:)` so that the library rows follow.
    public private(set) var corpus: Corpus?
    /// The library's rows for the loaded corpus, built once when it is loaded.
    public private(set) var libraryRows: [LibraryRow] = []
    /// How far loading has come, while loading.
    public var loadProgress: CorpusLoader.Progress?
    /// A loading error, shown instead of the library.
    public var loadError: String?
    /// Screens, the current one last; the library is always at the bottom.
    public var stack: [Screen] = [.library]
    /// Terminal size.
    public var width: Int
    /// Terminal size.
    public var height: Int
    /// Selected article row in the library (an index into its rows).
    public var libraryCursor: Int = 0
    /// First visible library row.
    public var libraryScroll: Int = 0
    /// The article open in the reader.
    public var readerArticleID: String?
    /// First visible reader line.
    public var readerScroll: Int = 0
    /// Whether scraped page junk is shown (reader and compare).
    public var showBoilerplate = false
    /// The event being compared.
    public var compareEventID: String?
    /// Left and right panes.
    public var panes: [PaneState] = []
    /// Which pane has focus (0 left, 1 right).
    public var focusedPane = 0
    /// Whether the help overlay is open.
    public var helpVisible = false
    /// First visible help line when help is taller than the screen.
    public var helpScroll = 0
    /// The status-line message, cleared by the next key.
    public var message: StatusMessage?
    /// Set when the app should exit.
    public var quitting = false

    /// A state that is loading a corpus at a terminal size.
    public init(corpusPath: String, width: Int, height: Int) {
        self.corpusPath = corpusPath
        self.width = width
        self.height = height
    }

    /// Takes a newly loaded corpus and builds the rows the library shows.
    public mutating func load(_ corpus: Corpus) {
        self.corpus = corpus
        libraryRows = LibraryRow.rows(corpus)
    }

    /// The screen on top.
    public var screen: Screen { stack.last ?? .library }

    /// The corpus folder's own name, for the title bar (the full path can be any length).
    public var corpusName: String {
        let trimmed = corpusPath.hasSuffix("/") && corpusPath.count > 1 ? String(corpusPath.dropLast()) : corpusPath
        let name = trimmed.split(separator: "/").last.map(String.init) ?? trimmed
        return name.isEmpty ? corpusPath : name
    }
}
