/// How often each word is written in lower case in training text, as a bucket 1–4 (0: unknown).
package struct LowercaseTable: Sendable {
    /// Word (lower-case hash) → bucket, each key stored next to its bucket (one cache miss per word).
    private var buckets: KeyValueIndex

    /// A table from (lower-case hash, bucket) pairs; a repeated word keeps its last bucket.
    package init(_ entries: [(UInt64, UInt8)]) {
        buckets = KeyValueIndex(count: entries.count)
        for (key, bucket) in entries { buckets.setValue(UInt64(bucket), at: buckets.insert(key)) }
    }

    /// The bucket of a word (0 when the word was rare or unseen in training).
    @inline(__always)
    package func bucket(_ lowerHash: UInt64) -> UInt8 {
        UInt8(truncatingIfNeeded: buckets.value(for: lowerHash))
    }

    /// The bucket for a word seen `total` times, `lowerCount` of them in lower case.
    package static func bucket(lowerCount: Int, total: Int) -> UInt8 {
        let ratio = Double(lowerCount) / Double(max(total, 1))
        if ratio < 0.05 { return 1 }
        if ratio < 0.5 { return 2 }
        if ratio < 0.95 { return 3 }
        return 4
    }
}
