/// Allocation-free character classes, case folding and hashing over Unicode scalars.
package enum ScalarText {
    /// FNV-1a offset basis: the hash of an empty sequence.
    package static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// One FNV-1a step.
    @inline(__always)
    package static func step(_ hash: UInt64, _ value: UInt32) -> UInt64 {
        (hash ^ UInt64(value)) &* 0x0000_0100_0000_01b3
    }

    /// A strong 64-bit finaliser (splitmix64), so that table slots spread evenly.
    @inline(__always)
    package static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// Two hashes combined in order.
    @inline(__always)
    package static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        mix(a &* 0x2545_f491_4f6c_dd1d ^ b)
    }

    /// Folds typographic variants to one form: curly apostrophes and quotes, dashes.
    @inline(__always)
    package static func fold(_ v: UInt32) -> UInt32 {
        // Below U+00AB only the backtick folds: most scalars leave here without the switch.
        if v < 0xAB && v != 0x60 { return v }
        return switch v {
        case 0x2018, 0x2019, 0x201B, 0x2032, 0x60, 0xB4: 0x27
        case 0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB: 0x22
        case 0x2010, 0x2011: 0x2D
        case 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: 0x2014
        default: v
        }
    }

    /// The simple lower-case form of common Latin, Greek and Cyrillic letters (others unchanged).
    @inline(__always)
    package static func lower(_ v: UInt32) -> UInt32 {
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) ? v + 32 : v }
        if v >= 0xC0 && v <= 0xDE && v != 0xD7 { return v + 32 }
        if v >= 0x100 && v <= 0x17F { return (v & 1 == 0 && !(v >= 0x138 && v <= 0x148)) ? v + 1 : v }
        if v >= 0x391 && v <= 0x3A9 { return v + 32 }
        if v >= 0x410 && v <= 0x42F { return v + 32 }
        if v >= 0x400 && v <= 0x40F { return v + 80 }
        return fold(v)
    }

    /// The simple upper-case form (inverse of `lower` on the same ranges).
    @inline(__always)
    package static func upper(_ v: UInt32) -> UInt32 {
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) ? v - 32 : v }
        if v >= 0xE0 && v <= 0xFE && v != 0xF7 { return v - 32 }
        return v
    }

    /// Whether the scalar is an upper-case letter.
    @inline(__always)
    package static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        if v <= 0xFF { return v >= 0xC0 && v <= 0xDE && v != 0xD7 }
        if isGeneralPunctuation(v) { return false }
        return s.properties.isUppercase
    }

    /// Whether the scalar is a lower-case letter.
    @inline(__always)
    package static func isLower(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        if v <= 0xFF { return (v >= 0xDF && v != 0xF7) || v == 0xAA || v == 0xB5 || v == 0xBA }
        if isGeneralPunctuation(v) { return false }
        return s.properties.isLowercase
    }

    /// Whether the scalar is an ASCII digit.
    @inline(__always)
    package static func isDigit(_ s: Unicode.Scalar) -> Bool {
        s.value >= 0x30 && s.value <= 0x39
    }

    /// Whether the scalar is a letter, digit or combining mark (part of a word).
    @inline(__always)
    package static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 {
            // Bit v of the two masks: digits in the low half, A–Z and a–z in the high one.
            let mask: UInt64 = v < 64 ? asciiWordLow : asciiWordHigh
            return (mask >> UInt64(v & 63)) & 1 != 0
        }
        if v <= 0xFF { return v >= 0xC0 ? (v != 0xD7 && v != 0xF7) : (v == 0xAA || v == 0xB5 || v == 0xBA) }
        if isGeneralPunctuation(v) { return false }
        let p = s.properties
        return p.isAlphabetic || p.generalCategory == .decimalNumber || p.generalCategory == .nonspacingMark
    }

    /// Bits 0x30–0x39 (the digits) of the ASCII scalars below 64.
    package static let asciiWordLow: UInt64 = 0x03FF_0000_0000_0000
    /// Bits of A–Z (0x41–0x5A) and a–z (0x61–0x7A) among the ASCII scalars 64–127, counted from 64.
    package static let asciiWordHigh: UInt64 = 0x07FF_FFFE_07FF_FFFE

    /// Whether the scalar separates tokens.
    @inline(__always)
    package static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        if v <= 0xFF { return v == 0x85 || v == 0xA0 || v == 0xAD }
        if isGeneralPunctuation(v) { return v <= 0x200B || v == 0x2028 || v == 0x2029 || v == 0x202F || v == 0x205F }
        return v == 0xA0 || v == 0xAD || s.properties.isWhitespace || v == 0x200B || v == 0xFEFF
    }

    /// Whether the scalar is in the General Punctuation block (U+2000–U+206F: spaces, dashes, curly
    /// quotes), where no scalar is a letter. The Latin-1 and General Punctuation answers above were
    /// checked against `Unicode.Scalar.Properties` for every scalar of those blocks.
    @inline(__always)
    package static func isGeneralPunctuation(_ v: UInt32) -> Bool { v &- 0x2000 <= 0x6F }

    /// Whether the scalar is an apostrophe (straight or curly).
    @inline(__always)
    package static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s.value == 0x27 || s.value == 0x2019 || s.value == 0x2018
    }

    /// Whether the scalar is a hyphen that may join the parts of a word.
    @inline(__always)
    package static func isHyphen(_ s: Unicode.Scalar) -> Bool {
        s.value == 0x2D || s.value == 0x2010 || s.value == 0x2011
    }

    /// The hash of an ASCII string, as `hash(lowered:)` computes it over scalars.
    package static func hash(_ text: String) -> UInt64 {
        var h = seed
        for s in text.unicodeScalars { h = step(h, lower(s.value)) }
        return h
    }
}
