import ParallaxCore

/// Two sources of one event side by side, each pane with its own header and scroll position.
enum CompareView {
    /// Draws both panes and the divider.
    static func render(_ state: AppState, corpus: Corpus, into grid: inout CellGrid, theme: Theme) {
        let rects = Layout.panes(width: state.width, height: state.height)
        let event = CompareReducer.currentEvent(state)
        let total = event?.articleIDs.count ?? 0
        for y in rects.left.y..<rects.left.maxY {
            grid.write("│", x: rects.divider, y: y, style: theme.style(.divider))
        }
        for (index, rect) in [rects.left, rects.right].enumerated() {
            guard index < state.panes.count, let article = corpus.article(id: state.panes[index].articleID) else {
                renderSingleSourceNotice(event: event, in: rect, into: &grid, theme: theme)
                continue
            }
            let number = (event?.articleIDs.firstIndex(of: article.id) ?? 0) + 1
            let focused = index == state.focusedPane && state.panes.count > 1
            let doc = Layout.paneDocument(article, pane: rect, label: (focused ? "▶ " : "") + "[\(number)/\(total)]",
                                          showBoilerplate: state.showBoilerplate)
            let inner = Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: rect.height)
            DocumentView.render(doc, scroll: state.panes[index].scroll, in: inner, into: &grid, theme: theme,
                                headerStyle: theme.style(focused ? .paneHeaderFocused : .paneHeader))
            if focused {
                grid.fill(Rect(x: rect.x, y: rect.y, width: 1, height: 1), style: theme.style(.paneHeaderFocused))
                grid.fill(Rect(x: rect.maxX - 1, y: rect.y, width: 1, height: 1), style: theme.style(.paneHeaderFocused))
            } else {
                grid.fill(Rect(x: rect.x, y: rect.y, width: 1, height: 1), style: theme.style(.paneHeader))
                grid.fill(Rect(x: rect.maxX - 1, y: rect.y, width: 1, height: 1), style: theme.style(.paneHeader))
            }
        }
    }

    /// The right pane when the event has a single source.
    static func renderSingleSourceNotice(event: Event?, in rect: Rect, into grid: inout CellGrid, theme: Theme) {
        let text = "Only one source covers this event, so there is nothing to compare it with."
        let lines = TextLayout.wrap(text, width: max(1, rect.width - 4))
        let top = rect.y + max(1, rect.height / 3)
        for (i, line) in lines.enumerated() {
            grid.write(line, x: rect.x + 2, y: top + i, style: theme.style(.notice), limit: rect.maxX)
        }
        if let keywords = event?.keywords, !keywords.isEmpty {
            let hint = TextLayout.wrap("Event: " + keywords.joined(separator: ", "), width: max(1, rect.width - 4))
            for (i, line) in hint.enumerated() {
                grid.write(line, x: rect.x + 2, y: top + lines.count + 1 + i, style: theme.style(.unknown), limit: rect.maxX)
            }
        }
    }
}
