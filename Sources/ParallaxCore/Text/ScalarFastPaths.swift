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
    var spaceSeparatedCount: Int {
        var count = 0
        var inWord = false
        var previous: UInt32 = 0x20
        for scalar in unicodeScalars {
            let v = scalar.value
            if v == 0x20 {
                if !Self.standsAlone(previous) { return split(separator: " ").count }
                inWord = false
            } else {
                if previous == 0x20, !Self.standsAlone(v) { return split(separator: " ").count }
                if !inWord { count += 1 }
                inWord = true
            }
            previous = v
        }
        return count
    }

    /// Whether a scalar next to a space cannot join it into one grapheme: it is no combining mark,
    /// joiner, spacing mark or prepended scalar (all of which lie at U+0300 or above), or it is one of
    /// the dashes, quotes and dots of General Punctuation.
    @inline(__always) private static func standsAlone(_ v: UInt32) -> Bool {
        v < 0x300 || (0x2010...0x2027).contains(v)
    }

    /// Whether the text holds a scalar that ICU's case-insensitive matching can fold into ASCII letters
    /// (`ß`, `İ`, `ſ`, the Kelvin sign, the `ﬁ` ligatures…). Without one, an ASCII literal of a
    /// case-insensitive pattern matches exactly the bytes that an ASCII case-insensitive comparison finds.
    var foldsIntoASCII: Bool {
        for byte in utf8 where byte >= 0xC3 {
            return unicodeScalars.contains { Self.foldTraps.contains($0.value) }
        }
        return false
    }

    /// Scalars whose case folding holds ASCII letters (checked against ICU over every scalar), with
    /// the few whose full folding merely starts with one.
    private static let foldTraps: Set<UInt32> = [
        0xDF, 0x130, 0x149, 0x17F, 0x1F0, 0x1E96, 0x1E97, 0x1E98, 0x1E99, 0x1E9A, 0x1E9E, 0x212A,
        0xFB00, 0xFB01, 0xFB02, 0xFB03, 0xFB04, 0xFB05, 0xFB06,
    ]

    /// Whether the text holds a decimal digit of any script (what ICU's `\d` matches).
    var holdsDecimalDigit: Bool {
        unicodeScalars.contains { s in
            s.isASCII ? (0x30...0x39).contains(s.value) : s.properties.generalCategory == .decimalNumber
        }
    }

    /// Whether `scalar` occurs among the first `limit` scalars.
    func holds(_ scalar: Unicode.Scalar, within limit: Int) -> Bool {
        unicodeScalars.prefix(limit).contains(scalar)
    }
}

extension Unicode.Scalar {
    /// `properties.isWhitespace`, answered without a property lookup for ASCII.
    @inline(__always) var isSpaceLike: Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        return properties.isWhitespace
    }
}
