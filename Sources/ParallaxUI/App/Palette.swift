import ParallaxCore

/// The corpus search palette (`:` or `Ctrl-f`): the query field, ranked hits with snippets, the
/// selection, and the inline message of a query that does not parse (the previous hits stay).
public struct PaletteState: Sendable, Equatable {
    /// Most hits asked of the index per query.
    public static let resultLimit = 20

    /// The query field.
    public var editor: LineEditor
    /// The hits shown, best first.
    public var hits: [SearchHit] = []
    /// The query text the hits answer.
    public var hitsFor: String?
    /// Why the text typed does not parse, with the column it points at; nil when it parses.
    public var error: QueryError?
    /// The search request still running, if any.
    public var pending: RequestID?
    /// The selected hit.
    public var selection = 0
    /// First visible hit.
    public var scroll = 0

    /// A palette with an empty field.
    public init(editor: LineEditor) { self.editor = editor }
}

/// Palette keys: typing re-runs the search (parsed first: a bad query only says why), ↑/↓ select,
/// Enter opens the hit in the reader scrolled to it, Esc closes.
enum PaletteReducer {
    /// `:` / `Ctrl-f`: opens the palette over any screen.
    static func open(_ state: inout AppState) -> [Effect] {
        guard state.corpus != nil else { return [] }
        state.overlay = .palette(PaletteState(editor: LineEditor(history: state.corpusSearchHistory)))
        return []
    }

    /// Applies an action to the open palette.
    static func reduce(_ state: inout AppState, _ palette: PaletteState, _ action: Action, layouter: Layouter) -> [Effect] {
        var palette = palette
        switch action {
        case .cancelPrompt, .back:
            remember(&state, palette.editor.text)
            state.overlay = nil
            return []
        case .openSelected, .submitPrompt:
            return openHit(&state, palette)
        case .moveDown, .moveUp, .pageDown, .pageUp, .goTop, .goBottom, .halfPageDown, .halfPageUp:
            let page = PaletteView.visibleHits(height: state.height)
            palette.selection = scrolled(palette.selection, by: action, page: 1, total: palette.hits.count)
            if action == .pageDown || action == .pageUp {
                palette.selection = max(0, min(palette.hits.count - 1, palette.selection + (action == .pageDown ? page : -page)))
            }
            palette.scroll = min(palette.scroll, palette.selection)
            if palette.selection >= palette.scroll + page { palette.scroll = palette.selection - page + 1 }
            state.overlay = .palette(palette)
            return []
        case .paletteHistoryOlder, .paletteHistoryNewer:
            palette.editor.browseHistory(older: action == .paletteHistoryOlder)
        default:
            guard PromptReducer.edit(&palette.editor, action) else { return [] }
        }
        return search(&state, palette)
    }

    /// Parses the field and runs the query: a bad query keeps the hits and says why; an empty field clears.
    static func search(_ state: inout AppState, _ palette: PaletteState) -> [Effect] {
        var palette = palette
        let text = palette.editor.text
        if text.trimmingCharacters(in: .whitespaces).isEmpty {
            palette.hits = []
            palette.hitsFor = nil
            palette.error = nil
            palette.pending = nil
            palette.selection = 0
            palette.scroll = 0
            state.overlay = .palette(palette)
            return []
        }
        switch QueryParser.parse(text) {
        case .failure(let error):
            palette.error = error
            state.overlay = .palette(palette)
            return []
        case .success(let query):
            palette.error = nil
            guard !query.isEmpty else {
                state.overlay = .palette(palette)
                return []
            }
            let request = state.newRequest()
            if let old = palette.pending { state.pendingRequests.remove(old) }
            palette.pending = request
            state.overlay = .palette(palette)
            return [.search(query, text: text, request: request)]
        }
    }

    /// Results (or a failure) for the palette's latest request.
    static func results(_ state: inout AppState, _ action: Action) -> [Effect] {
        guard case .palette(var palette)? = state.overlay else { return [] }
        switch action {
        case .searchResults(let hits, let text, let request):
            guard request == palette.pending else { return [] }
            palette.pending = nil
            palette.hits = hits
            palette.hitsFor = text
            palette.selection = 0
            palette.scroll = 0
        case .searchFailed(let reason, let request):
            guard request == palette.pending else { return [] }
            palette.pending = nil
            palette.error = QueryError(message: reason, position: 0)
        default:
            return []
        }
        state.overlay = .palette(palette)
        return []
    }

    /// Enter: the selected hit opens in the reader at the hit, its words highlighted (n/N walk them).
    static func openHit(_ state: inout AppState, _ palette: PaletteState) -> [Effect] {
        guard palette.hits.indices.contains(palette.selection) else { return [] }
        let hit = palette.hits[palette.selection]
        remember(&state, palette.editor.text)
        state.overlay = nil
        var reader = ReaderState(articleID: hit.article.id)
        reader.anchor = hit.rawRange?.lowerBound
        if let first = hit.highlights.first {
            let characters = Array(hit.snippet)
            let lower = min(first.lowerBound, characters.count), upper = min(first.upperBound, characters.count)
            var matched = String(characters[lower..<upper])
            // Smart case as typed: a query typed in lower case finds every case in the reader too.
            if palette.editor.text == palette.editor.text.lowercased() { matched = matched.lowercased() }
            if !matched.isEmpty { reader.search = TextSearch(query: matched) }
        }
        if state.screen == .reader, state.routes.count > 1 { state.routes.removeLast() }
        state.routes.append(.reader(reader))
        ArticleFetching.forgetHidden(&state)
        return []
    }

    /// Keeps a query in the palette's history.
    static func remember(_ state: inout AppState, _ text: String) {
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        state.corpusSearchHistory = LineEditor.remembering(text, in: state.corpusSearchHistory)
    }
}
