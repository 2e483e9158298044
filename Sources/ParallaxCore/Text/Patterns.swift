import Foundation

/// Small helpers over `NSRegularExpression` so that inference code reads as rules.
enum Patterns {
    /// Compiles a pattern known at build time; a bad pattern is a programming error caught by tests
    /// (`nil` then matches nothing rather than crashing the program).
    static func regex(_ pattern: String, _ options: NSRegularExpression.Options = []) -> NSRegularExpression? {
        let re = try? NSRegularExpression(pattern: pattern, options: options)
        assert(re != nil, "bad pattern: \(pattern)")
        return re
    }

    /// The capture groups of the first match, `nil` for groups that did not take part.
    static func firstMatch(_ re: NSRegularExpression?, in text: String) -> [String?]? {
        let range = NSRange(text.startIndex..., in: text)
        guard let m = re?.firstMatch(in: text, range: range) else { return nil }
        return (0..<m.numberOfRanges).map { i in
            let r = m.range(at: i)
            guard r.location != NSNotFound, let sr = Range(r, in: text) else { return nil }
            return String(text[sr])
        }
    }

    /// Whether the regex matches anywhere in the text.
    static func matches(_ re: NSRegularExpression?, _ text: String) -> Bool {
        re?.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// The text with every match replaced.
    static func replacing(_ re: NSRegularExpression?, in text: String, with template: String) -> String {
        guard let re else { return text }
        return re.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }
}

extension String {
    /// The string without leading and trailing spaces and newlines.
    var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isSpaceLike }) else { return "" }
        guard let last = scalars.lastIndex(where: { !$0.isSpaceLike }) else { return "" }
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }

    /// Whether the text holds `needle` (ASCII letters in either case; other bytes exactly): a fast
    /// test for a literal marker before running a pattern, without Foundation's Unicode-aware search.
    func holds(_ needle: String) -> Bool {
        var needle = needle
        var copy = self
        return needle.withUTF8 { n in
            guard !n.isEmpty else { return true }
            return copy.withUTF8 { h in
                guard h.count >= n.count else { return false }
                let first = Self.fold(n[0])
                // A letter matches in either case; any other byte only itself (`| 0x20` folds exactly the
                // two cases of a letter onto its lower case, and nothing else onto it).
                let isLetter = first >= 0x61 && first <= 0x7A
                var i = 0
                let last = h.count - n.count
                while i <= last {
                    let b = h[i]
                    if (isLetter ? b | 0x20 : b) == first {
                        var k = 1
                        while k < n.count, Self.fold(h[i + k]) == Self.fold(n[k]) { k += 1 }
                        if k == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    @inline(__always) private static func fold(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
}
