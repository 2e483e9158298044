/// Turns a token in context into hashed feature keys (template id mixed with a value hash).
package struct FeatureExtractor {
    /// The document being tagged.
    package let doc: DocumentTokens
    /// The gazetteer the document was matched against (for code hashes).
    package let gazetteer: Gazetteer

    /// An extractor over a built document.
    package init(doc: DocumentTokens, gazetteer: Gazetteer) {
        self.doc = doc
        self.gazetteer = gazetteer
    }

    /// Hash standing for "no token" before the start or after the end of a segment.
    private static let boundary: UInt64 = 0x5eed_b0b0_dead_beef

    /// One feature key.
    @inline(__always)
    private static func key(_ template: UInt64, _ value: UInt64) -> UInt64 {
        ScalarText.mix(value ^ (template &* 0x9e37_79b9_7f4a_7c15))
    }

    /// The token at `i + offset` in the same segment, or nil.
    @inline(__always)
    private func neighbour(_ i: Int, _ offset: Int) -> Int? {
        let j = i + offset
        guard j >= 0, j < doc.count, doc.sentence[j] == doc.sentence[i] else { return nil }
        return j
    }

    /// Appends the features of token `i` given the two previous labels and the label history of its word.
    package func features(at i: Int, previous p1: UInt8, _ p2: UInt8, history: UInt8, into out: inout [UInt64]) {
        out.removeAll(keepingCapacity: true)
        let f = doc.flags[i]
        let cap: UInt64 = f.contains(.capitalized) ? 1 : 0
        let shape = doc.shape[i]
        out.append(Self.key(1, 0))
        out.append(Self.key(2, doc.lower[i]))
        out.append(Self.key(3, doc.exact[i]))
        out.append(Self.key(4, shape))
        let base = i * DocumentTokens.affixCount
        for k in 0..<DocumentTokens.affixCount where doc.affixes[base + k] != 0 {
            out.append(Self.key(5, doc.affixes[base + k]))
        }
        let prev = neighbour(i, -1), next = neighbour(i, 1)
        let prev2 = neighbour(i, -2), next2 = neighbour(i, 2)
        let lowerPrev = prev.map { doc.lower[$0] } ?? Self.boundary
        let lowerNext = next.map { doc.lower[$0] } ?? Self.boundary
        let shapePrev = prev.map { doc.shape[$0] } ?? Self.boundary
        let shapeNext = next.map { doc.shape[$0] } ?? Self.boundary
        out.append(Self.key(12, lowerPrev))
        out.append(Self.key(13, lowerNext))
        out.append(Self.key(14, prev2.map { doc.lower[$0] } ?? Self.boundary))
        out.append(Self.key(15, next2.map { doc.lower[$0] } ?? Self.boundary))
        out.append(Self.key(16, shapePrev))
        out.append(Self.key(17, shapeNext))
        out.append(Self.key(18, ScalarText.combine(ScalarText.combine(shapePrev, shape), shapeNext)))
        out.append(Self.key(19, ScalarText.combine(lowerPrev, doc.lower[i])))
        out.append(Self.key(20, ScalarText.combine(doc.lower[i], lowerNext)))
        out.append(Self.key(21, prev.map { doc.exact[$0] } ?? Self.boundary))
        out.append(Self.key(22, next.map { doc.exact[$0] } ?? Self.boundary))
        out.append(Self.key(23, UInt64(p1)))
        out.append(Self.key(24, UInt64(p1) << 8 | UInt64(p2)))
        out.append(Self.key(25, ScalarText.combine(UInt64(p1), shape)))
        out.append(Self.key(26, ScalarText.combine(UInt64(p1), doc.lower[i])))
        let initial: UInt64 = f.contains(.sentenceInitial) ? 1 : 0
        let bucket = UInt64(doc.lowerBucket[i])
        out.append(Self.key(27, initial | cap << 1 | bucket << 2))
        out.append(Self.key(28, ScalarText.combine(bucket << 1 | initial, shape)))
        let seen: UInt64 = (f.contains(.seenLower) ? 1 : 0) | (f.contains(.seenCapitalizedMid) ? 2 : 0)
        out.append(Self.key(29, seen | cap << 2 | initial << 3))
        if f.contains(.quoted) { out.append(Self.key(30, cap)) }
        if f.contains(.dateline) { out.append(Self.key(31, 1)) }
        appendMatches(doc.gazetteerMatches, i, prev, next, templates: (32, 35, 36, 34), cap: cap, into: &out)
        appendMatches(doc.lexiconMatches, i, prev, next, templates: (40, 41, 42, 43), cap: cap, into: &out)
        if history != 0 || cap == 1 {
            out.append(Self.key(37, UInt64(history) << 1 | cap))
        }
        out.append(Self.key(38, ScalarText.combine(UInt64(min(doc.length[i], 8)), shape)))
        appendRun(i, into: &out)
        for c in Int(doc.contextRanges[2 * i])..<Int(doc.contextRanges[2 * i + 1]) {
            out.append(Self.key(46, doc.contextHashes[c]))
        }
    }

    /// Appends features of the capitalised run holding token `i`: its head word and the token's place in it.
    @inline(__always)
    private func appendRun(_ i: Int, into out: inout [UInt64]) {
        let first = Int(doc.runFirst[i]), last = Int(doc.runLast[i])
        guard first >= 0 else { return }
        let place: UInt64 = first == last ? 0 : i == first ? 1 : i == last ? 3 : 2
        let length = UInt64(min(last - first + 1, 5))
        out.append(Self.key(44, place | length << 2))
        if last != i { out.append(Self.key(45, ScalarText.combine(doc.lower[last], place))) }
    }

    /// Appends phrase-list features: the codes of the token, of its neighbours (each with the token's
    /// capital) and of the multi-token phrase covering it (with its position).
    @inline(__always)
    private func appendMatches(_ m: PhraseMatches, _ i: Int, _ prev: Int?, _ next: Int?,
                               templates t: (own: UInt64, prev: UInt64, next: UInt64, phrase: UInt64),
                               cap: UInt64, into out: inout [UInt64]) {
        for c in m.singleRange(i) { out.append(Self.key(t.own, ScalarText.combine(m.codes[c], cap))) }
        if let prev { for c in m.singleRange(prev) { out.append(Self.key(t.prev, ScalarText.combine(m.codes[c], cap))) } }
        if let next { for c in m.singleRange(next) { out.append(Self.key(t.next, ScalarText.combine(m.codes[c], cap))) } }
        let position = m.position[i]
        if position != 0 {
            for c in m.phraseRange(i) { out.append(Self.key(t.phrase, ScalarText.combine(m.codes[c], UInt64(position)))) }
        }
    }
}
