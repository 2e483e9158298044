/// Everything event grouping needs from one article, computed once and small enough to store.
///
/// The grouper never looks at an article again: an index can keep these features per article (see
/// `encoded()`) and regroup a whole corpus from them after a refresh, without reading a file.
public struct GroupingFeatures: Sendable, Equatable {
    /// The article's id.
    public let articleID: String
    /// The article's path, which orders articles of the same date within an event.
    let path: String
    /// The article's date, when known.
    let date: NewsDate?
    /// Length and hash of the body text, which find republished copies without keeping the text.
    let body: BodyFingerprint
    /// Content words of the headline and body with their counts, packed (see `TermTable`).
    let terms: TermTable
    /// A sample of the hashes of the body's eight-word runs (see `RunSample`).
    let runs: RunSample

    /// Computes the features of an article.
    ///
    /// Each paragraph is decoded into scalars once, into one reused buffer, and read there for both its
    /// content words (headline and body, see `TermCounter`) and its word runs (body only).
    public init(_ article: Article) {
        articleID = article.id
        path = article.path
        date = article.metadata.dateValue
        // The outlet's own name (in its dateline and credits) says who wrote, not what happened.
        var counter = TermCounter(outlet: article.metadata.outletName)
        let title = article.metadata.titleText
        var longest = title?.utf8.count ?? 0
        for paragraph in article.paragraphs where paragraph.role == .body { longest = max(longest, paragraph.text.utf8.count) }
        var buffer = [Unicode.Scalar](repeating: " ", count: longest)
        var words: [UInt64] = []
        var runs: [UInt64] = []
        var fingerprint = BodyFingerprint.Accumulator()
        buffer.withUnsafeMutableBufferPointer { buffer in
            if let title {
                let count = ScalarStrings.decode(title, into: buffer)
                counter.add(UnsafeBufferPointer(rebasing: buffer[0..<count]))
            }
            for paragraph in article.paragraphs where paragraph.role == .body {
                fingerprint.add(paragraph.text)
                let text = UnsafeBufferPointer(rebasing: buffer[0..<ScalarStrings.decode(paragraph.text, into: buffer)])
                counter.add(text)
                SharedPassages.wordHashes(text, into: &words)
                RunSample.appendRuns(of: words, to: &runs)
            }
        }
        body = fingerprint.fingerprint
        terms = counter.table()
        self.runs = RunSample(runs: &runs)
    }

    /// Features from their parts, as read back from storage.
    init(articleID: String, path: String, date: NewsDate?, body: BodyFingerprint, terms: TermTable, runs: RunSample) {
        self.articleID = articleID
        self.path = path
        self.date = date
        self.body = body
        self.terms = terms
        self.runs = runs
    }
}

/// The length and a 128-bit hash of a text's UTF-8 bytes: two texts are taken to be the same when both agree.
///
/// Keeping the hash instead of the text is what makes features small. The trade-off: two different
/// texts of the same length whose two independent 64-bit hashes both collide would be grouped as
/// copies of one story. For texts not crafted to collide that has a probability around n²/2¹²⁹ over a
/// corpus of n articles (below 10⁻²⁸ for a million); the hash is not cryptographic, so a text made on
/// purpose to collide could be grouped with another, which costs a wrong event, nothing more.
struct BodyFingerprint: Sendable, Hashable {
    /// UTF-8 length of the text; zero for an article without body text.
    let length: Int
    /// FNV-1a (64-bit) of the bytes.
    let first: UInt64
    /// A second, independent 64-bit hash (multiply-rotate) of the bytes.
    let second: UInt64

    /// Fingerprints a text.
    init(_ text: String) {
        var accumulator = Accumulator()
        accumulator.add(text)
        self = accumulator.fingerprint
    }

    /// Fingerprints texts joined by newlines, without joining them.
    struct Accumulator {
        private var a: UInt64 = 0xCBF2_9CE4_8422_2325
        private var b: UInt64 = 0x9E37_79B9_7F4A_7C15
        private var length = 0

        /// Hashes one more text, after a newline unless it is the first.
        mutating func add(_ text: String) {
            if added { step(0x0A) }
            added = true
            var text = text
            text.withUTF8 { bytes in for byte in bytes { step(byte) } }
        }

        /// Whether a text was added (the first may be empty).
        private var added = false

        @inline(__always)
        private mutating func step(_ byte: UInt8) {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            b = ((b ^ UInt64(byte)) &* 0xBF58_476D_1CE4_E5B9)
            b = (b << 29) | (b >> 35)
            length += 1
        }

        /// The fingerprint of the texts added.
        var fingerprint: BodyFingerprint {
            var b = self.b
            b ^= b >> 31
            b = b &* 0x94D0_49BB_1331_11EB
            return BodyFingerprint(length: length, first: a, second: b)
        }
    }

    /// A fingerprint from stored parts.
    init(length: Int, first: UInt64, second: UInt64) {
        self.length = length
        self.first = first
        self.second = second
    }
}
