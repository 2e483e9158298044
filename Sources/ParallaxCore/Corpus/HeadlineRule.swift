/// Decides whether a file's first line is a headline: short, one line, no sentence-final punctuation.
enum HeadlineRule {
    /// Whether the paragraph reads as a headline rather than the first sentence of the body.
    static func isHeadline(_ text: String) -> Bool {
        let words = text.spaceSeparatedCount
        guard (2...25).contains(words), text.count <= 200, let last = text.last,
              let first = text.first(where: { $0.isLetter || $0.isNumber }),
              first.isUppercase || first.isNumber else { return false }
        if ".,;:".contains(last) || text.hasSuffix(".\"") || text.hasSuffix(".”") || text.hasSuffix("…") {
            return false
        }
        if "?!".contains(last) && words > 15 { return false }
        if OutletInference.dateline(in: text) != nil || DateInference.dateLine(text) != nil { return false }
        return true
    }
}
