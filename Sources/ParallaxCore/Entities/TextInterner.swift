/// Texts numbered by their exact UTF-8 bytes, each number with the `String` it reads as and the number
/// of the first text equal to it as a `String` (Swift compares strings by canonical equivalence, so
/// `é` written as one scalar or two is one key): linking keys its caches by that, as the `[String: …]`
/// dictionaries it replaces did, while each mention keeps its own text.
///
/// A mention text repeats on average dozens of times in a corpus; looking its bytes up makes no
/// `String` and hashes no `String` for a repeat.
struct TextInterner {
    /// Every distinct text's bytes, one after another.
    private let bytes = GrowingBuffer<UInt8>(capacity: 1 << 12)
    /// Where each text ends in `bytes`.
    private var ends: [Int] = []
    /// The hash of each text's bytes.
    private var hashes: [UInt64] = []
    /// Open-addressing slots holding text numbers (-1: empty); a power of two long.
    private var slots = [Int32](repeating: -1, count: 1_024)
    /// The text of each number.
    private(set) var strings: [String] = []
    /// The number of the first text equal (as a `String`) to each text.
    private(set) var canonical: [Int32] = []
    /// Canonical numbers by text.
    private var byString: [String: Int32] = [:]

    /// An empty interner.
    init() {}

    /// Number of distinct byte sequences.
    var count: Int { strings.count }

    /// The number of a text given as bytes, numbering it when new.
    mutating func intern(_ utf8: UnsafeBufferPointer<UInt8>) -> Int32 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while slots[slot] >= 0 {
            let id = Int(slots[slot])
            if hashes[id] == hash, equal(id, utf8) { return Int32(id) }
            slot = (slot + 1) & mask
        }
        let id = Int32(strings.count)
        bytes.reserve(bytes.count + utf8.count)
        for byte in utf8 { bytes.append(byte) }
        ends.append(bytes.count)
        hashes.append(hash)
        let string = String(decoding: utf8, as: UTF8.self)
        strings.append(string)
        if let known = byString[string] {
            canonical.append(known)
        } else {
            byString[string] = id
            canonical.append(id)
        }
        slots[slot] = id
        if 2 * strings.count > slots.count { grow() }
        return id
    }

    /// The number of a text, numbering it when new.
    mutating func intern(_ text: String) -> Int32 {
        var text = text
        return text.withUTF8 { intern($0) }
    }

    /// Whether text `id` has exactly these bytes.
    private func equal(_ id: Int, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = id == 0 ? 0 : ends[id - 1]
        guard ends[id] - start == utf8.count else { return false }
        let stored = bytes.elements
        for k in 0..<utf8.count where stored[start + k] != utf8[k] { return false }
        return true
    }

    /// Doubles the slots, placing every text again.
    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (id, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }
}
