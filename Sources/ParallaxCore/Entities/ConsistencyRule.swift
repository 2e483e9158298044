/// Document-level consistency: a surname or short form takes the type of the full name it
/// completes ("Okonjo" after "Ngozi Okonjo"), and the same text gets its most frequent type.
enum ConsistencyRule {
    /// The spans made consistent across the document.
    static func apply(_ spans: [TokenSpan], _ doc: DocumentTokens) -> [TokenSpan] {
        var out = majorityTypes(spans, doc)
        var lastNames = KeyIndex(count: out.count + 1)
        var isLastName = [Bool](repeating: false, count: lastNames.capacity)
        for s in out where s.type == EntityType.person.index && s.end - s.start >= 2 {
            isLastName[lastNames.insert(doc.exact[s.end - 1])] = true
            isLastName[lastNames.insert(doc.exact[s.start])] = true
        }
        var covered = [Bool](repeating: false, count: doc.count)
        for s in out { for k in s.start..<s.end { covered[k] = true } }
        for (n, s) in out.enumerated() where s.end - s.start == 1 && s.type != EntityType.person.index {
            let slot = lastNames.find(doc.exact[s.start])
            if slot >= 0, isLastName[slot], s.type != EntityType.gpe.index || doc.lowerBucket[s.start] == 0 {
                out[n].type = EntityType.person.index
            }
        }
        var added = false
        for i in 0..<doc.count where !covered[i] && doc.flags[i].contains(.capitalized) && !doc.flags[i].contains(.allCaps) {
            let slot = lastNames.find(doc.exact[i])
            guard slot >= 0, isLastName[slot], doc.lowerBucket[i] <= 1 else { continue }
            if i + 1 < doc.count, doc.segment[i + 1] == doc.segment[i], doc.flags[i + 1].contains(.capitalized) { continue }
            out.append(TokenSpan(start: i, end: i + 1, type: EntityType.person.index))
            added = true
        }
        if added { out.sort { $0.start < $1.start } }
        return out
    }

    /// Gives every span the type most often given to the same text in the document.
    private static func majorityTypes(_ spans: [TokenSpan], _ doc: DocumentTokens) -> [TokenSpan] {
        guard spans.count > 1 else { return spans }
        var index = KeyIndex(count: spans.count)
        var votes = [Int](repeating: 0, count: index.capacity * 5)
        var keys = [Int](repeating: 0, count: spans.count)
        for (n, s) in spans.enumerated() {
            var h = ScalarText.seed
            for k in s.start..<s.end { h = ScalarText.combine(h, doc.exact[k]) }
            let slot = index.insert(h)
            keys[n] = slot
            votes[slot * 5 + s.type] += 1
        }
        var out = spans
        for n in out.indices {
            let slot = keys[n]
            var best = out[n].type
            for t in 0..<5 where votes[slot * 5 + t] > votes[slot * 5 + best] { best = t }
            out[n].type = best
        }
        return out
    }
}
