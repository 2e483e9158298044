/// A text prepared for fuzzy matching: folded (accents, quotes), case kept for smart case and word starts.
public struct FuzzyCandidate: Sendable, Equatable {
    /// The folded scalars, at most `FuzzyCandidate.limit`.
    public let scalars: [UInt32]
    /// Which letters and digits occur (case-folded), to turn most rows away before scoring them.
    public let mask: UInt64

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
        mask = Self.mask(self.scalars)
    }

    /// One bit per ASCII letter (either case) and digit; every other scalar shares one bit.
    static func mask<S: Sequence>(_ scalars: S) -> UInt64 where S.Element == UInt32 {
        var mask: UInt64 = 0
        for v in scalars { mask |= bit(v) }
        return mask
    }

    /// The mask bit of a scalar.
    @inline(__always)
    static func bit(_ v: UInt32) -> UInt64 {
        switch v {
        case 0x41...0x5A: return 1 << UInt64(v - 0x41)
        case 0x61...0x7A: return 1 << UInt64(v - 0x61)
        case 0x30...0x39: return 1 << UInt64(26 + v - 0x30)
        default: return 1 << 63
        }
    }
}

/// An fzf-like fuzzy query: each space-separated term must occur in order (a subsequence) in the
/// candidate; a match scores more at word starts and in consecutive runs, less across gaps.
public struct FuzzyQuery: Sendable {
    /// The folded terms.
    public let terms: [[UInt32]]
    /// Smart case: a term with a capital letter is matched case-sensitively.
    public let caseSensitive: Bool

    /// Scores, as fzf's: a matched letter, the first skipped letter and each further one.
    static let match = 16, gapStart = -3, gapExtension = -1
    /// Bonuses: a word start, a camel-case hump, each letter of a run; the first letter's bonus counts twice.
    static let boundary = 8, camelCase = 7, consecutive = 4, firstCharMultiplier = 2

    /// The letters and digits every matching candidate has (see `FuzzyCandidate.mask`).
    let mask: UInt64

    /// Parses and folds a query; empty when it has no terms.
    public init(_ text: String) {
        caseSensitive = TextFolding.isCaseSensitive(text)
        var folding = TextFolding(caseSensitive: caseSensitive)
        terms = text.split(separator: " ").map { folding.fold(String($0)).scalars }.filter { !$0.isEmpty }
        // Non-ASCII letters may match an upper- or lower-case form, so only ASCII bits are required.
        mask = FuzzyCandidate.mask(terms.joined()) & ~(1 << 63)
    }

    /// Whether the query matches everything (no terms).
    public var isEmpty: Bool { terms.isEmpty }

    /// Whether every candidate this query matches is matched by `previous` too, as when a person types
    /// on: each of `previous`'s terms is a subsequence of this query's term at the same place (compared
    /// as `previous` compares), and a case-sensitive `previous` stays case-sensitive. An empty `previous`
    /// matches everything, so nothing narrows it usefully (false).
    public func narrows(_ previous: FuzzyQuery) -> Bool {
        guard !previous.terms.isEmpty, previous.terms.count <= terms.count,
              caseSensitive || !previous.caseSensitive else { return false }
        for (old, new) in zip(previous.terms, terms) {
            var i = 0
            for v in new where i < old.count
            && Self.compared(v, caseSensitive: previous.caseSensitive) == Self.compared(old[i], caseSensitive: previous.caseSensitive) {
                i += 1
            }
            if i < old.count { return false }
        }
        return true
    }

    /// The candidate's score (higher is better), or nil when a term is not a subsequence of it. Equal
    /// matches rank by how early the first term's best match ends (fzf breaks ties by position too),
    /// so a headline's match comes before the same match among entity names.
    public func score(_ candidate: FuzzyCandidate) -> Int? {
        var scratch = FuzzyScratch()
        return score(candidate, scratch: &scratch)
    }

    /// The score, reusing buffers across candidates (ranking many rows allocates nothing per row).
    public func score(_ candidate: FuzzyCandidate, scratch: inout FuzzyScratch) -> Int? {
        guard mask & ~candidate.mask == 0 else { return nil }
        var total = 0
        var end = 0
        for (i, term) in terms.enumerated() {
            guard let s = Self.score(term, in: candidate.scalars, caseSensitive: caseSensitive, scratch: &scratch) else {
                return nil
            }
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
    @inline(__always)
    static func bonus(_ text: UnsafeBufferPointer<UInt32>, _ j: Int) -> Int {
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

    /// a–z.
    @inline(__always)
    static func isLowerASCII(_ v: UInt32) -> Bool { v >= 0x61 && v <= 0x7A }

    /// The best score of one term in a text (Smith-Waterman-like, as fzf's v2 algorithm), or nil.
    /// A run of consecutive letters keeps the bonus of its first letter, so `ship` at the start of
    /// "shipping" beats s-h-i-p at the starts of four words. Row `i` only spans the positions where the
    /// term's `i`th scalar can be (between the earliest and the latest complete subsequences).
    static func score(_ term: [UInt32], in text: [UInt32], caseSensitive: Bool,
                      scratch: inout FuzzyScratch) -> (score: Int, end: Int)? {
        guard scratch.bounds(term, in: text, caseSensitive: caseSensitive) else { return nil }
        scratch.reserve(text.count)
        return text.withUnsafeBufferPointer { text in
            scratch.withRows { rows -> (score: Int, end: Int)? in
                for (i, t) in term.enumerated() {
                    fill(rows, row: i, scalar: t, text: text, caseSensitive: caseSensitive)
                    rows.next()
                }
                let lo = rows.first[term.count - 1], hi = rows.last[term.count - 1]
                var best = FuzzyScratch.none, end = lo
                for j in lo...hi where rows.previousMatch[j] > best { (best, end) = (rows.previousMatch[j], j) }
                return best > FuzzyScratch.none / 2 ? (best, end) : nil
            }
        }
    }

    /// Computes row `i` of the table: the term's `i`th scalar matched at each position of its span.
    @inline(__always)
    static func fill(_ rows: FuzzyRows, row i: Int, scalar t: UInt32, text: UnsafeBufferPointer<UInt32>, caseSensitive: Bool) {
        let none = FuzzyScratch.none
        let lo = rows.first[i], last = rows.last[i], hi = rows.upper[i]
        let previousFirst = i > 0 ? rows.first[i - 1] : 0
        var matchBefore = none, gapBefore = none
        for j in lo...hi {
            let gap = max(matchBefore + gapStart, gapBefore + gapExtension)
            var m = none, runBonus = 0
            if j <= last, compared(text[j], caseSensitive: caseSensitive) == t {
                let b = bonus(text, j)
                if i == 0 {
                    m = match + b * firstCharMultiplier
                    runBonus = b
                } else if j - 1 >= previousFirst {
                    let carried = max(rows.previousRun[j - 1], b, consecutive)
                    let run = rows.previousMatch[j - 1] + carried
                    let skip = rows.previousGap[j - 1] + b
                    m = max(run, skip) + match
                    runBonus = run >= skip ? carried : b
                }
            }
            rows.match[j] = m
            rows.gap[j] = gap
            rows.run[j] = runBonus
            matchBefore = m
            gapBefore = gap
        }
    }
}

/// The scoring table's rows and spans as raw buffers, for the inner loop.
struct FuzzyRows {
    var match, gap, run, previousMatch, previousGap, previousRun: UnsafeMutablePointer<Int>
    var first, last, upper: UnsafeMutablePointer<Int>

    /// The row just computed becomes the previous one.
    mutating func next() {
        swap(&match, &previousMatch)
        swap(&gap, &previousGap)
        swap(&run, &previousRun)
    }
}

/// Buffers reused while scoring: six rows of the table (current and previous: match, gap, run bonus)
/// in one array, and each term scalar's span (earliest, latest, last computed position) in another.
public struct FuzzyScratch: Sendable {
    /// An unreachable cell.
    static let none = Int.min / 4
    /// The rows, `width` cells each.
    private var cells: [Int] = []
    /// The spans: `first`, `last`, `upper`, `spanWidth` each.
    private var spans: [Int] = []
    private var width = 0
    private var spanWidth = 0

    /// Empty buffers.
    public init() {}

    /// Grows the rows to a text's length.
    mutating func reserve(_ count: Int) {
        guard width < count else { return }
        width = count
        cells = [Int](repeating: Self.none, count: 6 * count)
    }

    /// Lends the rows and spans as raw pointers for the inner loop.
    mutating func withRows<R>(_ body: (inout FuzzyRows) -> R?) -> R? {
        let (w, sw) = (width, spanWidth)
        return cells.withUnsafeMutableBufferPointer { c in
            spans.withUnsafeMutableBufferPointer { s in
                guard let c = c.baseAddress, let s = s.baseAddress else { return nil }
                var rows = FuzzyRows(match: c, gap: c + w, run: c + 2 * w, previousMatch: c + 3 * w, previousGap: c + 4 * w,
                                     previousRun: c + 5 * w, first: s, last: s + sw, upper: s + 2 * sw)
                return body(&rows)
            }
        }
    }

    /// Finds each term scalar's span: earliest positions by a forward scan, latest by a backward one;
    /// false when the term is not a subsequence of the text.
    mutating func bounds(_ term: [UInt32], in text: [UInt32], caseSensitive: Bool) -> Bool {
        let m = term.count
        guard m > 0, m <= text.count else { return false }
        if spanWidth < m {
            spanWidth = m
            spans = [Int](repeating: 0, count: 3 * m)
        }
        let sw = spanWidth
        var i = 0
        for (j, v) in text.enumerated() where FuzzyQuery.compared(v, caseSensitive: caseSensitive) == term[i] {
            spans[i] = j
            i += 1
            if i == m { break }
        }
        guard i == m else { return false }
        i = m - 1
        for j in stride(from: text.count - 1, through: 0, by: -1)
        where FuzzyQuery.compared(text[j], caseSensitive: caseSensitive) == term[i] {
            spans[sw + i] = j
            if i == 0 { break }
            i -= 1
        }
        for k in 0..<m { spans[2 * sw + k] = k + 1 < m ? spans[sw + k + 1] - 1 : spans[sw + k] }
        return true
    }
}
