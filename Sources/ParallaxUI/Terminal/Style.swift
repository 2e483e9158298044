/// The eight ANSI colours and their bright variants.
public enum Color: Int, Sendable, Hashable, CaseIterable {
    case black = 0, red, green, yellow, blue, magenta, cyan, white
    case brightBlack = 8, brightRed, brightGreen, brightYellow, brightBlue, brightMagenta, brightCyan, brightWhite
}

/// How a cell is drawn: colours (nil is the terminal's default) and attributes.
public struct Style: Sendable, Hashable {
    /// Foreground colour.
    public var fg: Color?
    /// Background colour.
    public var bg: Color?
    /// Bold text.
    public var bold = false
    /// Dim text.
    public var dim = false
    /// Underlined text.
    public var underline = false
    /// Foreground and background swapped.
    public var reverse = false

    /// Creates a style.
    public init(fg: Color? = nil, bg: Color? = nil, bold: Bool = false, dim: Bool = false,
                underline: Bool = false, reverse: Bool = false) {
        self.fg = fg
        self.bg = bg
        self.bold = bold
        self.dim = dim
        self.underline = underline
        self.reverse = reverse
    }

    /// The terminal's default look.
    public static let plain = Style()

    /// This style without colours: what `NO_COLOR` leaves.
    public var withoutColor: Style {
        var s = self
        s.fg = nil
        s.bg = nil
        return s
    }
}
