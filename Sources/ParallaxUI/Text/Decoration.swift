import ParallaxCore

/// What a decoration marks; the theme turns a kind into a style patch.
public enum DecorationKind: Sendable, Hashable {
    /// A named entity of a type.
    case entity(EntityType)
    /// A search match.
    case searchMatch
    /// The current search match (`n`/`N` move it).
    case currentMatch
    /// A passage aligned with the other pane.
    case alignedPassage
    /// The mention the cursor is on.
    case currentMention
}

/// A mark on an article's text: a half-open range of raw-file scalar offsets and what it means.
public struct Decoration: Sendable, Hashable {
    /// Raw offsets in the article's file.
    public let raw: Range<Int>
    /// What it marks.
    public let kind: DecorationKind

    /// Creates a decoration.
    public init(raw: Range<Int>, kind: DecorationKind) {
        self.raw = raw
        self.kind = kind
    }
}

/// One layer of decorations sorted by raw start, searched per line with a binary search.
public struct DecorationLayer: Sendable {
    /// Decorations sorted by start.
    public let decorations: [Decoration]
    /// The longest decoration: how far back a decoration overlapping a line can start.
    let maxLength: Int

    /// A layer from decorations in any order.
    public init(_ decorations: [Decoration]) {
        self.init(sorted: decorations.sorted { ($0.raw.lowerBound, $0.raw.upperBound) < ($1.raw.lowerBound, $1.raw.upperBound) })
    }

    /// A layer from decorations already sorted by start.
    public init(sorted: [Decoration]) {
        var longest = 0
        for d in sorted where d.raw.count > longest { longest = d.raw.count }
        self.init(sorted: sorted, maxLength: longest)
    }

    /// A layer from sorted decorations whose longest is known (a search's layer of a million matches).
    init(sorted: [Decoration], maxLength: Int) {
        decorations = sorted
        self.maxLength = maxLength
    }

    /// Decorations overlapping a raw range, in start order.
    public func overlapping(_ raw: Range<Int>) -> ArraySlice<Decoration> {
        guard !decorations.isEmpty, !raw.isEmpty else { return [] }
        let from = raw.lowerBound - maxLength
        var lo = 0, hi = decorations.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if decorations[mid].raw.lowerBound < from { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < decorations.count, decorations[end].raw.lowerBound < raw.upperBound { end += 1 }
        return decorations[lo..<end].filter { $0.raw.upperBound > raw.lowerBound && !$0.raw.isEmpty }[...]
    }
}

/// The layers drawn on one article, bottom first: later layers' styles are merged over earlier ones.
public struct DecorationSet: Sendable {
    /// The layers.
    public var layers: [DecorationLayer]

    /// A set of layers, bottom first.
    public init(_ layers: [DecorationLayer] = []) { self.layers = layers }

    /// Nothing to draw.
    public static let none = DecorationSet()

    /// Every decoration overlapping a raw range, bottom layer first.
    public func overlapping(_ raw: Range<Int>) -> [Decoration] {
        layers.flatMap { $0.overlapping(raw) }
    }
}
