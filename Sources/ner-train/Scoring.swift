import ParallaxCore

/// Typed, exact-match span scoring (precision, recall, F1 overall and per type).
struct SpanScore {
    /// True positives, predictions and gold spans per type index (index 5: all).
    var tp = [Int](repeating: 0, count: 6), predicted = [Int](repeating: 0, count: 6), gold = [Int](repeating: 0, count: 6)

    /// Precision over all types.
    var precision: Double { ratio(tp[5], predicted[5]) }
    /// Recall over all types.
    var recall: Double { ratio(tp[5], gold[5]) }
    /// F1 over all types.
    var f1: Double { harmonic(precision, recall) }

    /// a / b, or 0.
    func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
    /// The harmonic mean.
    func harmonic(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }

    /// Lines of per-type and overall figures.
    func report() -> String {
        var lines: [String] = []
        for t in 0...5 {
            let name = t == 5 ? "ALL" : EntityType.allCases[t].rawValue
            let p = ratio(tp[t], predicted[t]), r = ratio(tp[t], gold[t])
            lines.append(String(format: "%-7@ P %.3f  R %.3f  F1 %.3f  (gold %d, predicted %d)", name, p, r, harmonic(p, r), gold[t], predicted[t]))
        }
        return lines.joined(separator: "\n")
    }
}

/// Evaluation of a tagger on labelled documents.
enum Scoring {
    /// Scores `tag` on the documents; with `dropNORP`, NORP spans are removed from both sides.
    static func evaluate(_ docs: [DocumentTokens], gold: [[UInt8]], dropNORP: Bool, tag: (DocumentTokens) -> [TokenSpan]) -> SpanScore {
        var score = SpanScore()
        let norp = EntityType.norp.index
        for (n, doc) in docs.enumerated() {
            var predicted = tag(doc)
            var truth = TokenSpan.spans(gold[n], segments: doc.segment)
            if dropNORP {
                predicted.removeAll { $0.type == norp }
                truth.removeAll { $0.type == norp }
            }
            let truthSet = Set(truth)
            for s in predicted {
                score.predicted[s.type] += 1; score.predicted[5] += 1
                if truthSet.contains(s) { score.tp[s.type] += 1; score.tp[5] += 1 }
            }
            for s in truth { score.gold[s.type] += 1; score.gold[5] += 1 }
        }
        return score
    }
}
