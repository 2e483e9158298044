/// Compact byte encodings of an article's mentions, as the index stores them (one BLOB per article).
enum MentionCoding {
    /// Found mentions: count, then per mention the start (delta from the previous), length, type, text
    /// and role, as varints and UTF-8.
    static func encode(_ mentions: [FoundMention]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(mentions.count * 16)
        appendVarint(UInt64(mentions.count), to: &out)
        var previous = 0
        for m in mentions {
            appendVarint(zigzag(m.rawRange.lowerBound - previous), to: &out)
            appendVarint(UInt64(m.rawRange.count), to: &out)
            out.append(UInt8(m.type.index))
            appendString(m.text, to: &out)
            if let role = m.role {
                appendString(role, to: &out, shift: 1)
            } else {
                out.append(0)
            }
            previous = m.rawRange.lowerBound
        }
        return out
    }

    /// Decodes `encode`'s bytes; nil when they are damaged.
    static func decodeFound(_ bytes: [UInt8]) -> [FoundMention]? {
        var reader = MentionReader(bytes: bytes)
        guard let count = reader.varint(), count < 10_000_000 else { return nil }
        var found: [FoundMention] = []
        found.reserveCapacity(Int(count))
        var previous = 0
        for _ in 0..<count {
            guard let delta = reader.varint(), let length = reader.varint(), let type = reader.byte(),
                  Int(type) < EntityType.allCases.count, let text = reader.string(), let roleLength = reader.varint()
            else { return nil }
            var role: String?
            if roleLength > 0 {
                guard let r = reader.string(length: Int(roleLength - 1)) else { return nil }
                role = r
            }
            let start = previous + unzigzag(delta)
            guard start >= 0, length < 1_000_000 else { return nil }
            found.append(FoundMention(rawRange: start..<(start + Int(length)), text: text,
                                      type: EntityType.at(Int(type)), role: role))
            previous = start
        }
        return found
    }

    /// Linked mentions: count, then per mention its entity id and type.
    static func encodeLinked(_ mentions: [EntityMention]) -> [UInt8] {
        var out: [UInt8] = []
        appendVarint(UInt64(mentions.count), to: &out)
        for m in mentions {
            appendVarint(UInt64(max(0, m.entity.rawValue)), to: &out)
            out.append(UInt8(m.type.index))
        }
        return out
    }

    /// Decodes `encodeLinked`'s bytes; nil when damaged.
    static func decodeLinked(_ bytes: [UInt8]) -> [(entity: EntityID, type: EntityType)]? {
        var reader = MentionReader(bytes: bytes)
        guard let count = reader.varint(), count < 10_000_000 else { return nil }
        var out: [(entity: EntityID, type: EntityType)] = []
        out.reserveCapacity(Int(count))
        for _ in 0..<count {
            guard let id = reader.varint(), id < UInt64(Int32.max), let type = reader.byte(),
                  Int(type) < EntityType.allCases.count else { return nil }
            out.append((EntityID(Int32(id)), EntityType.at(Int(type))))
        }
        return out
    }

    /// Ascending ranges: count, then per range its start (delta from the previous end) and length.
    static func encodeRanges(_ ranges: [Range<Int>]) -> [UInt8] {
        var out: [UInt8] = []
        appendVarint(UInt64(ranges.count), to: &out)
        var previous = 0
        for r in ranges {
            appendVarint(zigzag(r.lowerBound - previous), to: &out)
            appendVarint(UInt64(max(0, r.count)), to: &out)
            previous = r.upperBound
        }
        return out
    }

    /// Decodes `encodeRanges`' bytes; nil when damaged.
    static func decodeRanges(_ bytes: [UInt8]) -> [Range<Int>]? {
        var reader = MentionReader(bytes: bytes)
        guard let count = reader.varint(), count < 1_000_000 else { return nil }
        var out: [Range<Int>] = []
        var previous = 0
        for _ in 0..<count {
            guard let delta = reader.varint(), let length = reader.varint(), length < 100_000_000 else { return nil }
            let start = previous + unzigzag(delta)
            guard start >= 0 else { return nil }
            out.append(start..<(start + Int(length)))
            previous = start + Int(length)
        }
        return out
    }

    /// Appends a LEB128 varint.
    static func appendVarint(_ value: UInt64, to out: inout [UInt8]) {
        var v = value
        while v >= 0x80 {
            out.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        out.append(UInt8(v))
    }

    /// Appends a string's length (plus `shift`) and UTF-8 bytes.
    static func appendString(_ text: String, to out: inout [UInt8], shift: UInt64 = 0) {
        appendVarint(UInt64(text.utf8.count) + shift, to: &out)
        out.append(contentsOf: text.utf8)
    }

    /// Signed to unsigned, small magnitudes small.
    static func zigzag(_ v: Int) -> UInt64 { UInt64(bitPattern: Int64((v << 1) ^ (v >> 63))) }

    /// The inverse of `zigzag`.
    static func unzigzag(_ v: UInt64) -> Int { Int(Int64(bitPattern: v >> 1) ^ -Int64(bitPattern: v & 1)) }
}

/// Reads varints, bytes and strings from a buffer, never past its end.
struct MentionReader: VarintReading {
    /// The bytes.
    let bytes: [UInt8]
    /// The read position.
    var position = 0

    /// How many bytes there are (`VarintReading`).
    var byteCount: Int { bytes.count }

    /// The byte at an offset (`VarintReading`).
    func byte(at offset: Int) -> UInt8 { bytes[offset] }

    /// A length-prefixed UTF-8 string (invalid bytes are repaired).
    mutating func string() -> String? {
        guard let length = varint(), length <= UInt64(bytes.count) else { return nil }
        return string(length: Int(length))
    }

    /// `length` bytes as UTF-8.
    mutating func string(length: Int) -> String? {
        guard length >= 0, position + length <= bytes.count else { return nil }
        defer { position += length }
        return String(decoding: bytes[position..<(position + length)], as: UTF8.self)
    }
}

/// A cursor over stored bytes that reads `MentionCoding`'s bytes and LEB128 varints, never past the end.
protocol VarintReading {
    /// How many bytes there are.
    var byteCount: Int { get }
    /// The read position.
    var position: Int { get set }
    /// The byte at an offset below `byteCount`.
    func byte(at offset: Int) -> UInt8
}

extension VarintReading {
    /// One byte, or nil at the end.
    mutating func byte() -> UInt8? {
        guard position < byteCount else { return nil }
        defer { position += 1 }
        return byte(at: position)
    }

    /// A LEB128 varint, or nil when cut short or too long.
    mutating func varint() -> UInt64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while shift < 64 {
            guard let b = byte() else { return nil }
            value |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return value }
            shift += 7
        }
        return nil
    }
}
