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

    /// Letters that stand for styles in `styled`, in order of first appearance.
    static let styleLetters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")

    /// The screen's text, then one row of style letters per screen row (`.` is the plain style,
    /// trailing dots dropped), then a legend naming each letter's style: a golden-file format that
    /// shows colours and attributes as plainly as the text.
    public static func styled(_ grid: CellGrid) -> String {
        var letters: [Style: Character] = [.plain: "."]
        var legend: [String] = []
        var rows: [String] = []
        for y in 0..<grid.height {
            var row = ""
            for x in 0..<grid.width {
                let style = grid[x, y].style
                if letters[style] == nil {
                    let letter = legend.count < styleLetters.count ? styleLetters[legend.count] : "?"
                    letters[style] = letter
                    legend.append("\(letter) \(describe(style))")
                }
                row.append(letters[style] ?? "?")
            }
            while row.last == "." { row.removeLast() }
            rows.append(row)
        }
        return text(grid) + "-- styles (one letter per cell, . plain) --\n" + rows.joined(separator: "\n") + "\n"
            + "-- legend --\n" + legend.map { $0 + "\n" }.joined()
    }

    /// A style in words: `fg=yellow bg=blue bold underline`.
    public static func describe(_ style: Style) -> String {
        var parts: [String] = []
        if let fg = style.fg { parts.append("fg=\(fg)") }
        if let bg = style.bg { parts.append("bg=\(bg)") }
        if style.bold { parts.append("bold") }
        if style.dim { parts.append("dim") }
        if style.underline { parts.append("underline") }
        if style.reverse { parts.append("reverse") }
        return parts.isEmpty ? "plain" : parts.joined(separator: " ")
    }
}
