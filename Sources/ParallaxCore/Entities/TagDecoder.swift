/// Greedy left-to-right BIO decoding with validity constraints and prediction history.
package enum TagDecoder {
    /// The label of every token of `doc`.
    package static func decode<S: LabelScorer>(_ doc: DocumentTokens, gazetteer: Gazetteer, scorer: S) -> [UInt8] {
        let extractor = FeatureExtractor(doc: doc, gazetteer: gazetteer)
        // Only capitalised words enter the history: its table is sized by their number.
        var capitalisedCount = 0
        for f in doc.flags where f.contains(.capitalized) { capitalisedCount += 1 }
        var history = LabelHistory(count: capitalisedCount)
        var labels = [UInt8](repeating: 0, count: doc.count)
        // One buffer for every token's keys, grown to the largest bound met (never shrunk).
        var keys = [UInt64](repeating: 0, count: 64)
        var p1: UInt8 = 0, p2: UInt8 = 0
        for i in 0..<doc.count {
            if i == 0 || doc.sentence[i] != doc.sentence[i - 1] { p1 = 0; p2 = 0 }
            let capitalised = doc.flags[i].contains(.capitalized)
            if p1 == 0, Self.plainlyOutside(doc, i) {
                labels[i] = 0
                p2 = p1
                continue
            }
            let past = capitalised ? history.value(doc.lower[i]) : 0
            let bound = extractor.keyBound(at: i)
            if keys.count < bound { keys.append(contentsOf: repeatElement(0, count: bound - keys.count)) }
            let s = keys.withUnsafeMutableBufferPointer { buf in
                // Safe: the buffer holds at least `bound` keys, as many as `features` may write.
                let count = extractor.features(at: i, previous: p1, p2, history: past,
                                                     writingTo: buf.baseAddress.unsafelyUnwrapped)
                return scorer.scores(UnsafeBufferPointer(start: buf.baseAddress, count: count))
            }
            let label = best(s, after: p1)
            labels[i] = label
            if capitalised { history.record(doc.lower[i], label: label) }
            p2 = p1
            p1 = label
        }
        return labels
    }

    /// Whether token `i`, outside any entity so far, certainly stays outside: punctuation, or a word
    /// without capitals or digits that training text nearly always writes in lower case ("the",
    /// "said"). Such tokens skip scoring, which keeps tagging fast (most tokens are like that).
    @inline(__always)
    package static func plainlyOutside(_ doc: DocumentTokens, _ i: Int) -> Bool {
        let f = doc.flags[i]
        guard f.isDisjoint(with: [.capitalized, .allCaps, .digit]) else { return false }
        return !f.contains(.word) || doc.lowerBucket[i] >= minimumLowerBucket
    }

    /// Lower-case bucket from which an uncapitalised word is taken to be outside without scoring.
    package static let minimumLowerBucket: UInt8 = 4

    /// The highest-scoring label allowed after `previous`.
    @inline(__always)
    package static func best(_ s: SIMD16<Float>, after previous: UInt8) -> UInt8 {
        var bestLabel: UInt8 = 0
        var bestScore = s[0]
        for l in 1..<TagLabel.count {
            let label = UInt8(l)
            if s[l] > bestScore && TagLabel.allowed(label, after: previous) {
                bestScore = s[l]
                bestLabel = label
            }
        }
        return bestLabel
    }
}
