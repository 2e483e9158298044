/// One article file, parsed into metadata, body paragraphs and the page furniture kept aside.
public struct Article: Sendable, Identifiable, Equatable {
    /// Stable identifier: the path relative to the corpus folder, without its extension.
    public let id: String
    /// Path relative to the corpus folder.
    public let path: String
    /// Outlet, date, headline, byline and dateline, each unknown when the text gives no evidence.
    public let metadata: ArticleMetadata
    /// All paragraphs in file order: body paragraphs and boilerplate alike.
    public let paragraphs: [Paragraph]

    /// Creates an article from parsed parts.
    public init(id: String, path: String, metadata: ArticleMetadata, paragraphs: [Paragraph]) {
        self.id = id
        self.path = path
        self.metadata = metadata
        self.paragraphs = paragraphs
        wordCount = paragraphs.reduce(0) { $0 + ($1.role == .body ? $1.wordCount : 0) }
    }

    /// Paragraphs that belong to the article's text.
    public var body: [Paragraph] { paragraphs.filter { $0.role == .body } }

    /// Page furniture separated from the body ("Share.", "See also …").
    public var boilerplate: [Paragraph] { paragraphs.filter { $0.role.isBoilerplate } }

    /// The summary line under the headline, if the file has one.
    public var standfirst: String? { paragraphs.first { $0.role == .standfirst }?.text }

    /// Number of words in the body, counted once (long articles are drawn many times).
    public let wordCount: Int

    /// The headline, or the first words of the body when the text has no headline.
    public var displayTitle: String {
        if let title = metadata.titleText { return title }
        return firstWords(12)
    }

    /// The first `count` words of the body, with an ellipsis when cut.
    public func firstWords(_ count: Int) -> String {
        guard let first = body.first(where: { $0.wordCount > 0 }) else { return "" }
        var text = Substring(first.text)
        if let dateline = metadata.datelineText, text.hasPrefix(dateline) {
            text = text.dropFirst(dateline.count).drop(while: { " -–—:./".contains($0) })
        }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        let head = words.prefix(count).joined(separator: " ")
        return words.count > count ? head + "…" : head
    }
}

/// What a paragraph is to the reader.
public enum ParagraphRole: Sendable, Equatable, Hashable {
    /// Headline line at the top of the file.
    case headline
    /// Byline ("By …").
    case byline
    /// A stand-alone date line or marker.
    case dateLine
    /// The summary line under a headline (a "dek"), before the byline.
    case standfirst
    /// The article's text.
    case body
    /// Scraped page furniture, with the kind of furniture it is.
    case boilerplate(BoilerplateKind)

    /// Whether this is page furniture.
    public var isBoilerplate: Bool {
        if case .boilerplate = self { return true }
        return false
    }
}

/// One paragraph of an article, with where it lies in the raw file.
public struct Paragraph: Sendable, Equatable {
    /// Cleaned text: no control characters, single-spaced lines joined with `\n`.
    public let text: String
    /// Half-open range of Unicode scalar offsets in the raw file.
    public let rawRange: Range<Int>
    /// Body, headline, byline, date line or boilerplate.
    public var role: ParagraphRole
    /// Where each scalar of `text` lies in the raw file.
    public let offsets: OffsetMap

    /// Creates a paragraph whose scalars map to the raw file through `offsets`.
    public init(text: String, rawRange: Range<Int>, role: ParagraphRole, offsets: OffsetMap) {
        self.text = text
        self.rawRange = rawRange
        self.role = role
        self.offsets = offsets
    }

    /// Creates a paragraph whose text is a verbatim copy of the raw file from `rawRange.lowerBound`.
    public init(text: String, rawRange: Range<Int>, role: ParagraphRole) {
        self.init(text: text, rawRange: rawRange, role: role,
                  offsets: OffsetMap(verbatimCount: text.unicodeScalars.count, rawStart: rawRange.lowerBound))
    }

    /// Number of whitespace-separated words.
    public var wordCount: Int {
        // Over UTF-8 bytes: a space or newline is one byte and never part of another scalar.
        var copy = text
        return copy.withUTF8 { Self.wordCount($0) }
    }

    /// Runs of bytes other than space and newline, counted eight bytes at a time where eight remain.
    static func wordCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var inWord = false
        var i = 0
        let n = bytes.count
        if let base = bytes.baseAddress {
            while i + 8 <= n {
                // Safe: `i + 8 <= n`, so the eight bytes read lie inside the buffer.
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let word = ~(Self.zeroBytes(w ^ 0x2020_2020_2020_2020) | Self.zeroBytes(w ^ 0x0A0A_0A0A_0A0A_0A0A))
                    & 0x8080_8080_8080_8080
                // A word starts at a byte that is neither, after one that is (or after the state before).
                count += (word & ~(word << 8 | (inWord ? 0x80 : 0))).nonzeroBitCount
                inWord = word & 0x8000_0000_0000_0000 != 0
                i += 8
            }
        }
        while i < n {
            let space = bytes[i] == 0x20 || bytes[i] == 0x0A
            if !space && !inWord { count += 1 }
            inWord = !space
            i += 1
        }
        return count
    }

    /// 0x80 in each byte of `x` that is zero, 0 in every other (exact: no carry crosses bytes).
    @inline(__always) private static func zeroBytes(_ x: UInt64) -> UInt64 {
        ~(((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | x) & 0x8080_8080_8080_8080
    }
}
