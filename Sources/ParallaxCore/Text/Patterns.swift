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
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
