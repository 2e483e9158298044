import ParallaxCore

/// Library keys: move the cursor over articles, open the reader or compare.
enum LibraryReducer {
    /// Applies a library action.
    static func reduce(_ state: inout AppState, _ action: Action) {
        guard state.corpus != nil else { return }
        let rows = state.libraryRows
        let selectable = rows.indices.filter { rows[$0].isSelectable }
        guard !selectable.isEmpty else { return }
        let position = selectable.firstIndex(of: state.libraryCursor) ?? 0
        let page = max(1, Layout.content(width: state.width, height: state.height).height - 1)
        switch action {
        case .moveDown: state.libraryCursor = selectable[min(position + 1, selectable.count - 1)]
        case .moveUp: state.libraryCursor = selectable[max(position - 1, 0)]
        case .goTop: state.libraryCursor = selectable[0]; state.libraryScroll = 0
        case .goBottom: state.libraryCursor = selectable[selectable.count - 1]
        case .pageDown, .halfPageDown, .pageUp, .halfPageUp:
            let step = action == .pageDown || action == .pageUp ? page : page / 2
            let forward = action == .pageDown || action == .halfPageDown
            let target = state.libraryCursor + (forward ? step : -step)
            state.libraryCursor = forward
                ? (selectable.first { $0 >= target } ?? selectable[selectable.count - 1])
                : (selectable.last { $0 <= target } ?? selectable[0])
        case .openSelected:
            guard case .article(let article) = rows[state.libraryCursor] else { return }
            state.readerArticleID = article.id
            state.readerScroll = 0
            state.stack.append(.reader)
        case .openCompare:
            guard case .article(let article) = rows[state.libraryCursor] else { return }
            CompareReducer.open(&state, from: article.id)
        default:
            break
        }
        keepCursorVisible(&state)
    }

    /// Scrolls the library so that the cursor row is on screen.
    static func keepCursorVisible(_ state: inout AppState) {
        guard state.corpus != nil else { return }
        let rows = state.libraryRows
        let visible = max(1, Layout.content(width: state.width, height: state.height).height)
        state.libraryCursor = min(state.libraryCursor, max(0, rows.count - 1))
        if state.libraryCursor < state.libraryScroll {
            // Show the event heading above the first article of an event too.
            state.libraryScroll = max(0, state.libraryCursor - 1)
            if state.libraryCursor > 0, rows[state.libraryCursor - 1].isSelectable { state.libraryScroll = state.libraryCursor }
        }
        if state.libraryCursor >= state.libraryScroll + visible { state.libraryScroll = state.libraryCursor - visible + 1 }
        state.libraryScroll = min(state.libraryScroll, max(0, rows.count - visible))
    }
}
