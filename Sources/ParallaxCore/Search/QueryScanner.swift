/// One whitespace-separated item of a query, located by offsets into the query's Unicode scalars.
struct QueryItem {
    /// What an item is, before its meaning is read.
    enum Kind {
        /// A bare run (`word`, `two-state`, `10:30`): up to whitespace or a quote.
        case bare(Range<Int>)
        /// A quoted phrase: the text between the quotes.
        case quoted(Range<Int>)
        /// `key:value`; the value is the text between the quotes when it was quoted.
        case filter(key: Range<Int>, value: Range<Int>)
    }

    /// What the item is.
    let kind: Kind
    /// True when the item began with `-`.
    let isExcluded: Bool
    /// Offset of the item's first scalar (its `-` when excluded).
    let start: Int
}

/// Cuts query text into items: `-` exclusions, quoted phrases (straight or curly quotes), `key:value`
/// filters whose key is letters, and bare runs.
struct QueryScanner {
    /// The query's scalars.
    let scalars: [Unicode.Scalar]
    /// Offset of the next scalar to read.
    private var position = 0

    /// Creates a scanner at the start of the text.
    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// True for the separators between items (Unicode White_Space: spaces, tabs, line breaks, NBSP…).
    static func isSpace(_ s: Unicode.Scalar) -> Bool { s.properties.isWhitespace }

    /// True for the quotes that open a phrase: `"`, `“`, `”` and `„`.
    static func isQuote(_ s: Unicode.Scalar) -> Bool { s == "\"" || s == "\u{201C}" || s == "\u{201D}" || s == "\u{201E}" }

    /// True for the quotes that close a phrase: `"`, `”` and `“` (German quotes close with `“`).
    static func isClosingQuote(_ s: Unicode.Scalar) -> Bool { s == "\"" || s == "\u{201D}" || s == "\u{201C}" }

    /// The next item, or nil at the end of the text.
    mutating func next() throws(QueryProblem) -> QueryItem? {
        while position < scalars.count, Self.isSpace(scalars[position]) { position += 1 }
        guard position < scalars.count else { return nil }
        let start = position
        let excluded = scalars[position] == "-" && position + 1 < scalars.count && !Self.isSpace(scalars[position + 1])
        if excluded { position += 1 }
        if Self.isQuote(scalars[position]) {
            return QueryItem(kind: .quoted(try quoted()), isExcluded: excluded, start: start)
        }
        let runStart = position
        while position < scalars.count, !Self.isSpace(scalars[position]), !Self.isQuote(scalars[position]) {
            position += 1
        }
        guard let colon = filterColon(in: runStart..<position) else {
            return QueryItem(kind: .bare(runStart..<position), isExcluded: excluded, start: start)
        }
        let key = runStart..<colon
        if colon + 1 == position, position < scalars.count, Self.isQuote(scalars[position]) {
            return QueryItem(kind: .filter(key: key, value: try quoted()), isExcluded: excluded, start: start)
        }
        return QueryItem(kind: .filter(key: key, value: (colon + 1)..<position), isExcluded: excluded, start: start)
    }

    /// Reads a quoted text from the opening quote at `position`; returns what lies between the quotes.
    private mutating func quoted() throws(QueryProblem) -> Range<Int> {
        let open = position
        var close = open + 1
        while close < scalars.count, !Self.isClosingQuote(scalars[close]) { close += 1 }
        guard close < scalars.count else { throw QueryProblem("unclosed quote — add a closing \"", at: open) }
        position = close + 1
        return (open + 1)..<close
    }

    /// The colon ending a run's leading letters (`outlet:`, `Date:`), if the run starts that way.
    private func filterColon(in run: Range<Int>) -> Int? {
        var i = run.lowerBound
        while i < run.upperBound, Self.isLetter(scalars[i]) { i += 1 }
        return i > run.lowerBound && i < run.upperBound && scalars[i] == ":" ? i : nil
    }

    /// True for letters (general category `L*`).
    private static func isLetter(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }
}
