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

    /// The candidate's score (higher is better), or nil when a term is not a subsequence of it.
    public func score(_ candidate: FuzzyCandidate) -> Int? {
        var total = 0
        for term in terms {
            guard let s = Self.score(term, in: candidate.scalars, caseSensitive: caseSensitive) else { return nil }
            total += s
        }
        return total
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
    static func score(_ term: [UInt32], in text: [UInt32], caseSensitive: Bool) -> Int? {
        guard let window = window(term, in: text, caseSensitive: caseSensitive) else { return nil }
        let none = Int.min / 4
        let width = window.count
        var previousMatch = [Int](repeating: none, count: width), previousGap = previousMatch
        var matchRow = previousMatch, gapRow = previousMatch
        for (i, t) in term.enumerated() {
            for k in 0..<width {
                let j = window.lowerBound + k
                gapRow[k] = k == 0 ? none : max(matchRow[k - 1] + gapStart, gapRow[k - 1] + gapExtension)
                guard compared(text[j], caseSensitive: caseSensitive) == t else { matchRow[k] = none; continue }
                let b = bonus(text, j)
                if i == 0 {
                    matchRow[k] = match + b * firstCharMultiplier
                } else if k > 0 {
                    let run = previousMatch[k - 1] + max(b, consecutive)
                    let gap = previousGap[k - 1] + b
                    matchRow[k] = max(run, gap) + match
                } else {
                    matchRow[k] = none
                }
            }
            swap(&previousMatch, &matchRow)
            swap(&previousGap, &gapRow)
        }
        let best = previousMatch.max() ?? none
        return best > none / 2 ? best : nil
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
