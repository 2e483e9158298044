/// An open-addressing map from 64-bit keys to 64-bit values (linear probing) that keeps each key next
/// to its value, so that a lookup in a large table costs one cache miss where a `KeyIndex` with a
/// separate values array costs two. Slots and probing are those of `KeyIndex`.
package struct KeyValueIndex: Sendable {
    /// Two words per slot: the stored key (`0` marks an empty slot), then the value.
    private var words: [UInt64]
    /// `capacity - 1`, the capacity being a power of two.
    private let mask: Int

    /// An empty map with room for `count` keys at a load of at most one half.
    package init(count: Int) {
        let cap = KeyIndex.slots(for: count)
        words = [UInt64](repeating: 0, count: cap * 2)
        mask = cap - 1
    }

    /// Number of slots.
    package var capacity: Int { mask + 1 }

    /// The slot holding `key`, inserting it (with value 0) if absent.
    package mutating func insert(_ key: UInt64) -> Int {
        let k = KeyIndex.stored(key)
        var slot = KeyIndex.home(k, mask)
        while true {
            let here = words[2 * slot]
            if here == k { return slot }
            if here == 0 {
                words[2 * slot] = k
                return slot
            }
            slot = (slot + 1) & mask
        }
    }

    /// The value of an occupied slot.
    @inline(__always)
    package func value(at slot: Int) -> UInt64 { words[2 * slot + 1] }

    /// Replaces the value of an occupied slot.
    package mutating func setValue(_ value: UInt64, at slot: Int) { words[2 * slot + 1] = value }

    /// The value stored for `key`, or `absent` when the key is not in the map.
    @inline(__always)
    package func value(for key: UInt64, absent: UInt64 = 0) -> UInt64 {
        let k = KeyIndex.stored(key)
        return words.withUnsafeBufferPointer { buf in
            // Safe: `slot` is masked to the capacity and the buffer holds two words per slot.
            var slot = KeyIndex.home(k, mask)
            while true {
                let here = buf[2 &* slot]
                if here == k { return buf[2 &* slot &+ 1] }
                if here == 0 { return absent }
                slot = (slot &+ 1) & mask
            }
        }
    }
}
