import ParallaxCore

/// An averaged perceptron over hashed features, one 16-lane row of label weights per feature.
final class Perceptron: LabelScorer {
    /// Feature key → row.
    private(set) var index: [UInt64: Int32] = [:]
    /// Current weights.
    private var weights: [SIMD16<Float>] = []
    /// Sum of (time × update), for averaging without per-weight timestamps.
    private var accumulated: [SIMD16<Float>] = []
    /// Number of examples seen (the averaging clock).
    private(set) var clock: Float = 1
    /// Averaged weights, when frozen for evaluation.
    private var frozen: [SIMD16<Float>]?

    /// An empty model to train.
    init() {}

    /// A fixed model with the given weights (for scoring only).
    init(fixed: [UInt64: SIMD16<Float>]) {
        for (key, row) in fixed {
            index[key] = Int32(weights.count)
            weights.append(row)
        }
        frozen = weights
    }

    /// Summed weights of the known features.
    func scores(_ keys: UnsafeBufferPointer<UInt64>) -> SIMD16<Float> {
        var total = SIMD16<Float>(repeating: 0)
        let rows = frozen ?? weights
        for key in keys {
            if let r = index[key] { total += rows[Int(r)] }
        }
        return total
    }

    /// Moves weights towards `gold` and away from `predicted` for the features.
    func update(_ keys: [UInt64], gold: UInt8, predicted: UInt8, weight: Float) {
        var delta = SIMD16<Float>(repeating: 0)
        delta[Int(gold)] = weight
        delta[Int(predicted)] = -weight
        let timed = delta * clock
        for key in keys {
            let row: Int
            if let r = index[key] {
                row = Int(r)
            } else {
                row = weights.count
                index[key] = Int32(row)
                weights.append(.zero)
                accumulated.append(.zero)
            }
            weights[row] += delta
            accumulated[row] += timed
        }
    }

    /// Advances the averaging clock by one example.
    func tick() { clock += 1 }

    /// Switches scoring to the averaged weights (until `thaw`).
    func freeze() {
        frozen = averaged()
    }

    /// Switches scoring back to the current weights.
    func thaw() { frozen = nil }

    /// The averaged weights, row by row.
    func averaged() -> [SIMD16<Float>] {
        (0..<weights.count).map { weights[$0] - accumulated[$0] / clock }
    }
}
