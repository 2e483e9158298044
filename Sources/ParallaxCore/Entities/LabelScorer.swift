/// Scores the labels for a set of feature keys (a trained weight table, float or quantised).
package protocol LabelScorer {
    /// The summed weights of the features, one lane per label (lanes past `TagLabel.count` unused).
    func scores(_ keys: UnsafeBufferPointer<UInt64>) -> SIMD16<Float>
}
