import ParallaxCore

/// The reader: the article's header, then its body wrapped to the width and scrolled.
enum ReaderView {
    /// Draws the open article.
    static func render(_ state: AppState, corpus: Corpus, in area: Rect, into grid: inout CellGrid, theme: Theme) {
        guard let id = state.readerArticleID, let article = corpus.article(id: id) else { return }
        let doc = Layout.readerDocument(article, state: state)
        let textWidth = Layout.readerTextWidth(state.width)
        let x = area.x + max(2, (area.width - textWidth) / 2)
        DocumentView.render(doc, scroll: state.readerScroll, in: Rect(x: x, y: area.y, width: textWidth, height: area.height),
                            into: &grid, theme: theme)
    }
}

/// Draws an `ArticleDocument`: header fixed, body from a scroll position.
enum DocumentView {
    /// Draws a document's header and the visible part of its body in a rectangle.
    static func render(_ doc: ArticleDocument, scroll: Int, in rect: Rect, into grid: inout CellGrid, theme: Theme,
                       headerStyle: Style? = nil) {
        var y = rect.y
        for (i, line) in doc.header.enumerated() where y < rect.maxY {
            if i == 0, let headerStyle {
                grid.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: headerStyle)
                TextLayout.draw(line.map { Span($0.text) }, in: &grid, x: rect.x, y: y, width: rect.width, theme: theme,
                                base: headerStyle)
            } else {
                TextLayout.draw(line, in: &grid, x: rect.x, y: y, width: rect.width, theme: theme)
            }
            y += 1
        }
        for line in doc.body.dropFirst(scroll) where y < rect.maxY {
            TextLayout.draw(line, in: &grid, x: rect.x, y: y, width: rect.width, theme: theme)
            y += 1
        }
    }
}
