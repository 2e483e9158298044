import Foundation

/// `parallax entities --json`: every article's mentions with raw-file offsets and the entity each links to.
///
/// `{"articles": {"<key>": {"entities": [{"text", "type", "start", "end", "entity"}]}}}`, mentions in text
/// order; `start`/`end` are half-open Unicode-scalar offsets of the raw file, `text` is that slice, and
/// `entity` is the linked entity's canonical name.
public enum EntityJSON {
    /// One mention.
    struct Mention: Encodable {
        let text: String
        let type: String
        let start: Int
        let end: Int
        let entity: String
    }

    /// One article's mentions.
    struct Entry: Encodable {
        let entities: [Mention]
    }

    /// The whole document.
    struct Document: Encodable {
        let articles: [String: Entry]
    }

    /// The JSON for a corpus. `key` names each article (default: its path relative to the corpus folder);
    /// `rawScalars` gives a file's raw scalars (default: read and decoded from disk), for the `text` slices.
    public static func document(_ corpus: Corpus, key: (Article) -> String = { $0.path },
                                rawScalars: ((Article) -> [Unicode.Scalar]?)? = nil) throws -> Data {
        let read = rawScalars ?? { readRaw($0, root: corpus.root) }
        var articles: [String: Entry] = [:]
        for article in corpus.articles {
            let raw = read(article)
            let mentions = corpus.entities.mentions(in: article.id).map { m in
                Mention(text: slice(raw, m.rawRange) ?? m.text, type: m.type.rawValue, start: m.rawRange.lowerBound,
                        end: m.rawRange.upperBound, entity: corpus.entities.entity(m.entity)?.name ?? m.text)
            }
            articles[key(article)] = Entry(entities: mentions)
        }
        return try ArticleJSON.encoder().encode(Document(articles: articles))
    }

    /// A file's raw scalars, decoded as on load; nil when it can no longer be read.
    public static func readRaw(_ article: Article, root: String) -> [Unicode.Scalar]? {
        let url = URL(fileURLWithPath: root).appendingPathComponent(article.path)
        guard let data = try? Data(contentsOf: url), case .success(let scalars) = FileDecoder.decode(data) else { return nil }
        return scalars
    }

    /// The raw text of a range, if the raw scalars cover it.
    static func slice(_ raw: [Unicode.Scalar]?, _ range: Range<Int>) -> String? {
        guard let raw, range.lowerBound >= 0, range.upperBound <= raw.count else { return nil }
        return String(String.UnicodeScalarView(raw[range]))
    }
}
