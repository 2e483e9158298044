import ParallaxCore

/// Search inside an article (the reader, or the focused compare pane): `/` opens the prompt, every
/// keystroke re-runs the search from where the view was, `n`/`N` step through the matches.
enum SearchReducer {
    /// `/`: opens the search prompt for the reader or the focused pane, remembering what Esc restores.
    static func start(_ state: inout AppState) -> [Effect] {
        let pane = state.compare?.focusedPane ?? 0
        guard let target = target(state, pane: pane) else { return [] }
        state.overlay = .prompt(PromptState(purpose: .search(pane: pane), editor: LineEditor(history: state.searchHistory),
                                            savedSearch: target.search, savedScroll: target.scroll))
        return []
    }

    /// The search and scroll of the reader (pane 0) or of a compare pane.
    static func target(_ state: AppState, pane: Int) -> (search: TextSearch?, scroll: Int)? {
        if let reader = state.reader { return (reader.search, reader.scroll) }
        guard let compare = state.compare, compare.panes.indices.contains(pane) else { return nil }
        return (compare.panes[pane].search, compare.panes[pane].scroll)
    }

    /// Sets the search and scroll of the reader or a compare pane.
    static func setTarget(_ state: inout AppState, pane: Int, search: TextSearch?, scroll: Int) {
        if var reader = state.reader {
            reader.search = search
            reader.scroll = scroll
            state.reader = reader
        } else if var compare = state.compare, compare.panes.indices.contains(pane) {
            compare.panes[pane].search = search
            compare.panes[pane].scroll = scroll
            state.compare = compare
        }
    }

    /// The laid-out article of the reader or a pane.
    static func article(_ state: AppState, pane: Int, layouter: Layouter) -> ArticleLayout? {
        let layout = layouter.layout(for: state)
        return state.reader != nil ? layout.reader : layout.pane(pane)
    }

    /// Searches for what is typed so far: the current match is the first at or below the top of the
    /// view when the prompt opened, and the view scrolls from there to show it.
    static func apply(_ query: String, pane: Int, from scroll: Int, _ state: inout AppState, layouter: Layouter) {
        guard !query.isEmpty else {
            setTarget(&state, pane: pane, search: nil, scroll: scroll)
            return
        }
        setTarget(&state, pane: pane, search: TextSearch(query: query), scroll: scroll)
        guard let article = article(state, pane: pane, layouter: layouter), let matches = article.matches else { return }
        let top = article.body.rawStarts.indices.contains(scroll) && scroll > 0 ? article.body.rawStarts[scroll] : 0
        guard let first = matches.first(atOrAfter: top) else { return }
        show(first, of: matches, in: article, pane: pane, from: scroll, query: query, &state)
    }

    /// Makes a match current and scrolls its pane to show it (a header match is always in view).
    static func show(_ match: Int, of matches: TextMatches, in article: ArticleLayout, pane: Int, from scroll: Int,
                     query: String, _ state: inout AppState) {
        let line = matches.line(of: match, in: article.body)
        let newScroll = line.map { article.scroll(toShow: $0, from: scroll) } ?? scroll
        setTarget(&state, pane: pane, search: TextSearch(query: query, current: match), scroll: newScroll)
    }

    /// `n` / `N`: the next or previous match, wrapping around with a note.
    static func step(_ state: inout AppState, forward: Bool, layouter: Layouter) -> [Effect] {
        let pane = state.compare?.focusedPane ?? 0
        guard let target = target(state, pane: pane), let search = target.search else {
            state.message = StatusMessage("No search yet — / searches")
            return []
        }
        guard let article = article(state, pane: pane, layouter: layouter) else {
            // Its text is still on its way from the store (a hit just opened): there is nothing to step
            // through yet, which is not the same as no match.
            state.message = StatusMessage("The article is still opening — n/N once it is shown")
            return []
        }
        guard let matches = article.matches, matches.count > 0 else {
            state.message = StatusMessage("No match for “\(search.query)”")
            return []
        }
        let current = article.currentMatch ?? 0
        let next = (current + (forward ? 1 : matches.count - 1)) % matches.count
        let wrapped = forward ? next <= current : next >= current
        show(next, of: matches, in: article, pane: pane, from: target.scroll, query: search.query, &state)
        state.message = StatusMessage(describe(next, of: matches.count) + (wrapped ? " — search wrapped" : ""))
        return []
    }

    /// `match 3/17`.
    static func describe(_ match: Int, of count: Int) -> String { "match \(match + 1)/\(count)" }

    /// What the status line says when a search is kept: where the current match is, or that there is none.
    static func summary(_ state: AppState, pane: Int, layouter: Layouter) -> StatusMessage? {
        guard let search = target(state, pane: pane)?.search else { return nil }
        guard let article = article(state, pane: pane, layouter: layouter), let matches = article.matches,
              let current = article.currentMatch else {
            return StatusMessage("No match for “\(search.query)”")
        }
        return StatusMessage(describe(current, of: matches.count) + " — n/N next/previous")
    }
}
