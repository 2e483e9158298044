/// Sizes of the entities panel, shared by the view and the reducer (for paging and column scrolling).
enum EntityPanelLayout {
    /// Rows of the box not used by entity rows: borders, column titles, the rule and two detail lines.
    static let chrome = 6

    /// Columns of the type column.
    static let typeWidth = 8

    /// The narrowest name column while source columns are cut off (a name column narrower than this
    /// made many-source panels unreadable).
    static let minimumNameWidth = 24

    /// The panel's box in the content area.
    static func box(in area: Rect) -> Rect {
        Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
    }

    /// Entity rows visible at a terminal height.
    static func visibleRows(height: Int) -> Int { max(1, height - 2 - chrome) }

    /// The width inside the box's border and margins, for a terminal width.
    static func innerWidth(terminalWidth: Int) -> Int { terminalWidth - 2 - 4 }

    /// How the count columns share a row: the name column's width, each count column's width, and which
    /// of the `count` columns are shown (all of them when they fit, else a window from `first`).
    struct Columns: Equatable {
        let nameWidth: Int
        let countWidth: Int
        let shown: Range<Int>

        /// Whether some columns are cut off.
        func isCut(of count: Int) -> Bool { shown.count < count }
    }

    /// Fits `count` count columns into `inner` columns, starting the window at `first` when they do not all
    /// fit: ten columns each when the name keeps 16, else eight; when even eight do not fit, as many as
    /// leave the name `minimumNameWidth` and ←/→ move the window.
    static func columns(inner: Int, count: Int, first: Int) -> Columns {
        let rest = inner - typeWidth
        for width in [10, 8] where rest - width * count >= 16 {
            return Columns(nameWidth: rest - width * count, countWidth: width, shown: 0..<count)
        }
        let width = 8
        let fit = max(1, min(count, (rest - minimumNameWidth) / width))
        let start = max(0, min(first, count - fit))
        return Columns(nameWidth: max(8, rest - width * fit), countWidth: width, shown: start..<(start + fit))
    }

    /// The first column after moving the window by `step` columns, kept inside `0...(count - shown)`.
    static func scrolledFirst(_ first: Int, by step: Int, inner: Int, count: Int) -> Int {
        let fit = columns(inner: inner, count: count, first: first).shown.count
        return max(0, min(count - fit, first + step))
    }
}
