/// Document-level case evidence: whether a word is also written in lower case, or capitalised
/// in mid-sentence, somewhere else in the same document.
enum DocumentStatistics {
    /// Sets `.seenLower` and `.seenCapitalizedMid` on every token, ignoring the segments `skipping` names.
    static func mark(_ doc: inout DocumentTokens, skipping: (Int) -> Bool) {
        var index = KeyIndex(count: doc.count)
        var lowerCount = [UInt16](repeating: 0, count: index.capacity)
        var midCount = [UInt16](repeating: 0, count: index.capacity)
        var slots = [Int32](repeating: -1, count: doc.count)
        var skip = [Bool](repeating: false, count: doc.count)
        var lastSegment = -1
        var skipSegment = false
        for i in 0..<doc.count {
            let f = doc.flags[i]
            guard f.contains(.word) else { continue }
            let s = Int(doc.segment[i])
            if s != lastSegment { lastSegment = s; skipSegment = skipping(s) }
            let slot = index.insert(doc.lower[i])
            slots[i] = Int32(slot)
            skip[i] = skipSegment
            guard !skipSegment else { continue }
            if !f.contains(.capitalized) && !f.contains(.digit) {
                lowerCount[slot] &+= 1
            } else if f.contains(.capitalized) && !f.contains(.sentenceInitial) {
                midCount[slot] &+= 1
            }
        }
        for i in 0..<doc.count where slots[i] >= 0 {
            let slot = Int(slots[i])
            let f = doc.flags[i]
            let own = !skip[i]
            let ownLower = own && !f.contains(.capitalized) && !f.contains(.digit) ? 1 : 0
            let ownMid = own && f.contains(.capitalized) && !f.contains(.sentenceInitial) ? 1 : 0
            if Int(lowerCount[slot]) - ownLower > 0 { doc.flags[i].insert(.seenLower) }
            if Int(midCount[slot]) - ownMid > 0 { doc.flags[i].insert(.seenCapitalizedMid) }
        }
    }
}
