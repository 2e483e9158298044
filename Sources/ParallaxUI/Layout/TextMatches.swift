import ParallaxCore

/// Where a search matches in an article as shown: raw ranges in text order, the decoration layer that
/// draws them, and whether each is in the fixed header (always visible) or in the scrolling body.
public struct TextMatches: Sendable {
    /// Raw-file ranges of the matches, sorted by start.
    public let ranges: [Range<Int>]
    /// Whether each match is in the header.
    public let inHeader: [Bool]
    /// The layer drawing every match (kind `.searchMatch`).
    public let layer: DecorationLayer

    /// Matches from ranges and their places.
    init(ranges: [Range<Int>], inHeader: [Bool]) {
        self.ranges = ranges
        self.inHeader = inHeader
        var decorations: [Decoration] = []
        decorations.reserveCapacity(ranges.count)
        var longest = 0
        for range in ranges {
            decorations.append(Decoration(raw: range, kind: .searchMatch))
            longest = max(longest, range.count)
        }
        layer = DecorationLayer(sorted: decorations, maxLength: longest)
    }

    /// No matches.
    static let none = TextMatches(ranges: [], inHeader: [])

    /// Number of matches.
    public var count: Int { ranges.count }

    /// The first match starting at or after a raw offset (wrapping to the first), nil when there are none.
    public func first(atOrAfter raw: Int) -> Int? {
        guard !ranges.isEmpty else { return nil }
        var lo = 0, hi = ranges.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ranges[mid].lowerBound < raw { lo = mid + 1 } else { hi = mid }
        }
        return lo < ranges.count ? lo : 0
    }

    /// The body line showing a match, nil for a header match.
    public func line(of match: Int, in body: WrappedBody) -> Int? {
        guard ranges.indices.contains(match), !inHeader[match] else { return nil }
        return body.line(forRaw: ranges[match].lowerBound)
    }
}

/// Finds search matches in articles and memoises what it can: each body's folded text (folded once per
/// article, width and case mode, never re-wrapped) and recent results. A query that extends the last one
/// only checks the last one's hits, so typing into a search of a million-word article stays cheap.
final class MatchFinder {
    /// A body's folded blocks.
    private struct FoldKey: Hashable {
        let body: AnyHashable
        let caseSensitive: Bool
    }

    /// Hits of a pattern in a body: block index and folded start, side by side.
    private struct Hits {
        let pattern: [UInt32]
        var blocks: [Int32] = []
        var starts: [Int32] = []
    }

    /// A result: the body, the query as typed.
    private struct ResultKey: Hashable {
        let body: AnyHashable
        let query: String
    }

    private var folded: [FoldKey: [FoldedText?]] = [:]
    private var lastHits: [FoldKey: Hits] = [:]
    private var results: [ResultKey: TextMatches] = [:]
    private var resultOrder: [ResultKey] = []
    /// Counts bodies folded, for tests of the memo.
    private(set) var foldCount = 0

    /// The matches of `query` in an article laid out as `header` and `body` (memo key `bodyKey`).
    func matches(_ query: String, header: TextLines, body: WrappedBody, bodyKey: AnyHashable) -> TextMatches {
        let key = ResultKey(body: bodyKey, query: query)
        if let hit = results[key] { return hit }
        let caseSensitive = TextFolding.isCaseSensitive(query)
        var folding = TextFolding(caseSensitive: caseSensitive)
        let pattern = folding.fold(query).scalars
        guard !pattern.isEmpty else { return .none }
        let foldKey = FoldKey(body: bodyKey, caseSensitive: caseSensitive)
        let blocks = foldedBlocks(body.text, key: foldKey, folding: &folding)
        let hits = bodyHits(pattern, in: blocks, previous: lastHits[foldKey])
        lastHits[foldKey] = hits
        var found: [(Range<Int>, Bool)] = headerMatches(pattern, in: header, folding: &folding).map { ($0, true) }
        found += Self.rawRanges(hits, length: pattern.count, folded: blocks, in: body.text)
        let matches = Self.merge(found)
        remember(matches, for: key)
        return matches
    }

    /// Raw ranges of body hits; hits come grouped by block, so each block is looked up once per group
    /// (copying a block per hit costs more than the mapping itself on a million-word article).
    private static func rawRanges(_ hits: Hits, length: Int, folded: [FoldedText?], in text: TextLines) -> [(Range<Int>, Bool)] {
        var found: [(Range<Int>, Bool)] = []
        found.reserveCapacity(hits.starts.count)
        var i = 0
        while i < hits.blocks.count {
            let index = Int(hits.blocks[i])
            var end = i
            while end < hits.blocks.count, hits.blocks[end] == hits.blocks[i] { end += 1 }
            if let fold = folded[index] {
                let block = text.blocks[index]
                for k in i..<end {
                    let start = Int(hits.starts[k])
                    if let raw = block.rawRange(fold.sourceRange(start..<(start + length))) { found.append((raw, false)) }
                }
            }
            i = end
        }
        return found
    }

    /// Sorts by raw start and drops a header match that the body shows too (a dateline), keeping the body's.
    private static func merge(_ found: [(Range<Int>, Bool)]) -> TextMatches {
        let sorted = found.first?.1 == true ? found.sorted { ($0.0.lowerBound, $0.1 ? 1 : 0) < ($1.0.lowerBound, $1.1 ? 1 : 0) } : found
        var ranges: [Range<Int>] = [], inHeader: [Bool] = []
        ranges.reserveCapacity(sorted.count)
        inHeader.reserveCapacity(sorted.count)
        for (range, header) in sorted where ranges.last != range {
            ranges.append(range)
            inHeader.append(header)
        }
        return TextMatches(ranges: ranges, inHeader: inHeader)
    }

    /// Keeps a result; a handful per article are enough for Backspace to be instant too.
    private func remember(_ matches: TextMatches, for key: ResultKey) {
        results[key] = matches
        resultOrder.append(key)
        while resultOrder.count > 32 { results[resultOrder.removeFirst()] = nil }
    }

    /// A body's blocks folded (nil for blocks not from the file), memoised.
    private func foldedBlocks(_ text: TextLines, key: FoldKey, folding: inout TextFolding) -> [FoldedText?] {
        if let hit = folded[key] { return hit }
        if folded.count >= 4 { folded.removeAll(); lastHits.removeAll() }
        let blocks = text.blocks.map { block in
            block.offsets == nil ? nil : folding.fold(block.text, from: block.unmappedPrefix)
        }
        foldCount += 1
        folded[key] = blocks
        return blocks
    }

    /// Hits of a pattern: among the last pattern's hits when it extends it, else a scan of every block.
    private func bodyHits(_ pattern: [UInt32], in blocks: [FoldedText?], previous: Hits?) -> Hits {
        var hits = Hits(pattern: pattern)
        if let previous, pattern.count >= previous.pattern.count, pattern.starts(with: previous.pattern) {
            for (block, start) in zip(previous.blocks, previous.starts) {
                guard let text = blocks[Int(block)], text.hasOccurrence(of: pattern, at: Int(start)) else { continue }
                hits.blocks.append(block)
                hits.starts.append(start)
            }
            return hits
        }
        for (i, text) in blocks.enumerated() {
            guard let text else { continue }
            for start in text.occurrences(of: pattern) {
                hits.blocks.append(Int32(i))
                hits.starts.append(Int32(start))
            }
        }
        return hits
    }

    /// Matches in the header's blocks that come from the file (headline, byline, dateline).
    private func headerMatches(_ pattern: [UInt32], in header: TextLines, folding: inout TextFolding) -> [Range<Int>] {
        header.blocks.flatMap { block -> [Range<Int>] in
            guard block.offsets != nil else { return [] }
            let text = folding.fold(block.text, from: block.unmappedPrefix)
            return text.occurrences(of: pattern).compactMap { block.rawRange(text.sourceRange($0..<($0 + pattern.count))) }
        }
    }
}
