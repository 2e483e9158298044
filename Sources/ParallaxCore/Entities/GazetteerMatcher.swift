/// Marks gazetteer matches on a document's tokens: each token's own codes, and the longest
/// multi-token phrase covering it (chosen greedily left to right within a segment).
struct GazetteerMatcher {
    /// The phrase lists.
    let gazetteer: Gazetteer

    /// Fills `singleCodes`, `phraseCodes` and `phrasePosition`.
    func match(_ doc: inout DocumentTokens) {
        let n = doc.count
        doc.singleCodes = [Int32](repeating: 0, count: n * 2)
        doc.phraseCodes = [Int32](repeating: 0, count: n * 2)
        doc.phrasePosition = [UInt8](repeating: 0, count: n)
        var i = 0
        var coveredUntil = 0
        while i < n {
            let longest = gazetteer.longestStart(doc.exact[i])
            guard longest > 0 else { i += 1; continue }
            var key = ScalarText.seed
            var bestLength = 0
            var best = 0..<0
            var k = i
            while k < n, k - i < longest, doc.segment[k] == doc.segment[i] {
                key = Gazetteer.extend(key, doc.exact[k])
                let found = gazetteer.lookup(key)
                if !found.isEmpty {
                    if k == i { doc.singleCodes[2 * i] = Int32(found.lowerBound); doc.singleCodes[2 * i + 1] = Int32(found.upperBound) }
                    bestLength = k - i + 1
                    best = found
                }
                k += 1
            }
            if bestLength >= 2 && i >= coveredUntil {
                for p in i..<(i + bestLength) {
                    doc.phraseCodes[2 * p] = Int32(best.lowerBound)
                    doc.phraseCodes[2 * p + 1] = Int32(best.upperBound)
                    let position: UInt8 = p == i ? 1 : (p == i + bestLength - 1 ? 3 : 2)
                    doc.phrasePosition[p] = position | UInt8(min(bestLength, 6) << 2)
                }
                coveredUntil = i + bestLength
            }
            i += 1
        }
    }
}
