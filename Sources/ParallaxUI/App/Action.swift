import ParallaxCore

/// Identifies an effect, so that its result can be matched to the request and a stale one dropped.
public struct RequestID: Sendable, Hashable {
    /// A number that only grows.
    public let value: Int

    /// Wraps a number.
    public init(_ value: Int) { self.value = value }
}

/// Everything that can happen to the app: key commands, and results of effects coming back.
public enum Action: Sendable, Equatable {
    case moveDown, moveUp, pageDown, pageUp, halfPageDown, halfPageUp, goTop, goBottom
    case openSelected
    case openCompare
    case focusNextPane
    case flipPrevious, flipNext
    case toggleBoilerplate
    case toggleHelp
    /// `e`: entity highlighting on or off.
    case toggleEntityHighlight
    /// `t`: which entity types are highlighted (all, then one at a time).
    case cycleEntityTypes
    /// `i`: the entities panel for what is on screen.
    case openEntityPanel
    /// `←`/`→` in the entities panel: show earlier or later source columns when they do not all fit.
    case panelColumnsLeft, panelColumnsRight
    /// `*`: the next mention of the entity under the cursor.
    case nextMention
    /// `#`: the previous mention.
    case previousMention
    /// `/`: search the article (reader, compare pane) or filter the library, as you type.
    case startSearch
    /// `n`: the next search match.
    case nextMatch
    /// `N`: the previous search match.
    case previousMatch
    /// Text input: a typed character (or pasted text) inserted at the cursor.
    case insertText(String)
    /// Text input: Backspace, Del, Ctrl-w, Ctrl-u.
    case deleteBackward, deleteForward, deleteWord, deleteToStart
    /// Text input: ←, →, Home, End.
    case cursorLeft, cursorRight, cursorHome, cursorEnd
    /// Text input: ↑ (older entry), ↓ (newer).
    case historyOlder, historyNewer
    /// Text input: Enter keeps what was typed.
    case submitPrompt
    /// Text input: Esc restores what was there before the prompt opened.
    case cancelPrompt
    case back
    case quit
    case resize(width: Int, height: Int)
    /// Start (or restart) opening the corpus and bringing its index up to date.
    case loadCorpus
    /// The index is open (what it already holds can be listed); one-line notices from opening it.
    case corpusOpened(CorpusHandle, notices: [String], request: RequestID)
    /// Opening failed.
    case loadFailed(String, request: RequestID)
    /// How far the refresh has come; `generation` is the index's after the last committed batch.
    case indexProgress(IndexProgress, generation: Int, request: RequestID)
    /// The refresh finished (or found another Parallax indexing).
    case indexRefreshed(RefreshReport, generation: Int, request: RequestID)
    /// The refresh failed after opening; what is committed stays listed.
    case indexFailed(String, request: RequestID)
    /// An article fetched from the store (or why it could not be).
    case articleFetched(id: String, Result<StoredArticle, FetchError>, request: RequestID)
    /// The library's fuzzy-filter candidates read from the index.
    case candidatesLoaded(LibraryCandidates, request: RequestID)
    /// The library's filter ranked in the background (a long library), for the key it was asked for.
    case libraryRanked(LibraryRankKey, LibraryRanking, request: RequestID)
    /// `:` / `Ctrl-f`: the corpus search palette.
    case openCorpusSearch
    /// Corpus search results for what was typed.
    case searchResults([SearchHit], query: String, request: RequestID)
    /// Corpus search failed (the index could not run the query).
    case searchFailed(String, request: RequestID)
    /// Palette: Ctrl-p, Ctrl-n — older and newer searches.
    case paletteHistoryOlder, paletteHistoryNewer
    /// A key that means nothing on this screen, by the name the user knows it by.
    case unboundKey(String)

    /// The request a result answers, for results of effects.
    var request: RequestID? {
        switch self {
        case .corpusOpened(_, _, let id), .loadFailed(_, let id), .indexProgress(_, _, let id),
             .indexRefreshed(_, _, let id), .indexFailed(_, let id), .articleFetched(_, _, let id),
             .candidatesLoaded(_, let id), .libraryRanked(_, _, let id), .searchResults(_, _, let id),
             .searchFailed(_, let id):
            return id
        default: return nil
        }
    }
}

/// Work that the loop does outside `reduce`, reporting back as actions that carry the same request id.
public enum Effect: Sendable, Equatable {
    /// Open the corpus index, then refresh it in the background (progress and generations reported).
    case loadCorpus(path: String, request: RequestID)
    /// Fetch one article's text and analysis from the store.
    case fetchArticle(id: String, request: RequestID)
    /// Read the library's fuzzy-filter candidates from the index.
    case loadCandidates(request: RequestID)
    /// Rank a long library by its filter off the loop (the latest request wins; older ones are skipped),
    /// scoring only `within` when the query narrows the one whose matches those are.
    case rankLibrary(LibraryCandidates, LibraryRankKey, within: [Int]?, request: RequestID)
    /// Run a corpus search (the latest request wins; older results are dropped).
    case search(SearchQuery, text: String, request: RequestID)
    case quit
}

/// Why an article could not be fetched, in one line.
public struct FetchError: Error, Sendable, Equatable {
    /// The reason.
    public let reason: String

    /// Wraps a reason.
    public init(_ reason: String) { self.reason = reason }
}
