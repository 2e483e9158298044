/// Draws a laid-out article: header fixed at the top of its rectangle, body from a scroll position,
/// decorations composed onto each visible line. Draws only inside `article.rect`.
enum ArticleView {
    /// Draws the header and the visible part of the body. `headerStyle` paints the first header line (a pane's).
    static func render(_ article: ArticleLayout, scroll: Int, into grid: inout CellGrid, theme: Theme,
                       headerStyle: Style? = nil) {
        let rect = article.rect
        for (i, line) in article.header.lines.enumerated() where rect.y + i < rect.maxY {
            let y = rect.y + i
            if i == 0, let headerStyle {
                grid.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: headerStyle)
                var x = rect.x
                for run in line.runs {
                    x = grid.write(String(article.header.text(of: run)), x: x, y: y, style: headerStyle, limit: rect.maxX)
                }
            } else {
                LineRenderer.draw(line, of: article.header, decorations: article.decorations, at: rect.x, y: y,
                                  width: rect.width, into: &grid, theme: theme)
            }
        }
        let body = article.bodyRect
        let lines = article.body.text.lines
        for row in 0..<body.height where scroll + row < lines.count {
            LineRenderer.draw(lines[scroll + row], of: article.body.text, decorations: article.decorations, at: body.x,
                              y: body.y + row, width: body.width, into: &grid, theme: theme)
        }
    }

}
