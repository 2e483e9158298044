import ParallaxCore

/// Two sources of one event side by side, each pane with its own header and scroll position.
enum CompareView {
    /// Draws both panes and the divider inside `area`.
    static func render(_ state: AppState, layout: ScreenLayout, in area: Rect, into grid: inout CellGrid,
                       theme: Theme) {
        guard let compare = state.compare else { return }
        let event = state.comparedEvent
        for y in area.y..<area.maxY where layout.divider < area.maxX {
            grid.write("│", x: layout.divider, y: y, style: theme.style(.divider), limit: area.maxX)
        }
        for (index, rect) in layout.paneRects.enumerated() {
            let paneRect = intersect(rect, area)
            guard index < compare.panes.count else {
                renderSingleSourceNotice(event: event, in: paneRect, into: &grid, theme: theme)
                continue
            }
            guard let article = layout.pane(index) else {
                ReaderView.renderOpening(compare.panes[index].articleID, state: state, in: paneRect, into: &grid, theme: theme)
                continue
            }
            let focused = index == compare.focusedPane && compare.panes.count > 1
            let headerStyle = theme.style(focused ? .paneHeaderFocused : .paneHeader)
            ArticleView.render(article, scroll: compare.panes[index].scroll, into: &grid, theme: theme, headerStyle: headerStyle)
            grid.fill(Rect(x: paneRect.x, y: paneRect.y, width: 1, height: min(1, paneRect.height)), style: headerStyle)
            grid.fill(Rect(x: paneRect.maxX - 1, y: paneRect.y, width: 1, height: min(1, paneRect.height)), style: headerStyle)
        }
    }

    /// The right pane when the event has a single source.
    static func renderSingleSourceNotice(event: Event?, in rect: Rect, into grid: inout CellGrid, theme: Theme) {
        let text = "Only one source covers this event, so there is nothing to compare it with."
        let lines = TextLayout.wrap(text, width: max(1, rect.width - 4))
        let top = rect.y + max(1, rect.height / 3)
        for (i, line) in lines.enumerated() where top + i < rect.maxY {
            grid.write(line, x: rect.x + 2, y: top + i, style: theme.style(.notice), limit: rect.maxX)
        }
        if let keywords = event?.keywords, !keywords.isEmpty {
            let hint = TextLayout.wrap("Event: " + keywords.joined(separator: ", "), width: max(1, rect.width - 4))
            for (i, line) in hint.enumerated() where top + lines.count + 1 + i < rect.maxY {
                grid.write(line, x: rect.x + 2, y: top + lines.count + 1 + i, style: theme.style(.unknown), limit: rect.maxX)
            }
        }
    }
}
