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

    /// Writes keys into memory reserved beforehand (see `features`).
    private struct KeyWriter {
        /// Start of the reserved memory.
        let base: UnsafeMutablePointer<UInt64>
        /// Keys written so far.
        var count = 0
        /// Writes one key with `template` and `value`.
        @inline(__always)
        mutating func put(_ template: UInt64, _ value: UInt64) {
            base[count] = FeatureExtractor.key(template, value)
            count += 1
        }
    }

    /// Fixed keys per token at most, besides the affix, phrase-list and context keys counted per token.
    private static let fixedKeys = 32

    /// Replaces `out` with the features of token `i` given the two previous labels and the label history of its word.
    package func features(at i: Int, previous p1: UInt8, _ p2: UInt8, history: UInt8, into out: inout [UInt64]) {
        let prev = neighbour(i, -1), next = neighbour(i, 1)
        let bound = keyBound(at: i)
        if out.count < bound { out.append(contentsOf: repeatElement(0, count: bound - out.count)) }
        // Safe: `out` holds at least `bound` elements, and no more than `bound` keys are written
        // (fixed keys, 7 affixes, the counted phrase-list and context keys).
        let written = out.withUnsafeMutableBufferPointer { buf in
            var w = KeyWriter(base: buf.baseAddress.unsafelyUnwrapped)
            write(i, prev, next, previous: p1, p2, history: history, into: &w)
            return w.count
        }
        out.removeLast(out.count - written)
    }

    /// At most how many keys `features` writes for token `i`.
    @inline(__always)
    package func keyBound(at i: Int) -> Int {
        let prev = neighbour(i, -1), next = neighbour(i, 1)
        return Self.fixedKeys + DocumentTokens.affixCount + Int(doc.contextRanges[2 * i + 1] - doc.contextRanges[2 * i])
            + Self.matchCount(doc.gazetteerMatches, i, prev, next) + Self.matchCount(doc.lexiconMatches, i, prev, next)
    }

    /// Writes the keys `features(at:previous:_:history:into:)` gives at `base`, which must have room for
    /// `keyBound(at: i)`; returns how many (for a caller that keeps one buffer for a whole document
    /// instead of resizing an array). Its own label keeps `&array` from converting to this pointer.
    @inline(__always)
    package func features(at i: Int, previous p1: UInt8, _ p2: UInt8, history: UInt8,
                          writingTo base: UnsafeMutablePointer<UInt64>) -> Int {
        var w = KeyWriter(base: base)
        write(i, neighbour(i, -1), neighbour(i, 1), previous: p1, p2, history: history, into: &w)
        return w.count
    }

    /// Number of phrase-list keys of token `i`.
    @inline(__always)
    private static func matchCount(_ m: PhraseMatches, _ i: Int, _ prev: Int?, _ next: Int?) -> Int {
        m.singleRange(i).count + (prev.map { m.singleRange($0).count } ?? 0) + (next.map { m.singleRange($0).count } ?? 0)
            + (m.position[i] != 0 ? m.phraseRange(i).count : 0)
    }

    /// Writes the features of token `i` (neighbours `prev` and `next`), in template order.
    @inline(__always)
    private func write(_ i: Int, _ prev: Int?, _ next: Int?, previous p1: UInt8, _ p2: UInt8, history: UInt8,
                       into out: inout KeyWriter) {
        let f = doc.flags[i]
        let cap: UInt64 = f.contains(.capitalized) ? 1 : 0
        let shape = doc.shape[i]
        let lower = doc.lower[i]
        out.put(1, 0)
        out.put(2, lower)
        out.put(3, doc.exact[i])
        out.put(4, shape)
        let base = i * DocumentTokens.affixCount
        for k in 0..<DocumentTokens.affixCount where doc.affixes[base + k] != 0 {
            out.put(5, doc.affixes[base + k])
        }
        let prev2 = neighbour(i, -2), next2 = neighbour(i, 2)
        let lowerPrev = prev.map { doc.lower[$0] } ?? Self.boundary
        let lowerNext = next.map { doc.lower[$0] } ?? Self.boundary
        let shapePrev = prev.map { doc.shape[$0] } ?? Self.boundary
        let shapeNext = next.map { doc.shape[$0] } ?? Self.boundary
        out.put(12, lowerPrev)
        out.put(13, lowerNext)
        out.put(14, prev2.map { doc.lower[$0] } ?? Self.boundary)
        out.put(15, next2.map { doc.lower[$0] } ?? Self.boundary)
        out.put(16, shapePrev)
        out.put(17, shapeNext)
        out.put(18, ScalarText.combine(ScalarText.combine(shapePrev, shape), shapeNext))
        out.put(19, ScalarText.combine(lowerPrev, lower))
        out.put(20, ScalarText.combine(lower, lowerNext))
        out.put(21, prev.map { doc.exact[$0] } ?? Self.boundary)
        out.put(22, next.map { doc.exact[$0] } ?? Self.boundary)
        out.put(23, UInt64(p1))
        out.put(24, UInt64(p1) << 8 | UInt64(p2))
        out.put(25, ScalarText.combine(UInt64(p1), shape))
        out.put(26, ScalarText.combine(UInt64(p1), lower))
        let initial: UInt64 = f.contains(.sentenceInitial) ? 1 : 0
        let bucket = UInt64(doc.lowerBucket[i])
        out.put(27, initial | cap << 1 | bucket << 2)
        out.put(28, ScalarText.combine(bucket << 1 | initial, shape))
        let seen: UInt64 = (f.contains(.seenLower) ? 1 : 0) | (f.contains(.seenCapitalizedMid) ? 2 : 0)
        out.put(29, seen | cap << 2 | initial << 3)
        if f.contains(.quoted) { out.put(30, cap) }
        if f.contains(.dateline) { out.put(31, 1) }
        appendMatches(doc.gazetteerMatches, i, prev, next, templates: (32, 35, 36, 34), cap: cap, into: &out)
        appendMatches(doc.lexiconMatches, i, prev, next, templates: (40, 41, 42, 43), cap: cap, into: &out)
        if history != 0 || cap == 1 {
            out.put(37, UInt64(history) << 1 | cap)
        }
        out.put(38, ScalarText.combine(UInt64(min(doc.length[i], 8)), shape))
        appendRun(i, into: &out)
        for c in Int(doc.contextRanges[2 * i])..<Int(doc.contextRanges[2 * i + 1]) {
            out.put(46, doc.contextHashes[c])
        }
    }

    /// Appends features of the capitalised run holding token `i`: its head word and the token's place in it.
    @inline(__always)
    private func appendRun(_ i: Int, into out: inout KeyWriter) {
        let first = Int(doc.runFirst[i]), last = Int(doc.runLast[i])
        guard first >= 0 else { return }
        let place: UInt64 = first == last ? 0 : i == first ? 1 : i == last ? 3 : 2
        let length = UInt64(min(last - first + 1, 5))
        out.put(44, place | length << 2)
        if last != i { out.put(45, ScalarText.combine(doc.lower[last], place)) }
    }

    /// Appends phrase-list features: the codes of the token, of its neighbours (each with the token's
    /// capital) and of the multi-token phrase covering it (with its position).
    @inline(__always)
    private func appendMatches(_ m: PhraseMatches, _ i: Int, _ prev: Int?, _ next: Int?,
                               templates t: (own: UInt64, prev: UInt64, next: UInt64, phrase: UInt64),
                               cap: UInt64, into out: inout KeyWriter) {
        for c in m.singleRange(i) { out.put(t.own, ScalarText.combine(m.codes[c], cap)) }
        if let prev { for c in m.singleRange(prev) { out.put(t.prev, ScalarText.combine(m.codes[c], cap)) } }
        if let next { for c in m.singleRange(next) { out.put(t.next, ScalarText.combine(m.codes[c], cap)) } }
        let position = m.position[i]
        if position != 0 {
            for c in m.phraseRange(i) { out.put(t.phrase, ScalarText.combine(m.codes[c], UInt64(position))) }
        }
    }
}
