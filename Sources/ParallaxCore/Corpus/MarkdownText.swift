/// Removes Markdown markup from a `.md` article so that only what a reader sees is left: heading and
/// quote markers, emphasis, code ticks, link and image targets, HTML tags and reference definitions.
///
/// Markup is only ever removed, never rewritten, so every kept scalar keeps its raw-file offset.
enum MarkdownText {
    /// The text without Markdown markup, and the raw ranges of lines that held only an image (whose
    /// alt text is kept, as a caption rather than as article text).
    static func strip(_ text: CleanText) -> (text: CleanText, imageLines: [Range<Int>]) {
        let s = text.scalars
        var keep = [Bool](repeating: true, count: s.count)
        var imageLines: [Range<Int>] = []
        var lineStart = 0
        for i in 0...s.count where i == s.count || s[i] == "\n" {
            stripLine(s, lineStart..<i, &keep)
            if isImageOnly(s, lineStart..<i) { imageLines.append(text.rawRange(lineStart..<i)) }
            lineStart = i + 1
        }
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int32] = []
        scalars.reserveCapacity(s.count)
        offsets.reserveCapacity(s.count + 1)
        var ends: [Int: Int32] = [:]
        for i in s.indices where keep[i] {
            if let end = text.rawEnd(of: i) { ends[scalars.count] = end }
            scalars.append(s[i])
            offsets.append(text.rawOffsets[i])
        }
        offsets.append(text.rawOffsets.last ?? 0)
        return (CleanText(scalars: scalars, rawOffsets: offsets, rawEnds: ends), imageLines)
    }

    /// Whether a line is one image, `![alt](target)`, and nothing else.
    static func isImageOnly(_ s: [Unicode.Scalar], _ line: Range<Int>) -> Bool {
        var i = line.lowerBound
        var e = line.upperBound
        while i < e, isSpace(s[i]) { i += 1 }
        while e > i, isSpace(s[e - 1]) { e -= 1 }
        guard e - i >= 5, s[i] == "!", s[i + 1] == "[", let close = closing(s, from: i + 1, before: e, "[", "]"),
              close + 1 < e, s[close + 1] == "(", let target = closing(s, from: close + 1, before: e, "(", ")") else {
            return false
        }
        return target == e - 1
    }

    /// A space or tab.
    static func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" }
    /// A letter or digit.
    static func isWordScalar(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic || c.properties.numericType != nil }

    private static func drop(_ range: Range<Int>, _ keep: inout [Bool]) {
        for k in range { keep[k] = false }
    }

    /// Index of the scalar closing a bracket pair opened at `open`, on the same line and within 2,000
    /// scalars (link texts and targets are short; the limit keeps a line of brackets linear).
    private static func closing(_ s: [Unicode.Scalar], from open: Int, before end: Int, _ o: Unicode.Scalar, _ c: Unicode.Scalar) -> Int? {
        var depth = 0
        var k = open
        let end = min(end, open + 2_000)
        while k < end {
            if s[k] == "\\" { k += 2; continue }
            if s[k] == o { depth += 1 } else if s[k] == c { depth -= 1; if depth == 0 { return k } }
            k += 1
        }
        return nil
    }

    /// Marks the markup of one line for removal: definitions, heading and quote markers, then inline markup.
    static func stripLine(_ s: [Unicode.Scalar], _ line: Range<Int>, _ keep: inout [Bool]) {
        var i = line.lowerBound
        while i < line.upperBound, isSpace(s[i]) { i += 1 }
        // `[ref]: https://…` defines a link target: nothing a reader sees.
        if i < line.upperBound, s[i] == "[", let close = closing(s, from: i, before: line.upperBound, "[", "]"),
           close + 1 < line.upperBound, s[close + 1] == ":" {
            drop(line, &keep)
            return
        }
        // Heading markers `## ` (and closing `##`), quote markers `> `.
        var j = i
        while j < line.upperBound, s[j] == "#" { j += 1 }
        if j > i, j - i <= 6, j == line.upperBound || isSpace(s[j]) {
            drop(i..<min(j + 1, line.upperBound), &keep)
            var e = line.upperBound
            while e > j, isSpace(s[e - 1]) { e -= 1 }
            var h = e
            while h > j, s[h - 1] == "#" { h -= 1 }
            if h < e, h > j, isSpace(s[h - 1]) { drop(h..<e, &keep) }
            i = j
        } else {
            while i < line.upperBound, s[i] == ">" {
                keep[i] = false
                i += 1
                if i < line.upperBound, isSpace(s[i]) { keep[i] = false; i += 1 }
            }
        }
        stripInline(s, i..<line.upperBound, &keep)
    }

    /// Marks inline markup for removal: escapes, images, links, code ticks, emphasis, tags.
    static func stripInline(_ s: [Unicode.Scalar], _ range: Range<Int>, _ keep: inout [Bool]) {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let c = s[i]
            switch c {
            case "\\" where i + 1 < end && s[i + 1].properties.isASCIIHexDigit == false && s[i + 1].isASCII
                && !isWordScalar(s[i + 1]) && !isSpace(s[i + 1]):
                keep[i] = false
                i += 2
            case "!" where i + 1 < end && s[i + 1] == "[":
                if let close = link(s, at: i + 1, end, &keep) {
                    keep[i] = false
                    i = close
                } else {
                    i += 1
                }
            case "[":
                i = link(s, at: i, end, &keep) ?? i + 1
            case "`":
                keep[i] = false
                i += 1
            case "*", "_":
                i = emphasis(s, at: i, in: range, &keep)
            case "<":
                if let close = tag(s, at: i, end) {
                    let inner = i + 1..<close
                    let isAutolink = inner.contains { s[$0] == ":" } && !inner.contains { isSpace(s[$0]) }
                    if isAutolink { keep[i] = false; keep[close] = false } else { drop(i..<(close + 1), &keep) }
                    i = close + 1
                } else {
                    i += 1
                }
            default:
                i += 1
            }
        }
    }

    /// A run of `*` or `_` at `start`: dropped when it marks emphasis; returns the index after the run.
    private static func emphasis(_ s: [Unicode.Scalar], at start: Int, in range: Range<Int>, _ keep: inout [Bool]) -> Int {
        let c = s[start]
        var run = start
        while run < range.upperBound, s[run] == c { run += 1 }
        let before: Unicode.Scalar? = start > range.lowerBound ? s[start - 1] : nil
        let after: Unicode.Scalar? = run < range.upperBound ? s[run] : nil
        let opens = after.map { !isSpace($0) } ?? false
        let closes = before.map { !isSpace($0) } ?? false
        let intraword = (before.map(isWordScalar) ?? false) && (after.map(isWordScalar) ?? false)
        // A run at a word edge is emphasis; `_` inside a word (snake_case) and a lone `*` between
        // spaces ("5 * 3") are text. A line of only `*`/`_` is a rule.
        let ruleLine = run - start >= 3 && before == nil && after == nil
        if ruleLine || (opens || closes) && !(c == "_" && intraword) && run - start <= 3 {
            drop(start..<run, &keep)
        }
        return run
    }

    /// `[text](target)` or `[text][ref]` at `open`: keeps the text, drops the rest; returns the index
    /// after the link, or `nil` when the brackets are not a link.
    private static func link(_ s: [Unicode.Scalar], at open: Int, _ end: Int, _ keep: inout [Bool]) -> Int? {
        guard let close = closing(s, from: open, before: end, "[", "]"), close + 1 < end else { return nil }
        let next = s[close + 1]
        guard next == "(" || next == "[",
              let targetEnd = closing(s, from: close + 1, before: end, next, next == "(" ? ")" : "]") else { return nil }
        keep[open] = false
        drop(close..<(targetEnd + 1), &keep)
        stripInline(s, (open + 1)..<close, &keep)
        return targetEnd + 1
    }

    /// An HTML tag or autolink opening at `open` (`<br>`, `</a>`, `<a href="…">`, `<https://…>`).
    private static func tag(_ s: [Unicode.Scalar], at open: Int, _ end: Int) -> Int? {
        guard open + 1 < end else { return nil }
        let first = s[open + 1]
        guard first == "/" || first == "!" || (first.isASCII && first.properties.isAlphabetic) else { return nil }
        var k = open + 1
        while k < end, k - open < 400 {
            if s[k] == ">" { return k }
            if s[k] == "<" { return nil }
            k += 1
        }
        return nil
    }
}
