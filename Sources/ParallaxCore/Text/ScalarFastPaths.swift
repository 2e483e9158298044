/// Fast paths over Unicode scalars for the parser's hot loops: building strings, counting words,
/// testing for whitespace, digits and case-folding traps without going through `Character`.
extension String {
    /// A string of the given scalars, encoded straight into UTF-8 storage (appending scalar by scalar
    /// to a `UnicodeScalarView` costs several times more).
    init(scalars: ArraySlice<Unicode.Scalar>) {
        var length = 0
        for s in scalars { length += UTF8.width(s) }
        self.init(unsafeUninitializedCapacity: length) { buffer in
            var i = 0
            for s in scalars {
                let v = s.value
                switch v {
                case ..<0x80:
                    buffer[i] = UInt8(v); i += 1
                case ..<0x800:
                    buffer[i] = UInt8(0xC0 | v >> 6); buffer[i + 1] = UInt8(0x80 | v & 0x3F); i += 2
                case ..<0x10000:
                    buffer[i] = UInt8(0xE0 | v >> 12); buffer[i + 1] = UInt8(0x80 | v >> 6 & 0x3F)
                    buffer[i + 2] = UInt8(0x80 | v & 0x3F); i += 3
                default:
                    buffer[i] = UInt8(0xF0 | v >> 18); buffer[i + 1] = UInt8(0x80 | v >> 12 & 0x3F)
                    buffer[i + 2] = UInt8(0x80 | v >> 6 & 0x3F); buffer[i + 3] = UInt8(0x80 | v & 0x3F); i += 4
                }
            }
            return i
        }
    }

    /// Number of runs of text between spaces: exactly `split(separator: " ").count`, counted over
    /// scalars. A space is its own `Character` unless a combining scalar follows it or a prepended
    /// one comes before it; when a neighbour of a space could do either, the count falls back to `split`.
    var spaceSeparatedCount: Int { spaceSeparatedCount(stoppingAbove: .max) }

    /// `spaceSeparatedCount`, or some number above `limit` when it is above `limit`: counting stops
    /// there. Runs between spaces that stand alone stay apart in `split` too, so once more than `limit`
    /// of them are counted, `split` would find more than `limit` as well.
    ///
    /// Eight ASCII bytes are counted at a time: inside them every scalar stands alone, so only a space at
    /// either end needs its neighbour outside checked.
    func spaceSeparatedCount(stoppingAbove limit: Int) -> Int {
        var copy = self
        let counted = copy.withUTF8 { b -> Int? in
            var count = 0
            var inWord = false
            var lead = -1
            var i = 0
            let n = b.count
            while i < n {
                if i + 8 <= n, let base = b.baseAddress {
                    // Safe: `i + 8 <= n`, so the eight bytes read lie inside the buffer.
                    let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    if w & 0x8080_8080_8080_8080 == 0 {
                        // 0x80 in each byte that is a space (no carry crosses bytes: every byte is below 0x80).
                        let x = w ^ 0x2020_2020_2020_2020
                        let space = ~(((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | x) & 0x8080_8080_8080_8080
                        if space & 0x80 != 0, lead >= 0, !Self.standsAlone(b, at: lead) { return nil }
                        if space & 0x8000_0000_0000_0000 != 0, i + 8 < n, !Self.standsAlone(b, at: i + 8) { return nil }
                        let word = ~space & 0x8080_8080_8080_8080
                        // A word starts at a non-space byte whose previous byte (or the state before) is a space.
                        let starts = word & ~(word << 8 | (inWord ? 0x80 : 0))
                        count += starts.nonzeroBitCount
                        if count > limit { return count }
                        inWord = word & 0x8000_0000_0000_0000 != 0
                        lead = i + 7
                        i += 8
                        continue
                    }
                }
                let byte = b[i]
                if byte == 0x20 {
                    if lead >= 0, !Self.standsAlone(b, at: lead) { return nil }
                    if i + 1 < n, !Self.standsAlone(b, at: i + 1) { return nil }
                    inWord = false
                    lead = i
                } else if byte & 0xC0 != 0x80 {
                    lead = i
                    if !inWord {
                        count += 1
                        if count > limit { return count }
                    }
                    inWord = true
                }
                i += 1
            }
            return count
        }
        return counted ?? split(separator: " ").count
    }

    /// Whether the scalar whose UTF-8 starts at `i` cannot join a space next to it into one grapheme:
    /// it lies below U+0300 (no combining mark, joiner, spacing mark or prepended scalar does), or it is
    /// one of the dashes, quotes and dots of General Punctuation (U+2010–U+2027).
    @inline(__always) private static func standsAlone(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let lead = b[i]
        if lead < 0xCC { return true }
        return lead == 0xE2 && i + 2 < b.count && b[i + 1] == 0x80 && (0x90...0xA7).contains(b[i + 2])
    }

    /// Number of Unicode scalars, counted from the UTF-8 lead bytes.
    var scalarCount: Int {
        var count = 0
        for byte in utf8 where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// Whether the text holds a scalar that ICU's case-insensitive matching can fold into ASCII letters
    /// (`ß`, `İ`, `ſ`, the Kelvin sign, the `ﬁ` ligatures…). Without one, an ASCII literal of a
    /// case-insensitive pattern matches exactly the bytes that an ASCII case-insensitive comparison finds.
    var foldsIntoASCII: Bool {
        var copy = self
        return copy.withUTF8 { b in
            var i = 0
            while i < b.count {
                // Eight ASCII bytes at a time hold no trap (every trap starts with a byte of 0xC3 or more).
                if i + 8 <= b.count, Self.eightASCIIBytes(b, at: i) { i += 8; continue }
                if b[i] >= 0xC3, Self.isFoldTrap(b, at: i) { return true }
                i += 1
            }
            return false
        }
    }

    /// Whether the eight bytes from `i` (which the buffer holds) are all ASCII.
    @inline(__always) static func eightASCIIBytes(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard let base = b.baseAddress else { return false }
        // Safe: the caller checked that `i + 8 <= b.count`; the load is unaligned-tolerant.
        let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
        return word & 0x8080_8080_8080_8080 == 0
    }

    /// Whether the UTF-8 at `i` encodes a fold trap: U+00DF C3 9F, U+0130 C4 B0, U+0149 C5 89,
    /// U+017F C5 BF, U+01F0 C7 B0, U+1E96–U+1E9A and U+1E9E E1 BA 96–9A/9E, U+212A E2 84 AA,
    /// U+FB00–U+FB06 EF AC 80–86.
    private static func isFoldTrap(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard i + 1 < b.count else { return false }
        let (x, y) = (b[i], b[i + 1])
        let z: UInt8 = i + 2 < b.count ? b[i + 2] : 0
        var v: UInt32 = 0
        switch x {
        case 0xC3...0xC7: v = UInt32(x & 0x1F) << 6 | UInt32(y & 0x3F)
        case 0xE1, 0xE2, 0xEF: v = UInt32(x & 0x0F) << 12 | UInt32(y & 0x3F) << 6 | UInt32(z & 0x3F)
        default: return false
        }
        return isFoldTrap(v)
    }

    /// Scalars whose case folding holds ASCII letters (checked against ICU over every scalar), with
    /// the few whose full folding merely starts with one.
    @inline(__always) private static func isFoldTrap(_ v: UInt32) -> Bool {
        switch v {
        case 0xDF, 0x130, 0x149, 0x17F, 0x1F0, 0x1E96...0x1E9A, 0x1E9E, 0x212A, 0xFB00...0xFB06: return true
        default: return false
        }
    }

    /// Whether the text holds a decimal digit of any script (what ICU's `\d` matches).
    var holdsDecimalDigit: Bool {
        unicodeScalars.contains { s in
            s.isASCII ? (0x30...0x39).contains(s.value) : s.properties.generalCategory == .decimalNumber
        }
    }

    /// Whether `scalar` occurs among the first `limit` scalars.
    /// An ASCII scalar is looked for byte by byte (its byte occurs in UTF-8 only as itself), counting
    /// scalars by their lead bytes.
    func holds(_ scalar: Unicode.Scalar, within limit: Int) -> Bool {
        guard scalar.isASCII else { return unicodeScalars.prefix(limit).contains(scalar) }
        let target = UInt8(truncatingIfNeeded: scalar.value)
        var copy = self
        return copy.withUTF8 { bytes in
            var seen = 0
            for byte in bytes {
                if byte & 0xC0 != 0x80 {
                    // A lead byte opens scalar number `seen`; the first `limit` are looked at.
                    if seen == limit { return false }
                    seen += 1
                }
                if byte == target { return true }
            }
            return false
        }
    }
}

extension String {
    /// `trimmingCharacters(in: .punctuationCharacters)`: ASCII text is trimmed byte by byte (Foundation
    /// builds and searches a character set each call), other text goes through Foundation.
    var trimmingPunctuation: String {
        let bytes = utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return trimmingCharacters(in: .punctuationCharacters) }
        var start = bytes.startIndex, end = bytes.endIndex
        while start < end, Self.isASCIIPunctuation(bytes[start]) { start = bytes.index(after: start) }
        while end > start, Self.isASCIIPunctuation(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
        if start == bytes.startIndex && end == bytes.endIndex { return self }
        return String(self[start..<end])
    }

    /// Whether an ASCII byte is punctuation (Unicode general category P*): `!"#%&'()*,-./:;?@[\]_{}`.
    @inline(__always) static func isASCIIPunctuation(_ b: UInt8) -> Bool {
        switch b {
        case 0x21...0x23, 0x25...0x2A, 0x2C...0x2F, 0x3A, 0x3B, 0x3F, 0x40, 0x5B...0x5D, 0x5F, 0x7B, 0x7D: return true
        default: return false
        }
    }
}

extension Unicode.Scalar {
    /// `properties.isWhitespace`, answered without a property lookup for ASCII.
    @inline(__always) var isSpaceLike: Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        return properties.isWhitespace
    }
}
