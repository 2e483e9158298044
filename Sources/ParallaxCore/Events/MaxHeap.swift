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
        let entry = Entry(score: score, a: Int32(a), b: Int32(b))
        items.append(entry)
        // The new entry moves up as a hole: each parent it passes moves down once, instead of a swap.
        items.withUnsafeMutableBufferPointer { buf in
            var i = buf.count - 1
            while i > 0 {
                let parent = (i - 1) / 4
                guard Self.before(entry, buf[parent]) else { break }
                buf[i] = buf[parent]
                i = parent
            }
            buf[i] = entry
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

    /// Moves the entry at `start` down below every child that comes before it (as a hole: each child it
    /// passes moves up once, and the entry is written once, where it stops).
    private mutating func siftDown(_ start: Int) {
        items.withUnsafeMutableBufferPointer { buf in
            let n = buf.count
            let moving = buf[start]
            var i = start
            while true {
                let first = 4 &* i &+ 1
                guard first < n else { break }
                var best = first
                var c = first &+ 1
                let end = min(first &+ 4, n)
                while c < end {
                    if Self.before(buf[c], buf[best]) { best = c }
                    c &+= 1
                }
                guard Self.before(buf[best], moving) else { break }
                buf[i] = buf[best]
                i = best
            }
            buf[i] = moving
        }
    }

    /// Higher score first; ties by pair so that the result does not depend on insertion order.
    static func before(_ x: Entry, _ y: Entry) -> Bool {
        x.score != y.score ? x.score > y.score : (x.a, x.b) < (y.a, y.b)
    }
}
