import ParallaxCore

/// Library keys: move the cursor over articles, open the reader or compare, the entities panel.
enum LibraryReducer {
    /// Applies a library action.
    static func reduce(_ state: inout AppState, _ action: Action, layouter: Layouter) -> [Effect] {
        let rows = state.libraryRows
        let selectable = rows.indices.filter { rows[$0].isSelectable }
        if action == .openEntityPanel { return EntityReducer.openPanel(&state, layouter: layouter) }
        if action == .startSearch {
            let query = state.library.query ?? ""
            state.overlay = .prompt(PromptState(purpose: .filter, editor: LineEditor(query, history: state.filterHistory),
                                                savedScroll: state.library.cursor, savedFilter: state.library.query))
            return []
        }
        guard !selectable.isEmpty else { return [] }
        var library = state.library
        let position = selectable.firstIndex(of: library.cursor) ?? 0
        let page = max(1, layouter.layout(for: state).libraryPage - 1)
        switch action {
        case .moveDown: library.cursor = selectable[min(position + 1, selectable.count - 1)]
        case .moveUp: library.cursor = selectable[max(position - 1, 0)]
        case .goTop: library.cursor = selectable[0]; library.scroll = 0
        case .goBottom: library.cursor = selectable[selectable.count - 1]
        case .pageDown, .halfPageDown, .pageUp, .halfPageUp:
            let step = action == .pageDown || action == .pageUp ? page : page / 2
            let forward = action == .pageDown || action == .halfPageDown
            let target = library.cursor + (forward ? step : -step)
            library.cursor = forward
                ? (selectable.first { $0 >= target } ?? selectable[selectable.count - 1])
                : (selectable.last { $0 <= target } ?? selectable[0])
        case .openSelected:
            guard case .article(let article) = rows[library.cursor] else { return [] }
            state.routes.append(.reader(ReaderState(articleID: article.id)))
            return []
        case .openCompare:
            guard case .article(let article) = rows[library.cursor] else { return [] }
            return CompareReducer.open(&state, from: article.id)
        default:
            return []
        }
        state.library = library
        keepCursorVisible(&state, layout: layouter.layout(for: state))
        return []
    }

    /// Lists only the articles that mention an entity (nil: all), cursor on the first.
    static func setFilter(_ state: inout AppState, _ entity: EntityID?) {
        relist(&state) { $0.filter = entity }
        if let entity, let name = state.corpus?.entities.entity(entity)?.name {
            state.message = StatusMessage("Showing articles that mention \(name) — Esc shows all")
        }
    }

    /// Fuzzy-filters the library by a query (nil: all), best match first, cursor on it.
    static func setQuery(_ state: inout AppState, _ query: String?) {
        relist(&state) { $0.query = query }
    }

    /// Changes what the library lists, rebuilds its rows and puts the cursor on the first article, at the top.
    private static func relist(_ state: inout AppState, _ change: (inout LibraryState) -> Void) {
        var library = state.library
        change(&library)
        library.scroll = 0
        state.library = library
        state.rebuildLibraryRows()
        state.library.cursor = state.libraryRows.firstIndex(where: \.isSelectable) ?? 0
    }

    /// Scrolls the library so that the cursor row is on screen.
    static func keepCursorVisible(_ state: inout AppState, layout: ScreenLayout) {
        let rows = state.libraryRows
        let visible = layout.libraryPage
        var library = state.library
        library.cursor = min(library.cursor, max(0, rows.count - 1))
        if library.cursor < library.scroll {
            // Show the event heading above the first article of an event too.
            library.scroll = max(0, library.cursor - 1)
            if library.cursor > 0, rows[library.cursor - 1].isSelectable { library.scroll = library.cursor }
        }
        if library.cursor >= library.scroll + visible { library.scroll = library.cursor - visible + 1 }
        library.scroll = max(0, min(library.scroll, max(0, rows.count - visible)))
        state.library = library
    }
}
