/// Text cleaned for display and analysis, remembering where each scalar came from in the raw file.
///
/// Offsets that leave the program are in Unicode scalars of the raw contents, so every cleaned
/// scalar keeps the raw offset it was taken from.
public struct CleanText: Sendable {
    /// The cleaned scalars: no controls but `\n`, no CR, no BOM, no bidi overrides, HTML character
    /// references decoded.
    public let scalars: [Unicode.Scalar]
    /// `rawOffsets[i]` is the raw scalar offset of `scalars[i]`; one extra entry marks the raw end.
    public let rawOffsets: [Int32]
    /// Where a scalar decoded from several raw ones (`&amp;`) ends in the raw file, by clean index.
    let rawEnds: [Int: Int32]

    /// Builds cleaned text from already-decoded raw scalars.
    ///
    /// The scalars and offsets are written straight into the arrays' storage: each raw scalar (or each
    /// character reference of several) gives at most one cleaned scalar.
    public init(raw: some Sequence<Unicode.Scalar>) {
        let raw = Array(raw)
        var ends: [Int: Int32] = [:]
        var offsets: [Int32] = []
        let out = [Unicode.Scalar](unsafeUninitializedCapacity: raw.count) { out, outCount in
            offsets = [Int32](unsafeUninitializedCapacity: raw.count + 1) { offsets, offsetCount in
                // Safe: every iteration consumes at least one raw scalar and emits at most one, so `o` stays
                // below `raw.count` (the scalars' capacity) and `o + 1` within the offsets' capacity.
                var o = 0
                @inline(__always) func emit(_ scalar: Unicode.Scalar, at index: Int) {
                    out[o] = scalar
                    offsets[o] = Int32(index)
                    o += 1
                }
                var previousWasCR = false
                var index = 0
                while index < raw.count {
                    var scalar = raw[index]
                    // Printable ASCII other than `&` is kept as it is: the common case, without classifying it.
                    if (0x20..<0x7F).contains(scalar.value), scalar != "&" {
                        emit(scalar, at: index)
                        previousWasCR = false
                        index += 1
                        continue
                    }
                    var next = index + 1
                    if scalar == "&", let reference = HTMLEntities.decode(raw, at: index) {
                        scalar = reference.scalar
                        next = reference.end
                    }
                    defer { index = next }
                    let wasCR = previousWasCR
                    previousWasCR = scalar == "\r"
                    let emitted = o
                    switch TextSanitizer.classify(scalar) {
                    case .keep:
                        emit(scalar, at: index)
                    case .replace(let replacement):
                        emit(replacement, at: index)
                    case .newline:
                        emit("\n", at: index)
                    case .crlfTail:
                        if !wasCR { emit("\n", at: index) }
                    case .drop:
                        continue
                    }
                    if next > index + 1, o > emitted { ends[emitted] = Int32(next) }
                }
                offsets[o] = Int32(raw.count)
                offsetCount = o + 1
                outCount = o
            }
        }
        self.scalars = out
        self.rawOffsets = offsets
        self.rawEnds = ends
    }

    /// Cleaned text from scalars and their raw offsets (one more offset than scalars).
    init(scalars: [Unicode.Scalar], rawOffsets: [Int32], rawEnds: [Int: Int32] = [:]) {
        self.scalars = scalars
        self.rawOffsets = rawOffsets
        self.rawEnds = rawEnds
    }

    /// The cleaned text as a `String`.
    public var string: String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars)
        return String(s)
    }

    /// Maps a half-open range of cleaned scalar offsets to raw scalar offsets.
    public func rawRange(_ range: Range<Int>) -> Range<Int> {
        let lower = Int(rawOffsets[range.lowerBound])
        guard !range.isEmpty else { return lower..<lower }
        let last = range.upperBound - 1
        let upper = rawEnds[last].map(Int.init) ?? Int(rawOffsets[last]) + 1
        return lower..<upper
    }

    /// The raw end of the scalar at a clean index (exclusive).
    func rawEnd(of index: Int) -> Int32? { rawEnds[index] }

    /// Whether any scalar was decoded from several raw ones, so that `rawEnd(of:)` can answer.
    var hasWideScalars: Bool { !rawEnds.isEmpty }
}

/// HTML character references as scraped text carries them: `&amp;`, `&#8217;`, `&#x2014;`.
enum HTMLEntities {
    /// Named references that scraped news text uses, and what they stand for.
    static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "mdash": "—", "ndash": "–",
        "hellip": "…", "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“", "laquo": "«", "raquo": "»",
        "copy": "©", "reg": "®", "trade": "™", "eacute": "é", "egrave": "è", "aacute": "á", "agrave": "à",
        "iacute": "í", "oacute": "ó", "uacute": "ú", "ntilde": "ñ", "ccedil": "ç", "uuml": "ü", "ouml": "ö",
        "auml": "ä", "szlig": "ß", "euro": "€", "pound": "£", "deg": "°", "middot": "·", "bull": "•",
        "thinsp": "\u{2009}", "ensp": "\u{2002}", "emsp": "\u{2003}", "shy": "\u{AD}", "zwj": "\u{200D}",
    ]

    /// The scalar a reference starting at `start` (an `&`) stands for, and the index after its `;`.
    static func decode(_ s: [Unicode.Scalar], at start: Int) -> (scalar: Unicode.Scalar, end: Int)? {
        var k = start + 1
        var name = ""
        while k < s.count, k - start <= 10, s[k] != ";" {
            guard s[k].isASCII, s[k].properties.isAlphabetic || s[k].properties.numericType != nil || s[k] == "#" else {
                return nil
            }
            name.unicodeScalars.append(s[k])
            k += 1
        }
        guard k < s.count, s[k] == ";", !name.isEmpty else { return nil }
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, value > 0, let scalar = Unicode.Scalar(value) else { return nil }
            return (scalar, k + 1)
        }
        guard let scalar = named[name] ?? named[name.lowercased()] else { return nil }
        return (scalar, k + 1)
    }
}
