import Foundation
import Testing
@testable import ParallaxCore

/// The JSON that scripts rely on has every key, with null for unknowns.
struct JSONContractTests {
    @Test func listHasEveryKeyAndNullForUnknownValues() throws {
        let corpus = try CorpusLoader(root: TestSupport.corpusFolder).load()
        let json = try JSONSerialization.jsonObject(with: ArticleJSON.list(corpus)) as? [String: Any]
        let articles = try #require(json?["articles"] as? [[String: Any]])
        #expect(articles.count == 5)
        for entry in articles {
            #expect(Set(entry.keys) == ["id", "path", "outlet", "date", "title", "words", "event"])
        }
        let unknown = try #require(articles.first { ($0["path"] as? String) == "003_0c3ebc7fd213a9e4.txt" })
        #expect(unknown["outlet"] is NSNull)
        #expect(unknown["date"] is NSNull)
        #expect(unknown["title"] is NSNull)
        #expect((json?["skipped"] as? [Any])?.isEmpty == true)
    }

    @Test func showGivesParagraphsWithRawOffsets() throws {
        let corpus = try CorpusLoader(root: TestSupport.corpusFolder).load()
        let article = try corpus.resolve("002")
        let json = try JSONSerialization.jsonObject(with: ArticleJSON.show(article, in: corpus)) as? [String: Any]
        let paragraphs = try #require(json?["paragraphs"] as? [[String: Any]])
        #expect(paragraphs.count == article.body.count)
        #expect(json?["byline"] as? String == "Michael Martina and Trevor Honeycutt")
        let first = try #require(paragraphs.first)
        #expect((first["text"] as? String)?.hasPrefix("WASHINGTON (Reuters)") == true)
        #expect((first["start"] as? Int ?? 0) > 0)
    }
}
