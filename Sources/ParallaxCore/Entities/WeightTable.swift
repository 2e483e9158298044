/// Quantised perceptron weights: feature key → a row of Int16 label weights, in one open-addressing
/// table whose 32-byte slot holds the key next to its weights, so that a lookup costs one cache miss.
///
/// A slot read as `SIMD16<Int16>`: lanes 0–3 are the 64-bit key (little-endian; 0 marks an empty
/// slot, and a key of 0 is stored as 1, as `KeyIndex` does), lanes 4–14 the label weights, lane 15 zero.
package struct WeightTable: LabelScorer, Sendable {
    /// The slots (shared, immutable after construction).
    private let storage: SlotStorage
    /// `capacity - 1`, the capacity being a power of two.
    private let mask: Int
    /// Number of features.
    package let count: Int
    /// Multiplier turning summed Int16 weights back into scores.
    package let scale: Float

    /// Lane of a slot holding label 0's weight.
    @usableFromInline static let firstWeightLane = 4
    /// Bytes per slot.
    @usableFromInline static let slotBytes = 32

    /// A table from keys and their rows (lanes past the label count are ignored). A repeated key keeps
    /// its last row.
    package init(keys: [UInt64], rows: [SIMD16<Int16>], scale: Float) {
        let cap = KeyIndex.slots(for: keys.count)
        let storage = SlotStorage(slots: cap)
        let mask = cap - 1
        let base = storage.base
        for (r, key) in zip(rows.indices, keys) {
            let k = KeyIndex.stored(key)
            var slot = KeyIndex.home(k, mask)
            while true {
                let here = base.load(fromByteOffset: slot * Self.slotBytes, as: UInt64.self)
                if here == k || here == 0 { break }
                slot = (slot + 1) & mask
            }
            var lanes = SIMD16<Int16>.zero
            for l in 0..<min(TagLabel.count, 16 - Self.firstWeightLane) { lanes[Self.firstWeightLane + l] = rows[r][l] }
            base.storeBytes(of: lanes, toByteOffset: slot * Self.slotBytes, as: SIMD16<Int16>.self)
            base.storeBytes(of: k.littleEndian, toByteOffset: slot * Self.slotBytes, as: UInt64.self)
        }
        self.storage = storage
        self.mask = mask
        self.count = keys.count
        self.scale = scale
    }

    /// Adds the slot's lanes, widened to Int32, to `total` (written lane by lane so that it compiles
    /// to an inlined sign-extension instead of the generic out-of-line conversion).
    @inline(__always)
    private static func accumulate(_ total: inout SIMD16<Int32>, _ v: SIMD16<Int16>) {
        var wide = SIMD16<Int32>()
        for l in 0..<16 { wide[l] = Int32(v[l]) }
        total &+= wide
    }

    /// Summed weights of the features present in the table.
    @inline(__always)
    package func scores(_ keys: UnsafeBufferPointer<UInt64>) -> SIMD16<Float> {
        // Safe: every slot index is masked to the capacity `storage` was allocated with, and the
        // storage outlives this call (held by `self`).
        let base = UnsafeRawPointer(storage.base)
        let mask = self.mask
        var total = SIMD16<Int32>(repeating: 0)
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: keys.count) { first in
            // First read every key's home slot with no branch in between, so that the cache misses
            // overlap; the probing below then mostly hits the cache.
            for j in keys.indices {
                first[j] = base.load(fromByteOffset: KeyIndex.home(KeyIndex.stored(keys[j]), mask) &* Self.slotBytes, as: UInt64.self)
            }
            for j in keys.indices {
                let k = KeyIndex.stored(keys[j])
                var slot = KeyIndex.home(k, mask)
                var here = first[j]
                while true {
                    if here == k {
                        Self.accumulate(&total, base.load(fromByteOffset: slot &* Self.slotBytes, as: SIMD16<Int16>.self))
                        break
                    }
                    if here == 0 { break }
                    slot = (slot &+ 1) & mask
                    here = base.load(fromByteOffset: slot &* Self.slotBytes, as: UInt64.self)
                }
            }
        }
        var out = SIMD16<Float>(repeating: 0)
        for l in 0..<TagLabel.count { out[l] = Float(total[Self.firstWeightLane + l]) * scale }
        return out
    }
}

/// The slot memory of a `WeightTable`: one 64-byte-aligned, zero-filled allocation freed with the object.
private final class SlotStorage: @unchecked Sendable {
    /// Start of `slots × 32` bytes; written only while the owning table is built, read-only afterwards
    /// (which is why sharing it across threads is safe).
    let base: UnsafeMutableRawPointer

    /// Zeroed room for `slots` slots.
    init(slots: Int) {
        let bytes = slots * WeightTable.slotBytes
        base = HugePages.allocate(byteCount: bytes)
        base.initializeMemory(as: UInt8.self, repeating: 0, count: bytes)
    }

    deinit { base.deallocate() }
}
