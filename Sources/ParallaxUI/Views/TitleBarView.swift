import ParallaxCore

/// The top line: app name, where you are, the entity legend (reader, compare), and corpus counts.
enum TitleBarView {
    /// Draws the title bar in its one-row rectangle.
    static func render(_ state: AppState, in rect: Rect, into grid: inout CellGrid, theme: Theme) {
        let style = theme.style(.titleBar)
        grid.fill(rect, style: style)
        var left = " Parallax"
        switch state.screen {
        case .library:
            left += " › Library"
            if let filter = state.library.filter, let name = state.entity(filter)?.name {
                left += " › mentioning " + TextSanitizer.displaySafe(name)
            }
            if let query = state.library.query {
                left += " › matching “" + TextSanitizer.displaySafe(query) + "”"
            }
        case .reader: left += " › Reader"
        case .compare: left += " › Compare"
        }
        var end = grid.write(left, x: rect.x, y: rect.y, style: style, limit: rect.maxX)
        if state.screen != .library, state.corpus != nil, state.shownArticleIDs.contains(where: { !state.mentions(in: $0).isEmpty }) {
            end = LegendView.render(state.highlight, x: end + 2, y: rect.y, limit: rect.maxX, into: &grid, theme: theme)
        }
        var right = TextSanitizer.displaySafe(state.corpusName)
        if let source = state.corpus?.source {
            right += " · " + counted(source.articleCount, "article") + " · " + counted(source.eventCount, "event")
            if source.skippedCount > 0 { right += " · \(source.skippedCount) skipped" }
        }
        right += " "
        let rightText = DisplayWidth.truncate(right, to: max(0, rect.width - end - 2))
        grid.write(rightText, x: rect.maxX - DisplayWidth.of(rightText), y: rect.y, style: style, limit: rect.maxX)
    }
}

/// The entity legend: each type's name in its highlight style; types not shown are dimmed.
enum LegendView {
    /// Draws ` PERSON ORG GPE LOC NORP ` from `x`, clipped at `limit`; returns the column after it.
    @discardableResult
    static func render(_ highlight: EntityHighlight, x: Int, y: Int, limit: Int, into grid: inout CellGrid,
                       theme: Theme) -> Int {
        var col = grid.write(" ", x: x, y: y, style: theme.style(.text), limit: limit)
        for type in EntityType.allCases {
            let style = highlight.shows(type) ? theme.style(.text).applying(theme.patch(.entity(type)))
                                              : theme.style(.legendOff)
            col = grid.write(type.rawValue, x: col, y: y, style: style, limit: limit)
            col = grid.write(" ", x: col, y: y, style: theme.style(.text), limit: limit)
        }
        if !highlight.enabled { col = grid.write("off (e) ", x: col, y: y, style: theme.style(.legendOff), limit: limit) }
        return col
    }
}
