/// What part of an article a text segment is; headlines are Title Case, datelines all caps.
public enum SegmentKind: Sendable, Hashable {
    case headline, standfirst, byline, body, credit
}

/// One piece of an article's text to analyse, as cleaned Unicode scalars.
public struct TextSegment: Sendable {
    /// The text.
    public var scalars: [Unicode.Scalar]
    /// Which part of the article it is.
    public var kind: SegmentKind

    /// A segment from scalars.
    public init(scalars: [Unicode.Scalar], kind: SegmentKind) {
        self.scalars = scalars
        self.kind = kind
    }

    /// A segment from a string.
    public init(_ text: String, kind: SegmentKind) {
        self.init(scalars: Array(text.unicodeScalars), kind: kind)
    }
}

/// A recognised mention: which segment, the half-open scalar range in it, and the type.
public struct RecognizedSpan: Sendable, Equatable, Hashable {
    /// Index of the segment in the document.
    public var segment: Int
    /// Half-open scalar range in that segment.
    public var range: Range<Int>
    /// The mention's type.
    public var type: EntityType

    /// Creates a span.
    public init(segment: Int, range: Range<Int>, type: EntityType) {
        self.segment = segment
        self.range = range
        self.type = type
    }
}

/// Anything that finds entity mentions in a document (the trained recogniser; simple stand-ins in tests).
public protocol MentionRecognizer: Sendable {
    /// All mentions in one document, its segments in reading order.
    func recognize(_ document: [TextSegment]) -> [RecognizedSpan]
}
