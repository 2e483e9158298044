import Foundation

/// The JSON shapes that scripts read: `parallax list --json` and `parallax show --json`.
///
/// Unknown values are written as `null`, never left out, so that scripts can rely on every key.
public enum ArticleJSON {
    /// One article in `list --json`.
    struct ListEntry: Encodable {
        let article: Article
        let event: String?

        enum Keys: String, CodingKey { case id, path, outlet, date, title, words, event }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(article.id, forKey: .id)
            try c.encode(article.path, forKey: .path)
            try c.encode(article.metadata.outletName, forKey: .outlet)
            try c.encode(article.metadata.dateValue?.description, forKey: .date)
            try c.encode(article.metadata.titleText, forKey: .title)
            try c.encode(article.wordCount, forKey: .words)
            try c.encode(event, forKey: .event)
        }
    }

    /// One skipped file in `list --json`.
    struct Skip: Encodable {
        let path: String
        let reason: String
    }

    /// The whole `list --json` document.
    struct List: Encodable {
        let articles: [ListEntry]
        let skipped: [Skip]
    }

    /// One paragraph with its raw-file offsets.
    struct ParagraphEntry: Encodable {
        let paragraph: Paragraph

        enum Keys: String, CodingKey { case text, role, start, end }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(paragraph.text, forKey: .text)
            try c.encode(ArticleJSON.roleName(paragraph.role), forKey: .role)
            try c.encode(paragraph.rawRange.lowerBound, forKey: .start)
            try c.encode(paragraph.rawRange.upperBound, forKey: .end)
        }
    }

    /// The whole `show --json` document.
    struct Show: Encodable {
        let entry: ListEntry
        enum Keys: String, CodingKey { case byline, dateline, url, standfirst, paragraphs, boilerplate }

        func encode(to encoder: Encoder) throws {
            try entry.encode(to: encoder)
            var c = encoder.container(keyedBy: Keys.self)
            let meta = entry.article.metadata
            try c.encode(meta.byline?.value, forKey: .byline)
            try c.encode(meta.dateline?.value, forKey: .dateline)
            try c.encode(meta.url?.value, forKey: .url)
            try c.encode(entry.article.standfirst, forKey: .standfirst)
            try c.encode(entry.article.body.map(ParagraphEntry.init), forKey: .paragraphs)
            try c.encode(entry.article.boilerplate.map(ParagraphEntry.init), forKey: .boilerplate)
        }
    }

    /// A stable name for a paragraph role.
    public static func roleName(_ role: ParagraphRole) -> String {
        switch role {
        case .headline: return "headline"
        case .byline: return "byline"
        case .dateLine: return "date"
        case .standfirst: return "standfirst"
        case .body: return "body"
        case .boilerplate(let kind): return "boilerplate:\(kind.rawValue)"
        }
    }

    /// Pretty, key-sorted JSON with unescaped slashes, so that output is stable and readable.
    static func encoder() -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return e
    }

    /// `{"articles":[…],"skipped":[…]}` for a corpus.
    public static func list(_ corpus: Corpus) throws -> Data {
        let entries = corpus.articles.map { ListEntry(article: $0, event: corpus.event(of: $0.id)?.id) }
        let skips = corpus.skipped.map { Skip(path: $0.path, reason: $0.reason) }
        return try encoder().encode(List(articles: entries, skipped: skips))
    }

    /// One article's fields, body paragraphs and boilerplate, with raw-file offsets.
    public static func show(_ article: Article, in corpus: Corpus) throws -> Data {
        try encoder().encode(Show(entry: ListEntry(article: article, event: corpus.event(of: article.id)?.id)))
    }
}
