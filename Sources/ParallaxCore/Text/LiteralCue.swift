/// Literal text that a case-insensitive pattern needs: a cheap test that rules the pattern out before
/// it runs (an `NSRegularExpression` call bridges the text to UTF-16 and costs microseconds).
///
/// The test never rules out text the pattern would match: openings and anywhere-text are compared as
/// UTF-8 with ASCII letters folded, which is exactly ICU's case-insensitive comparison unless the text
/// holds a scalar that folds into ASCII (`ſ`, `ﬁ`, the Kelvin sign…); such text always passes.
struct LiteralCue: Sendable {
    /// Lower-case openings, as UTF-8, of which the text must begin with one.
    let starts: [[UInt8]]
    /// Whether digits and a space may open the text instead (the pattern can start with `\d+ `).
    let digit: Bool
    /// Lower-case text of which one occurring anywhere also lets the pattern run.
    let anywhere: [String]
    /// The first bytes of `starts`, one bit each (bytes 0–255 over four words): a text whose folded
    /// first byte is not among them opens with none of them.
    private let firstBytes: (UInt64, UInt64, UInt64, UInt64)

    /// A cue from the pattern's possible openings, an opening digit, and text it may hold anywhere instead.
    init(_ starts: [String], digit: Bool = false, anywhere: [String] = []) {
        self.starts = starts.map { Array($0.lowercased().utf8) }
        self.digit = digit
        self.anywhere = anywhere
        var bits: [UInt64] = [0, 0, 0, 0]
        for start in self.starts {
            // An empty opening matches any text with a first byte.
            guard let first = start.first else { bits = [.max, .max, .max, .max]; break }
            bits[Int(first >> 6)] |= 1 << UInt64(first & 63)
        }
        firstBytes = (bits[0], bits[1], bits[2], bits[3])
    }

    /// The cue's test of a text's first byte alone, as plain values that can be kept in a flat table.
    struct Opening: Sendable {
        /// `LiteralCue.firstBytes`.
        let firstBytes: (UInt64, UInt64, UInt64, UInt64)
        /// Whether a digit (or a non-ASCII byte) may open the text.
        let digit: Bool
        /// Whether the cue can also admit text by what it holds anywhere (then the first byte decides nothing).
        let anywhere: Bool

        /// False only when `LiteralCue.admits` surely answers false for a text that opens with `first`
        /// and does not fold into ASCII.
        @inline(__always)
        func mayAdmit(first: UInt8) -> Bool {
            if anywhere { return true }
            if digit, (0x30...0x39).contains(first) || first >= 0x80 { return true }
            return LiteralCue.contains(firstBytes, first >= 0x41 && first <= 0x5A ? first | 0x20 : first)
        }
    }

    /// The first-byte test of this cue.
    var opening: Opening { Opening(firstBytes: firstBytes, digit: digit, anywhere: !anywhere.isEmpty) }

    /// False only when the text surely does not open with `\d+ `: it opens with ASCII digits followed by
    /// something that is neither a space nor a scalar beyond ASCII (which may be another script's digit),
    /// or with a scalar that is not a decimal digit.
    static func opensWithDigitsAndSpace(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        if first >= 0x80 {
            guard let scalar = ScalarStrings.firstScalar(bytes) else { return true }
            return scalar.properties.generalCategory == .decimalNumber
        }
        guard first >= 0x30 && first <= 0x39 else { return false }
        var i = 1
        while i < bytes.count, bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1 }
        return i < bytes.count && (bytes[i] == 0x20 || bytes[i] >= 0x80)
    }

    /// Whether some opening starts with this (folded) byte.
    @inline(__always)
    private func mayOpen(with byte: UInt8) -> Bool { Self.contains(firstBytes, byte) }

    /// Whether a 256-bit set of bytes (four words, low bytes first) holds `byte`.
    @inline(__always)
    static func contains(_ bits: (UInt64, UInt64, UInt64, UInt64), _ byte: UInt8) -> Bool {
        let word: UInt64
        switch byte >> 6 {
        case 0: word = bits.0
        case 1: word = bits.1
        case 2: word = bits.2
        default: word = bits.3
        }
        return word & (1 << UInt64(byte & 63)) != 0
    }

    /// Whether the pattern may match `text`; `folds` is `text.foldsIntoASCII`, computed once per text.
    func admits(_ text: String, folds: Bool) -> Bool {
        if folds { return true }
        return opens(text) || anywhere.contains { text.holds($0) }
    }

    /// `admits(text, folds:)` where `heldAnywhere` already says whether the text holds one of `anywhere`
    /// (as `String.holds` finds it), so that a caller that searched for several cues' literals at once
    /// does not search again.
    func admits(_ text: String, folds: Bool, heldAnywhere: Bool) -> Bool {
        if folds { return true }
        return heldAnywhere || opens(text)
    }

    /// Whether the text opens with one of `starts` (ASCII capitals folded) or, for a `digit` cue, with digits
    /// and a space.
    private func opens(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes -> Bool in
            guard let first = bytes.first else { return false }
            if digit, Self.opensWithDigitsAndSpace(bytes) { return true }
            guard mayOpen(with: first >= 0x41 && first <= 0x5A ? first | 0x20 : first) else { return false }
            return starts.contains { start in
                guard start.count <= bytes.count else { return false }
                for k in start.indices {
                    let b = bytes[k]
                    if (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) != start[k] { return false }
                }
                return true
            }
        }
    }
}
