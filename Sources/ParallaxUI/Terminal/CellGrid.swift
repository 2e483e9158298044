/// One screen cell: a grapheme cluster (empty for the second half of a wide character) and its style.
public struct Cell: Sendable, Equatable {
    /// The character drawn here; `""` continues the wide character to the left.
    public var text: String
    /// How it is drawn.
    public var style: Style

    /// A blank cell.
    public static let blank = Cell(text: " ", style: .plain)

    /// Whether this cell is the right half of a wide character.
    public var isContinuation: Bool { text.isEmpty }
}

/// A rectangle of cells on the screen.
public struct Rect: Sendable, Equatable {
    /// Left column.
    public var x: Int
    /// Top row.
    public var y: Int
    /// Columns.
    public var width: Int
    /// Rows.
    public var height: Int

    /// Creates a rectangle.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// One past the right column.
    public var maxX: Int { x + width }
    /// One past the bottom row.
    public var maxY: Int { y + height }
}

/// The whole screen as cells; views draw into it and a backend shows it.
public struct CellGrid: Sendable, Equatable {
    /// Columns.
    public let width: Int
    /// Rows.
    public let height: Int
    /// Cells in row-major order.
    public private(set) var cells: [Cell]

    /// Creates a blank grid.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// The cell at a column and row.
    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Fills a rectangle with spaces in a style.
    public mutating func fill(_ rect: Rect, style: Style) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) { self[x, y] = Cell(text: " ", style: style) }
        }
    }

    /// Writes text at a position, clipped at `limit` (default: the grid's right edge).
    /// Control characters become U+FFFD, so nothing from a file can act on the terminal.
    /// Returns the column after the last cell written.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style, limit: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        let end = min(limit ?? width, width)
        var col = x
        for ch in text {
            var glyph = ch
            if let first = ch.unicodeScalars.first, first.value < 0x20 || (0x7F...0x9F).contains(first.value) {
                glyph = "\u{FFFD}"
            }
            let w = DisplayWidth.of(glyph)
            if w == 0 {
                attachZeroWidth(glyph, before: col, y: y)
                continue
            }
            if col + w > end {
                if w == 2 && col < end && col >= 0 { self[col, y] = Cell(text: " ", style: style) }
                break
            }
            if col >= 0 {
                clearWide(at: col, y: y)
                self[col, y] = Cell(text: String(glyph), style: style)
                if w == 2 { clearWide(at: col + 1, y: y); self[col + 1, y] = Cell(text: "", style: style) }
            }
            col += w
        }
        return col
    }

    /// Combining marks and other zero-width characters join the cell before them.
    private mutating func attachZeroWidth(_ ch: Character, before col: Int, y: Int) {
        var x = col - 1
        while x >= 0, self[x, y].isContinuation { x -= 1 }
        guard x >= 0, ch.unicodeScalars.allSatisfy({ $0.properties.generalCategory != .format || $0.value == 0x200D }) else {
            return
        }
        self[x, y].text += String(ch)
    }

    /// Keeps wide characters whole when one of their halves is overwritten.
    private mutating func clearWide(at x: Int, y: Int) {
        guard x < width else { return }
        if self[x, y].isContinuation, x > 0 { self[x - 1, y].text = " " }
        if x + 1 < width, self[x + 1, y].isContinuation { self[x + 1, y].text = " " }
    }

    /// Applies a style to every cell of a rectangle, keeping the text.
    public mutating func restyle(_ rect: Rect, _ transform: (inout Style) -> Void) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) { transform(&self[x, y].style) }
        }
    }

    /// One row as text, trailing spaces kept.
    public func rowText(_ y: Int) -> String {
        (0..<width).map { self[$0, y].text }.joined()
    }
}
