/// Strings kept as their UTF-8 bytes, one after another in one buffer, and read back by number:
/// 100,000 article ids cost their bytes, not an allocation each that would pin a page of the heap.
final class PackedStrings: @unchecked Sendable {
    /// Every string's bytes, in order.
    private let bytes = GrowingBuffer<UInt8>(capacity: 4_096)
    /// Where each string ends in `bytes`.
    private let ends = GrowingBuffer<Int>(capacity: 256)

    /// An empty list.
    init() {}

    /// Number of strings.
    var count: Int { ends.count }

    /// Adds a string given as UTF-8 bytes.
    func append<C: Collection>(utf8: C) where C.Element == UInt8 {
        bytes.reserve(bytes.count + utf8.count)
        for byte in utf8 { bytes.append(byte) }
        ends.append(bytes.count)
    }

    /// Adds a string.
    func append(_ string: String) { append(utf8: string.utf8) }

    /// The bytes of string `i`, valid while the list lives and does not grow.
    func utf8(_ i: Int) -> UnsafeBufferPointer<UInt8> {
        let start = i == 0 ? 0 : ends[i - 1]
        return UnsafeBufferPointer(rebasing: bytes.elements[start..<ends[i]])
    }

    /// String `i`.
    subscript(i: Int) -> String { String(decoding: utf8(i), as: UTF8.self) }
}
