/// A binary max-heap of scored cluster pairs.
struct MaxHeap {
    /// A cluster pair and its mean similarity when it was pushed.
    struct Entry { let score: Double; let a: Int32; let b: Int32 }
    private var items: [Entry] = []

    /// Adds a scored pair.
    mutating func push(_ score: Double, _ a: Int, _ b: Int) {
        items.append(Entry(score: score, a: Int32(a), b: Int32(b)))
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard Self.before(items[i], items[parent]) else { break }
            items.swapAt(i, parent)
            i = parent
        }
    }

    /// Removes and returns the highest-scored pair.
    mutating func pop() -> Entry? {
        guard let first = items.first else { return nil }
        let last = items.removeLast()
        guard !items.isEmpty else { return first }
        items[0] = last
        var i = 0
        while true {
            let l = 2 * i + 1, r = l + 1
            var best = i
            if l < items.count, Self.before(items[l], items[best]) { best = l }
            if r < items.count, Self.before(items[r], items[best]) { best = r }
            guard best != i else { break }
            items.swapAt(i, best)
            i = best
        }
        return first
    }

    /// Higher score first; ties by pair so that the result does not depend on insertion order.
    private static func before(_ x: Entry, _ y: Entry) -> Bool {
        x.score != y.score ? x.score > y.score : (x.a, x.b) < (y.a, y.b)
    }
}
