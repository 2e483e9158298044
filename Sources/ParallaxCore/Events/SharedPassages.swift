/// Runs of words that two articles have in common: the same quote, or a sentence copied from the same
/// wire copy. Two outlets that quote the same words are reporting the same happening, whatever else
/// their vocabulary says.
struct SharedPassages {
    /// Words per run; long enough that stock phrases ("said in a statement on Friday") rarely fill one.
    static let runLength = 8
    /// Runs found in more articles than this are boilerplate or a famous line, not evidence.
    static let maxPostings = 40

    /// Start of each article's partners in `partners`; one more entry than articles.
    private let offsets: [Int]
    /// For each article, the articles it shares sampled runs with (ascending) and how many runs.
    private let partners: [(article: Int32, runs: Int32)]
    /// Each article's sampling rate (see `RunSample`).
    private let rates: [Double]

    /// Finds shared runs among the articles' sampled runs.
    ///
    /// Flat arrays sorted, rather than dictionaries of lists: the articles sharing a run come out next
    /// to each other, in article order, and each pair once per run it shares. Runs in more than `maxPostings` articles
    /// are skipped, so the pairs counted are at most `maxPostings` per run: linear in the corpus.
    init(_ features: [GroupingFeatures]) {
        // One word per posting: the article in the low bits, the top of the run hash above it. Cutting
        // the hash to 40-odd bits can make runs of different articles look alike by chance, a few
        // hundred times among 100,000 articles; each such pair gains one run, and one run adds nothing.
        let articleBits = max(1, UInt64.bitWidth - UInt64(features.count).leadingZeroBitCount)
        let articleMask: UInt64 = (1 << UInt64(articleBits)) - 1
        var postings: [UInt64] = []
        postings.reserveCapacity(features.reduce(0) { $0 + $1.runs.hashes.count })
        for (index, f) in features.enumerated() {
            for hash in f.runs.hashes { postings.append(hash & ~articleMask | UInt64(index)) }
        }
        postings.sort()
        // Two runs of one article that agree in their kept bits are one posting.
        var unique = 0
        for k in postings.indices where k == 0 || postings[k] != postings[unique - 1] {
            postings[unique] = postings[k]
            unique += 1
        }
        postings.removeLast(postings.count - unique)
        var pairs: [UInt64] = []
        var start = 0
        while start < postings.count {
            var end = start + 1
            while end < postings.count, postings[end] & ~articleMask == postings[start] & ~articleMask { end += 1 }
            if end - start > 1 && end - start <= Self.maxPostings {
                for a in start..<end {
                    for b in (a + 1)..<end { pairs.append((postings[a] & articleMask) << 32 | postings[b] & articleMask) }
                }
            }
            start = end
        }
        postings = []
        pairs.sort()
        (offsets, partners) = Self.adjacency(pairs, count: features.count)
        rates = features.map(\.runs.rate)
    }

    /// Partner lists from sorted pair keys `i << 32 | j` (`i < j`, one key per shared run).
    private static func adjacency(_ pairs: [UInt64], count: Int) -> ([Int], [(article: Int32, runs: Int32)]) {
        var degree = [Int](repeating: 0, count: count + 1)
        var unique: [(i: Int, j: Int, runs: Int32)] = []
        var k = 0
        while k < pairs.count {
            var end = k + 1
            while end < pairs.count, pairs[end] == pairs[k] { end += 1 }
            let (i, j) = (Int(pairs[k] >> 32), Int(pairs[k] & 0xFFFF_FFFF))
            unique.append((i, j, Int32(clamping: end - k)))
            degree[i + 1] += 1
            degree[j + 1] += 1
            k = end
        }
        for n in 0..<count { degree[n + 1] += degree[n] }
        var fill = degree
        var partners = [(article: Int32, runs: Int32)](repeating: (0, 0), count: degree[count])
        // Keys come by i, then j: each list fills in ascending order (lower partners first).
        for (i, j, runs) in unique {
            partners[fill[i]] = (Int32(j), runs); fill[i] += 1
            partners[fill[j]] = (Int32(i), runs); fill[j] += 1
        }
        return (degree, partners)
    }

    /// Finds shared runs among the articles' body texts.
    init(_ articles: [Article]) {
        self.init(articles.map(GroupingFeatures.init))
    }

    /// The articles article `i` shares sampled runs with, ascending, and how many.
    func partners(of i: Int) -> ArraySlice<(article: Int32, runs: Int32)> {
        partners[offsets[i]..<offsets[i + 1]]
    }

    /// Distinct sampled runs articles `i` and `j` share.
    func shared(_ i: Int, _ j: Int) -> Int {
        Int(partners(of: i).first { $0.article == Int32(j) }?.runs ?? 0)
    }

    /// What shared word runs add to a similarity: nothing for one (a stock phrase can fill a run), then
    /// enough that two or more shared quotes outweigh differences in the rest of the vocabulary. The
    /// count is scaled up by the samples' rate (see `RunSample`); two runs must be seen in the samples,
    /// so that one sampled stock phrase is not scaled up into a quote.
    func bonus(_ i: Int, _ j: Int, runs: Int) -> Double {
        runs < 2 ? 0 : min(0.3, 0.1 + 0.02 * (Double(runs) / min(rates[i], rates[j])))
    }

    /// A hash (FNV-1a over case-folded scalars) of each word, punctuation left out, so that quote marks
    /// and commas do not hide a shared run; hashing scalars directly avoids building a string per word.
    static func wordHashes(_ text: String) -> [UInt64] {
        var hashes: [UInt64] = []
        Array(text.unicodeScalars).withUnsafeBufferPointer { wordHashes($0, into: &hashes) }
        return hashes
    }

    /// `wordHashes` of decoded scalars, replacing the contents of `hashes` (whose storage is reused).
    static func wordHashes(_ text: UnsafeBufferPointer<Unicode.Scalar>, into hashes: inout [UInt64]) {
        hashes.removeAll(keepingCapacity: true)
        var hash: UInt64 = 1_469_598_103_934_665_603
        var inWord = false
        for scalar in text {
            let v = scalar.value
            let isWordPart: Bool
            var folded = v
            if v < 0x80 {
                isWordPart = (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A || (v >= 0x30 && v <= 0x39) || v == 0x27
                if v >= 0x41 && v <= 0x5A { folded = v | 0x20 }
            } else {
                (isWordPart, folded) = foldedWordPart(scalar)
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
    }

    /// Whether a scalar beyond ASCII is part of a word, and its lower-case value (kept out of line: rare).
    @inline(never)
    private static func foldedWordPart(_ scalar: Unicode.Scalar) -> (Bool, UInt32) {
        let isWordPart = scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar.value == 0x2019
        if scalar.properties.isUppercase, let lower = scalar.properties.lowercaseMapping.unicodeScalars.first {
            return (isWordPart, lower.value)
        }
        return (isWordPart, scalar.value)
    }
}
