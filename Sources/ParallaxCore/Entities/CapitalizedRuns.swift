/// Runs of capitalised tokens within a sentence ("Bill and Melinda Gates Foundation", "Bank of
/// England"): connectors inside a run are allowed when a capitalised token follows. The last token of
/// a run is its head word, which often gives the type of the whole name ("Foundation", "Airport").
enum CapitalizedRuns {
    /// Lower-case function words allowed inside a run.
    private static let connectors: Set<UInt64> = Set(["of", "and", "for", "the", "&", "de", "du", "del", "la", "von", "van", "-", "on"]
        .map { ScalarText.hash($0) })

    /// Whether a token can be part of a name run by its case.
    @inline(__always)
    private static func capital(_ f: TokenFlags) -> Bool {
        f.contains(.capitalized) || f.contains(.allCaps)
    }

    /// Fills `runFirst` and `runLast` (token indices of the run's ends; -1 outside any run).
    static func mark(_ doc: inout DocumentTokens) {
        let n = doc.count
        doc.runFirst = [Int32](repeating: -1, count: n)
        doc.runLast = [Int32](repeating: -1, count: n)
        var i = 0
        while i < n {
            guard capital(doc.flags[i]) else { i += 1; continue }
            var last = i
            var k = i + 1
            while k < n, doc.sentence[k] == doc.sentence[i] {
                if capital(doc.flags[k]) {
                    last = k
                    k += 1
                } else if connectors.contains(doc.lower[k]), k + 1 < n, doc.sentence[k + 1] == doc.sentence[i],
                          capital(doc.flags[k + 1]) {
                    k += 1
                } else {
                    break
                }
            }
            for p in i...last {
                doc.runFirst[p] = Int32(i)
                doc.runLast[p] = Int32(last)
            }
            i = last + 1
        }
    }
}
