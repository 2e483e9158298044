/// Runs of words that two articles have in common: the same quote, or a sentence copied from the same
/// wire copy. Two outlets that quote the same words are reporting the same happening, whatever else
/// their vocabulary says.
struct SharedPassages {
    /// Words per run; long enough that stock phrases ("said in a statement on Friday") rarely fill one.
    static let runLength = 8
    /// Runs found in more articles than this are boilerplate or a famous line, not evidence.
    static let maxPostings = 40

    /// For each pair `(i, j)`, `i < j`, how many distinct runs they share (only pairs sharing any).
    let counts: [Int64: Int]

    /// Finds shared runs among the articles' body texts.
    init(_ articles: [Article]) {
        var postings: [Int: [Int]] = [:]
        for (index, article) in articles.enumerated() {
            var seen = Set<Int>()
            for paragraph in article.body {
                let words = Self.wordHashes(paragraph.text)
                guard words.count >= Self.runLength else { continue }
                for start in 0...(words.count - Self.runLength) {
                    var key: UInt64 = 1_469_598_103_934_665_603
                    for k in start..<(start + Self.runLength) { key = (key ^ words[k]) &* 1_099_511_628_211 }
                    if seen.insert(Int(bitPattern: UInt(key))).inserted {
                        postings[Int(bitPattern: UInt(key)), default: []].append(index)
                    }
                }
            }
        }
        var counts: [Int64: Int] = [:]
        for list in postings.values where list.count > 1 && list.count <= Self.maxPostings {
            for a in 0..<list.count {
                for b in (a + 1)..<list.count { counts[Int64(list[a]) << 32 | Int64(list[b]), default: 0] += 1 }
            }
        }
        self.counts = counts
    }

    /// Distinct runs articles `i` and `j` share.
    func shared(_ i: Int, _ j: Int) -> Int {
        counts[Int64(min(i, j)) << 32 | Int64(max(i, j))] ?? 0
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
