import ParallaxCore

/// Where things go on the screen, shared by the reducer (for paging) and the views (for drawing).
public enum Layout {
    /// Smallest usable terminal.
    public static let minWidth = 40
    /// Smallest usable terminal.
    public static let minHeight = 10

    /// Whether the terminal is big enough to draw the app.
    public static func fits(width: Int, height: Int) -> Bool { width >= minWidth && height >= minHeight }

    /// The area between the title bar and the status line.
    public static func content(width: Int, height: Int) -> Rect { Rect(x: 0, y: 1, width: width, height: height - 2) }

    /// Left and right compare panes, and the divider column between them.
    public static func panes(width: Int, height: Int) -> (left: Rect, divider: Int, right: Rect) {
        let area = content(width: width, height: height)
        let leftWidth = (area.width - 1) / 2
        return (Rect(x: 0, y: area.y, width: leftWidth, height: area.height), leftWidth,
                Rect(x: leftWidth + 1, y: area.y, width: area.width - leftWidth - 1, height: area.height))
    }

    /// The reader's document at the current size.
    public static func readerDocument(_ article: Article, state: AppState) -> ArticleDocument {
        ArticleDocument(article: article, width: readerTextWidth(state.width), showBoilerplate: state.showBoilerplate, titleLines: 3)
    }

    /// Text width in the reader: the screen less margins, at most a comfortable reading measure.
    public static func readerTextWidth(_ width: Int) -> Int { min(max(10, width - 4), 100) }

    /// A compare pane's document.
    public static func paneDocument(_ article: Article, pane: Rect, label: String, showBoilerplate: Bool) -> ArticleDocument {
        ArticleDocument(article: article, width: max(1, pane.width - 2), showBoilerplate: showBoilerplate,
                        titleLines: 2, label: label, compact: true)
    }

    /// Rows available to a document's body under its header.
    public static func bodyHeight(_ document: ArticleDocument, in area: Rect) -> Int {
        max(1, area.height - document.header.count)
    }
}

/// `1 article`, `2 articles`: a count with its noun.
func counted(_ count: Int, _ noun: String) -> String {
    count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
}
