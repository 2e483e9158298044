import ParallaxCore

/// The screens of the explorer, as named by the key table.
public enum Screen: Sendable, Equatable {
    case library, reader, compare
}

/// A screen on the route stack with its own state; the library is always at the bottom.
public enum Route: Sendable, Equatable {
    case library(LibraryState)
    case reader(ReaderState)
    case compare(CompareState)

    /// Which screen this is.
    public var screen: Screen {
        switch self {
        case .library: return .library
        case .reader: return .reader
        case .compare: return .compare
        }
    }
}

/// The library's cursor, scroll and entity filter.
public struct LibraryState: Sendable, Equatable {
    /// Selected row (an index into the rows shown).
    public var cursor = 0
    /// First visible row.
    public var scroll = 0
    /// When set, only articles that mention this entity are listed.
    public var filter: EntityID?
    /// When set, articles are fuzzy-filtered by it (headline, outlet, entities), best first.
    public var query: String?

    /// A library at the top, unfiltered.
    public init() {}
}

/// A mention in an article: its index in `EntityIndex.mentions(in:)`.
public struct MentionRef: Sendable, Equatable {
    /// The article.
    public var articleID: String
    /// Index into the article's mentions (sorted by raw start).
    public var index: Int

    /// Creates a reference.
    public init(articleID: String, index: Int) {
        self.articleID = articleID
        self.index = index
    }
}


/// The reader: which article, how far scrolled, and the current mention.
public struct ReaderState: Sendable, Equatable {
    /// The article open.
    public var articleID: String
    /// First visible body line.
    public var scroll = 0
    /// The mention the cursor is on (from the entities panel or `*`/`#`).
    public var currentMention: MentionRef?
    /// The search kept with Enter (or being typed), if any.
    public var search: TextSearch?
    /// A raw offset to scroll to once the article has arrived (opened at a corpus-search hit).
    public var anchor: Int?

    /// A reader at the top of an article.
    public init(articleID: String) { self.articleID = articleID }
}

/// One compare pane: which article it shows and how far it is scrolled.
public struct PaneState: Sendable, Equatable {
    /// The article shown.
    public var articleID: String
    /// First visible line of the body.
    public var scroll: Int = 0
    /// The pane's search, if any (a flipped pane starts without one).
    public var search: TextSearch?

    /// A pane at the top of an article.
    public init(articleID: String, scroll: Int = 0) {
        self.articleID = articleID
        self.scroll = scroll
    }
}

/// Compare: the event, two panes, focus and the current mention (in either pane).
public struct CompareState: Sendable, Equatable {
    /// The event being compared.
    public var eventID: String
    /// Left and right panes (one when the event has a single source).
    public var panes: [PaneState]
    /// Which pane has focus (0 left, 1 right).
    public var focusedPane = 0
    /// The mention the cursor is on.
    public var currentMention: MentionRef?

    /// A compare screen.
    public init(eventID: String, panes: [PaneState]) {
        self.eventID = eventID
        self.panes = panes
    }
}
