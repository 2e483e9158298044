/// Strings and scalars converted without going through `String.UnicodeScalarView` one scalar at a time.
enum ScalarStrings {
    /// A string's Unicode scalars.
    static func scalars(of text: String) -> [Unicode.Scalar] {
        [Unicode.Scalar](unsafeUninitializedCapacity: text.utf8.count) { buffer, count in
            count = decode(text, into: buffer)
        }
    }

    /// Replaces the contents of `out` with a string's Unicode scalars, reusing its storage.
    static func decode(_ text: String, into out: inout [Unicode.Scalar]) {
        out.removeAll(keepingCapacity: true)
        var text = text
        text.withUTF8 { bytes in
            out.reserveCapacity(bytes.count)
            forEachScalar(bytes) { out.append($0) }
        }
    }

    /// Decodes a string's Unicode scalars into `out`, which must have room for one per UTF-8 byte;
    /// returns how many were written.
    static func decode(_ text: String, into out: UnsafeMutableBufferPointer<Unicode.Scalar>) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            precondition(bytes.count <= out.count, "no room for the scalars")
            var written = 0
            forEachScalar(bytes) { scalar in
                out[written] = scalar
                written += 1
            }
            return written
        }
    }

    /// Hands each scalar of well-formed UTF-8 (a `String`'s bytes) to `body`, in order.
    @inline(__always)
    private static func forEachScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Unicode.Scalar) -> Void) {
        var i = 0
        let n = bytes.count
        while i < n {
            // Eight ASCII bytes at once when they are (most of a news text is).
            if i + 8 <= n {
                // Safe: bytes i ..< i + 8 are inside the buffer.
                let word = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped + i).loadUnaligned(as: UInt64.self))
                if word & 0x8080_8080_8080_8080 == 0 {
                    for k in 0..<8 { body(Unicode.Scalar(UInt8(truncatingIfNeeded: word >> (8 * UInt64(k))))) }
                    i += 8
                    continue
                }
            }
            let b = UInt32(bytes[i])
            var v: UInt32
            if b < 0x80 {
                v = b; i += 1
            } else if b < 0xE0 {
                v = (b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); i += 2
            } else if b < 0xF0 {
                v = (b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); i += 3
            } else {
                v = (b & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                    | UInt32(bytes[i + 3] & 0x3F)
                i += 4
            }
            // A String holds valid UTF-8, so every decoded value is a scalar.
            body(Unicode.Scalar(v).unsafelyUnwrapped)
        }
    }

    /// The first scalar of well-formed UTF-8 (a `String`'s), or nil when there is none.
    static func firstScalar(_ bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        guard let b = bytes.first.map(UInt32.init) else { return nil }
        let v: UInt32
        if b < 0x80 {
            v = b
        } else if b < 0xE0 {
            guard bytes.count >= 2 else { return nil }
            v = (b & 0x1F) << 6 | UInt32(bytes[1] & 0x3F)
        } else if b < 0xF0 {
            guard bytes.count >= 3 else { return nil }
            v = (b & 0x0F) << 12 | UInt32(bytes[1] & 0x3F) << 6 | UInt32(bytes[2] & 0x3F)
        } else {
            guard bytes.count >= 4 else { return nil }
            v = (b & 0x07) << 18 | UInt32(bytes[1] & 0x3F) << 12 | UInt32(bytes[2] & 0x3F) << 6 | UInt32(bytes[3] & 0x3F)
        }
        return Unicode.Scalar(v)
    }

    /// The string of some scalars.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var count = 0
        for s in scalars { count += UTF8.width(s) }
        return String(unsafeUninitializedCapacity: count) { out in
            var n = 0
            for s in scalars {
                let v = s.value
                if v < 0x80 {
                    out[n] = UInt8(v); n += 1
                } else if v < 0x800 {
                    out[n] = UInt8(0xC0 | v >> 6); out[n + 1] = UInt8(0x80 | v & 0x3F); n += 2
                } else if v < 0x10000 {
                    out[n] = UInt8(0xE0 | v >> 12); out[n + 1] = UInt8(0x80 | v >> 6 & 0x3F)
                    out[n + 2] = UInt8(0x80 | v & 0x3F); n += 3
                } else {
                    out[n] = UInt8(0xF0 | v >> 18); out[n + 1] = UInt8(0x80 | v >> 12 & 0x3F)
                    out[n + 2] = UInt8(0x80 | v >> 6 & 0x3F); out[n + 3] = UInt8(0x80 | v & 0x3F); n += 4
                }
            }
            return n
        }
    }

    /// `EntityName.key` of a word of ASCII letters and dots (lower case, dots dropped), or nil when the word
    /// has another scalar.
    static func asciiWordKey(_ scalars: ArraySlice<Unicode.Scalar>) -> String? {
        var count = 0
        for s in scalars {
            let v = s.value
            guard v < 0x80, v != 0x20, v != 0x2D, v != 0x22, v != 0x0A else { return nil }
            if v != 0x2E { count += 1 }
        }
        return String(unsafeUninitializedCapacity: count) { out in
            var n = 0
            for s in scalars where s.value != 0x2E {
                let b = UInt8(s.value)
                out[n] = (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b
                n += 1
            }
            return n
        }
    }
}
