/// One piece of an article's text to analyse, as cleaned Unicode scalars.
public struct TextSegment: Sendable {
    /// The text; recognised ranges are offsets into this array.
    public var scalars: [Unicode.Scalar]
    /// Which part of the article the text is.
    public var kind: SegmentKind

    /// A segment from scalars already extracted.
    public init(scalars: [Unicode.Scalar], kind: SegmentKind) {
        self.scalars = scalars
        self.kind = kind
    }

    /// A segment from a string (its Unicode scalars).
    public init(_ text: String, kind: SegmentKind) {
        self.init(scalars: Array(text.unicodeScalars), kind: kind)
    }
}
