import ParallaxCore

/// Compare keys: scroll the focused pane, move focus, flip a pane through the event's sources.
enum CompareReducer {
    /// Opens compare on the event of an article, that article on the left.
    static func open(_ state: inout AppState, from articleID: String) -> [Effect] {
        guard let event = state.corpus?.source.event(ofArticle: articleID) else { return [] }
        let others = event.articleIDs.filter { $0 != articleID }
        let panes = [PaneState(articleID: articleID)] + (others.first.map { [PaneState(articleID: $0)] } ?? [])
        state.routes.append(.compare(CompareState(eventID: event.id, panes: panes)))
        if others.isEmpty {
            state.message = StatusMessage("Only one source covers this event", .info)
        }
        return []
    }

    /// Applies a compare-screen action.
    static func reduce(_ state: inout AppState, _ action: Action, layouter: Layouter) -> [Effect] {
        guard var compare = state.compare, let event = state.comparedEvent, !compare.panes.isEmpty else { return [] }
        if let effects = TextActions.reduce(&state, action, layouter: layouter) { return effects }
        compare.focusedPane = min(compare.focusedPane, compare.panes.count - 1)
        switch action {
        case .focusNextPane:
            if compare.panes.count > 1 { compare.focusedPane = 1 - compare.focusedPane }
        case .flipNext, .flipPrevious:
            flip(&compare, event: event, forward: action == .flipNext, message: &state.message)
        case .toggleBoilerplate:
            state.showBoilerplate.toggle()
            clampAll(&state, layouter: layouter)
            return []
        case .openCompare, .openSelected:
            break
        default:
            guard let pane = layouter.layout(for: state).pane(compare.focusedPane) else { return [] }
            compare.panes[compare.focusedPane].scroll = scrolled(compare.panes[compare.focusedPane].scroll, by: action,
                                                                 page: pane.page, total: pane.body.lineCount)
        }
        state.compare = compare
        return []
    }

    /// Shows the previous or next source of the event in the focused pane, skipping the other pane's.
    static func flip(_ compare: inout CompareState, event: Event, forward: Bool, message: inout StatusMessage?) {
        let ids = event.articleIDs
        guard ids.count > 1 else {
            message = StatusMessage("Only one source covers this event", .info)
            return
        }
        let focused = compare.focusedPane
        let other = compare.panes.count > 1 ? compare.panes[1 - focused].articleID : nil
        guard let current = ids.firstIndex(of: compare.panes[focused].articleID) else { return }
        var index = current
        for _ in 0..<ids.count {
            index = (index + (forward ? 1 : ids.count - 1)) % ids.count
            if ids[index] != other { break }
        }
        if index == current || ids[index] == other {
            message = StatusMessage("No other source: this event has \(ids.count) sources, both shown", .info)
            return
        }
        compare.panes[focused] = PaneState(articleID: ids[index])
        if let mention = compare.currentMention, !compare.panes.contains(where: { $0.articleID == mention.articleID }) {
            compare.currentMention = nil
        }
    }
}
