import Foundation

/// TF-IDF vectors of articles' content words, for similarity and keywords.
///
/// Terms are numbered once and each vector is kept sorted by term number, so that a similarity is a
/// merge of two short arrays rather than a run of dictionary lookups.
struct TermVectors {
    /// A term number and its weight in one article.
    struct Entry { let term: Int32; let weight: Double }
    /// Every article's term numbers, article after article, each article's run sorted by term number
    /// (one flat array rather than an array per article: no per-article allocation, a third of the memory).
    private let terms: [Int32]
    /// The weights of `terms`, entry for entry.
    private let weights: [Double]
    /// Where each article's run starts in `terms`, and one more: the end of the last run.
    private let starts: [Int]
    /// Each article's vector length.
    private let norms: [Double]
    /// The features the vectors were built from, to read a term's text when it is shown.
    private let features: [GroupingFeatures]
    /// Where each term number was first seen: its article and the entry's offset in that article's table.
    private let source: [(article: Int32, offset: Int32)]
    /// Per term number: written capitalised mid-sentence more often than not (a name, which makes a
    /// good label), and written in capitals more often than not (NATO).
    private let capitalisedBalance: [Int]
    private let capitalsBalance: [Int]
    /// How many articles each term occurs in, by term number.
    private let documentFrequency: [Int]

    /// Builds one vector per article from its headline and body words.
    ///
    /// Terms are numbered in order of first appearance, through a dictionary keyed by a 64-bit hash of
    /// their bytes: no string is made per word. Two words whose hashes collide would count as one term;
    /// among a million distinct words that happens with a probability below 10⁻⁷.
    init(_ features: [GroupingFeatures]) {
        var vocabulary: [UInt64: Int32] = [:]
        var source: [(article: Int32, offset: Int32)] = []
        var documentFrequency: [Int] = []
        var capitalisedBalance: [Int] = []
        var capitalsBalance: [Int] = []
        let total = features.reduce(0) { $0 + $1.terms.count }
        var terms: [Int32] = []
        var weights: [Double] = []
        terms.reserveCapacity(total)
        weights.reserveCapacity(total)
        var starts: [Int] = [0]
        starts.reserveCapacity(features.count + 1)
        for (index, f) in features.enumerated() {
            f.terms.forEach { term in
                var hash: UInt64 = 0xCBF2_9CE4_8422_2325
                for byte in term.text { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
                let id: Int32
                if let known = vocabulary[hash] {
                    id = known
                } else {
                    id = Int32(source.count)
                    vocabulary[hash] = id
                    source.append((Int32(index), Int32(term.offset)))
                    documentFrequency.append(0)
                    capitalisedBalance.append(0)
                    capitalsBalance.append(0)
                }
                terms.append(id)
                weights.append(Double(term.occurrences) + 0.5 * Double(term.capitalised))
                capitalisedBalance[Int(id)] += 2 * term.capitalised - term.occurrences
                capitalsBalance[Int(id)] += 2 * term.allCapitals - term.occurrences
                documentFrequency[Int(id)] += 1
            }
            starts.append(terms.count)
        }
        // Counts become TF-IDF weights in place, and each article's run is sorted by term number.
        let n = Double(features.count)
        var norms: [Double] = []
        norms.reserveCapacity(features.count)
        var run: [Entry] = []
        for k in 0..<features.count {
            run.removeAll(keepingCapacity: true)
            for e in starts[k]..<starts[k + 1] {
                let idf = log((n + 1) / (Double(documentFrequency[Int(terms[e])]) + 0.5))
                run.append(Entry(term: terms[e], weight: (1 + log(1 + weights[e])) * idf))
            }
            run.sort { $0.term < $1.term }
            var squares = 0.0
            for (offset, entry) in run.enumerated() {
                terms[starts[k] + offset] = entry.term
                weights[starts[k] + offset] = entry.weight
                squares = squares + entry.weight * entry.weight
            }
            norms.append(sqrt(squares))
        }
        self.terms = terms
        self.weights = weights
        self.starts = starts
        self.norms = norms
        self.features = features
        self.source = source
        self.documentFrequency = documentFrequency
        self.capitalisedBalance = capitalisedBalance
        self.capitalsBalance = capitalsBalance
    }

    /// The number of articles.
    private var articleCount: Int { starts.count - 1 }

    /// One article's vector, sorted by term number.
    private func vector(_ article: Int) -> [Entry] {
        (starts[article]..<starts[article + 1]).map { Entry(term: terms[$0], weight: weights[$0]) }
    }

    /// Whether a term is written capitalised mid-sentence more often than not.
    private func isName(_ term: Int32) -> Bool { capitalisedBalance[Int(term)] > 0 }

    /// A term as it is usually written, for labels: NATO in capitals, names capitalised, sanctions in lower case.
    private func display(_ term: Int32) -> String {
        let (article, offset) = source[Int(term)]
        let text = features[Int(article)].terms.word(at: Int(offset))
        if capitalsBalance[Int(term)] > 0 { return text.uppercased() }
        if capitalisedBalance[Int(term)] > 0 { return text.prefix(1).uppercased() + text.dropFirst() }
        return text
    }

    /// Pairs `(i, j)`, `i < j`, that share one of their top terms among those found in other articles too.
    func candidatePairs(topTerms: Int = 20) -> [(Int, Int)] {
        var postings: [Int32: [Int]] = [:]
        for index in 0..<articleCount {
            let top = vector(index).filter { documentFrequency[Int($0.term)] > 1 }
                .sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.term < $1.term }.prefix(topTerms)
            for entry in top { postings[entry.term, default: []].append(index) }
        }
        // A term in a large share of the corpus says little about events and would make every pair a candidate.
        let cap = max(10, min(64, articleCount / 20))
        var seen = Set<Int64>()
        var pairs: [(Int, Int)] = []
        func addAll(_ list: [Int]) {
            for a in 0..<list.count {
                for b in (a + 1)..<list.count {
                    let (x, y) = (min(list[a], list[b]), max(list[a], list[b]))
                    if seen.insert(Int64(x) << 32 | Int64(y)).inserted { pairs.append((x, y)) }
                }
            }
        }
        for list in postings.values where list.count > 1 && list.count <= cap { addAll(list) }
        // Near-copies share nearly all their words, so every one of their terms may be too common to
        // post; MinHash bands find them whatever their number.
        for bucket in nearCopyBuckets() where bucket.count > 1 && bucket.count <= 200 { addAll(bucket) }
        return pairs.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
    }

    /// Articles whose MinHash signatures agree on a whole band: with 8 bands of 4 rows, pairs whose
    /// term sets overlap by 80% are found almost surely (98%), pairs at 20% rarely (1%).
    func nearCopyBuckets(bands: Int = 8, rows: Int = 4) -> [[Int]] {
        let hashes = bands * rows
        // Fixed odd multipliers and offsets: the same corpus always gives the same buckets.
        let multipliers = (0..<hashes).map { UInt64(0x9E37_79B9_7F4A_7C15) &* UInt64(2 * $0 + 1) | 1 }
        let offsets = (0..<hashes).map { UInt64(0xBF58_476D_1CE4_E5B9) &* UInt64($0 + 7) }
        var buckets: [Int: [Int]] = [:]
        for index in 0..<articleCount where starts[index + 1] - starts[index] >= 5 {
            var signature = [UInt64](repeating: .max, count: hashes)
            for e in starts[index]..<starts[index + 1] {
                let x = UInt64(terms[e]) &+ 1
                for h in 0..<hashes {
                    let value = (x &* multipliers[h] &+ offsets[h]) >> 7
                    if value < signature[h] { signature[h] = value }
                }
            }
            for band in 0..<bands {
                var hasher = Hasher()
                hasher.combine(band)
                for r in 0..<rows { hasher.combine(signature[band * rows + r]) }
                buckets[hasher.finalize(), default: []].append(index)
            }
        }
        return Array(buckets.values)
    }

    /// Cosine similarity of two articles' vectors.
    func cosine(_ i: Int, _ j: Int) -> Double {
        guard norms[i] > 0, norms[j] > 0 else { return 0 }
        var dot = 0.0
        terms.withUnsafeBufferPointer { t in
            weights.withUnsafeBufferPointer { w in
                var a = starts[i], b = starts[j]
                let endA = starts[i + 1], endB = starts[j + 1]
                while a < endA, b < endB {
                    let ta = t[a], tb = t[b]
                    if ta == tb {
                        dot += w[a] * w[b]
                        a += 1; b += 1
                    } else if ta < tb {
                        a += 1
                    } else {
                        b += 1
                    }
                }
            }
        }
        return dot / (norms[i] * norms[j])
    }

    /// Terms that describe a group: weighted by how many members use them and how much, names first.
    /// For a group, only terms that at least half of the members (and two or more) share.
    func keywords(of members: [Int], limit: Int = 4) -> [String] {
        var score: [Int32: Double] = [:]
        var count: [Int32: Int] = [:]
        for m in members {
            for e in starts[m]..<starts[m + 1] {
                score[terms[e], default: 0] += weights[e]
                count[terms[e], default: 0] += 1
            }
        }
        let needed = members.count == 1 ? 1 : max(2, (members.count + 1) / 2)
        return score.compactMap { term, total -> (String, Double)? in
            guard let c = count[term], c >= needed else { return nil }
            let coverage = Double(c) / Double(members.count)
            return (display(term), total * coverage * (isName(term) ? 2 : 1))
        }
        .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.lowercased() < $1.0.lowercased() }
        .prefix(limit).map(\.0)
    }
}
