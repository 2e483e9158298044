/// A partial style merged over another: only the fields it sets change, so that several decorations
/// on one run of text combine (an entity's colour, a search match's background, the cursor's reverse).
public struct StylePatch: Sendable, Hashable {
    /// Foreground to set.
    public var fg: Color?
    /// Background to set.
    public var bg: Color?
    /// Attributes to turn on.
    public var bold = false, dim = false, underline = false, reverse = false

    /// Creates a patch.
    public init(fg: Color? = nil, bg: Color? = nil, bold: Bool = false, dim: Bool = false, underline: Bool = false,
                reverse: Bool = false) {
        self.fg = fg
        self.bg = bg
        self.bold = bold
        self.dim = dim
        self.underline = underline
        self.reverse = reverse
    }
}

extension Style {
    /// This style with a patch merged over it.
    public func applying(_ patch: StylePatch) -> Style {
        var s = self
        if let fg = patch.fg { s.fg = fg }
        if let bg = patch.bg { s.bg = bg }
        s.bold = s.bold || patch.bold
        s.dim = s.dim || patch.dim
        s.underline = s.underline || patch.underline
        s.reverse = s.reverse || patch.reverse
        return s
    }
}
