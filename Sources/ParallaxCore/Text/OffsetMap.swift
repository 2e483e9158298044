/// Maps each Unicode scalar of a displayed text back to where it came from in the raw file.
///
/// Paragraph text is cleaned (spaces collapsed, hard-wrapped lines joined, character references
/// decoded), so its scalars are not a verbatim slice of the file. Everything that marks text —
/// entity mentions, search matches, aligned passages — is stored in raw offsets and mapped through
/// this table onto the displayed text, and back.
public struct OffsetMap: Sendable, Equatable, Hashable {
    /// `starts[i]` is the raw offset of text scalar `i`; one extra entry holds the raw end of the text.
    public let starts: [Int32]
    /// Raw end of a text scalar that was decoded from several raw scalars (`&amp;`), by text index.
    let wideEnds: [Int32: Int32]

    /// A map from explicit starts (one more than the text's scalars) and the ends of wide scalars.
    public init(starts: [Int32], wideEnds: [Int32: Int32] = [:]) {
        self.starts = starts.isEmpty ? [0] : starts
        self.wideEnds = wideEnds
    }

    /// The map of a text copied verbatim from the raw file starting at `rawStart`.
    public init(verbatimCount count: Int, rawStart: Int) {
        starts = (0...count).map { Int32(rawStart + $0) }
        wideEnds = [:]
    }

    /// Number of text scalars mapped.
    public var count: Int { starts.count - 1 }

    /// Raw offset where text scalar `index` starts (the raw end for `index == count`).
    public func rawStart(_ index: Int) -> Int {
        Int(starts[max(0, min(index, count))])
    }

    /// Raw offset just after text scalar `index`.
    public func rawEnd(_ index: Int) -> Int {
        guard index >= 0, index < count else { return Int(starts[count]) }
        return Int(wideEnds[Int32(index)] ?? starts[index] + 1)
    }

    /// The half-open raw range covered by a half-open range of text scalars.
    public func rawRange(_ range: Range<Int>) -> Range<Int> {
        let lower = rawStart(range.lowerBound)
        guard !range.isEmpty else { return lower..<lower }
        return lower..<max(lower, rawEnd(range.upperBound - 1))
    }

    /// The text scalars whose raw extent overlaps a raw range (empty when none does).
    public func textRange(_ raw: Range<Int>) -> Range<Int> {
        guard count > 0, !raw.isEmpty else { return 0..<0 }
        // First scalar ending after raw.lowerBound; first scalar starting at or after raw.upperBound.
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if rawEnd(mid) <= raw.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        let first = lo
        hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(starts[mid]) < raw.upperBound { lo = mid + 1 } else { hi = mid }
        }
        return first..<max(first, lo)
    }
}
