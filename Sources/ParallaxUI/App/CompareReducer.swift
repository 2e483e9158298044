import ParallaxCore

/// Compare keys: scroll the focused pane, move focus, flip a pane through the event's sources.
enum CompareReducer {
    /// Opens compare on the event of an article, that article on the left.
    static func open(_ state: inout AppState, from articleID: String) {
        guard let corpus = state.corpus, let event = corpus.event(of: articleID) else { return }
        state.compareEventID = event.id
        let others = event.articleIDs.filter { $0 != articleID }
        state.panes = [PaneState(articleID: articleID)] + (others.first.map { [PaneState(articleID: $0)] } ?? [])
        state.focusedPane = 0
        state.stack.append(.compare)
        if others.isEmpty {
            state.message = StatusMessage("Only one source covers this event", .info)
        }
    }

    /// Applies a compare-screen action.
    static func reduce(_ state: inout AppState, _ action: Action) {
        guard let event = currentEvent(state), !state.panes.isEmpty else { return }
        state.focusedPane = min(state.focusedPane, state.panes.count - 1)
        switch action {
        case .focusNextPane:
            if state.panes.count > 1 { state.focusedPane = 1 - state.focusedPane }
        case .flipNext, .flipPrevious:
            flip(&state, event: event, forward: action == .flipNext)
        case .toggleBoilerplate:
            state.showBoilerplate.toggle()
            clamp(&state)
        case .openCompare, .openSelected:
            break
        default:
            guard let (page, total) = metrics(state, pane: state.focusedPane) else { return }
            state.panes[state.focusedPane].scroll = scrolled(state.panes[state.focusedPane].scroll, by: action,
                                                             page: page, total: total)
        }
    }

    /// Shows the previous or next source of the event in the focused pane, skipping the other pane's.
    static func flip(_ state: inout AppState, event: Event, forward: Bool) {
        let ids = event.articleIDs
        guard ids.count > 1 else {
            state.message = StatusMessage("Only one source covers this event", .info)
            return
        }
        let focused = state.focusedPane
        let other = state.panes.count > 1 ? state.panes[1 - focused].articleID : nil
        guard let current = ids.firstIndex(of: state.panes[focused].articleID) else { return }
        var index = current
        for _ in 0..<ids.count {
            index = (index + (forward ? 1 : ids.count - 1)) % ids.count
            if ids[index] != other { break }
        }
        if index == current || ids[index] == other {
            state.message = StatusMessage("No other source: this event has \(ids.count) sources, both shown", .info)
            return
        }
        state.panes[focused] = PaneState(articleID: ids[index])
    }

    /// The event being compared.
    static func currentEvent(_ state: AppState) -> Event? {
        guard let id = state.compareEventID else { return nil }
        return state.corpus?.events.first { $0.id == id }
    }

    /// Body page height and line count of a pane.
    static func metrics(_ state: AppState, pane index: Int) -> (page: Int, total: Int)? {
        guard index < state.panes.count, let article = state.corpus?.article(id: state.panes[index].articleID) else {
            return nil
        }
        let rects = Layout.panes(width: state.width, height: state.height)
        let rect = index == 0 ? rects.left : rects.right
        let doc = Layout.paneDocument(article, pane: rect, label: "", showBoilerplate: state.showBoilerplate)
        return (Layout.bodyHeight(doc, in: rect), doc.body.count)
    }

    /// Keeps both panes' scroll positions within their documents.
    static func clamp(_ state: inout AppState) {
        for i in state.panes.indices {
            guard let (page, total) = metrics(state, pane: i) else { continue }
            state.panes[i].scroll = min(state.panes[i].scroll, max(0, total - page))
        }
    }
}
