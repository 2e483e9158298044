/// An entity over document tokens: half-open token indices and a type index.
package struct TokenSpan: Sendable, Equatable, Hashable {
    /// First token.
    package var start: Int
    /// One past the last token.
    package var end: Int
    /// Index into `EntityType.allCases`.
    package var type: Int

    /// A span from its parts.
    package init(start: Int, end: Int, type: Int) {
        self.start = start
        self.end = end
        self.type = type
    }

    /// The spans a BIO label sequence encodes (an entity never crosses a segment).
    package static func spans(_ labels: [UInt8], segments: [Int32]) -> [TokenSpan] {
        // `segments` may be sentence numbers: an entity never crosses those either.
        var out: [TokenSpan] = []
        var open: TokenSpan?
        for (i, l) in labels.enumerated() {
            let continues = TagLabel.isInside(l) && open.map { $0.type == TagLabel.typeIndex(l) && segments[$0.start] == segments[i] } == true
            if continues {
                open?.end = i + 1
                continue
            }
            if let o = open { out.append(o) }
            open = l == 0 ? nil : TokenSpan(start: i, end: i + 1, type: TagLabel.typeIndex(l))
        }
        if let o = open { out.append(o) }
        return out
    }
}
