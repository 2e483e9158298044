import Foundation

/// A mention found in one article, before linking: where it is, what it says, and the role written before it.
public struct FoundMention: Sendable, Hashable {
    /// Half-open Unicode-scalar offsets in the raw file.
    public let rawRange: Range<Int>
    /// The mention's cleaned text (the paragraph's text for those scalars).
    public let text: String
    /// The type the recogniser gave.
    public let type: EntityType
    /// A role written just before the name (`foreign minister` in "Foreign Minister Annalena Baerbock"),
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
            segments.append(TextSegment(scalars: ScalarStrings.scalars(of: paragraph.text), kind: kind))
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
            let text = ScalarStrings.string(scalars[span.range])
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
    ///
    /// The patterns are tried only when cheap literal tests on the text's first scalars (or, for contributor
    /// lines, the word `contributed`) show they could match; a non-ASCII scalar where a test looks always
    /// lets the pattern decide, as case-insensitive matching may fold it to an ASCII letter.
    package static func isCredit(_ text: String) -> Bool {
        guard text.utf8.count < 600 || text.unicodeScalars.count < 600 else { return false }
        var utf8 = text
        return utf8.withUTF8 { bytes in
            return (CreditScan.mayStartWith(bytes, CreditScan.credits, skippingParenthesis: true)
                    && Patterns.matches(ArticleParser.creditsPattern, text))
                || (CreditScan.mayStartWith(bytes, CreditScan.sources, skippingParenthesis: false)
                    && OutletInference.sourceCredit(in: text) != nil)
                || (CreditScan.contains(bytes, CreditScan.contributed)
                    && Patterns.matches(OutletInference.contributorLine, text))
                || (CreditScan.mayStartWith(bytes, CreditScan.contact, skippingParenthesis: false)
                    && Patterns.matches(contactLine, text))
        }
    }

    /// `isCredit` without the literal prefilters: the patterns alone (for checking that the two agree).
    package static func isCreditByPatternsAlone(_ text: String) -> Bool {
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
            while j > 0, Self.isAlphabetic(scalars[j - 1]) || scalars[j - 1] == "." { j -= 1 }
            guard j < i else { break }
            let key = ScalarStrings.asciiWordKey(scalars[j..<i])
                ?? EntityName.key(String(String.UnicodeScalarView(scalars[j..<i])))
            let joins = (key == "of" || key == "for") && !words.isEmpty
            guard EntityName.titleWords.contains(key) || joins else { break }
            words.insert(key, at: 0)
            end = j
        }
        while let first = words.first, ["of", "for"].contains(first) { words.removeFirst() }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// `Unicode.Scalar.Properties.isAlphabetic`, with ASCII answered directly.
    @inline(__always)
    static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        return scalar.properties.isAlphabetic
    }
}

/// Literal tests that rule credit patterns out before the regular expressions run.
enum CreditScan {
    /// Lower-case ASCII prefixes that `creditsPattern` needs (after `(` and spaces): `reporting|reported`,
    /// `writing|written`.
    static let credits: [[UInt8]] = [Array("report".utf8), Array("writ".utf8)]
    /// `sourceCredit` needs `source` or `credit` at the very start.
    static let sources: [[UInt8]] = [Array("source".utf8), Array("credit".utf8)]
    /// `contactLine` needs `to contact` at the very start.
    static let contact: [[UInt8]] = [Array("to contact".utf8)]
    /// `contributorLine` needs this word (case-sensitive pattern).
    static let contributed = Array("contributed".utf8)

    /// False only when the text surely does not begin (case-insensitively, after an optional `(` and
    /// whitespace when asked) with one of the prefixes. A non-ASCII scalar met before deciding answers true,
    /// unless it is punctuation or a symbol where a prefix needs a letter (no such scalar case-folds to an
    /// ASCII letter).
    static func mayStartWith(_ bytes: UnsafeBufferPointer<UInt8>, _ prefixes: [[UInt8]], skippingParenthesis: Bool) -> Bool {
        var i = 0
        if skippingParenthesis {
            if i < bytes.count, bytes[i] == 0x28 { i += 1 }
            while i < bytes.count {
                let b = bytes[i]
                // Punctuation and symbols are not whitespace; other non-ASCII scalars may be.
                if b >= 0x80 { if isPunctuationOrSymbol(bytes, at: i) { break } else { return true } }
                // ICU's \s over ASCII: tab, newline, vertical tab, form feed, return, space, and U+001C–U+001F.
                guard b == 0x20 || (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x1F) else { break }
                i += 1
            }
        }
        for prefix in prefixes {
            var matched = true
            for (k, expected) in prefix.enumerated() {
                guard i + k < bytes.count else { matched = false; break }
                let b = bytes[i + k]
                if b >= 0x80 {
                    if isPunctuationOrSymbol(bytes, at: i + k) { matched = false; break }
                    return true
                }
                let lower = (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b
                if lower != expected { matched = false; break }
            }
            if matched { return true }
        }
        return false
    }

    /// Whether the UTF-8 scalar starting at `at` is punctuation or a symbol (general category P* or S*).
    static func isPunctuationOrSymbol(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let b = UInt32(bytes[i])
        let v: UInt32
        if b < 0xE0 {
            guard i + 1 < bytes.count else { return false }
            v = (b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
        } else if b < 0xF0 {
            guard i + 2 < bytes.count else { return false }
            v = (b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
        } else {
            guard i + 3 < bytes.count else { return false }
            v = (b & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                | UInt32(bytes[i + 3] & 0x3F)
        }
        guard let scalar = Unicode.Scalar(v) else { return false }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    /// Whether the bytes contain a word, byte for byte.
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ word: [UInt8]) -> Bool {
        let n = word.count
        guard bytes.count >= n, let first = word.first else { return false }
        var i = 0
        let last = bytes.count - n
        while i <= last {
            if bytes[i] == first {
                var k = 1
                while k < n, bytes[i + k] == word[k] { k += 1 }
                if k == n { return true }
            }
            i += 1
        }
        return false
    }
}
