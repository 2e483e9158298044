/// A recognised mention: which segment, the half-open scalar range in it, and the type.
public struct RecognizedSpan: Sendable, Equatable, Hashable {
    /// Index of the segment in the document passed to `recognize`.
    public var segment: Int
    /// Half-open range of Unicode-scalar offsets in that segment.
    public var range: Range<Int>
    /// The entity type.
    public var type: EntityType

    /// A span from its parts.
    public init(segment: Int, range: Range<Int>, type: EntityType) {
        self.segment = segment
        self.range = range
        self.type = type
    }
}
