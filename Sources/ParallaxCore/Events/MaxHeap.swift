/// A max-heap of scored cluster pairs, four children a node: half the depth of a binary heap, so a pop
/// from the million-odd pairs of a 100,000-article corpus touches half as many far-apart cache lines.
struct MaxHeap {
    /// A cluster pair and its mean similarity when it was pushed.
    struct Entry { let score: Double; let a: Int32; let b: Int32 }
    private var items: [Entry] = []

    /// An empty heap.
    init() {}

    /// A heap of `entries`, arranged in linear time (rather than pushed one by one).
    init(_ entries: consuming [Entry]) {
        // Taken over, so that arranging them does not copy them while the caller's array still holds them.
        items = consume entries
        guard items.count > 1 else { return }
        for i in stride(from: (items.count - 2) / 4, through: 0, by: -1) { siftDown(i) }
    }

    /// Number of pairs held.
    var count: Int { items.count }

    /// Adds a scored pair.
    mutating func push(_ score: Double, _ a: Int, _ b: Int) {
        items.append(Entry(score: score, a: Int32(a), b: Int32(b)))
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) / 4
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
        siftDown(0)
        return first
    }

    /// Moves the entry at `i` down below every child that comes before it.
    private mutating func siftDown(_ start: Int) {
        var i = start
        let n = items.count
        while true {
            let first = 4 * i + 1
            guard first < n else { return }
            var best = first
            for c in (first + 1)..<min(first + 4, n) where Self.before(items[c], items[best]) { best = c }
            guard Self.before(items[best], items[i]) else { return }
            items.swapAt(i, best)
            i = best
        }
    }

    /// Higher score first; ties by pair so that the result does not depend on insertion order.
    static func before(_ x: Entry, _ y: Entry) -> Bool {
        x.score != y.score ? x.score > y.score : (x.a, x.b) < (y.a, y.b)
    }
}
