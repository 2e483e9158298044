/// Why stored grouping features could not be read.
public enum GroupingFeaturesError: Error, Equatable, Sendable {
    /// The bytes were written by another format version (or are not features at all); recompute them.
    case unsupportedVersion(UInt8)
    /// The bytes end early, run past a length they declare, or hold values no article can produce.
    case malformed(String)
}

/// Appends little-endian integers and LEB128 varints to a byte array.
struct ByteWriter {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []

    /// An empty writer.
    init() {}

    /// An empty writer with room for `capacity` bytes before it grows.
    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// Writes an unsigned integer in 7-bit groups, low first; small numbers take one byte.
    mutating func varint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    /// Writes a non-negative count as a varint.
    mutating func varint(_ value: Int) { varint(UInt64(max(0, value))) }

    /// Writes eight bytes, low first.
    mutating func fixed64(_ value: UInt64) {
        for k in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(k)))) }
    }

    /// Writes a length and then the bytes.
    mutating func lengthPrefixed<C: Collection>(_ data: C) where C.Element == UInt8 {
        varint(data.count)
        bytes.append(contentsOf: data)
    }

    /// Writes one byte.
    mutating func byte(_ value: UInt8) { bytes.append(value) }
}

/// Reads what `ByteWriter` wrote, throwing (never trapping) when the bytes are cut short or inconsistent.
struct ByteReader {
    /// The bytes being read.
    let bytes: [UInt8]
    /// Index of the next unread byte.
    private(set) var position: Int

    /// A reader at `start` of `bytes`.
    init(_ bytes: [UInt8], from start: Int = 0) {
        self.bytes = bytes
        position = start
    }

    /// Whether every byte has been read.
    var atEnd: Bool { position >= bytes.count }

    /// One byte.
    mutating func byte() throws(GroupingFeaturesError) -> UInt8 {
        guard position < bytes.count else { throw .malformed("ends early") }
        defer { position += 1 }
        return bytes[position]
    }

    /// A varint of at most ten bytes whose value fits 64 bits.
    mutating func varint() throws(GroupingFeaturesError) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64, shift < 63 || b <= 1 else { throw .malformed("varint too long") }
            value |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return value }
            shift += 7
        }
    }

    /// A varint no larger than `limit`, as an Int.
    mutating func count(atMost limit: Int) throws(GroupingFeaturesError) -> Int {
        let v = try varint()
        guard v <= UInt64(limit) else { throw .malformed("value \(v) over \(limit)") }
        return Int(v)
    }

    /// Eight bytes, low first.
    mutating func fixed64() throws(GroupingFeaturesError) -> UInt64 {
        guard bytes.count - position >= 8 else { throw .malformed("ends early") }
        var value: UInt64 = 0
        for k in 0..<8 { value |= UInt64(bytes[position + k]) << (8 * UInt64(k)) }
        position += 8
        return value
    }

    /// The next `count` bytes.
    mutating func slice(_ count: Int) throws(GroupingFeaturesError) -> ArraySlice<UInt8> {
        guard count >= 0, bytes.count - position >= count else { throw .malformed("ends early") }
        defer { position += count }
        return bytes[position..<(position + count)]
    }

    /// A length, then that many bytes.
    mutating func lengthPrefixed() throws(GroupingFeaturesError) -> ArraySlice<UInt8> {
        try slice(count(atMost: bytes.count - position))
    }
}
