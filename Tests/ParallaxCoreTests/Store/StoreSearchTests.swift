import Foundation
import XCTest
@testable import ParallaxCore

/// Corpus search: ranking, filters, phrases, exclusions, prefixes, folding and snippets.
final class StoreSearchTests: XCTestCase {
    private var corpus: TempCorpus!
    private var index: CorpusIndex!

    override func setUpWithError() throws {
        corpus = try TempCorpus()
        try corpus.writeSample()
        try corpus.write("extra/cafe.md", outlet: "Lumen Post", date: "2024-05-19", title: "Café owners protest rent rises",
                         body: ["Owners of a café in Orland said the rent had doubled. “We cannot stay,” said Zoë Marlowe."])
        try corpus.write("extra/old-tram.md", outlet: "Lumen Post", date: "2021-01-10", title: "History of the tram",
                         body: ["The first tram in the region ran in 1901. Trams were replaced by buses later."])
        try corpus.write("extra/new-tram.md", outlet: "Lumen Post", date: "2024-05-22", title: "Riders of the tram",
                         body: ["The first tram in the region ran in 1902. Trams were replaced by buses later."])
        index = try corpus.index()
        _ = try index.refresh(progress: nil)
    }

    override func tearDown() {
        index = nil
        corpus = nil
    }

    private func query(_ words: [String], prefix: Bool = false, configure: (inout SearchQuery) -> Void = { _ in }) -> SearchQuery {
        var q = SearchQuery()
        q.terms = words.map { SearchQuery.Term(words: $0.split(separator: " ").map(String.init)) }
        if prefix, !q.terms.isEmpty { q.terms[q.terms.count - 1].isPrefix = true }
        configure(&q)
        return q
    }

    private func ids(_ q: SearchQuery, limit: Int = 50) throws -> [String] {
        try index.search(q, limit: limit, offset: 0).map(\.article.id)
    }

    func testATitleHitRanksAboveABodyHit() throws {
        let hits = try ids(query(["comet"]))
        XCTAssertEqual(hits, ["science/comet"])
        let crane = try ids(query(["collapse"]))
        // "collapse" is in the title of three.md and only in the bodies of the others ("collapsed").
        XCTAssertEqual(crane.first, "harbour/three")
    }

    func testRecencyBreaksNearTies() throws {
        let hits = try ids(query(["replaced", "buses"]))
        XCTAssertEqual(hits, ["extra/new-tram", "extra/old-tram"])
        let scores = try index.search(query(["replaced", "buses"]), limit: 5, offset: 0).map(\.score)
        XCTAssertGreaterThan(scores[0], scores[1])
        XCTAssertGreaterThan(scores[1], 0)
    }

    func testPhrasesMatchOnlyWordsInOrder() throws {
        var q = SearchQuery()
        q.terms = [SearchQuery.Term(words: ["tram", "network"])]
        XCTAssertEqual(Set(try ids(q)), ["vote/a", "vote/b"])
        q.terms = [SearchQuery.Term(words: ["network", "tram"])]
        XCTAssertEqual(try ids(q), [])
        XCTAssertEqual(Set(try ids(query(["network", "tram"]))), ["vote/a", "vote/b"], "words in any order")
    }

    func testExclusionsDropArticles() throws {
        let all = try ids(query(["tram"]))
        XCTAssertTrue(all.contains("extra/old-tram"))
        let fewer = try ids(query(["tram"]) { $0.excluded = [SearchQuery.Term(words: ["buses"])] })
        XCTAssertFalse(fewer.contains("extra/old-tram"))
        XCTAssertTrue(fewer.contains("vote/a"))
        let onlyExcluded = try ids(query([]) {
            $0.excluded = [SearchQuery.Term(words: ["tram"])]
            $0.outlets = ["lumen"]
        })
        XCTAssertEqual(onlyExcluded, ["extra/cafe"])
    }

    func testTheLastWordMatchesAsAPrefixWhileTyped() throws {
        XCTAssertEqual(try ids(query(["astronom"])), [])
        XCTAssertEqual(try ids(query(["astronom"], prefix: true)), ["science/comet"])
    }

    func testAWordBeingTypedWaitsForItsThirdLetter() throws {
        let typing = query(["tram", "bu"], prefix: true)
        XCTAssertEqual(typing.waitingPrefix, "bu")
        XCTAssertEqual(try ids(typing), try ids(query(["tram"])), "the short prefix is left out, not matched")
        XCTAssertEqual(try ids(query(["tram", "bus"], prefix: true)), ["extra/new-tram", "extra/old-tram"])
        XCTAssertNil(query(["tram", "bus"], prefix: true).waitingPrefix)
        XCTAssertEqual(try ids(query(["b"], prefix: true)), [], "nothing left to search")
        XCTAssertEqual(query(["two s"], prefix: true).searched.terms, [SearchQuery.Term(words: ["two"])])
    }

    func testABroadQueryListsHeadlineMatchesThenNewest() throws {
        let plan = SearchPlan(query(["the"]))
        let newest = index.counters().newestDay
        let listed = try index.db.read { db in
            try CorpusIndex.rankedRows(db, plan: plan, newest: newest, limit: 50, offset: 0, rankedMatches: 1)
        }
        let ranked = try index.search(query(["the"]), limit: 50, offset: 0)
        XCTAssertEqual(Set(listed.map(\.summary.id)), Set(ranked.map(\.article.id)), "the same articles, in another order")
        let inTitle = listed.map { $0.summary.title.lowercased().split { !$0.isLetter }.contains("the") }
        XCTAssertEqual(inTitle, inTitle.sorted { $0 && !$1 }, "headline matches first")
        XCTAssertTrue(inTitle.contains(true) && inTitle.contains(false))
        for tier in [true, false] {
            let days = zip(listed, inTitle).filter { $0.1 == tier }.map { $0.0.summary.date?.dayNumber ?? Int.min }
            XCTAssertEqual(days, days.sorted(by: >), "each newest first")
        }
        XCTAssertTrue(listed.allSatisfy { $0.score == 0 })
        let page = try index.db.read { db in
            try CorpusIndex.rankedRows(db, plan: plan, newest: newest, limit: 2, offset: 1, rankedMatches: 1)
        }
        XCTAssertEqual(page.map(\.summary.id), Array(listed.map(\.summary.id)[1..<3]))
    }

    func testAccentsAndCaseAreFolded() throws {
        XCTAssertEqual(try ids(query(["CAFE"])), ["extra/cafe"])
        XCTAssertEqual(try ids(query(["zoe"])), ["extra/cafe"])
        XCTAssertEqual(try ids(query(["café"])), ["extra/cafe"])
    }

    func testFilters() throws {
        XCTAssertEqual(Set(try ids(query(["tram"]) { $0.outlets = ["HERALD"] })), ["vote/b"])
        let may = ClosedRange(uncheckedBounds: (NewsDate(year: 2024, month: 5, day: 1)!, NewsDate(year: 2024, month: 5, day: 20)!))
        XCTAssertEqual(Set(try ids(query([]) { $0.dates = may })), ["vote/a", "extra/cafe"])
        XCTAssertEqual(try ids(query([]) { $0.outlets = ["lumen post"] }), ["extra/new-tram", "extra/cafe", "extra/old-tram"],
                       "filters alone list newest first")
        // The stand-in recogniser reads "Director Ilse Varga" in three.md as one name.
        XCTAssertEqual(Set(try ids(query([]) { $0.entities = ["ilse varga"] })), ["harbour/one", "harbour/two"])
        XCTAssertEqual(try ids(query([]) { $0.entities = ["Nobody Known"] }), [])
        XCTAssertEqual(Set(try ids(query(["velmora"]) { $0.types = [.org] })), ["harbour/one", "harbour/two", "harbour/three"])
        XCTAssertEqual(try ids(query(["velmora"]) { $0.types = [.person] }), [])
    }

    func testQueriesNeverReachTheIndexRaw() throws {
        for text in ["\"", "a\" OR \"b", "NEAR(", "*", "col:x", "-", "—"] {
            XCTAssertNoThrow(try index.search(query([text]), limit: 5, offset: 0), text)
        }
        XCTAssertEqual(try index.search(SearchQuery(), limit: 5, offset: 0), [])
    }

    func testSnippetsPointAtTheWordInTheRawFile() throws {
        let hit = try XCTUnwrap(index.search(query(["dock", "workers"]), limit: 5, offset: 0).first { $0.article.id == "harbour/two" })
        let raw = Array(try String(contentsOf: corpus.root.appendingPathComponent("harbour/two.md"), encoding: .utf8).unicodeScalars)
        let range = try XCTUnwrap(hit.rawRange)
        XCTAssertEqual(String(String.UnicodeScalarView(raw[range])), "dock")
        XCTAssertFalse(hit.snippet.contains("\n"))
        XCTAssertEqual(hit.highlights.count, 2)
        let words = hit.highlights.map { String(Array(hit.snippet)[$0]) }
        XCTAssertEqual(words, ["dock", "workers"])

        let accented = try XCTUnwrap(index.search(query(["zoe"]), limit: 1, offset: 0).first)
        let text = Array(try String(contentsOf: corpus.root.appendingPathComponent("extra/cafe.md"), encoding: .utf8).unicodeScalars)
        XCTAssertEqual(String(String.UnicodeScalarView(text[try XCTUnwrap(accented.rawRange)])), "Zoë")
        XCTAssertEqual(accented.highlights.map { String(Array(accented.snippet)[$0]) }, ["Zoë"])
    }

    func testAMissingFileStillGivesAHitWithItsTitle() throws {
        try corpus.remove("science/comet.md")
        let hit = try XCTUnwrap(index.search(query(["comet"]), limit: 5, offset: 0).first)
        XCTAssertEqual(hit.snippet, "Astronomers track bright comet near Saturn")
        XCTAssertNil(hit.rawRange)
    }

    func testRankingWithoutFiltersEqualsRankingWithAFilterThatKeepsEverything() throws {
        let all = ClosedRange(uncheckedBounds: (NewsDate(year: 1900, month: 1, day: 1)!, NewsDate(year: 2100, month: 1, day: 1)!))
        for words in [["tram"], ["the"], ["velmora", "port"]] {
            let plain = try index.search(query(words), limit: 50, offset: 0)
            // Undated articles fall out of a date filter.
            let filtered = try index.search(query(words) { $0.dates = all }, limit: 50, offset: 0)
            XCTAssertEqual(plain.filter { $0.article.date != nil }.map(\.article.id), filtered.map(\.article.id), "\(words)")
            for (a, b) in zip(plain.filter { $0.article.date != nil }, filtered) { XCTAssertEqual(a.score, b.score, accuracy: 1e-9) }
        }
    }

    func testASnippetOfAFileChangedSinceIndexingComesFromTheNewText() throws {
        try corpus.write("science/comet.md", outlet: "Northern Wire", date: "2023-11-02", title: "Astronomers track bright comet near Saturn",
                         body: ["Added first. The bright comet is fading now, observers at the Kessel Observatory said."])
        let comet = try XCTUnwrap(index.search(query(["comet"]), limit: 5, offset: 0).first)
        XCTAssertTrue(comet.snippet.hasPrefix("Added first."), comet.snippet)
        let raw = Array(try String(contentsOf: corpus.root.appendingPathComponent("science/comet.md"), encoding: .utf8).unicodeScalars)
        XCTAssertEqual(String(String.UnicodeScalarView(raw[try XCTUnwrap(comet.rawRange)])).lowercased(), "comet")
    }

    func testOffsetPagesThroughHits() throws {
        let all = try ids(query(["tram"]))
        let paged = try (0..<all.count).flatMap { try index.search(query(["tram"]), limit: 1, offset: $0).map(\.article.id) }
        XCTAssertEqual(paged, all)
    }
}
