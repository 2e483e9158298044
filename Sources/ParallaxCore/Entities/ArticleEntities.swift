import Foundation

/// A mention found in one article, before linking: where it is, what it says, and the role written before it.
public struct FoundMention: Sendable, Hashable {
    /// Half-open Unicode-scalar offsets in the raw file.
    public let rawRange: Range<Int>
    /// The mention's cleaned text (the paragraph's text for those scalars).
    public let text: String
    /// The type the recogniser gave.
    public let type: EntityType
    /// A role written just before the name (`secretary of state` in "Secretary of State Antony Blinken"),
    /// lower case, or nil.
    public let role: String?

    /// Creates a mention.
    public init(rawRange: Range<Int>, text: String, type: EntityType, role: String? = nil) {
        self.rawRange = rawRange
        self.text = text
        self.type = type
        self.role = role
    }
}

/// One article's text as the recogniser sees it, and the recogniser's spans mapped back to the raw file.
///
/// The document is the headline, standfirst, byline, body paragraphs (the dateline is inside the first) and
/// the story's own credit lines (`(Reporting by …)`, `CNN's … contributed`, `Source: …`), in file order.
/// Page furniture — copyright lines, related links, navigation, captions, share prompts — is left out.
public struct ArticleEntities: Sendable {
    /// The paragraphs that make up the document, in file order.
    public let paragraphs: [Paragraph]
    /// The document given to the recogniser, one segment per paragraph.
    public let segments: [TextSegment]

    /// Builds the document of an article.
    public init(article: Article) {
        var paragraphs: [Paragraph] = []
        var segments: [TextSegment] = []
        for paragraph in article.paragraphs {
            guard let kind = Self.segmentKind(of: paragraph) else { continue }
            paragraphs.append(paragraph)
            segments.append(TextSegment(scalars: Array(paragraph.text.unicodeScalars), kind: kind))
        }
        self.paragraphs = paragraphs
        self.segments = segments
    }

    /// Runs a recogniser and maps its spans to raw offsets, in text order; spans out of range are dropped.
    public func mentions(using recognizer: any MentionRecognizer) -> [FoundMention] {
        let spans = recognizer.recognize(segments)
        var found: [FoundMention] = []
        found.reserveCapacity(spans.count)
        for span in spans {
            guard segments.indices.contains(span.segment) else { continue }
            let scalars = segments[span.segment].scalars
            guard span.range.lowerBound >= 0, span.range.upperBound <= scalars.count, !span.range.isEmpty else { continue }
            let text = String(String.UnicodeScalarView(scalars[span.range]))
            let raw = paragraphs[span.segment].offsets.rawRange(span.range)
            let role = Self.role(before: span.range.lowerBound, in: scalars)
            found.append(FoundMention(rawRange: raw, text: text, type: span.type, role: role))
        }
        return found.sorted { ($0.rawRange.lowerBound, $0.rawRange.upperBound) < ($1.rawRange.lowerBound, $1.rawRange.upperBound) }
    }

    /// What a paragraph is to the recogniser, or nil when it is not part of the story's text.
    static func segmentKind(of paragraph: Paragraph) -> SegmentKind? {
        switch paragraph.role {
        case .headline: return .headline
        case .standfirst: return .standfirst
        case .byline: return .byline
        case .dateLine: return nil
        case .body: return isCredit(paragraph.text) ? .credit : .body
        case .boilerplate(let kind):
            // Credits that a rule filed as a footer (a contact line, lines after an end marker) still name
            // the story's people; captions and other furniture do not belong to the story.
            guard kind == .legal || kind == .trailer, isCredit(paragraph.text) else { return nil }
            return .credit
        }
    }

    /// `(Reporting by …)`, `CNN's Jane Roe contributed …`, `Source: Al Jazeera`, `To contact the reporter …`.
    static func isCredit(_ text: String) -> Bool {
        guard text.unicodeScalars.count < 600 else { return false }
        return Patterns.matches(ArticleParser.creditsPattern, text)
            || OutletInference.sourceCredit(in: text) != nil
            || Patterns.matches(OutletInference.contributorLine, text)
            || Patterns.matches(contactLine, text)
    }

    /// Bloomberg's closing contact lines.
    static let contactLine = Patterns.regex(#"^to contact the (?:reporters?|editors?|author)\b"#, [.caseInsensitive])

    /// Up to four title words written just before a name (`Treasury Secretary`), lower case, or nil.
    static func role(before start: Int, in scalars: [Unicode.Scalar]) -> String? {
        var words: [String] = []
        var end = start
        while words.count < 4 {
            var i = end
            while i > 0, scalars[i - 1] == " " { i -= 1 }
            guard i < end, i > 0 else { break }
            var j = i
            while j > 0, scalars[j - 1].properties.isAlphabetic || scalars[j - 1] == "." { j -= 1 }
            guard j < i else { break }
            let word = String(String.UnicodeScalarView(scalars[j..<i]))
            let key = EntityName.key(word)
            let joins = ["of", "for"].contains(key) && !words.isEmpty
            guard EntityName.titleWords.contains(key) || joins else { break }
            words.insert(key, at: 0)
            end = j
        }
        while let first = words.first, ["of", "for"].contains(first) { words.removeFirst() }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }
}
