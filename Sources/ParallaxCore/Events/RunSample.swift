/// The hashes of a text's eight-word runs, or, for a long text, the smallest of them.
///
/// Keeping the `capacity` smallest hashes (a bottom-k sketch) keeps every run of a short text, so
/// short articles compare exactly, and bounds a long article's share of the stored features. The
/// sample stays consistent between articles: a run both articles contain is in both samples exactly
/// when its hash is at most the smaller of their two limits, so the shared runs found are a uniform
/// sample of all shared runs at that rate, and `SharedPassages` scales the count back up. The cost:
/// a quote shared by two long articles is seen only with that probability (about one run in eight
/// of a 600-word article), so a short shared quote between long articles may go unnoticed.
struct RunSample: Sendable, Equatable {
    /// Most hashes kept per article.
    static let capacity = 64
    /// The kept hashes, ascending and distinct.
    let hashes: [UInt64]
    /// Every run whose hash is at most this was kept; `UInt64.max` when all runs were.
    let limit: UInt64

    /// Samples the runs of a text's paragraphs (runs do not cross paragraphs).
    init(paragraphs: [String]) {
        var all = Set<UInt64>()
        for paragraph in paragraphs {
            let words = SharedPassages.wordHashes(paragraph)
            guard words.count >= SharedPassages.runLength else { continue }
            for start in 0...(words.count - SharedPassages.runLength) {
                var key: UInt64 = 1_469_598_103_934_665_603
                for k in start..<(start + SharedPassages.runLength) { key = (key ^ words[k]) &* 1_099_511_628_211 }
                all.insert(key)
            }
        }
        let sorted = all.sorted()
        if sorted.count > Self.capacity {
            hashes = Array(sorted.prefix(Self.capacity))
            limit = hashes.last ?? .max
        } else {
            hashes = sorted
            limit = .max
        }
    }

    /// A sample from stored parts, checked: ascending, distinct, within the limit and capacity.
    init(hashes: [UInt64], limit: UInt64) throws(GroupingFeaturesError) {
        guard hashes.count <= Self.capacity else { throw .malformed("too many runs") }
        guard zip(hashes, hashes.dropFirst()).allSatisfy({ $0 < $1 }) else { throw .malformed("runs out of order") }
        guard limit == .max || hashes.last == limit else { throw .malformed("run limit") }
        self.hashes = hashes
        self.limit = limit
    }

    /// The share of all runs that the sample keeps (1 when it keeps all).
    var rate: Double { Double(limit) / 18_446_744_073_709_551_616.0 }
}
