import Foundation
import Testing
@testable import ParallaxCore

/// Metadata inferred from the seed articles matches the hand-made expectations.
struct SeedMetadataTests {
    struct Expected: Decodable {
        let outlet: String?
        let date: String?
        let title: String?
        let event: String
    }

    struct Meta: Decodable { let articles: [String: Expected] }

    static let expected: [String: Expected] = {
        let url = TestSupport.fixtures.appendingPathComponent("seeds-meta.json")
        guard let data = try? Data(contentsOf: url), let meta = try? JSONDecoder().decode(Meta.self, from: data) else {
            return [:]
        }
        return meta.articles
    }()

    static let corpus = try? CorpusLoader(root: TestSupport.corpusFolder).load()

    @Test func theBundledCorpusHoldsTheFiveSeedsAndSkipsNothing() throws {
        let corpus = try #require(Self.corpus)
        #expect(corpus.articles.count == 5)
        #expect(corpus.skipped.isEmpty)
        #expect(Set(corpus.articles.map(\.path)) == Set(Self.expected.keys))
    }

    @Test(arguments: Self.expected.keys.sorted())
    func outletDateAndTitleMatchTheExpectations(file: String) throws {
        let corpus = try #require(Self.corpus)
        let article = try #require(corpus.articles.first { $0.path == file })
        let want = try #require(Self.expected[file])
        #expect(article.metadata.outletName == want.outlet)
        #expect(article.metadata.dateValue?.description == want.date)
        #expect(article.metadata.titleText == want.title)
    }

    @Test func articlesOfTheSameEventAreGroupedTogether() throws {
        let corpus = try #require(Self.corpus)
        let bloomberg = try #require(corpus.articles.first { $0.path.hasPrefix("000_") })
        let other = try #require(corpus.articles.first { $0.path.hasPrefix("001_") })
        #expect(corpus.event(of: bloomberg.id)?.id == corpus.event(of: other.id)?.id)
        let reuters = try #require(corpus.articles.first { $0.path.hasPrefix("002_") })
        #expect(corpus.event(of: reuters.id)?.articleIDs == [reuters.id])
    }

    @Test func scrapedJunkIsKeptAsideAndOutOfTheBody() throws {
        let corpus = try #require(Self.corpus)
        for article in corpus.articles {
            let body = article.body.map(\.text).joined(separator: "\n")
            for junk in ["See also", "Share.", "Read the full article here", "Exit mobile version", "Leave a Reply",
                         "Your email address will not be published", "Latest updates", "View 2 more stories",
                         "Our standards:", "Stay informed with free updates", "©"] {
                #expect(!body.contains(junk), "\(article.path) body still holds \(junk)")
            }
        }
        let reuters = try #require(corpus.articles.first { $0.path.hasPrefix("002_") })
        #expect(reuters.boilerplate.count == 8)
        #expect(reuters.body.contains { $0.text.hasPrefix("Washington should make China choose") })
    }

    @Test func aQuoteSharedByTwoOutletsSurvivesInBothBodies() throws {
        let corpus = try #require(Self.corpus)
        let quote = "signaling our profound displeasure about what China is seeking to do"
        let holders = corpus.articles.filter { $0.body.contains { $0.text.contains(quote) } }
        #expect(holders.map { String($0.path.prefix(3)) }.sorted() == ["000", "001"])
    }

    @Test func paragraphOffsetsPointAtTheSameTextInTheRawFile() throws {
        let corpus = try #require(Self.corpus)
        for article in corpus.articles {
            let raw = try String(contentsOf: TestSupport.corpusFolder.appendingPathComponent(article.path), encoding: .utf8)
            let scalars = Array(raw.unicodeScalars)
            for paragraph in article.paragraphs {
                let slice = String(String.UnicodeScalarView(scalars[paragraph.rawRange]))
                let normalised = slice.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
                #expect(normalised == paragraph.text, "\(article.path): \(paragraph.text.prefix(40))")
            }
        }
    }
}
