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
        if scalars.count > 64 && replaced * 4 > scalars.count { return .failure(.binary) }
        let controls = sample.filter { $0 < 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0x1B }.count
        if sample.count > 64 && controls * 10 > sample.count { return .failure(.binary) }
        return .success(scalars)
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
