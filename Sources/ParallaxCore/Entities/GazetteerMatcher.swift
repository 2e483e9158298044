/// Marks phrase-list matches on a document's tokens: each token's own codes, and the longest
/// multi-token phrase covering it (chosen greedily left to right within a segment).
package struct GazetteerMatcher {
    /// The phrase list.
    package let gazetteer: Gazetteer

    /// A matcher for one phrase list.
    package init(gazetteer: Gazetteer) { self.gazetteer = gazetteer }

    /// The matches of the phrase list on `doc` (its `exact` hashes must be filled).
    package func match(_ doc: DocumentTokens) -> PhraseMatches {
        let n = doc.count
        var m = PhraseMatches(count: n, codes: gazetteer.codeTable)
        guard !gazetteer.isEmpty else { return m }
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
                    if k == i { m.single[2 * i] = Int32(found.lowerBound); m.single[2 * i + 1] = Int32(found.upperBound) }
                    bestLength = k - i + 1
                    best = found
                }
                k += 1
                // No longer phrase starts with these tokens: stop extending (the result is the same).
                if k - i < longest && !gazetteer.continues(key) { break }
            }
            if bestLength >= 2 && i >= coveredUntil {
                for p in i..<(i + bestLength) {
                    m.phrase[2 * p] = Int32(best.lowerBound)
                    m.phrase[2 * p + 1] = Int32(best.upperBound)
                    let position: UInt8 = p == i ? 1 : (p == i + bestLength - 1 ? 3 : 2)
                    m.position[p] = position | UInt8(min(bestLength, 6) << 2)
                }
                coveredUntil = i + bestLength
            }
            i += 1
        }
        return m
    }
}
