extension MentionTable {
    /// Appends one article's mentions straight from `MentionCoding.encode`'s bytes, reading them exactly as
    /// `MentionCoding.decodeFound` does but making no `FoundMention`: texts and roles are interned from
    /// their bytes. Damaged bytes give the article no mentions, as there (returns false). When the
    /// mentions are not in strictly increasing raw-range order, returns the order an `EntityIndex` would
    /// list them in (`reordered`), else nil.
    mutating func appendFound(_ bytes: UnsafeRawBufferPointer) -> (ok: Bool, reordered: [Int32]?) {
        var reader = FoundReader(bytes: bytes)
        guard let count = reader.varint(), count < 10_000_000 else { return (false, nil) }
        var ranges: [(lower: Int, upper: Int)] = []
        ranges.reserveCapacity(Int(count))
        var previous = 0
        for _ in 0..<count {
            guard let delta = reader.varint(), let length = reader.varint(), let type = reader.byte(),
                  Int(type) < EntityType.allCases.count, let text = reader.string(),
                  let roleLength = reader.varint() else { return dropped() }
            var role: Int32 = -1
            if roleLength > 0 {
                guard let r = reader.bytes(roleLength - 1) else { return dropped() }
                role = intern(r)
            }
            let (start, overflow) = previous.addingReportingOverflow(MentionCoding.unzigzag(delta))
            guard !overflow, start >= 0, start < Int.max - 1_000_000, length < 1_000_000 else { return dropped() }
            append(text: intern(text), role: role, type: EntityType.at(Int(type)))
            ranges.append((start, start + Int(length)))
            previous = start
        }
        let increasing = zip(ranges, ranges.dropFirst()).allSatisfy { ($0.lower, $0.upper) < ($1.lower, $1.upper) }
        if increasing { return (true, nil) }
        // The same sort `EntityIndex` runs on the mentions themselves, so ties come out alike.
        let order = ranges.indices.map { Int32($0) }.sorted {
            (ranges[Int($0)].lower, ranges[Int($0)].upper) < (ranges[Int($1)].lower, ranges[Int($1)].upper)
        }
        return (true, order)
    }

    /// Forgets the article's mentions read so far; the bytes were damaged.
    private mutating func dropped() -> (ok: Bool, reordered: [Int32]?) {
        dropOpenArticle()
        return (false, nil)
    }
}

/// Reads `MentionCoding`'s varints, bytes and strings from raw bytes, never past their end.
private struct FoundReader: VarintReading {
    /// The bytes.
    let bytes: UnsafeRawBufferPointer
    /// The read position.
    var position = 0

    /// How many bytes there are (`VarintReading`).
    var byteCount: Int { bytes.count }

    /// The byte at an offset (`VarintReading`).
    func byte(at offset: Int) -> UInt8 { bytes[offset] }

    /// A length-prefixed string's bytes (the length at most the whole buffer's, as `MentionReader` checks).
    mutating func string() -> UnsafeBufferPointer<UInt8>? {
        guard let length = varint(), length <= UInt64(bytes.count) else { return nil }
        return self.bytes(length)
    }

    /// The next `length` bytes.
    mutating func bytes(_ length: UInt64) -> UnsafeBufferPointer<UInt8>? {
        guard length <= UInt64(bytes.count - position) else { return nil }
        let start = position
        position += Int(length)
        return UnsafeRawBufferPointer(rebasing: bytes[start..<position]).assumingMemoryBound(to: UInt8.self)
    }
}
