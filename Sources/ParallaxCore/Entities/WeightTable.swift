/// Quantised perceptron weights: feature key → a row of Int16 label weights, in flat arrays.
package struct WeightTable: LabelScorer, Sendable {
    /// Feature key → slot.
    private let index: KeyIndex
    /// Per slot, the row number in `rows` (-1 when empty).
    private let rowOfSlot: [Int32]
    /// One row of 16 lanes per feature (lanes past the label count are 0).
    private let rows: [SIMD16<Int16>]
    /// Multiplier turning summed Int16 weights back into scores.
    package let scale: Float

    /// A table from keys and their rows.
    package init(keys: [UInt64], rows: [SIMD16<Int16>], scale: Float) {
        var index = KeyIndex(count: keys.count)
        var rowOfSlot = [Int32](repeating: -1, count: index.capacity)
        for (r, key) in keys.enumerated() { rowOfSlot[index.insert(key)] = Int32(r) }
        self.index = index
        self.rowOfSlot = rowOfSlot
        self.rows = rows
        self.scale = scale
    }

    /// Number of features.
    package var count: Int { rows.count }

    /// Summed weights of the features present in the table.
    @inline(__always)
    package func scores(_ keys: UnsafeBufferPointer<UInt64>) -> SIMD16<Float> {
        var total = SIMD16<Int32>(repeating: 0)
        rows.withUnsafeBufferPointer { rowBuf in
            rowOfSlot.withUnsafeBufferPointer { slotBuf in
                for key in keys {
                    let slot = index.find(key)
                    if slot >= 0 {
                        total &+= SIMD16<Int32>(truncatingIfNeeded: rowBuf[Int(slotBuf[slot])])
                    }
                }
            }
        }
        return SIMD16<Float>(total) * scale
    }
}
