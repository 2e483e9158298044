/// Splits text into PTB-like tokens with scalar offsets: "U.S." and "Mr." stay whole; "'s", "n't",
/// a trailing "'" and hyphens are split off ("Jean-Pierre" is three tokens, as in the Universal
/// Dependencies training corpora); numbers keep their separators.
package enum Tokenizer {
    /// Appends the half-open token ranges of `text` to `out`.
    package static func tokenize(_ text: UnsafeBufferPointer<Unicode.Scalar>, into out: inout [Range<Int>]) {
        let n = text.count
        var i = 0
        while i < n {
            let c = text[i]
            if ScalarText.isSpace(c) {
                i += 1
            } else if ScalarText.isWordScalar(c) || ((c == "@" || c == "#") && i + 1 < n && ScalarText.isWordScalar(text[i + 1])) {
                i = word(text, from: i, into: &out)
            } else if ScalarText.isApostrophe(c), let end = clitic(text, at: i), i > 0, ScalarText.isWordScalar(text[i - 1]) {
                out.append(i..<end)
                i = end
            } else {
                var j = i + 1
                if c == "-" || c == "." || c == "=" || c == "*" || c == "_" {
                    while j < n, text[j] == c { j += 1 }
                }
                out.append(i..<j)
                i = j
            }
        }
    }

    /// Scans one word starting at `start`, appends it (and a split-off "n't"), returns where it ended.
    private static func word(_ t: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, into out: inout [Range<Int>]) -> Int {
        let n = t.count
        var j = start + 1
        var dots = 0
        while j < n {
            let c = t[j]
            if ScalarText.isWordScalar(c) { j += 1; continue }
            let nextIsWord = j + 1 < n && ScalarText.isWordScalar(t[j + 1])
            if c == "." && nextIsWord && (ScalarText.isDigit(t[j - 1]) && ScalarText.isDigit(t[j + 1]) || isInitialRun(t, start, j)) {
                dots += 1
                j += 1
            } else if c == "," && nextIsWord && ScalarText.isDigit(t[j - 1]) && ScalarText.isDigit(t[j + 1]) {
                j += 1
            } else if c == "&" && nextIsWord && ScalarText.isUpper(t[j - 1]) && ScalarText.isUpper(t[j + 1]) {
                j += 1
            } else if ScalarText.isApostrophe(c) && nextIsWord {
                if t[j - 1] == "n" || t[j - 1] == "N", j - 1 > start, j + 2 <= n, t[j + 1] == "t" || t[j + 1] == "T",
                   j + 2 == n || !ScalarText.isWordScalar(t[j + 2]) {
                    out.append(start..<(j - 1))
                    out.append((j - 1)..<(j + 2))
                    return j + 2
                }
                if clitic(t, at: j) != nil { break }
                j += 1
            } else {
                break
            }
        }
        if j < n && t[j] == "." && (dots > 0 || isAbbreviation(t, start, j)) {
            j += 1
        }
        out.append(start..<j)
        return j
    }

    /// Whether the word so far is a run of single letters joined by dots ("U", "U.S", "J.R").
    private static func isInitialRun(_ t: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ dot: Int) -> Bool {
        var k = start
        while k < dot {
            guard ScalarText.isWordScalar(t[k]), !ScalarText.isDigit(t[k]) else { return false }
            if k + 1 < dot && t[k + 1] != "." { return false }
            k += 2
        }
        return true
    }

    /// The end of a clitic ("'s", "'re", "'ve", "'ll", "'d", "'m") starting at the apostrophe `at`.
    private static func clitic(_ t: UnsafeBufferPointer<Unicode.Scalar>, at: Int) -> Int? {
        var k = at + 1
        var h = ScalarText.seed
        while k < t.count, ScalarText.isWordScalar(t[k]), k - at <= 3 {
            h = ScalarText.step(h, ScalarText.lower(t[k].value))
            k += 1
        }
        if k < t.count && ScalarText.isWordScalar(t[k]) { return nil }
        return Self.clitics.contains(h) ? k : nil
    }

    /// Hashes of the clitic endings split off a word.
    private static let clitics: Set<UInt64> = Set(["s", "re", "ve", "ll", "d", "m"].map { ScalarText.hash($0) })

    /// Whether the word before a period is an abbreviation that keeps its dot (one capital, "Mr", "Inc").
    private static func isAbbreviation(_ t: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> Bool {
        if end - start == 1 { return ScalarText.isUpper(t[start]) }
        guard end - start <= 5 else { return false }
        var h = ScalarText.seed
        for k in start..<end { h = ScalarText.step(h, ScalarText.lower(t[k].value)) }
        return abbreviations.contains(h)
    }

    /// Common abbreviations written with a final period in news text.
    private static let abbreviations: Set<UInt64> = Set([
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "inc", "ltd", "corp", "co", "gen", "gov", "sen", "rep",
        "lt", "col", "sgt", "capt", "cmdr", "adm", "maj", "prof", "rev", "hon", "mt", "ft", "no", "vs", "etc",
        "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "ave", "blvd", "dept", "est",
        "bros", "plc", "llc", "mass", "calif", "fla", "ariz", "penn", "wash", "conn", "ill", "tex", "mich",
        "pres", "supt", "messrs", "mme", "mlle", "rt", "approx", "fig", "vol", "al",
    ].map { ScalarText.hash($0) })
}
