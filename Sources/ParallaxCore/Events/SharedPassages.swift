/// Runs of words that two articles have in common: the same quote, or a sentence copied from the same
/// wire copy. Two outlets that quote the same words are reporting the same happening, whatever else
/// their vocabulary says.
struct SharedPassages {
    /// Words per run; long enough that stock phrases ("said in a statement on Friday") rarely fill one.
    static let runLength = 8
    /// Runs found in more articles than this are boilerplate or a famous line, not evidence.
    static let maxPostings = 40

    /// For each pair `(i, j)`, `i < j`, how many distinct sampled runs they share (only pairs sharing any).
    let counts: [Int64: Int]
    /// Each article's sampling rate (see `RunSample`).
    private let rates: [Double]

    /// Finds shared runs among the articles' sampled runs.
    ///
    /// The (hash, article) pairs are sorted rather than kept in a dictionary of lists: one flat array,
    /// and the articles sharing a run come out next to each other, in article order.
    init(_ features: [GroupingFeatures]) {
        var postings: [(hash: UInt64, article: Int32)] = []
        postings.reserveCapacity(features.reduce(0) { $0 + $1.runs.hashes.count })
        for (index, f) in features.enumerated() {
            for hash in f.runs.hashes { postings.append((hash, Int32(index))) }
        }
        postings.sort { $0.hash != $1.hash ? $0.hash < $1.hash : $0.article < $1.article }
        var counts: [Int64: Int] = [:]
        var start = 0
        while start < postings.count {
            var end = start + 1
            while end < postings.count, postings[end].hash == postings[start].hash { end += 1 }
            if end - start > 1 && end - start <= Self.maxPostings {
                for a in start..<end {
                    for b in (a + 1)..<end {
                        counts[Int64(postings[a].article) << 32 | Int64(postings[b].article), default: 0] += 1
                    }
                }
            }
            start = end
        }
        self.counts = counts
        rates = features.map(\.runs.rate)
    }

    /// Finds shared runs among the articles' body texts.
    init(_ articles: [Article]) {
        self.init(articles.map(GroupingFeatures.init))
    }

    /// Distinct sampled runs articles `i` and `j` share.
    func shared(_ i: Int, _ j: Int) -> Int {
        counts[Int64(min(i, j)) << 32 | Int64(max(i, j))] ?? 0
    }

    /// How many runs articles `i` and `j` share, estimated from their samples (exact when both keep all).
    func estimatedShared(_ i: Int, _ j: Int) -> Double {
        Double(shared(i, j)) / min(rates[i], rates[j])
    }

    /// A hash (FNV-1a over case-folded scalars) of each word, punctuation left out, so that quote marks
    /// and commas do not hide a shared run; hashing scalars directly avoids building a string per word.
    static func wordHashes(_ text: String) -> [UInt64] {
        var hashes: [UInt64] = []
        var hash: UInt64 = 1_469_598_103_934_665_603
        var inWord = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let isWordPart: Bool
            var folded = v
            if v < 0x80 {
                isWordPart = (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A || (v >= 0x30 && v <= 0x39) || v == 0x27
                if v >= 0x41 && v <= 0x5A { folded = v | 0x20 }
            } else {
                isWordPart = scalar.properties.isAlphabetic || scalar.properties.numericType != nil || v == 0x2019
                if scalar.properties.isUppercase, let lower = scalar.properties.lowercaseMapping.unicodeScalars.first {
                    folded = lower.value
                }
            }
            if isWordPart {
                if folded == 0x2019 { folded = 0x27 }
                hash = (hash ^ UInt64(folded)) &* 1_099_511_628_211
                inWord = true
            } else if inWord {
                hashes.append(hash)
                hash = 1_469_598_103_934_665_603
                inWord = false
            }
        }
        if inWord { hashes.append(hash) }
        return hashes
    }
}
