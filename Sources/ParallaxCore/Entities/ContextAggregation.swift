/// Context aggregation over a document (Ratinov & Roth 2009): a capitalised word also sees the words
/// around its *other* occurrences in the document ("Danube" once after "river", "Nomura" once before
/// "analysts"), so evidence from one mention reaches all of them.
enum ContextAggregation {
    /// Occurrences of one word whose contexts are collected.
    static let maxOccurrences = 6

    /// Fills `contextRanges` and `contextHashes`: for every capitalised word token, the lower-case
    /// hashes of the words before (tagged 0) and after (tagged 1) the word's other occurrences.
    static func mark(_ doc: inout DocumentTokens) {
        let n = doc.count
        doc.contextRanges = [Int32](repeating: 0, count: n * 2)
        doc.contextHashes = []
        // The capitalised word tokens, in order; the tables below are sized by their number (a few
        // in ten tokens), not by the document's.
        var words: [Int32] = []
        for i in 0..<n where doc.flags[i].contains(.capitalized) && doc.flags[i].contains(.word) { words.append(Int32(i)) }
        // A context needs two occurrences of one word.
        guard words.count >= 2 else { return }
        var index = KeyIndex(count: words.count)
        var occurrences = [Int32](repeating: -1, count: index.capacity * maxOccurrences)
        var counts = [UInt8](repeating: 0, count: index.capacity)
        var slots = [Int32](repeating: -1, count: words.count)
        for (w, t) in words.enumerated() {
            let i = Int(t)
            let slot = index.insert(doc.exact[i])
            slots[w] = Int32(slot)
            if Int(counts[slot]) < maxOccurrences {
                occurrences[slot * maxOccurrences + Int(counts[slot])] = Int32(i)
                counts[slot] += 1
            }
        }
        for (w, t) in words.enumerated() {
            let i = Int(t)
            let slot = Int(slots[w])
            guard counts[slot] >= 2 else { continue }
            let start = doc.contextHashes.count
            for k in 0..<Int(counts[slot]) {
                let j = Int(occurrences[slot * maxOccurrences + k])
                guard j != i else { continue }
                if j > 0, informative(doc, j - 1, of: j) {
                    doc.contextHashes.append(ScalarText.combine(doc.lower[j - 1], 0))
                }
                if j + 1 < n, informative(doc, j + 1, of: j) {
                    doc.contextHashes.append(ScalarText.combine(doc.lower[j + 1], 1))
                }
            }
            doc.contextRanges[2 * i] = Int32(start)
            doc.contextRanges[2 * i + 1] = Int32(doc.contextHashes.count)
        }
    }

    /// Whether neighbour `k` of occurrence `j` says something about it: a word in the same sentence,
    /// not itself capitalised (a capitalised neighbour is part of a longer name, seen by other features).
    @inline(__always)
    private static func informative(_ doc: DocumentTokens, _ k: Int, of j: Int) -> Bool {
        doc.sentence[k] == doc.sentence[j] && doc.flags[k].contains(.word) && !doc.flags[k].contains(.capitalized)
    }
}
