import Foundation
import GRDB
import XCTest
@testable import ParallaxCore

/// Regrouping a stored corpus: what the compact path writes, and the by-id path for ids that repeat.
final class StoreRegroupTests: XCTestCase {
    func testEntityCountsWrittenManyRowsAStatementAreTheRowsAddedLastOneWinning() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: """
                CREATE TABLE article_entities(entity INTEGER NOT NULL, article INTEGER NOT NULL, mentions INTEGER NOT NULL,
                    PRIMARY KEY(entity, article)) WITHOUT ROWID
                """)
            var rows = CorpusIndex.CountRows(db)
            var expected: [[Int64]: Int64] = [:]
            // Two full statements and a partial one; (3, 7) comes twice, in different statements and in one.
            let total = 2 * CorpusIndex.CountRows.perStatement + 37
            for n in 0..<total {
                let key: [Int64] = n % 50 == 0 ? [3, 7] : [Int64(n / 10), Int64(n)]
                try rows.add(entity: key[0], article: key[1], mentions: Int64(n))
                expected[key] = Int64(n)
            }
            try rows.flush()
            var stored: [[Int64]: Int64] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT entity, article, mentions FROM article_entities") {
                stored[[row[0], row[1]]] = row[2]
            }
            XCTAssertEqual(stored, expected)
        }
    }

    func testTwoFilesWithOneIdAreBothIndexedAndGrouped() throws {
        let corpus = try TempCorpus()
        try corpus.writeSample()
        try corpus.write("vote/a.txt", outlet: "Coastline Herald", date: "2024-05-20", title: "Orland tram vote passes",
                         body: ["The Orland city council voted on Monday to extend the tram network, Teodor Brandt said."])
        let index = try corpus.index()
        _ = try index.refresh(progress: nil)
        XCTAssertEqual(index.articleCount, 8)
        XCTAssertGreaterThan(index.eventCount, 0)
        XCTAssertNotNil(index.summary(id: "vote/a"))
        XCTAssertEqual(try index.db.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM files WHERE pending = 1") }, 0)
    }

    func testRegroupingAgainWritesTheSameTables() throws {
        let corpus = try TempCorpus()
        try corpus.writeSample()
        let index = try corpus.index()
        _ = try index.refresh(progress: nil)
        let before = try Self.tables(index)
        try index.db.write { try Meta.set($0, "dirty", 1) }
        _ = try index.refresh(progress: nil)
        XCTAssertEqual(try Self.tables(index), before)
    }

    /// Regrouping reads the mentions on a reader connection, which does not see the files its own
    /// transaction removes: after a removal the tables must still be what a fresh index writes.
    func testAfterARemovalTheTablesAreThoseOfAFreshIndex() throws {
        let corpus = try TempCorpus()
        try corpus.writeSample()
        try corpus.write("harbour/four.md", outlet: "Bayside Post", date: "2024-03-05", title: "Velmora crane inquiry opens",
                         body: ["Ilse Varga opened an inquiry into the Velmora harbour crane, the port authority said.",
                                "Varga said the Velmora port authority would publish the findings."])
        let index = try corpus.index()
        _ = try index.refresh(progress: nil)
        try corpus.remove("harbour/two.md")
        let report = try index.refresh(progress: nil)
        XCTAssertEqual(report.removed, 1)

        let fresh = try CorpusIndex(root: corpus.root, cache: .directory(corpus.base.appendingPathComponent("fresh").path),
                                    recognizer: CapitalisedWordRecognizer())
        _ = try fresh.refresh(progress: nil)
        XCTAssertEqual(try Self.tablesByPath(index), try Self.tablesByPath(fresh))
        XCTAssertTrue(try Self.tablesByPath(index).contains { $0.contains("Varga") }, "the entities are there to compare")
    }

    /// The tables regrouping writes, with articles named by path instead of row id (two indexes of one
    /// corpus number their rows differently).
    static func tablesByPath(_ index: CorpusIndex) throws -> [String] {
        try index.db.read { db in
            var out: [String] = []
            for sql in ["SELECT idx, id, heading, keywords, first_day, last_day, label, articles FROM events ORDER BY idx",
                        "SELECT l.pos, l.kind, l.event, f.path FROM library l LEFT JOIN files f ON f.id = l.article ORDER BY l.pos",
                        "SELECT * FROM entities ORDER BY id", "SELECT * FROM entity_keys ORDER BY key, entity",
                        "SELECT a.entity, f.path, a.mentions FROM article_entities a JOIN files f ON f.id = a.article ORDER BY a.entity, f.path",
                        "SELECT path, hex(linked), event, pending FROM files ORDER BY path"] {
                out += try Row.fetchAll(db, sql: sql).map(\.description)
            }
            return out
        }
    }

    /// Every table regrouping writes, as text.
    static func tables(_ index: CorpusIndex) throws -> [String] {
        try index.db.read { db in
            var out: [String] = []
            for sql in ["SELECT * FROM events ORDER BY idx", "SELECT * FROM library ORDER BY pos",
                        "SELECT * FROM entities ORDER BY id", "SELECT * FROM entity_keys ORDER BY key, entity",
                        "SELECT * FROM article_entities ORDER BY entity, article",
                        "SELECT id, hex(linked), event, pending FROM files ORDER BY id"] {
                out += try Row.fetchAll(db, sql: sql).map(\.description)
            }
            return out
        }
    }
}
