/// Anything that finds entity mentions in a document (the trained recogniser; simple stand-ins in tests).
public protocol MentionRecognizer: Sendable {
    /// All mentions in one document, its segments in reading order.
    func recognize(_ document: [TextSegment]) -> [RecognizedSpan]
}

extension EntityRecognizer: MentionRecognizer {}
