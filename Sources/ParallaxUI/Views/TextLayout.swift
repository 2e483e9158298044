/// A run of text with a role, part of a styled line.
public struct Span: Sendable, Equatable {
    /// The text.
    public var text: String
    /// What it is, for the theme.
    public var role: Role

    /// Creates a span.
    public init(_ text: String, _ role: Role = .text) {
        self.text = text
        self.role = role
    }
}

/// A line of spans; several styles on one line.
public typealias StyledLine = [Span]

/// Word wrapping measured in display columns.
public enum TextLayout {
    /// Wraps text to `width` columns at spaces; words longer than a line are broken.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for hardLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in hardLine.split(separator: " ", omittingEmptySubsequences: true) {
                var word = String(word)
                var wordWidth = DisplayWidth.of(word)
                if lineWidth > 0 && lineWidth + 1 + wordWidth > width {
                    lines.append(line); line = ""; lineWidth = 0
                }
                while wordWidth > width {
                    let head = DisplayWidth.truncate(word, to: width - lineWidth - (lineWidth > 0 ? 1 : 0), ellipsis: false)
                    if head.isEmpty { lines.append(line); line = ""; lineWidth = 0; continue }
                    line += (lineWidth > 0 ? " " : "") + head
                    lines.append(line); line = ""; lineWidth = 0
                    word = String(word.dropFirst(head.count))
                    wordWidth = DisplayWidth.of(word)
                }
                if word.isEmpty { continue }
                if lineWidth > 0 { line += " "; lineWidth += 1 }
                line += word
                lineWidth += wordWidth
            }
            lines.append(line)
        }
        return lines
    }

    /// Draws a styled line into a grid, clipped to `width` columns from `x`.
    public static func draw(_ line: StyledLine, in grid: inout CellGrid, x: Int, y: Int, width: Int, theme: Theme,
                            base: Style? = nil) {
        var col = x
        for span in line {
            var style = theme.style(span.role)
            if let base, span.role == .text { style = base }
            col = grid.write(span.text, x: col, y: y, style: style, limit: x + width)
            if col >= x + width { break }
        }
    }
}
