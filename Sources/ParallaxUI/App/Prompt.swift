/// The text-input overlay: `/` in the reader or a compare pane (search), `/` in the library (filter).
/// While it is open, the key table is in its text-input mode and the status line shows the field.
public struct PromptState: Sendable, Equatable {
    /// What the typed text does.
    public enum Purpose: Sendable, Hashable {
        /// Searches the reader's article or a compare pane's (by pane index; 0 in the reader).
        case search(pane: Int)
        /// Filters the library.
        case filter
    }

    /// What the typed text does.
    public var purpose: Purpose
    /// The field.
    public var editor: LineEditor
    /// The search of the target before the prompt opened, restored by Esc.
    public var savedSearch: TextSearch?
    /// The target's scroll (or the library's cursor) before the prompt opened, restored by Esc.
    public var savedScroll: Int
    /// The library's filter before the prompt opened, restored by Esc.
    public var savedFilter: String?

    /// A prompt for a purpose, remembering what Esc restores.
    public init(purpose: Purpose, editor: LineEditor, savedSearch: TextSearch? = nil, savedScroll: Int = 0,
                savedFilter: String? = nil) {
        self.purpose = purpose
        self.editor = editor
        self.savedSearch = savedSearch
        self.savedScroll = savedScroll
        self.savedFilter = savedFilter
    }

    /// The character the prompt starts with on the status line.
    public var sigil: String {
        switch purpose {
        case .search: return "/"
        case .filter: return "filter: "
        }
    }
}

/// A search in an article: the query (folded per scalar when matched) and which match is current.
public struct TextSearch: Sendable, Equatable {
    /// What was typed.
    public var query: String
    /// Index of the current match in the article's matches (clamped by whoever reads it).
    public var current: Int

    /// A search for a query, its first match current.
    public init(query: String, current: Int = 0) {
        self.query = query
        self.current = current
    }
}
