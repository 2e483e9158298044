/// Literal text that a case-insensitive pattern needs: a cheap test that rules the pattern out before
/// it runs (an `NSRegularExpression` call bridges the text to UTF-16 and costs microseconds).
///
/// The test never rules out text the pattern would match: openings and anywhere-text are compared as
/// UTF-8 with ASCII letters folded, which is exactly ICU's case-insensitive comparison unless the text
/// holds a scalar that folds into ASCII (`ſ`, `ﬁ`, the Kelvin sign…); such text always passes.
struct LiteralCue: Sendable {
    /// Lower-case openings, as UTF-8, of which the text must begin with one.
    let starts: [[UInt8]]
    /// Whether a digit may open the text instead (the pattern can start with `\d`).
    let digit: Bool
    /// Lower-case text of which one occurring anywhere also lets the pattern run.
    let anywhere: [String]

    /// A cue from the pattern's possible openings, an opening digit, and text it may hold anywhere instead.
    init(_ starts: [String], digit: Bool = false, anywhere: [String] = []) {
        self.starts = starts.map { Array($0.lowercased().utf8) }
        self.digit = digit
        self.anywhere = anywhere
    }

    /// Whether the pattern may match `text`; `folds` is `text.foldsIntoASCII`, computed once per text.
    func admits(_ text: String, folds: Bool) -> Bool {
        if folds { return true }
        var copy = text
        let opens = copy.withUTF8 { bytes -> Bool in
            guard let first = bytes.first else { return false }
            if digit, (0x30...0x39).contains(first) || first >= 0x80 { return true }
            return starts.contains { start in
                guard start.count <= bytes.count else { return false }
                for k in start.indices {
                    let b = bytes[k]
                    if (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) != start[k] { return false }
                }
                return true
            }
        }
        return opens || anywhere.contains { text.holds($0) }
    }
}
