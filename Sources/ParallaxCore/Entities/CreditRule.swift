/// An outlet named in parentheses at the start of a segment, before a dash or after an all-caps
/// dateline ("WASHINGTON (Reuters) —", "(Bloomberg) --"), is an ORG.
enum CreditRule {
    /// Hashes of "(" and ")".
    private static let open = ScalarText.hash("("), close = ScalarText.hash(")")

    /// The spans with dateline credits added or retyped as ORG.
    static func apply(_ spans: [TokenSpan], _ doc: DocumentTokens) -> [TokenSpan] {
        var out = spans
        var i = 0
        var segmentStart = 0
        while i < doc.count {
            if i > 0 && doc.segment[i] != doc.segment[i - 1] { segmentStart = i }
            if doc.lower[i] == open, i - segmentStart <= 12, let span = credit(at: i, doc) {
                out.removeAll { $0.start < span.end && span.start < $0.end }
                out.append(span)
                out.sort { $0.start < $1.start }
            }
            i += 1
        }
        return out
    }

    /// The ORG span inside the parentheses opening at `i`, when they look like a credit.
    private static func credit(at i: Int, _ doc: DocumentTokens) -> TokenSpan? {
        var j = i + 1
        while j < doc.count, j - i <= 4, doc.segment[j] == doc.segment[i], doc.flags[j].contains(.capitalized) { j += 1 }
        guard j > i + 1, j < doc.count, doc.lower[j] == close, doc.segment[j] == doc.segment[i] else { return nil }
        let afterDateline = i > 0 && doc.segment[i - 1] == doc.segment[i] && doc.flags[i - 1].contains(.dateline)
        let next = j + 1
        let beforeDash = next < doc.count && doc.segment[next] == doc.segment[i] && !doc.flags[next].contains(.word)
            && doc.length[next] <= 2 && doc.lower[next] != open
        guard afterDateline || beforeDash else { return nil }
        return TokenSpan(start: i + 1, end: j, type: EntityType.org.index)
    }
}
