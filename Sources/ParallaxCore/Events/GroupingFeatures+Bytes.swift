/// The stored form of grouping features: compact, versioned, and read back without trusting the bytes.
///
/// Layout (varints are LEB128): magic byte `0xE7`, format version, path (length-prefixed UTF-8), date
/// (`year << 9 | month << 5 | day`, 0 when unknown), body length and its two 64-bit hashes, the term
/// table (count, then its packed bytes, see `TermTable`), and the run sample (count, whether it holds
/// every run, then the hashes ascending as differences from the previous one).
extension GroupingFeatures {
    /// First byte of every encoding, so that other data is rejected early.
    static let magic: UInt8 = 0xE7
    /// Bumped whenever the layout or what the features mean changes; older bytes are then refused.
    public static let formatVersion: UInt8 = 1

    /// The features as bytes, to store and read back with `init(decoding:articleID:)`.
    public func encoded() -> [UInt8] {
        // Header, path, hashes, terms and the runs' differences (at most ten bytes each).
        var w = ByteWriter(capacity: 48 + path.utf8.count + terms.bytes.count + 10 * runs.hashes.count)
        w.byte(Self.magic)
        w.byte(Self.formatVersion)
        w.lengthPrefixed(path.utf8)
        w.varint(date.map { $0.year << 9 | $0.month << 5 | $0.day } ?? 0)
        w.varint(body.length)
        w.fixed64(body.first)
        w.fixed64(body.second)
        w.varint(terms.count)
        w.lengthPrefixed(terms.bytes)
        w.varint(runs.hashes.count)
        w.byte(runs.limit == .max ? 1 : 0)
        var previous: UInt64 = 0
        for hash in runs.hashes {
            w.varint(hash &- previous)
            previous = hash
        }
        return w.bytes
    }

    /// Reads features written by `encoded()`; throws on bytes of another version or that do not hold
    /// well-formed features (storage can be corrupt), never traps.
    public init(decoding bytes: [UInt8], articleID: String) throws(GroupingFeaturesError) {
        var r = ByteReader(bytes)
        guard try r.byte() == Self.magic else { throw .malformed("not grouping features") }
        let version = try r.byte()
        guard version == Self.formatVersion else { throw .unsupportedVersion(version) }
        guard let path = String(validating: try r.lengthPrefixed(), as: UTF8.self) else { throw .malformed("path") }
        let date = try Self.readDate(&r)
        let body = BodyFingerprint(length: try r.count(atMost: Int(Int32.max)), first: try r.fixed64(), second: try r.fixed64())
        let termCount = try r.count(atMost: bytes.count)
        let terms = try TermTable.validated(try r.lengthPrefixed(), count: termCount)
        let runs = try Self.readRuns(&r)
        guard r.atEnd else { throw .malformed("bytes after the end") }
        self.init(articleID: articleID, path: path, date: date, body: body, terms: terms, runs: runs)
    }

    /// A stored date, nil for 0; a value that is no calendar date throws.
    private static func readDate(_ r: inout ByteReader) throws(GroupingFeaturesError) -> NewsDate? {
        let packed = try r.count(atMost: 2_100 << 9 | 12 << 5 | 31)
        guard packed != 0 else { return nil }
        guard let date = NewsDate(year: packed >> 9, month: packed >> 5 & 15, day: packed & 31) else {
            throw .malformed("date")
        }
        return date
    }

    /// A stored run sample: ascending hashes as differences, checked by `RunSample`.
    private static func readRuns(_ r: inout ByteReader) throws(GroupingFeaturesError) -> RunSample {
        let count = try r.count(atMost: RunSample.capacity)
        let complete = try r.byte()
        guard complete == 1 || (complete == 0 && count == RunSample.capacity) else { throw .malformed("run sample flag") }
        var hashes: [UInt64] = []
        hashes.reserveCapacity(count)
        var previous: UInt64 = 0
        for n in 0..<count {
            let (hash, overflow) = previous.addingReportingOverflow(try r.varint())
            guard !overflow, n == 0 || hash > previous else { throw .malformed("runs out of order") }
            hashes.append(hash)
            previous = hash
        }
        let limit = complete == 1 ? UInt64.max : (hashes.last ?? .max)
        return try RunSample(hashes: hashes, limit: limit)
    }
}
