import ParallaxCore

/// The reader: the article's header, then its body wrapped to the width and scrolled.
enum ReaderView {
    /// Draws the open article inside `area` (its layout's rectangle lies within it).
    static func render(_ state: AppState, layout: ScreenLayout, in area: Rect, into grid: inout CellGrid, theme: Theme) {
        guard let reader = state.reader else { return }
        guard let article = layout.reader else {
            renderOpening(reader.articleID, state: state, in: area, into: &grid, theme: theme)
            return
        }
        let clipped = ArticleLayout(articleID: article.articleID, rect: intersect(article.rect, area), header: article.header,
                                body: article.body, decorations: article.decorations)
        ArticleView.render(clipped, scroll: reader.scroll, into: &grid, theme: theme)
    }
}

extension ReaderView {
    /// What a pane shows until its article arrives from the store: its headline, or why it cannot be read.
    static func renderOpening(_ articleID: String, state: AppState, in area: Rect, into grid: inout CellGrid, theme: Theme) {
        guard area.width > 4, area.height > 1 else { return }
        let text: String
        let style: Role
        if let reason = state.articleErrors[articleID] {
            text = "Cannot open this article: " + reason
            style = .notice
        } else {
            let title = state.corpus?.source.summary(id: articleID)?.title ?? articleID
            text = "Opening “" + title + "” …"
            style = .text
        }
        for (i, line) in TextLayout.wrap(TextSanitizer.displaySafe(text), width: area.width - 4).prefix(area.height - 1).enumerated() {
            grid.write(line, x: area.x + 2, y: area.y + 1 + i, style: theme.style(style), limit: area.maxX)
        }
    }
}

/// The part of `a` inside `b`.
func intersect(_ a: Rect, _ b: Rect) -> Rect {
    let x = max(a.x, b.x), y = max(a.y, b.y)
    return Rect(x: x, y: y, width: min(a.maxX, b.maxX) - x, height: min(a.maxY, b.maxY) - y)
}
