import ParallaxCore

/// Where things go on the screen: the fixed rectangles every layout is built from.
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

    /// Text width in the reader: the screen less margins, at most a comfortable reading measure.
    public static func readerTextWidth(_ width: Int) -> Int { min(max(10, width - 4), 100) }

    /// The reader's text rectangle, centred in the content area.
    public static func readerRect(width: Int, height: Int) -> Rect {
        let area = content(width: width, height: height)
        let textWidth = min(readerTextWidth(width), max(1, area.width - 2))
        return Rect(x: area.x + max(2, (area.width - textWidth) / 2), y: area.y, width: textWidth, height: area.height)
    }

    /// A compare pane's text rectangle: the pane less a column on each side.
    public static func paneText(_ pane: Rect) -> Rect {
        Rect(x: pane.x + 1, y: pane.y, width: max(1, pane.width - 2), height: pane.height)
    }
}

/// `1 article`, `2 articles`: a count with its noun.
func counted(_ count: Int, _ noun: String) -> String {
    count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
}
