/// Exports a grid as plain text, ANSI-coloured text or SVG (for screenshots and golden files).
public enum GridExport {
    /// Rows as text with trailing spaces removed.
    public static func text(_ grid: CellGrid) -> String {
        (0..<grid.height).map { y in
            var row = grid.rowText(y)
            while row.last == " " { row.removeLast() }
            return row
        }.joined(separator: "\n") + "\n"
    }

    /// SGR parameters for a style.
    static func sgr(_ style: Style) -> String {
        var codes = ["0"]
        if style.bold { codes.append("1") }
        if style.dim { codes.append("2") }
        if style.underline { codes.append("4") }
        if style.reverse { codes.append("7") }
        if let fg = style.fg { codes.append(fg.rawValue < 8 ? "\(30 + fg.rawValue)" : "\(90 + fg.rawValue - 8)") }
        if let bg = style.bg { codes.append(bg.rawValue < 8 ? "\(40 + bg.rawValue)" : "\(100 + bg.rawValue - 8)") }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    /// Rows with ANSI colour escapes, for a terminal or `less -R`.
    public static func ansi(_ grid: CellGrid) -> String {
        var out = ""
        for y in 0..<grid.height {
            var current: Style?
            for x in 0..<grid.width {
                let cell = grid[x, y]
                if cell.style != current { out += sgr(cell.style); current = cell.style }
                out += cell.text
            }
            out += "\u{1B}[0m\n"
        }
        return out
    }
}
