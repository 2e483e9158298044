/// How often each word is written in lower case in training text, as a bucket 1–4 (0: unknown).
package struct LowercaseTable: Sendable {
    /// Word (lower-case hash) → slot.
    private var index: KeyIndex
    /// Bucket per slot.
    private var buckets: [UInt8]

    /// A table from (lower-case hash, bucket) pairs.
    package init(_ entries: [(UInt64, UInt8)]) {
        index = KeyIndex(count: entries.count)
        buckets = [UInt8](repeating: 0, count: index.capacity)
        for (key, bucket) in entries { buckets[index.insert(key)] = bucket }
    }

    /// The bucket of a word (0 when the word was rare or unseen in training).
    @inline(__always)
    package func bucket(_ lowerHash: UInt64) -> UInt8 {
        let slot = index.find(lowerHash)
        return slot < 0 ? 0 : buckets[slot]
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
