import ParallaxCore

/// Library keys: move the cursor over articles, open the reader or compare, the entities panel.
/// The list is virtual: moving reads only the rows between the cursor and where it lands.
enum LibraryReducer {
    /// Applies a library action.
    static func reduce(_ state: inout AppState, _ action: Action, layouter: Layouter) -> [Effect] {
        if action == .openEntityPanel { return EntityReducer.openPanel(&state, layouter: layouter) }
        if action == .startSearch { return startFilter(&state) }
        guard state.listing.count > 0, let first = firstSelectable(state) else { return [] }
        var library = state.library
        let page = max(1, layouter.layout(for: state).libraryPage - 1)
        switch action {
        case .moveDown: library.cursor = selectable(state, from: library.cursor + 1, forward: true) ?? library.cursor
        case .moveUp: library.cursor = selectable(state, from: library.cursor - 1, forward: false) ?? library.cursor
        case .goTop: library.cursor = first; library.scroll = 0
        case .goBottom: library.cursor = selectable(state, from: state.listing.count - 1, forward: false) ?? first
        case .pageDown, .halfPageDown, .pageUp, .halfPageUp:
            let step = action == .pageDown || action == .pageUp ? page : max(1, page / 2)
            let forward = action == .pageDown || action == .halfPageDown
            let target = min(max(0, library.cursor + (forward ? step : -step)), state.listing.count - 1)
            library.cursor = selectable(state, from: target, forward: forward)
                ?? selectable(state, from: target, forward: !forward) ?? library.cursor
        case .openSelected:
            guard case .article(let article)? = state.libraryRow(library.cursor) else { return [] }
            state.routes.append(.reader(ReaderState(articleID: article.id)))
            return []
        case .openCompare:
            guard case .article(let article)? = state.libraryRow(library.cursor) else { return [] }
            return CompareReducer.open(&state, from: article.id)
        default:
            return []
        }
        state.library = library
        keepCursorVisible(&state, layout: layouter.layout(for: state))
        return []
    }

    /// `/`: the filter prompt; the first time, the candidates are read from the index in the background.
    static func startFilter(_ state: inout AppState) -> [Effect] {
        let query = state.library.query ?? ""
        state.overlay = .prompt(PromptState(purpose: .filter, editor: LineEditor(query, history: state.filterHistory),
                                            savedScroll: state.library.cursor, savedFilter: state.library.query))
        guard state.libraryCandidates == nil else { return [] }
        return [.loadCandidates(request: state.newRequest())]
    }

    /// The first row the cursor can rest on, looking from `start` forward or backward, reading a page
    /// of rows at a time (an event heading or spacer is never more than a few rows from an article).
    static func selectable(_ state: AppState, from start: Int, forward: Bool) -> Int? {
        let count = state.listing.count
        guard count > 0, start >= 0, start < count else { return nil }
        if case .ranked = state.listing { return start }
        let pageSize = 32
        var position = start
        while position >= 0 && position < count {
            let range = forward ? position..<min(count, position + pageSize) : max(0, position - pageSize + 1)..<(position + 1)
            let rows = state.libraryRows(range)
            let hit = forward ? rows.indices.first { rows[$0].isSelectable } : rows.indices.last { rows[$0].isSelectable }
            if let hit { return range.lowerBound + hit }
            position = forward ? range.upperBound : range.lowerBound - 1
        }
        return nil
    }

    /// The first article row of the list.
    static func firstSelectable(_ state: AppState) -> Int? { selectable(state, from: 0, forward: true) }

    /// Lists only the articles that mention an entity (nil: all), cursor on the first.
    static func setFilter(_ state: inout AppState, _ entity: EntityID?) {
        relist(&state) { $0.filter = entity }
        if let entity, let name = state.entity(entity)?.name {
            state.message = StatusMessage("Showing articles that mention \(name) — Esc shows all")
        }
    }

    /// Fuzzy-filters the library by a query (nil: all), best match first, cursor on it.
    static func setQuery(_ state: inout AppState, _ query: String?) {
        relist(&state) { $0.query = query }
    }

    /// Changes what the library lists and puts the cursor on the first article, at the top.
    private static func relist(_ state: inout AppState, _ change: (inout LibraryState) -> Void) {
        var library = state.library
        change(&library)
        library.scroll = 0
        state.library = library
        state.relist()
        state.library.cursor = firstSelectable(state) ?? 0
    }

    /// Scrolls the library so that the cursor row is on screen.
    static func keepCursorVisible(_ state: inout AppState, layout: ScreenLayout) {
        let count = state.listing.count
        let visible = layout.libraryPage
        var library = state.library
        library.cursor = min(library.cursor, max(0, count - 1))
        if library.cursor < library.scroll {
            // Show the event heading above the first article of an event too.
            library.scroll = max(0, library.cursor - 1)
            if library.cursor > 0, state.libraryRow(library.cursor - 1)?.isSelectable == true { library.scroll = library.cursor }
        }
        if library.cursor >= library.scroll + visible { library.scroll = library.cursor - visible + 1 }
        library.scroll = max(0, min(library.scroll, max(0, count - visible)))
        state.library = library
    }
}
