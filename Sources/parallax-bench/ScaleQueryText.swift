import Foundation

/// A typed query split into words, phrases, exclusions and filters, the way the scale benchmark's
/// baseline and its ripgrep comparison read it (the real index has its own parser). Lenient: it reads
/// any prefix of a query, an unclosed quote taking the rest of the line.
struct ScaleQueryText {
    /// Words and phrases that must occur, lower-cased.
    var terms: [String] = []
    /// Words and phrases that must not occur, lower-cased.
    var excluded: [String] = []
    /// `name:value` filters, name lower-cased (`outlet`, `date`, `entity`, `type`), empty values dropped.
    var filters: [(name: String, value: String)] = []

    /// Filter names the query syntax knows.
    static let filterNames: Set<String> = ["outlet", "date", "entity", "type"]

    /// Reads a query.
    init(_ text: String) {
        var rest = Substring(text)
        while let start = rest.firstIndex(where: { $0 != " " }) {
            rest = rest[start...]
            var negative = false
            if rest.first == "-", rest.count > 1 { negative = true; rest = rest.dropFirst() }
            var name: String?
            if let colon = rest.firstIndex(of: ":"), !rest[..<colon].contains(" "), !rest[..<colon].contains("\""),
               Self.filterNames.contains(rest[..<colon].lowercased()) {
                name = rest[..<colon].lowercased()
                rest = rest[rest.index(after: colon)...]
            }
            let value: Substring
            if rest.first == "\"" {
                let body = rest.dropFirst()
                let end = body.firstIndex(of: "\"") ?? body.endIndex
                value = body[..<end]
                rest = end < body.endIndex ? body[body.index(after: end)...] : body[end...]
            } else {
                let end = rest.firstIndex(of: " ") ?? rest.endIndex
                value = rest[..<end]
                rest = rest[end...]
            }
            let folded = value.trimmingCharacters(in: .whitespaces).lowercased()
            guard !folded.isEmpty else { continue }
            if let name { filters.append((name, folded)) } else if negative { excluded.append(folded) } else { terms.append(folded) }
        }
    }
}
