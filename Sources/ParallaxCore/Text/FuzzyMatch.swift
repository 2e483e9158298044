/// A text prepared for fuzzy matching: folded (accents, quotes), case kept for smart case and word starts.
public struct FuzzyCandidate: Sendable, Equatable {
    /// The folded scalars, at most `FuzzyCandidate.limit`.
    public let scalars: [UInt32]

    /// How many scalars of a candidate are matched; names past it are rarely what a person types for.
    public static let limit = 400

    /// Prepares fields (headline, outlet, names) as one candidate; fields are separated by a word break.
    public init(fields: [String], folding: inout TextFolding) {
        var scalars: [UInt32] = []
        for field in fields where !field.isEmpty {
            if !scalars.isEmpty { scalars.append(0x1F) }
            scalars += folding.fold(field).scalars
            if scalars.count >= Self.limit { break }
        }
        self.scalars = Array(scalars.prefix(Self.limit))
    }
}

/// An fzf-like fuzzy query: each space-separated term must occur in order (a subsequence) in the
/// candidate; a match scores more at word starts and in consecutive runs, less across gaps.
public struct FuzzyQuery: Sendable {
    /// The folded terms.
    public let terms: [[UInt32]]
    /// Smart case: a term with a capital letter is matched case-sensitively.
    public let caseSensitive: Bool

    static let match = 16, gapStart = -3, gapExtension = -1
    static let boundary = 8, camelCase = 7, consecutive = 4, firstCharMultiplier = 2

    /// Parses and folds a query; empty when it has no terms.
    public init(_ text: String) {
        caseSensitive = TextFolding.isCaseSensitive(text)
        var folding = TextFolding(caseSensitive: caseSensitive)
        terms = text.split(separator: " ").map { folding.fold(String($0)).scalars }.filter { !$0.isEmpty }
    }

    /// Whether the query matches everything (no terms).
    public var isEmpty: Bool { terms.isEmpty }

    /// The candidate's score (higher is better), or nil when a term is not a subsequence of it. Equal
    /// matches rank by how early the first term's best match ends (fzf breaks ties by position too), so a headline's match
    /// comes before the same match among entity names.
    public func score(_ candidate: FuzzyCandidate) -> Int? {
        var total = 0
        var end = 0
        for (i, term) in terms.enumerated() {
            guard let s = Self.score(term, in: candidate.scalars, caseSensitive: caseSensitive) else { return nil }
            total += s.score
            if i == 0 { end = s.end }
        }
        return total * 512 - min(end, 511)
    }

    /// A scalar as compared: lower-cased unless case-sensitive.
    @inline(__always)
    static func compared(_ value: UInt32, caseSensitive: Bool) -> UInt32 {
        if caseSensitive { return value }
        if value < 0x80 { return value >= 0x41 && value <= 0x5A ? value | 0x20 : value }
        guard let scalar = Unicode.Scalar(value), scalar.properties.changesWhenLowercased else { return value }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first?.value ?? value : value
    }

    /// The bonus for matching at `j`: word starts (after a space, punctuation or a field break) and
    /// camel-case humps score; the middle of a word does not.
    static func bonus(_ text: [UInt32], _ j: Int) -> Int {
        guard j > 0 else { return boundary }
        let previous = text[j - 1], current = text[j]
        if !isWordScalar(previous) { return isWordScalar(current) ? boundary : 0 }
        if isLowerASCII(previous) && current >= 0x41 && current <= 0x5A { return camelCase }
        return 0
    }

    /// Letters and digits (and anything non-ASCII, which is mostly letters in a headline).
    @inline(__always)
    static func isWordScalar(_ v: UInt32) -> Bool {
        (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || (v >= 0x80 && v != 0x2014 && v != 0x2013)
    }

    @inline(__always)
    static func isLowerASCII(_ v: UInt32) -> Bool { v >= 0x61 && v <= 0x7A }

    /// The best score of one term in a text (Smith-Waterman-like, as fzf's v2 algorithm), or nil.
    /// A run of consecutive letters keeps the bonus of its first letter, so `ship` at the start of
    /// "shipping" beats s-h-i-p at the starts of four words.
    static func score(_ term: [UInt32], in text: [UInt32], caseSensitive: Bool) -> (score: Int, end: Int)? {
        guard let window = window(term, in: text, caseSensitive: caseSensitive) else { return nil }
        let none = Int.min / 4
        let width = window.count
        var previous = Row(width: width, none: none), row = previous
        for (i, t) in term.enumerated() {
            for k in 0..<width {
                let j = window.lowerBound + k
                row.gap[k] = k == 0 ? none : max(row.match[k - 1] + gapStart, row.gap[k - 1] + gapExtension)
                guard compared(text[j], caseSensitive: caseSensitive) == t else { row.match[k] = none; continue }
                let b = bonus(text, j)
                if i == 0 {
                    row.match[k] = match + b * firstCharMultiplier
                    row.runBonus[k] = b
                } else if k > 0 {
                    let runBonus = max(previous.runBonus[k - 1], b, consecutive)
                    let run = previous.match[k - 1] + runBonus
                    let gap = previous.gap[k - 1] + b
                    row.match[k] = max(run, gap) + match
                    row.runBonus[k] = run >= gap ? runBonus : b
                } else {
                    row.match[k] = none
                }
            }
            swap(&previous, &row)
        }
        guard let end = previous.match.indices.max(by: { previous.match[$0] < previous.match[$1] }),
              previous.match[end] > none / 2 else { return nil }
        return (previous.match[end], window.lowerBound + end)
    }

    /// One row of the scoring table: best score with the term's letter matched at each position, best
    /// score in a gap there, and the bonus the run ending there carries.
    struct Row {
        var match: [Int], gap: [Int], runBonus: [Int]

        /// A row of `width` cells, none reachable.
        init(width: Int, none: Int) {
            match = [Int](repeating: none, count: width)
            gap = match
            runBonus = [Int](repeating: 0, count: width)
        }
    }

    /// The smallest stretch that can hold the term: from the first place its first scalar occurs to
    /// the end of the earliest complete subsequence found backwards from the last; nil when it is not there.
    static func window(_ term: [UInt32], in text: [UInt32], caseSensitive: Bool) -> Range<Int>? {
        guard !term.isEmpty else { return 0..<0 }
        var i = 0, start = -1
        for (j, v) in text.enumerated() where compared(v, caseSensitive: caseSensitive) == term[i] {
            if i == 0 { start = j }
            i += 1
            if i == term.count { break }
        }
        guard i == term.count, start >= 0 else { return nil }
        // The last scalar's last occurrence bounds the window on the right.
        guard let end = text.lastIndex(where: { compared($0, caseSensitive: caseSensitive) == term[term.count - 1] }) else {
            return nil
        }
        return start..<(end + 1)
    }
}
