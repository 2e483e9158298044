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
        var runs: [UInt64] = []
        var words: [UInt64] = []
        var scalars: [Unicode.Scalar] = []
        for paragraph in paragraphs {
            ScalarStrings.decode(paragraph, into: &scalars)
            scalars.withUnsafeBufferPointer { SharedPassages.wordHashes($0, into: &words) }
            Self.appendRuns(of: words, to: &runs)
        }
        self.init(runs: &runs)
    }

    /// Appends the hash of every run of `runLength` words of one paragraph (given its word hashes).
    static func appendRuns(of words: [UInt64], to runs: inout [UInt64]) {
        let length = SharedPassages.runLength
        guard words.count >= length else { return }
        for start in 0...(words.count - length) {
            var key: UInt64 = 1_469_598_103_934_665_603
            for k in start..<(start + length) { key = (key ^ words[k]) &* 1_099_511_628_211 }
            runs.append(key)
        }
    }

    /// Samples run hashes (in any order, repeats allowed); `runs` is reordered.
    ///
    /// Hashes are uniform, so the `capacity` smallest are nearly always below a limit that about twice
    /// as many pass: only those are sorted. When fewer than `capacity` distinct ones pass, all are sorted.
    init(runs: inout [UInt64]) {
        if runs.count > 4 * Self.capacity {
            let cut = UInt64.max / UInt64(runs.count) * UInt64(2 * Self.capacity)
            var below = 0
            for k in runs.indices where runs[k] <= cut {
                runs.swapAt(k, below)
                below += 1
            }
            if let sample = Self.smallest(&runs[0..<below], complete: false) {
                (hashes, limit) = sample
                return
            }
        }
        (hashes, limit) = Self.smallest(&runs[...], complete: true) ?? ([], .max)
    }

    /// The `capacity` smallest distinct hashes and the sample's limit, sorting `runs`; nil when the
    /// slice is not `complete` (it holds only the smallest of all runs) and has fewer distinct hashes.
    private static func smallest(_ runs: inout ArraySlice<UInt64>, complete: Bool) -> ([UInt64], UInt64)? {
        runs.sort()
        var kept: [UInt64] = []
        kept.reserveCapacity(min(runs.count, capacity))
        var more = false
        for hash in runs where kept.last != hash {
            if kept.count == capacity { more = true; break }
            kept.append(hash)
        }
        if more { return (kept, kept.last ?? .max) }
        return complete ? (kept, .max) : nil
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
