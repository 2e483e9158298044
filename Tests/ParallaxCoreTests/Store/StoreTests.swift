import Foundation
import GRDB
import Synchronization
import XCTest
@testable import ParallaxCore

/// The corpus index: incremental refresh, the library's order, reading articles and entities.
final class StoreTests: XCTestCase {
    func testRefreshAddsChangesKeepsAndRemovesFiles() throws {
        let corpus = try TempCorpus()
        try corpus.writeSample()
        let index = try corpus.index()
        let first = try index.refresh(progress: nil)
        XCTAssertEqual(first.added, 8)
        XCTAssertEqual(first.skipped, 1)
        XCTAssertEqual(index.articleCount, 7)
        XCTAssertEqual(index.skippedCount, 1)
        XCTAssertGreaterThan(index.eventCount, 0)

        let again = try index.refresh(progress: nil)
        XCTAssertEqual([again.added, again.changed, again.removed, again.unchanged], [0, 0, 0, 8])

        // The same bytes with a new modification time: read and hashed, not analysed again.
        try corpus.touch("vote/a.md", secondsAgo: 3600)
        let before = index.generation
        let touched = try index.refresh(progress: nil)
        XCTAssertEqual([touched.added, touched.changed, touched.unchanged], [0, 0, 8])
        XCTAssertEqual(index.generation, before, "nothing changed, nothing regrouped")

        try corpus.write("vote/a.md", outlet: "Tidewater Daily", date: "2024-05-20", title: "Orland council backs tram plan",
                         body: ["The Orland city council backed the tram network extension on Monday."])
        try corpus.remove("science/comet.md")
        try corpus.write("new.md", outlet: "Northern Wire", date: "2024-06-01", title: "Ferry timetable changes",
                         body: ["Ferries to the islands will run hourly from June."])
        let changed = try index.refresh(progress: nil)
        XCTAssertEqual([changed.added, changed.changed, changed.removed, changed.unchanged], [1, 1, 1, 6])
        XCTAssertEqual(index.articleCount, 7)
        XCTAssertNil(index.summary(id: "science/comet"))
        XCTAssertEqual(index.summary(id: "vote/a")?.title, "Orland council backs tram plan")
        XCTAssertGreaterThan(index.generation, before)
    }

    func testAnotherIndexOnTheSameCacheSeesTheCommittedContent() throws {
        let corpus = try TempCorpus()
        try corpus.writeSample()
        _ = try corpus.index().refresh(progress: nil)
        let reopened = try corpus.index()
        XCTAssertEqual(reopened.notices, [])
        XCTAssertEqual(reopened.articleCount, 7)
        let report = try reopened.refresh(progress: nil)
        XCTAssertEqual(report.unchanged, 8)
        XCTAssertEqual(report.added, 0)
    }

    func testLibraryOrderIsTheInMemoryCorpusOrder() throws {
        let corpus = try TempCorpus()
        try corpus.writeSample()
        let index = try corpus.index()
        _ = try index.refresh(progress: nil)
        let memory = try CorpusLoader(root: corpus.root, recognizer: CapitalisedWordRecognizer()).load()
        let expected = ExpectedLibrary.rows(memory)
        XCTAssertEqual(index.libraryCount(mentioning: nil), expected.count)
        XCTAssertEqual(ExpectedLibrary.rows(index.library(0..<1000, mentioning: nil)), expected)
        // Pages put together give the same rows.
        let paged = stride(from: 0, to: expected.count, by: 3).flatMap { index.library($0..<($0 + 3), mentioning: nil) }
        XCTAssertEqual(ExpectedLibrary.rows(paged), expected)
        for (i, row) in expected.enumerated() where row.hasPrefix("article ") {
            XCTAssertEqual(index.libraryPosition(of: String(row.dropFirst(8)), mentioning: nil), i)
        }
        // Filtered by an entity: only its articles and their events.
        for entity in memory.entities.entities.prefix(6) {
            let filtered = ExpectedLibrary.rows(memory, mentioning: entity.id)
            XCTAssertEqual(index.entity(entity.id)?.name, entity.name)
            XCTAssertEqual(index.libraryCount(mentioning: entity.id), filtered.count, entity.name)
            XCTAssertEqual(ExpectedLibrary.rows(index.library(0..<1000, mentioning: entity.id)), filtered, entity.name)
            XCTAssertEqual(index.articles(mentioning: entity.id), memory.entities.articles(mentioning: entity.id))
            for (i, row) in filtered.enumerated() where row.hasPrefix("article ") {
                XCTAssertEqual(index.libraryPosition(of: String(row.dropFirst(8)), mentioning: entity.id), i)
            }
        }
    }

    func testEntitiesMatchTheInMemoryIndex() throws {
        let corpus = try TempCorpus()
        try corpus.writeSample()
        let index = try corpus.index()
        _ = try index.refresh(progress: nil)
        let memory = try CorpusLoader(root: corpus.root, recognizer: CapitalisedWordRecognizer()).load()
        for entity in memory.entities.entities { XCTAssertEqual(index.entity(entity.id), entity) }
        let ids = ["harbour/one", "harbour/two"]
        XCTAssertEqual(index.entities(inArticles: ids, limit: 5).map(\.id), Array(memory.entities.entities(in: ids).prefix(5)).map(\.id))
        let top = index.topEntities(limit: 3)
        XCTAssertEqual(top.count, 3)
        XCTAssertGreaterThanOrEqual(top[0].mentionCounts.count, top[2].mentionCounts.count)
        // The cheap reads agree with the full ones.
        XCTAssertEqual(index.topEntityIDs(limit: 3), top.map(\.id))
        for entity in memory.entities.entities {
            XCTAssertEqual(index.entitySummary(entity.id), EntitySummary(entity))
            XCTAssertEqual(index.mentionCounts(of: entity.id, inArticles: ids), entity.mentionCounts.filter { ids.contains($0.key) })
        }
        let stored = try index.loadArticle(id: "harbour/one")
        XCTAssertFalse(stored.changedOnDisk)
        XCTAssertEqual(stored.mentions, memory.entities.mentions(in: "harbour/one"))
        let candidates = index.filterCandidates()
        XCTAssertEqual(candidates.map(\.articleID), memory.events.flatMap(\.articleIDs))
        XCTAssertEqual(candidates.first { $0.articleID == "vote/a" }?.fields.prefix(2),
                       ["Orland council votes to expand tram network", "Tidewater Daily"])
    }

    func testEventsAndSummaries() throws {
        let corpus = try TempCorpus()
        try corpus.writeSample()
        let index = try corpus.index()
        _ = try index.refresh(progress: nil)
        let summary = try XCTUnwrap(index.summary(id: "harbour/two"))
        XCTAssertEqual(summary.outlet, "Coastline Herald")
        XCTAssertEqual(summary.date, NewsDate(year: 2024, month: 3, day: 4))
        XCTAssertEqual(summary.path, "harbour/two.md")
        let event = try XCTUnwrap(index.event(ofArticle: "harbour/two"))
        XCTAssertEqual(summary.eventID, event.id)
        XCTAssertEqual(index.event(id: event.id), event)
        XCTAssertEqual(try index.resolve("harbour/two.md").id, "harbour/two")
        XCTAssertEqual(try index.resolve("und").id, "undated")
        XCTAssertThrowsError(try index.resolve("harbour/")) { XCTAssertTrue("\($0)".contains("several")) }
        XCTAssertThrowsError(try index.resolve("nothing-like-it"))
    }

    func testLoadArticleNoticesAChangedOrMissingFile() throws {
        let corpus = try TempCorpus()
        try corpus.writeSample()
        let index = try corpus.index()
        _ = try index.refresh(progress: nil)
        XCTAssertFalse(try index.loadArticle(id: "vote/b").mentions.isEmpty)
        try corpus.write("vote/b.md", outlet: "Coastline Herald", title: "Rewritten", body: ["Quite different now, and longer than before."])
        let changed = try index.loadArticle(id: "vote/b")
        XCTAssertTrue(changed.changedOnDisk)
        XCTAssertEqual(changed.mentions, [])
        XCTAssertEqual(changed.article.metadata.titleText, "Rewritten")
        try corpus.remove("vote/b.md")
        XCTAssertThrowsError(try index.loadArticle(id: "vote/b")) { error in
            XCTAssertTrue(error is CorpusError)
            XCTAssertFalse("\(error)".contains("\n"))
        }
        XCTAssertThrowsError(try index.loadArticle(id: "no/such"))
    }

    func testArticlesAreListedAsPendingBeforeGrouping() throws {
        let corpus = try TempCorpus()
        try corpus.writeSample()
        let index = try corpus.index()
        nonisolated(unsafe) var seen: [String] = []
        _ = try index.refresh { progress in
            if case .analysing = progress { seen = ExpectedLibrary.rows(index.library(0..<100, mentioning: nil)) }
        }
        XCTAssertEqual(seen.first, "pending 7")
        XCTAssertEqual(seen.filter { $0.hasPrefix("article ") }.count, 7)
        XCTAssertEqual(seen.suffix(2), ["skipped 1", "skip empty.txt"])
        XCTAssertFalse(ExpectedLibrary.rows(index.library(0..<100, mentioning: nil)).contains("pending 7"))
    }

    func testABuildOfSeveralBatchesTellsProgressBatchByBatchAndKeepsEveryFile() throws {
        // More files than two batches: the pipeline has batches analysing and waiting for the writer at
        // once, and the writer tells each batch's progress as it commits.
        let corpus = try TempCorpus()
        let total = 2 * CorpusIndex.batchSize + 37
        for n in 0..<total {
            try corpus.writeRaw(String(format: "wire/%05d.txt", n), "Notice \(n)\n\nFerries to Velmora run hourly, notice \(n) says.\n")
        }
        let index = try corpus.index()
        let seen = Mutex<[Int]>([])
        let report = try index.refresh { progress in
            if case .analysing(let done, let all, _) = progress {
                XCTAssertEqual(all, total)
                seen.withLock { $0.append(done) }
            }
        }
        XCTAssertEqual(seen.withLock { $0 }, [CorpusIndex.batchSize, 2 * CorpusIndex.batchSize, total])
        XCTAssertEqual(report.added, total)
        XCTAssertEqual(index.articleCount, total)
        var query = SearchQuery()
        query.terms = [SearchQuery.Term(words: ["ferries"])]
        XCTAssertEqual(try index.search(query, limit: 3, offset: 0).count, 3)
        // Nothing changed: a second refresh reads no file again and tells no batch.
        seen.withLock { $0.removeAll() }
        let again = try index.refresh { progress in
            if case .analysing(let done, _, _) = progress { seen.withLock { $0.append(done) } }
        }
        XCTAssertEqual(again.unchanged, total)
        XCTAssertEqual(seen.withLock { $0 }, [])
    }

    func testMemoryIndexWorksWithoutAFile() throws {
        let corpus = try TempCorpus()
        try corpus.writeSample()
        let index = try CorpusIndex(root: corpus.root, cache: .memory, recognizer: nil)
        XCTAssertNil(index.databasePath)
        _ = try index.refresh(progress: nil)
        XCTAssertEqual(index.articleCount, 7)
        XCTAssertEqual(index.topEntities(limit: 5), [])
        let store = ArticleStore(source: index, capacity: 2)
        XCTAssertEqual(try store.article(id: "vote/a").article.id, "vote/a")
        XCTAssertEqual(try store.article(id: "vote/a").article.id, "vote/a")
    }

    func testTheFullTextIndexWritesLargeSegmentsMergesSixteenAtATimeAndStillFindsEveryBatch() throws {
        let corpus = try TempCorpus()
        try corpus.writeSample()
        let index = try corpus.index()
        _ = try index.refresh(progress: nil)
        XCTAssertEqual(try index.db.read { try Int.fetchOne($0, sql: "SELECT v FROM fts_config WHERE k = 'automerge'") }, 16)
        XCTAssertEqual(try index.db.read { try Int.fetchOne($0, sql: "SELECT v FROM fts_config WHERE k = 'hashsize'") }, 64 << 20)
        // Twenty more refreshes, each its own commit and so its own segment: all of them are searchable.
        for n in 0..<20 {
            try corpus.write("batch/\(n).md", outlet: "Northern Wire", date: "2024-06-01", title: "Ferry notice \(n)",
                             body: ["Ferries to the islands will run hourly, notice quarzel\(n) says."])
            _ = try index.refresh(progress: nil)
        }
        for n in [0, 7, 19] {
            var query = SearchQuery()
            query.terms = [SearchQuery.Term(words: ["quarzel\(n)"])]
            XCTAssertEqual(try index.search(query, limit: 5, offset: 0).map(\.article.id), ["batch/\(n)"])
        }
    }

    func testANewCacheHasSixteenKilobytePagesAndAnOlderCacheKeepsItsOwn() throws {
        let corpus = try TempCorpus()
        try corpus.writeSample()
        let index = try corpus.index()
        _ = try index.refresh(progress: nil)
        XCTAssertEqual(try index.db.read { try Int.fetchOne($0, sql: "PRAGMA page_size") }, 16384)

        // A cache file begun with SQLite's default pages (as every cache before this setting was) is used as
        // it is: same articles, same search, no rebuild notice.
        let older = try TempCorpus()
        try older.writeSample()
        let path = try XCTUnwrap(CacheFile.path(for: older.root, cache: .directory(older.cache.path), environment: [:]))
        try FileManager.default.createDirectory(at: older.cache, withIntermediateDirectories: true)
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA page_size = 4096; PRAGMA journal_mode = WAL; VACUUM") }
        try queue.close()
        let reopened = try older.index()
        XCTAssertEqual(reopened.notices, [])
        _ = try reopened.refresh(progress: nil)
        XCTAssertEqual(try reopened.db.read { try Int.fetchOne($0, sql: "PRAGMA page_size") }, 4096)
        XCTAssertEqual(reopened.articleCount, index.articleCount)
        var query = SearchQuery()
        query.terms = [SearchQuery.Term(words: ["crane"])]
        XCTAssertEqual(try reopened.search(query, limit: 5, offset: 0).map(\.article.id),
                       try index.search(query, limit: 5, offset: 0).map(\.article.id))
        XCTAssertFalse(try reopened.search(query, limit: 5, offset: 0).isEmpty)
    }

    func testFilesAreReadWholeWhateverTheSizeGuessAndWhatCannotBeReadIsSkippedWithItsReason() throws {
        let corpus = try TempCorpus()
        let text = "Harbour Crane Inspected Again\n\n" + String(repeating: "The crane was inspected in January. ", count: 3_000) + "\n"
        try corpus.writeRaw("ok.txt", text)
        let root = corpus.root
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("gone.txt").path,
                                                   withDestinationPath: root.appendingPathComponent("missing").path)
        XCTAssertEqual(mkfifo(root.appendingPathComponent("pipe.txt").path, 0o600), 0)
        let analyser = FileAnalyser(root: root, recognizer: nil)
        let ok = analyser.read("ok.txt")
        XCTAssertEqual(ok.data, Data(text.utf8))
        XCTAssertEqual(ok.stat?.size, Int64(text.utf8.count))
        XCTAssertNil(ok.reason)
        XCTAssertEqual(analyser.read("gone.txt").reason, "broken symbolic link")
        XCTAssertEqual(analyser.read("pipe.txt").reason, "not a regular file")
        XCTAssertEqual(analyser.read("absent.txt").reason, "unreadable: no such file or directory")
        // The bytes stat'ed: a file that grew since is cut there (its stored size then differs from the new
        // one, so the next refresh reads it again); one that shrank is read to its end.
        let full = root.appendingPathComponent("ok.txt").path
        let bytes = Data(text.utf8)
        for size in [1, 4_096, bytes.count - 1] {
            XCTAssertEqual(FileAnalyser.readStated(full, size: size), bytes.prefix(size), "size \(size)")
        }
        for size in [bytes.count, bytes.count + 1, 1 << 20] {
            XCTAssertEqual(FileAnalyser.readStated(full, size: size), bytes, "size \(size)")
        }
        // A size of 0 and a file that cannot be opened are left to Foundation.
        XCTAssertNil(FileAnalyser.readStated(full, size: 0))
        XCTAssertNil(FileAnalyser.readStated(root.appendingPathComponent("absent.txt").path, size: 10))
        try corpus.writeRaw("empty.txt", "")
        XCTAssertEqual(analyser.read("empty.txt").data, Data())

        let index = try corpus.index()
        let report = try index.refresh(progress: nil)
        XCTAssertEqual(report.skipped, 3)  // the link, the pipe and the empty file
        XCTAssertEqual(index.articleCount, 1)
        var query = SearchQuery()
        query.terms = [SearchQuery.Term(words: ["inspected"])]
        XCTAssertEqual(try index.search(query, limit: 5, offset: 0).map(\.article.id), ["ok"])
    }

    func testCacheFileIsNamedAfterTheFolderAndItsPath() throws {
        let name = CacheFile.name(for: "/tmp/some folder/My News!")
        XCTAssertTrue(name.hasPrefix("My_News_-"), name)
        XCTAssertTrue(name.hasSuffix(".sqlite"))
        XCTAssertEqual(name.count, "My_News_-".count + 16 + 7)
        XCTAssertEqual(name, CacheFile.name(for: "/tmp/some folder/My News!"))
        XCTAssertNotEqual(name, CacheFile.name(for: "/tmp/other/My News!"))
        let standard = CacheFile.path(for: URL(fileURLWithPath: "/data/news"), cache: .standard, environment: ["XDG_CACHE_HOME": "/x/cache"])
        XCTAssertEqual(standard?.hasPrefix("/x/cache/parallax/news-"), true)
        let home = CacheFile.path(for: URL(fileURLWithPath: "/data/news"), cache: .standard, environment: ["HOME": "/home/u"])
        XCTAssertEqual(home?.hasPrefix("/home/u/.cache/parallax/news-"), true)
    }

    func testNameSimilarityOfVeryDifferentLengthsDoesNotTrap() {
        // Linking a generated corpus compared a long given name with a two-letter one and trapped.
        XCTAssertEqual(NameSimilarity.jaroWinkler("Kasiandra", "Ka") > 0, true)
        XCTAssertEqual(NameSimilarity.jaroWinkler("Ka", "Kasiandra"), NameSimilarity.jaroWinkler("Kasiandra", "Ka"), accuracy: 1e-9)
    }

    func testMentionEncodingRoundTrips() {
        let found = [FoundMention(rawRange: 3..<9, text: "Velmora", type: .gpe),
                     FoundMention(rawRange: 1..<2, text: "É", type: .person, role: "port director")]
        XCTAssertEqual(MentionCoding.decodeFound(MentionCoding.encode(found)), found)
        XCTAssertNil(MentionCoding.decodeFound([5, 1]))
        XCTAssertNil(MentionCoding.decodeLinked([0xFF]))
    }
}

/// The index lets go of the recognition model once it has analysed the new files, and loads it again
/// for the next ones.
final class StoreModelReleaseTests: XCTestCase {
    func testTheModelIsLetGoAfterAnalysisAndLoadedAgainForNewFiles() throws {
        let corpus = try TempCorpus()
        try corpus.writeSample()
        let recognizer = LazyRecognizer()
        _ = try recognizer.recognizer()
        XCTAssertTrue(recognizer.isLoaded)
        let index = try CorpusIndex(root: corpus.root, cache: .directory(corpus.cache.path), recognizer: recognizer)
        _ = try index.refresh(progress: nil)
        XCTAssertFalse(recognizer.isLoaded, "let go after analysis, before the regroup")
        XCTAssertTrue(index.topEntities(limit: 50).contains { $0.name == "Ilse Varga" }, "found while it was held")

        try corpus.write("harbour/five.md", outlet: "Bayside Post", date: "2024-03-06", title: "Velmora port inquiry",
                         body: ["Teodor Brandt, the harbour master, said Ilse Varga would lead the Velmora inquiry."])
        _ = try index.refresh(progress: nil)
        XCTAssertFalse(recognizer.isLoaded)
        XCTAssertTrue(try index.loadArticle(id: "harbour/five").mentions.contains { $0.text == "Teodor Brandt" },
                      "the next refresh loaded the model again for the new file")
    }
}
