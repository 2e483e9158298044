import Foundation

/// The binary model format: a header, feature keys, Int16 weight rows, and the lower-case table.
///
/// Layout (little-endian): magic "PXNER001"; UInt32 label count, feature count, lower-case entry
/// count; Float32 scale; UInt64 keys × features; Int16 × labels × features; UInt64 keys × entries;
/// UInt8 buckets × entries.
package enum ModelFile {
    /// The file's first eight bytes.
    package static let magic: [UInt8] = Array("PXNER001".utf8)

    /// The decoded parts of a model file.
    package struct Contents: Sendable {
        /// The weights.
        package var weights: WeightTable
        /// The lower-case frequency table.
        package var lowercase: LowercaseTable
    }

    /// Encodes features (key, one Float weight per label) quantised to Int16, and the lower-case table.
    package static func encode(features: [(UInt64, [Float])], lowercase: [(UInt64, UInt8)]) -> Data {
        let maxWeight = features.reduce(Float(0)) { m, f in max(m, f.1.reduce(0) { max($0, abs($1)) }) }
        let scale = maxWeight > 0 ? maxWeight / 32767 : 1
        var out = Data(magic)
        func put<T: FixedWidthInteger>(_ v: T) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        put(UInt32(TagLabel.count)); put(UInt32(features.count)); put(UInt32(lowercase.count))
        put(scale.bitPattern)
        for f in features { put(f.0) }
        for f in features {
            for l in 0..<TagLabel.count { put(Int16((f.1[l] / scale).rounded())) }
        }
        for e in lowercase { put(e.0) }
        for e in lowercase { put(e.1) }
        return out
    }

    /// Decodes a model file, throwing `EntityError.corrupt` on any inconsistency.
    package static func decode(_ data: Data, path: String) throws(EntityError) -> Contents {
        let bytes = [UInt8](data)
        func fail(_ why: String) -> EntityError { .corrupt(path: path, reason: why) }
        guard bytes.count >= 24, Array(bytes[0..<8]) == magic else { throw fail("not a Parallax NER model") }
        let header = bytes.withUnsafeBytes { raw in
            (0..<4).map { Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 8 + 4 * $0, as: UInt32.self))) }
        }
        let labels = header[0], features = header[1], entries = header[2]
        let scale = Float(bitPattern: UInt32(header[3]))
        guard labels == TagLabel.count else { throw fail("label count \(labels), expected \(TagLabel.count)") }
        let expected = 24 + features * (8 + 2 * labels) + entries * 9
        guard bytes.count == expected, scale.isFinite, scale > 0 else { throw fail("size \(bytes.count), expected \(expected)") }
        return bytes.withUnsafeBytes { raw in
            var keys = [UInt64](repeating: 0, count: features)
            var rows = [SIMD16<Int16>](repeating: .zero, count: features)
            var at = 24
            for f in 0..<features { keys[f] = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at + 8 * f, as: UInt64.self)) }
            at += 8 * features
            for f in 0..<features {
                for l in 0..<labels {
                    rows[f][l] = Int16(littleEndian: raw.loadUnaligned(fromByteOffset: at + 2 * (f * labels + l), as: Int16.self))
                }
            }
            at += 2 * labels * features
            var lower: [(UInt64, UInt8)] = []
            lower.reserveCapacity(entries)
            for e in 0..<entries {
                let key = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at + 8 * e, as: UInt64.self))
                lower.append((key, raw[at + 8 * entries + e]))
            }
            return Contents(weights: WeightTable(keys: keys, rows: rows, scale: scale), lowercase: LowercaseTable(lower))
        }
    }
}
