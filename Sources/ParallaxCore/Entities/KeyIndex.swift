/// An open-addressing set of 64-bit keys (linear probing) mapping each key to a slot number,
/// so that callers keep their values in flat arrays indexed by slot.
package struct KeyIndex: Sendable {
    /// Slot keys; `0` marks an empty slot (stored keys are never 0).
    private var keys: [UInt64]
    /// `capacity - 1`, the capacity being a power of two.
    private let mask: Int

    /// An empty index with room for `count` keys at a load of at most one half.
    package init(count: Int) {
        let cap = Self.slots(for: count)
        keys = [UInt64](repeating: 0, count: cap)
        mask = cap - 1
    }

    /// Slots for `count` keys at a load of at most one half: a power of two, at least 16.
    package static func slots(for count: Int) -> Int {
        var cap = 16
        while cap < count * 2 { cap <<= 1 }
        return cap
    }

    /// Number of slots; values arrays must have this many entries.
    package var capacity: Int { mask + 1 }

    /// The stored form of a key: never 0.
    @inline(__always)
    package static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    /// The first slot probed for a stored key in a table of `mask + 1` slots.
    @inline(__always)
    package static func home(_ k: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: k >> 7) & mask }

    /// The slot holding `key`, inserting it if absent.
    package mutating func insert(_ key: UInt64) -> Int {
        let k = Self.stored(key)
        var slot = Self.home(k, mask)
        while true {
            let here = keys[slot]
            if here == k { return slot }
            if here == 0 {
                keys[slot] = k
                return slot
            }
            slot = (slot + 1) & mask
        }
    }

    /// The slot holding `key`, or -1.
    @inline(__always)
    package func find(_ key: UInt64) -> Int {
        let k = Self.stored(key)
        return keys.withUnsafeBufferPointer { buf in
            var slot = Self.home(k, mask)
            while true {
                let here = buf[slot]
                if here == k { return slot }
                if here == 0 { return -1 }
                slot = (slot + 1) & mask
            }
        }
    }
}
