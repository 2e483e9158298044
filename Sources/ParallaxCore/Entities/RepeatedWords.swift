/// The earlier token of a document written with exactly the same scalars as a new one, so that what
/// depends only on a token's scalars (case facts, hashes, affixes) is worked out once per distinct
/// token instead of once per occurrence ("the", ",", a name repeated through the story).
///
/// Tokens are found by a hash of their scalars and then compared scalar by scalar, so a hash
/// collision never makes two different tokens share results. The table lives in memory of its own,
/// sized once for the document and freed with the value (no reference counting per lookup).
struct RepeatedWords: ~Copyable {
    /// Per slot, the stored hash of a token's scalars (0: empty; a hash of 0 is stored as 1).
    private let keys: UnsafeMutablePointer<UInt64>
    /// Per slot: the first token with those scalars, where its scalars start in `scalars`, and its length.
    private let entries: UnsafeMutablePointer<SIMD4<Int32>>
    /// The first occurrences' scalars, one after another.
    private let scalars: UnsafeMutablePointer<Unicode.Scalar>
    /// Room in `scalars`.
    private let scalarCapacity: Int
    /// Scalars stored so far.
    private var used = 0
    /// Number of slots − 1 (a power of two − 1).
    private let mask: Int

    /// An empty table for a document of `count` tokens holding at most `scalarCount` scalars in all.
    init(count: Int, scalarCount: Int) {
        var capacity = 16
        while capacity < count * 2 { capacity <<= 1 }
        mask = capacity - 1
        keys = .allocate(capacity: capacity)
        keys.initialize(repeating: 0, count: capacity)
        entries = .allocate(capacity: capacity)
        scalarCapacity = max(scalarCount, 0)
        scalars = .allocate(capacity: max(scalarCapacity, 1))
    }

    deinit {
        keys.deallocate()
        entries.deallocate()
        scalars.deallocate()
    }

    /// The earlier token written exactly as `text[r]`, or -1 when this is the first such token (then
    /// recorded as token number `token`) or another token holds its hash.
    @inline(__always)
    mutating func earlier(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ r: Range<Int>, token: Int) -> Int {
        var h = ScalarText.seed
        for q in r { h = ScalarText.step(h, text[q].value) }
        let k = h == 0 ? 1 : h
        var slot = Int(truncatingIfNeeded: k >> 7) & mask
        // Safe: slots are masked to the capacity `keys` and `entries` were allocated with; an entry is
        // read only from a slot whose key was written, and so was the entry.
        while true {
            let here = keys[slot]
            if here == 0 {
                // Safe: a token is stored only while the scalars stored so far and its own fit the room.
                guard used + r.count <= scalarCapacity else { return -1 }
                keys[slot] = k
                entries[slot] = SIMD4(Int32(token), Int32(used), Int32(r.count), 0)
                for q in r {
                    scalars[used] = text[q]
                    used += 1
                }
                return -1
            }
            if here == k { break }
            slot = (slot &+ 1) & mask
        }
        let entry = entries[slot]
        guard Int(entry[2]) == r.count else { return -1 }
        // Safe: the stored token's `r.count` scalars start at `entry[1]`, inside the `used` ones.
        let stored = scalars + Int(entry[1])
        var n = 0
        while n < r.count, stored[n] == text[r.lowerBound + n] { n += 1 }
        return n == r.count ? Int(entry[0]) : -1
    }
}
