import ParallaxCore

/// One article laid out in a rectangle: a fixed header and a scrolling body.
public struct ArticleLayout: Sendable {
    /// The article shown.
    public let articleID: String
    /// Where the header and body are drawn.
    public let rect: Rect
    /// Header lines.
    public let header: TextLines
    /// Body lines (memoised per article, width and junk setting).
    public let body: WrappedBody
    /// What is drawn on the text: entities by type, the current mention.
    public var decorations: DecorationSet = .none
    /// The search's matches, when a search is on.
    public var matches: TextMatches?
    /// The current match (clamped), when there is one.
    public var currentMatch: Int?

    /// Where the body is drawn: the rectangle under the header (possibly empty on a short screen).
    public var bodyRect: Rect {
        let top = min(rect.maxY, rect.y + header.lines.count)
        return Rect(x: rect.x, y: top, width: rect.width, height: rect.maxY - top)
    }

    /// Lines a page scrolls by (at least one).
    public var page: Int { max(1, rect.height - header.lines.count) }

    /// The largest useful scroll position.
    public var maxScroll: Int { max(0, body.lineCount - page) }

    /// A scroll position that shows a body line, keeping the current one when the line is already visible.
    public func scroll(toShow line: Int, from current: Int) -> Int {
        if line >= current && line < current + page { return current }
        return min(maxScroll, max(0, line - page / 3))
    }
}

/// The derived layout of a state at its terminal size: rectangles, and the articles on screen laid out.
/// `reduce` reads it to page and clamp; the views read it to draw. Built by a `Layouter`, which memoises it.
public struct ScreenLayout: Sendable {
    /// Terminal size.
    public let width: Int
    /// Terminal size.
    public let height: Int
    /// Whether the terminal is big enough to draw the app.
    public let fits: Bool
    /// The area between the title bar and the status line.
    public let content: Rect
    /// The reader's article, when the reader is on top.
    public var reader: ArticleLayout?
    /// Compare: the two pane rectangles (left, right) and the divider column.
    public let paneRects: [Rect]
    /// The divider column between the panes.
    public let divider: Int
    /// Compare: each pane's article (`nil` for an empty right pane).
    public var panes: [ArticleLayout?] = []

    /// A layout with rectangles only.
    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        fits = Layout.fits(width: width, height: height)
        content = Layout.content(width: width, height: height)
        let p = Layout.panes(width: width, height: height)
        paneRects = [p.left, p.right]
        divider = p.divider
    }

    /// Library rows visible at once.
    public var libraryPage: Int { max(1, content.height) }

    /// Compare: a pane's article layout, if that pane shows one.
    public func pane(_ index: Int) -> ArticleLayout? { panes.indices.contains(index) ? panes[index] : nil }
}
