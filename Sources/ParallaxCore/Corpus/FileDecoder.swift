/// Turns a file's bytes into Unicode scalars, rejecting files that are not text.
public enum FileDecoder {
    /// Why bytes are not an article.
    public enum Rejection: Error, Equatable, CustomStringConvertible {
        /// Zero bytes or only whitespace.
        case empty
        /// NUL bytes or mostly undecodable bytes.
        case binary

        /// The reason as shown in the skipped list.
        public var description: String {
            switch self {
            case .empty: return "empty file"
            case .binary: return "binary file (not text)"
            }
        }
    }

    /// Decodes UTF-8 (invalid sequences become U+FFFD), or UTF-16 when the file starts with its BOM.
    public static func decode(_ bytes: some Collection<UInt8>) -> Result<[Unicode.Scalar], Rejection> {
        let array = Array(bytes)
        if array.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return .failure(.empty) }
        if array.count >= 2, (array[0] == 0xFF && array[1] == 0xFE) || (array[0] == 0xFE && array[1] == 0xFF) {
            return decodeUTF16(array, littleEndian: array[0] == 0xFF)
        }
        let sample = array.prefix(8192)
        if sample.contains(0) { return .failure(.binary) }
        let (scalars, replaced) = wellFormed(array).map { ($0, 0) } ?? repairing(array)
        if scalars.count > 64 && replaced * 4 > scalars.count { return .failure(.binary) }
        let controls = sample.filter { $0 < 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0x1B }.count
        if sample.count > 64 && controls * 10 > sample.count { return .failure(.binary) }
        return .success(scalars)
    }

    /// The scalars of well-formed UTF-8, decoded in one pass without the standard decoder's per-byte
    /// overhead; `nil` at the first ill-formed sequence (Unicode's table 3-7), which `repairing` handles.
    /// Scalars are written straight into the array's storage (no byte decodes to more than one scalar).
    static func wellFormed(_ bytes: [UInt8]) -> [Unicode.Scalar]? {
        var ok = true
        let scalars = bytes.withUnsafeBufferPointer { b -> [Unicode.Scalar] in
            [Unicode.Scalar](unsafeUninitializedCapacity: b.count) { out, written in
                // Safe: each iteration consumes at least one byte and writes at most one scalar, so
                // `o < i + 1 <= b.count` = the capacity; `written` counts exactly the scalars written.
                var i = 0, o = 0
                let n = b.count
                @inline(__always) func tail(_ k: Int, _ lo: UInt8 = 0x80, _ hi: UInt8 = 0xBF) -> UInt32? {
                    guard k < n, (lo...hi).contains(b[k]) else { return nil }
                    return UInt32(b[k] & 0x3F)
                }
                defer { written = o }
                while i < n {
                    let lead = b[i]
                    if lead < 0x80 {
                        out[o] = Unicode.Scalar(lead); o += 1; i += 1
                        continue
                    }
                    var value: UInt32
                    switch lead {
                    case 0xC2...0xDF:
                        guard let t1 = tail(i + 1) else { ok = false; return }
                        value = UInt32(lead & 0x1F) << 6 | t1; i += 2
                    case 0xE0...0xEF:
                        let lo: UInt8 = lead == 0xE0 ? 0xA0 : 0x80, hi: UInt8 = lead == 0xED ? 0x9F : 0xBF
                        guard let t1 = tail(i + 1, lo, hi), let t2 = tail(i + 2) else { ok = false; return }
                        value = UInt32(lead & 0x0F) << 12 | t1 << 6 | t2; i += 3
                    case 0xF0...0xF4:
                        let lo: UInt8 = lead == 0xF0 ? 0x90 : 0x80, hi: UInt8 = lead == 0xF4 ? 0x8F : 0xBF
                        guard let t1 = tail(i + 1, lo, hi), let t2 = tail(i + 2), let t3 = tail(i + 3) else { ok = false; return }
                        value = UInt32(lead & 0x07) << 18 | t1 << 12 | t2 << 6 | t3; i += 4
                    default:
                        ok = false; return
                    }
                    guard let scalar = Unicode.Scalar(value) else { ok = false; return }
                    out[o] = scalar; o += 1
                }
            }
        }
        return ok ? scalars : nil
    }

    /// Decodes UTF-8 with the standard decoder, each ill-formed sequence becoming U+FFFD; returns how
    /// many were replaced.
    static func repairing(_ array: [UInt8]) -> (scalars: [Unicode.Scalar], replaced: Int) {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(array.count)
        var decoder = UTF8()
        var iterator = array.makeIterator()
        var replaced = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s): scalars.append(s)
            case .emptyInput: break loop
            case .error: scalars.append("\u{FFFD}"); replaced += 1
            }
        }
        return (scalars, replaced)
    }

    /// Decodes UTF-16 after its byte-order mark; unpaired surrogates become U+FFFD.
    static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool) -> Result<[Unicode.Scalar], Rejection> {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            i += 2
        }
        var scalars: [Unicode.Scalar] = ["\u{FEFF}"]
        var decoder = UTF16()
        var iterator = units.makeIterator()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s): scalars.append(s)
            case .emptyInput: break loop
            case .error: scalars.append("\u{FFFD}")
            }
        }
        return scalars.allSatisfy({ $0.properties.isWhitespace }) ? .failure(.empty) : .success(scalars)
    }
}
