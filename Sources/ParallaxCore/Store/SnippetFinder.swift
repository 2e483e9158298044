/// Finds the first match of a query's words and phrases in an article (with the reader's folding) and
/// cuts a one-line, display-safe snippet around it with the matches highlighted.
struct SnippetFinder {
    /// Each term's folded tokens; the last one matches as a prefix when `isPrefix`.
    let patterns: [(tokens: [[UInt32]], isPrefix: Bool)]
    /// Snippet length in scalars, about.
    static let width = 150

    /// A snippet and where its first match lies in the raw file.
    struct Found {
        let snippet: String
        let highlights: [Range<Int>]
        let rawRange: Range<Int>?
    }

    /// The snippet of an article: around the first match in the headline or the story's text, else the
    /// opening of the text.
    func snippet(_ article: Article) -> Found {
        let paragraphs = article.paragraphs.filter { $0.role == .headline } + FileAnalyser.searchParagraphs(article)
        let ordered = paragraphs.sorted { $0.rawRange.lowerBound < $1.rawRange.lowerBound }
        var fallback: Found?
        for paragraph in ordered {
            let matches = self.matches(in: paragraph.text)
            if let first = matches.first {
                let raw = paragraph.offsets.rawRange(first)
                return cut(paragraph.text, around: first, highlights: matches, rawRange: raw)
            }
            if fallback == nil, paragraph.role != .headline, paragraph.wordCount > 0 {
                fallback = cut(paragraph.text, around: 0..<0, highlights: [], rawRange: nil)
            }
        }
        let title = article.displayTitle
        let inTitle = matches(in: title)
        if !inTitle.isEmpty { return cut(title, around: inTitle[0], highlights: inTitle, rawRange: nil) }
        return fallback ?? Self.plain(title)
    }

    /// The snippet cut straight from the file's scalars, looking only inside the stored ranges of its
    /// headline and text paragraphs (no parse needed); the opening of the text when nothing matches there.
    func snippet(raw: [Unicode.Scalar], spans: [Range<Int>], title: String) -> Found {
        let usable = spans.filter { $0.lowerBound >= 0 && $0.upperBound <= raw.count && !$0.isEmpty }
        for span in usable {
            let text = String(String.UnicodeScalarView(raw[span]))
            let found = matches(in: text)
            if let first = found.first {
                let rawRange = (span.lowerBound + first.lowerBound)..<(span.lowerBound + first.upperBound)
                return cut(text, around: first, highlights: found, rawRange: rawRange)
            }
        }
        let inTitle = matches(in: title)
        if !inTitle.isEmpty { return cut(title, around: inTitle[0], highlights: inTitle, rawRange: nil) }
        // The opening of the text: the first paragraph that is more than the headline.
        let titleLength = title.unicodeScalars.count
        if let opening = usable.first(where: { $0.count > titleLength + 10 }) ?? usable.first {
            return cut(String(String.UnicodeScalarView(raw[opening])), around: 0..<0, highlights: [], rawRange: nil)
        }
        return Self.plain(title)
    }

    /// A snippet that is just a text (a title), cleaned, without highlights.
    static func plain(_ text: String) -> Found {
        Found(snippet: String(TextSanitizer.displaySafe(text).prefix(width)), highlights: [], rawRange: nil)
    }

    /// Scalar ranges of every match of any term in a text, in order.
    func matches(in text: String) -> [Range<Int>] {
        guard !patterns.isEmpty else { return [] }
        var folding = TextFolding(caseSensitive: false)
        let folded = folding.fold(text)
        let tokens = SearchFolding.tokens(folded)
        var found: [Range<Int>] = []
        for i in tokens.indices {
            for pattern in patterns {
                let n = pattern.tokens.count
                guard i + n <= tokens.count else { continue }
                var ok = true
                for k in 0..<n {
                    let word = tokens[i + k].scalars, want = pattern.tokens[k]
                    let last = k == n - 1
                    if last && pattern.isPrefix ? !word.starts(with: want) : word != want { ok = false; break }
                }
                if ok {
                    found.append(folded.sourceRange(tokens[i].range.lowerBound..<tokens[i + n - 1].range.upperBound))
                    break
                }
            }
        }
        return found
    }

    /// A window of about `width` scalars around `match`, whitespace collapsed, unsafe scalars dropped, with
    /// the matches inside it as Character ranges of the snippet.
    func cut(_ text: String, around match: Range<Int>, highlights: [Range<Int>], rawRange: Range<Int>?) -> Found {
        let scalars = Array(text.unicodeScalars)
        var start = max(0, match.lowerBound - Self.width / 3)
        if start > 0 {
            // Begin at a word.
            while start < match.lowerBound, !scalars[start - 1].properties.isWhitespace { start += 1 }
        }
        var end = min(scalars.count, max(match.upperBound, start + Self.width))
        if end < scalars.count {
            while end > match.upperBound, !scalars[end].properties.isWhitespace { end -= 1 }
        }
        var out = String.UnicodeScalarView()
        var map = [Int](repeating: 0, count: scalars.count + 1)
        if start > 0 { out.append("…") }
        var pendingSpace = false
        for i in start..<end {
            map[i] = out.count + (pendingSpace ? 1 : 0)
            let s = scalars[i]
            var kept: Unicode.Scalar?
            switch TextSanitizer.classify(s) {
            case .keep: kept = s.properties.isWhitespace ? nil : s
            case .replace(let r): kept = r == " " ? nil : r
            case .newline, .crlfTail: kept = nil
            case .drop: map[i] = out.count; continue
            }
            guard let kept else {
                pendingSpace = out.count > (start > 0 ? 1 : 0)
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            map[i] = out.count
            out.append(kept)
        }
        map[end] = out.count
        if end < scalars.count { out.append("…") }
        let snippet = String(out)
        let characters = Self.characterIndex(snippet)
        let ranges = highlights.compactMap { h -> Range<Int>? in
            guard h.lowerBound >= start, h.upperBound <= end, !h.isEmpty else { return nil }
            let a = characters[map[h.lowerBound]], b = characters[map[h.upperBound - 1]] + 1
            return a < b ? a..<b : nil
        }
        return Found(snippet: snippet, highlights: ranges, rawRange: rawRange)
    }

    /// The Character index of each scalar offset of a string (and of its end).
    static func characterIndex(_ text: String) -> [Int] {
        var index: [Int] = []
        for (c, character) in text.enumerated() {
            for _ in character.unicodeScalars { index.append(c) }
        }
        index.append(text.count)
        return index
    }
}
