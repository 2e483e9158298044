/// Reads what the user types in the search palette into a `SearchQuery`, and writes a query back as
/// canonical text.
///
/// The syntax, items separated by whitespace:
/// - `word` — a word that must occur; `two-state` is the phrase "two state" (words are split as the
///   index's FTS5 `unicode61` tokenizer splits them, see `Unicode61Words`; items with no word are dropped);
/// - `"a phrase"` or `“a phrase”` — the words in that order;
/// - `-word`, `-"a phrase"` — must not occur;
/// - `outlet:name`, `outlet:"Daily Planet"` — the outlet contains the name (several: any of them);
/// - `date:2024`, `date:2024-04`, `date:2024-04-05`, `date:2024-04..2024-05`, `date:..2024-05`,
///   `date:2024-04..` — published in that span, a year or month standing for all its days (one per query);
/// - `entity:name`, `entity:"Jane Doe"` — mentions that entity (several: all of them);
/// - `type:person`, `type:org|gpe` — the words name entities of these types (aliases such as `people`,
///   `organisation`, `place` (= gpe and loc), `country`, `nationality`; several filters: any of them).
/// Keys are case-insensitive; a key is letters followed by `:`, so `10:30` is plain words. The last bare
/// word matches as a prefix while the text does not end in whitespace (the user is still typing it).
public enum QueryParser {
    /// The query a text stands for, or the first problem in it with its character offset.
    ///
    /// Never traps, whatever the text; runs in time linear in its length.
    public static func parse(_ text: String) -> Result<SearchQuery, QueryError> {
        var reader = QueryReader(Array(text.unicodeScalars))
        do throws(QueryProblem) {
            return .success(try reader.read())
        } catch {
            return .failure(QueryError(message: error.message, position: characterOffset(of: error.offset, in: text)))
        }
    }

    /// Canonical text for a query: words and phrases, exclusions, then `outlet:`, `entity:`, `type:` and
    /// `date:` filters, with a word still being typed last.
    ///
    /// `parse(render(q)) == .success(q)` for every query `parse` returns.
    public static func render(_ query: SearchQuery) -> String {
        var items: [String] = []
        let typing = query.terms.last.flatMap { $0.isPrefix ? $0 : nil }
        for term in query.terms.dropLast(typing == nil ? 0 : 1) { items.append(phrase(term.words)) }
        items += query.excluded.map { "-" + phrase($0.words) }
        items += query.outlets.map { "outlet:" + value($0) }
        items += query.entities.map { "entity:" + value($0) }
        if !query.types.isEmpty { items.append("type:" + query.types.map(QueryTypeNames.name).joined(separator: "|")) }
        if let dates = query.dates { items.append("date:" + QueryDates.render(dates)) }
        if let typing {
            // Joined by hyphens the words stay one bare item, so the last of them stays a prefix.
            items.append(typing.words.joined(separator: "-"))
        } else if items.count == query.terms.count, let last = query.terms.last, last.words.count == 1 {
            // A finished last word, quoted so that it does not read as a word still being typed.
            items[items.count - 1] = "\"\(last.words[0])\""
        }
        return items.joined(separator: " ")
    }

    /// One word bare, several quoted as a phrase.
    private static func phrase(_ words: [String]) -> String {
        words.count == 1 ? words[0] : "\"" + words.joined(separator: " ") + "\""
    }

    /// A filter value, quoted when it holds whitespace or quotes.
    private static func value(_ text: String) -> String {
        let plain = !text.isEmpty && !text.unicodeScalars.contains { QueryScanner.isSpace($0) || QueryScanner.isQuote($0) }
        return plain ? text : "\"\(text)\""
    }

    /// The character offset of the character holding a scalar offset (the text's length past the end).
    static func characterOffset(of scalarOffset: Int, in text: String) -> Int {
        var scalars = 0, characters = 0
        for character in text {
            scalars += character.unicodeScalars.count
            if scalarOffset < scalars { return characters }
            characters += 1
        }
        return characters
    }
}

extension SearchQuery: CustomStringConvertible {
    /// The query as canonical search text (`QueryParser.render`).
    public var description: String { QueryParser.render(self) }
}
