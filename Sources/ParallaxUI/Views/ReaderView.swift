import ParallaxCore

/// The reader: the article's header, then its body wrapped to the width and scrolled.
enum ReaderView {
    /// Draws the open article inside `area` (its layout's rectangle lies within it).
    static func render(_ state: AppState, layout: ScreenLayout, in area: Rect, into grid: inout CellGrid, theme: Theme) {
        guard let reader = state.reader, let article = layout.reader else { return }
        let clipped = ArticleLayout(articleID: article.articleID, rect: intersect(article.rect, area), header: article.header,
                                body: article.body, decorations: article.decorations)
        ArticleView.render(clipped, scroll: reader.scroll, into: &grid, theme: theme)
    }
}

/// The part of `a` inside `b`.
func intersect(_ a: Rect, _ b: Rect) -> Rect {
    let x = max(a.x, b.x), y = max(a.y, b.y)
    return Rect(x: x, y: y, width: min(a.maxX, b.maxX) - x, height: min(a.maxY, b.maxY) - y)
}
