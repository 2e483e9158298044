import Foundation

/// TF-IDF vectors of articles' content words, for similarity and keywords.
///
/// Terms are numbered once and each vector is kept sorted by term number, so that a similarity is a
/// merge of two short arrays rather than a run of dictionary lookups.
struct TermVectors {
    /// A term number and its weight in one article.
    struct Entry { let term: Int32; let weight: Double }
    /// One sorted, weighted term list per article.
    private let vectors: [[Entry]]
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
        var counts: [[(id: Int32, tf: Double)]] = []
        counts.reserveCapacity(features.count)
        for (index, f) in features.enumerated() {
            var tf: [(id: Int32, tf: Double)] = []
            tf.reserveCapacity(f.terms.count)
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
                tf.append((id, Double(term.occurrences) + 0.5 * Double(term.capitalised)))
                capitalisedBalance[Int(id)] += 2 * term.capitalised - term.occurrences
                capitalsBalance[Int(id)] += 2 * term.allCapitals - term.occurrences
                documentFrequency[Int(id)] += 1
            }
            counts.append(tf)
        }
        let n = Double(features.count)
        vectors = counts.map { tf in
            tf.map { id, count in
                let idf = log((n + 1) / (Double(documentFrequency[Int(id)]) + 0.5))
                return Entry(term: id, weight: (1 + log(1 + count)) * idf)
            }.sorted { $0.term < $1.term }
        }
        self.features = features
        self.source = source
        self.documentFrequency = documentFrequency
        self.capitalisedBalance = capitalisedBalance
        self.capitalsBalance = capitalsBalance
        norms = vectors.map { sqrt($0.reduce(0) { $0 + $1.weight * $1.weight }) }
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
        for (index, vector) in vectors.enumerated() {
            let top = vector.filter { documentFrequency[Int($0.term)] > 1 }
                .sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.term < $1.term }.prefix(topTerms)
            for entry in top { postings[entry.term, default: []].append(index) }
        }
        // A term in a large share of the corpus says little about events and would make every pair a candidate.
        let cap = max(10, min(64, vectors.count / 20))
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
        for (index, vector) in vectors.enumerated() where vector.count >= 5 {
            var signature = [UInt64](repeating: .max, count: hashes)
            for entry in vector {
                let x = UInt64(entry.term) &+ 1
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
        let x = vectors[i], y = vectors[j]
        var a = 0, b = 0
        var dot = 0.0
        while a < x.count, b < y.count {
            let ta = x[a].term, tb = y[b].term
            if ta == tb {
                dot += x[a].weight * y[b].weight
                a += 1; b += 1
            } else if ta < tb {
                a += 1
            } else {
                b += 1
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
            for entry in vectors[m] {
                score[entry.term, default: 0] += entry.weight
                count[entry.term, default: 0] += 1
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
