import ParallaxCore

/// Counts how often each word is written in lower case in the training text (sentence-initial
/// tokens excluded: their capital says nothing), keeping words seen at least three times.
enum LowercaseCounter {
    /// (lower-case hash, bucket) for every frequent word.
    static func entries(_ docs: [LabeledDocument]) -> [(UInt64, UInt8)] {
        var counts: [UInt64: (lower: Int, total: Int)] = [:]
        for doc in docs {
            for (s, segment) in doc.segments.enumerated() {
                for (k, r) in doc.tokens[s].enumerated() where doc.marks[s][k] & SentenceMarker.initialWord == 0 {
                    let first = segment.scalars[r.lowerBound]
                    guard ScalarText.isWordScalar(first), !ScalarText.isDigit(first) else { continue }
                    var h = ScalarText.seed
                    for i in r { h = ScalarText.step(h, ScalarText.lower(segment.scalars[i].value)) }
                    let isLower = !ScalarText.isUpper(first)
                    counts[h, default: (0, 0)].total += 1
                    if isLower { counts[h, default: (0, 0)].lower += 1 }
                }
            }
        }
        return counts.filter { $0.value.total >= 3 }
            .map { ($0.key, LowercaseTable.bucket(lowerCount: $0.value.lower, total: $0.value.total)) }
            .sorted { $0.0 < $1.0 }
    }
}
