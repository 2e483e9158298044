/// The tokens of one document with everything the tagger needs precomputed, as flat arrays.
package struct DocumentTokens: Sendable {
    /// Number of tokens.
    package private(set) var count = 0
    /// Segment index of each token.
    package var segment: [Int32] = []
    /// Sentence number of each token (counted over the document); context features stop at sentence ends.
    package var sentence: [Int32] = []
    /// Scalar offset where each token starts in its segment.
    package var start: [Int32] = []
    /// Scalar offset where each token ends in its segment.
    package var end: [Int32] = []
    /// Hash of the lower-cased, quote-folded token.
    package var lower: [UInt64] = []
    /// Hash of the token as presented to the model (case normalised in headlines and datelines).
    package var exact: [UInt64] = []
    /// Hash of the presented token's shape ("Xx", "X.X.", "d").
    package var shape: [UInt64] = []
    /// `affixCount` hashes per token: lower-cased prefixes 1–3 and suffixes 1–4.
    package var affixes: [UInt64] = []
    /// Per-token bit set.
    package var flags: [TokenFlags] = []
    /// Length in scalars, capped at 255.
    package var length: [UInt8] = []
    /// How often the word is written in lower case in training text (0 unknown, 1 rarely … 4 nearly always).
    package var lowerBucket: [UInt8] = []
    /// First token of the capitalised run holding each token (-1: none); see `CapitalizedRuns`.
    package var runFirst: [Int32] = []
    /// Last token (head word) of that run (-1: none).
    package var runLast: [Int32] = []
    /// Per token, the range (start, end) of its aggregated contexts in `contextHashes`; see `ContextAggregation`.
    package var contextRanges: [Int32] = []
    /// Words around other occurrences of the same capitalised word in the document.
    package var contextHashes: [UInt64] = []
    /// Gazetteer matches (places, demonyms, name parts, legal forms).
    package var gazetteerMatches = PhraseMatches(count: 0)
    /// Name-lexicon matches (entity phrases learned from the annotated corpora).
    package var lexiconMatches = PhraseMatches(count: 0)

    /// Number of affix hashes per token.
    package static let affixCount = 7

    /// An empty document.
    package init() {}

    /// Room reserved for tokens.
    package var capacity: Int { segment.capacity }

    /// Reserves room for `n` tokens.
    package mutating func reserve(_ n: Int) {
        segment.reserveCapacity(n); sentence.reserveCapacity(n); start.reserveCapacity(n); end.reserveCapacity(n)
        lower.reserveCapacity(n); exact.reserveCapacity(n); shape.reserveCapacity(n)
        affixes.reserveCapacity(n * Self.affixCount); flags.reserveCapacity(n); length.reserveCapacity(n)
    }

    /// The positions of every token at once (arrays of one length): how `DocumentBuilder` fills a
    /// document, its per-token arrays grown locally rather than through six appends per token.
    package mutating func setPositions(segment: [Int32], start: [Int32], end: [Int32], flags: [TokenFlags]) {
        self.segment = segment
        self.start = start
        self.end = end
        self.flags = flags
        length = zip(start, end).map { UInt8(min(Int($1 - $0), 255)) }
        count = segment.count
    }

    /// Appends a token's position; hashes are filled in by `DocumentBuilder`.
    package mutating func append(segment s: Int, range: Range<Int>, flags f: TokenFlags) {
        segment.append(Int32(s))
        start.append(Int32(range.lowerBound))
        end.append(Int32(range.upperBound))
        flags.append(f)
        length.append(UInt8(min(range.count, 255)))
        count += 1
    }
}
