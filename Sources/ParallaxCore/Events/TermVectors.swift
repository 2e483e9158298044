import Foundation

/// TF-IDF vectors of articles' content words, for similarity and keywords.
struct TermVectors {
    private let vectors: [[String: Double]]
    private let norms: [Double]
    /// Terms written capitalised mid-sentence more often than not: names, which make good labels.
    private let names: Set<String>
    /// How many articles each term occurs in.
    private let documentFrequency: [String: Int]

    /// Builds one vector per article from its headline and body.
    init(_ articles: [Article]) {
        var counts: [[String: Double]] = []
        var documentFrequency: [String: Int] = [:]
        var capitalisedBalance: [String: Int] = [:]
        for article in articles {
            var tf: [String: Double] = [:]
            let text = ([article.metadata.titleText ?? ""] + article.body.map(\.text)).joined(separator: "\n")
            for word in ContentWords.words(in: text) {
                tf[word.text, default: 0] += word.capitalised ? 1.5 : 1
                capitalisedBalance[word.text, default: 0] += word.capitalised ? 1 : -1
            }
            for term in tf.keys { documentFrequency[term, default: 0] += 1 }
            counts.append(tf)
        }
        let n = Double(articles.count)
        vectors = counts.map { tf in
            tf.reduce(into: [:]) { v, item in
                let idf = log((n + 1) / (Double(documentFrequency[item.key] ?? 0) + 0.5))
                v[item.key] = (1 + log(1 + item.value)) * idf
            }
        }
        self.documentFrequency = documentFrequency
        names = Set(capitalisedBalance.filter { $0.value > 0 }.keys)
        norms = vectors.map { sqrt($0.values.reduce(0) { $0 + $1 * $1 }) }
    }

    /// Pairs `(i, j)`, `i < j`, that share one of their top terms among those found in other articles too.
    func candidatePairs(topTerms: Int = 20) -> [(Int, Int)] {
        var postings: [String: [Int]] = [:]
        for (index, vector) in vectors.enumerated() {
            let top = vector.filter { (documentFrequency[$0.key] ?? 0) > 1 }.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(topTerms)
            for (term, _) in top { postings[term, default: []].append(index) }
        }
        // A term in a large share of the corpus says little about events and would make every pair a candidate.
        let cap = max(10, vectors.count / 20)
        var seen = Set<Int64>()
        var pairs: [(Int, Int)] = []
        for list in postings.values where list.count > 1 && list.count <= cap {
            for a in 0..<list.count {
                for b in (a + 1)..<list.count {
                    let key = Int64(list[a]) << 32 | Int64(list[b])
                    if seen.insert(key).inserted { pairs.append((list[a], list[b])) }
                }
            }
        }
        return pairs.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
    }

    /// Cosine similarity of two articles' vectors.
    func cosine(_ i: Int, _ j: Int) -> Double {
        guard norms[i] > 0, norms[j] > 0 else { return 0 }
        let (small, large) = vectors[i].count < vectors[j].count ? (vectors[i], vectors[j]) : (vectors[j], vectors[i])
        var dot = 0.0
        for (term, weight) in small { if let other = large[term] { dot += weight * other } }
        return dot / (norms[i] * norms[j])
    }

    /// The highest-weighted terms that all members share (a single member's own top terms).
    func sharedKeywords(_ members: [Int], limit: Int = 4) -> [String] {
        var score: [String: Double] = [:]
        for term in vectors[members[0]].keys {
            var total = 0.0
            var inAll = true
            for m in members {
                guard let w = vectors[m][term] else { inAll = false; break }
                total += w
            }
            if inAll { score[term] = names.contains(term) ? total * 2 : total }
        }
        return score.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(limit).map(\.key)
    }
}
