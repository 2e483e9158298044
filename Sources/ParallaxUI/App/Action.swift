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
    /// Start (or restart) loading the corpus.
    case loadCorpus
    /// A load finished.
    case corpusLoaded(Corpus, request: RequestID)
    /// A load failed.
    case loadFailed(String, request: RequestID)
    /// How far loading has come.
    case loadProgress(CorpusLoader.Progress, request: RequestID)
    /// A key that means nothing on this screen, by the name the user knows it by.
    case unboundKey(String)

    /// The request a result answers, for results of effects.
    var request: RequestID? {
        switch self {
        case .corpusLoaded(_, let id), .loadFailed(_, let id), .loadProgress(_, let id): return id
        default: return nil
        }
    }
}

/// Work that the loop does outside `reduce`, reporting back as actions that carry the same request id.
public enum Effect: Sendable, Equatable {
    case loadCorpus(path: String, request: RequestID)
    case quit
}
