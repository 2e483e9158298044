/// A quick score for ranking a long list: the score, by the exact table's rules, of one good alignment
/// found in linear time — a term's best contiguous occurrence when it has one (the rows a person is
/// looking for), else fzf's v1 window. The exact score (`FuzzyQuery.score`) searches every alignment,
/// so it is the same or higher for nearly every row. A long list is ordered by the quick score, then its
/// best rows are scored exactly and reordered (`LibraryCandidates.ranked`).
extension FuzzyQuery {
    /// The quick score (comparable with `score`), or nil exactly when `score` is nil.
    public func quickScore(_ candidate: FuzzyCandidate) -> Int? {
        guard mask & ~candidate.mask == 0 else { return nil }
        var total = 0
        var end = 0
        let text = candidate.scalars
        let found: Bool = text.withUnsafeBufferPointer { text in
            for (i, term) in terms.enumerated() {
                guard let s = term.withUnsafeBufferPointer({ Self.quickScore($0, in: text, caseSensitive: caseSensitive) })
                else { return false }
                total += s.score
                if i == 0 { end = s.end }
            }
            return true
        }
        return found ? total * 512 - min(end, 511) : nil
    }

    /// One term: its best contiguous occurrence when it has one, else the shortest window ending where
    /// the term first completes as a subsequence (fzf's v1); nil when it is not a subsequence.
    static func quickScore(_ term: UnsafeBufferPointer<UInt32>, in text: UnsafeBufferPointer<UInt32>,
                           caseSensitive: Bool) -> (score: Int, end: Int)? {
        let m = term.count, n = text.count
        guard m > 0, m <= n else { return nil }
        // Contiguous occurrences: each scored as the exact table scores a run. The first letter is looked
        // for with one comparison per scalar when it is an ASCII letter matched in either case.
        var best: (score: Int, end: Int)?
        let head = term[0]
        let foldHead = !caseSensitive && head >= 0x61 && head <= 0x7A
        var j = 0
        while j + m <= n {
            let v = text[j]
            if foldHead ? (v | 0x20) == head : compared(v, caseSensitive: caseSensitive) == head {
                var k = 1
                while k < m && compared(text[j + k], caseSensitive: caseSensitive) == term[k] { k += 1 }
                if k == m {
                    let s = runScore(text, start: j, length: m)
                    if best == nil || s > best!.score { best = (s, j + m - 1) }
                }
            }
            j += 1
        }
        if let best { return best }
        // No contiguous occurrence: the earliest completion, then the latest start that still completes there.
        var i = 0, last = -1
        for p in 0..<n where compared(text[p], caseSensitive: caseSensitive) == term[i] {
            i += 1
            if i == m { last = p; break }
        }
        guard last >= 0 else { return nil }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: m) { positions in
            var i = m - 1
            var p = last
            while i >= 0 {
                if compared(text[p], caseSensitive: caseSensitive) == term[i] {
                    positions[i] = p
                    i -= 1
                }
                p -= 1
            }
            return (alignmentScore(text, UnsafeBufferPointer(positions)), last)
        }
    }

    /// The score of a contiguous run of `length` letters from `start`, as the exact table scores it.
    @inline(__always)
    static func runScore(_ text: UnsafeBufferPointer<UInt32>, start: Int, length: Int) -> Int {
        let first = bonus(text, start)
        var score = match + first * firstCharMultiplier
        var run = first
        for j in (start + 1)..<(start + length) {
            let carried = max(run, bonus(text, j), consecutive)
            score += carried + match
            run = carried
        }
        return score
    }

    /// The score of one alignment (increasing positions), as the exact table scores that path.
    static func alignmentScore(_ text: UnsafeBufferPointer<UInt32>, _ positions: UnsafeBufferPointer<Int>) -> Int {
        let first = bonus(text, positions[0])
        var score = match + first * firstCharMultiplier
        var run = first
        for k in 1..<positions.count {
            let j = positions[k], gap = j - positions[k - 1] - 1
            let b = bonus(text, j)
            if gap == 0 {
                let carried = max(run, b, consecutive)
                score += carried + match
                run = carried
            } else {
                score += gapStart + (gap - 1) * gapExtension + b + match
                run = b
            }
        }
        return score
    }
}
