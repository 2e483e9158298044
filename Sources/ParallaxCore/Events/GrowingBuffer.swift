#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A growable array of plain values in one `malloc` block, grown with `realloc`.
///
/// Growing a Swift `Array` allocates a block twice as large and copies into it, so a 100 MB array
/// briefly needs 300 MB. `realloc` grows a large block in place (glibc remaps its pages rather than
/// copying them), and pages past `count` are never touched, so they cost no memory. A reference type:
/// one owner fills it, then it is only read (reads may come from several threads at once).
final class GrowingBuffer<Element: BitwiseCopyable>: @unchecked Sendable {
    /// The elements; valid up to `count`.
    private(set) var base: UnsafeMutablePointer<Element>
    /// Number of elements.
    private(set) var count = 0
    /// Elements the block has room for.
    private(set) var capacity: Int

    /// An empty buffer with room for `capacity` elements.
    init(capacity: Int = 64) {
        self.capacity = max(1, capacity)
        base = Self.resized(nil, to: self.capacity)
    }

    deinit { free(base) }

    /// A block of `capacity` elements, keeping the first elements of `old`; traps when memory runs out,
    /// as an `Array` would.
    private static func resized(_ old: UnsafeMutablePointer<Element>?, to capacity: Int) -> UnsafeMutablePointer<Element> {
        guard let raw = realloc(old, capacity * MemoryLayout<Element>.stride) else {
            fatalError("out of memory growing a buffer to \(capacity) elements")
        }
        return raw.bindMemory(to: Element.self, capacity: capacity)
    }

    /// Makes room for at least `minimum` elements.
    func reserve(_ minimum: Int) {
        guard minimum > capacity else { return }
        capacity = max(minimum, capacity + capacity / 2)
        base = Self.resized(base, to: capacity)
    }

    /// Adds an element at the end.
    @inline(__always) func append(_ value: Element) {
        if count == capacity { reserve(count + 1) }
        base[count] = value
        count += 1
    }

    /// Adds elements at the end.
    func append<S: Sequence>(contentsOf values: S) where S.Element == Element {
        for value in values { append(value) }
    }

    /// The element at `index` (checked).
    subscript(index: Int) -> Element {
        get {
            precondition(index >= 0 && index < count, "index \(index) out of 0..<\(count)")
            return base[index]
        }
        set {
            precondition(index >= 0 && index < count, "index \(index) out of 0..<\(count)")
            base[index] = newValue
        }
    }

    /// Drops the elements from `newCount` on (keeping the room).
    func truncate(to newCount: Int) {
        precondition(newCount >= 0 && newCount <= count)
        count = newCount
    }

    /// Gives back the room past `count` (the block may then be copied; small blocks usually are not).
    func shrinkToFit() {
        guard capacity > max(1, count) else { return }
        capacity = max(1, count)
        base = Self.resized(base, to: capacity)
    }

    /// The elements, for loops that cannot afford a check per read. Valid while the buffer lives and
    /// does not grow.
    var elements: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }

    /// The elements copied into an array.
    var array: [Element] { Array(elements) }
}
