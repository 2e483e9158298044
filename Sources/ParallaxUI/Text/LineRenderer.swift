/// Draws display lines into a grid, composing decoration layers onto the text at draw time.
public enum LineRenderer {
    /// Draws one line at `(x, y)`, clipped to `width` columns. `base` replaces the plain-text style
    /// (a focused pane's header); `decorations` are looked up per run by binary search.
    public static func draw(_ line: DisplayLine, of text: TextLines, decorations: DecorationSet = .none,
                            at x: Int, y: Int, width: Int, into grid: inout CellGrid, theme: Theme, base: Style? = nil) {
        let limit = x + max(0, line.ellipsis ? width - 2 : width)
        var col = x
        for run in line.runs where col < limit {
            let block = text.blocks[run.block]
            var style = theme.style(block.role)
            if let base, block.role == .text { style = base }
            let marks = marks(on: run, of: block, decorations: decorations)
            if marks.isEmpty {
                col = grid.write(String(text.text(of: run)), x: col, y: y, style: style, limit: limit)
                continue
            }
            col = drawMarked(text.text(of: run), from: run.scalars.lowerBound, marks: marks, style: style, theme: theme,
                             x: col, y: y, limit: limit, into: &grid)
        }
        if line.ellipsis { grid.write(" …", x: min(col, limit), y: y, style: base ?? theme.style(.text), limit: x + width) }
    }

    /// Decorations on a run as scalar ranges of the block, bottom layer first.
    static func marks(on run: LineRun, of block: TextBlock, decorations: DecorationSet) -> [(Range<Int>, DecorationKind)] {
        guard !decorations.layers.isEmpty, let raw = block.rawRange(run.scalars) else { return [] }
        return decorations.overlapping(raw).compactMap { decoration in
            let scalars = block.scalarRange(decoration.raw).clamped(to: run.scalars)
            return scalars.isEmpty ? nil : (scalars, decoration.kind)
        }
    }

    /// Draws text character by character, each in its base style with the patches of the marks covering it.
    static func drawMarked(_ text: Substring, from firstScalar: Int, marks: [(Range<Int>, DecorationKind)], style: Style,
                           theme: Theme, x: Int, y: Int, limit: Int, into grid: inout CellGrid) -> Int {
        var col = x
        var scalar = firstScalar
        for ch in text {
            var charStyle = style
            for (range, kind) in marks where range.contains(scalar) { charStyle = charStyle.applying(theme.patch(kind)) }
            let next = grid.write(String(ch), x: col, y: y, style: charStyle, limit: limit)
            if next == col, DisplayWidth.of(ch) > 0 { return limit }
            col = next
            scalar += ch.unicodeScalars.count
        }
        return col
    }
}
