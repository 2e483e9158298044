/// Sizes of the entities panel, shared by the view and the reducer (for paging).
enum EntityPanelLayout {
    /// Rows of the box not used by entity rows: borders, column titles, the rule and two detail lines.
    static let chrome = 6

    /// The panel's box in the content area.
    static func box(in area: Rect) -> Rect {
        Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
    }

    /// Entity rows visible at a terminal height.
    static func visibleRows(height: Int) -> Int { max(1, height - 2 - chrome) }
}
