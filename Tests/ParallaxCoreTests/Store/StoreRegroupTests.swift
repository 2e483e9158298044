import Foundation
import GRDB
import XCTest
@testable import ParallaxCore

/// Regrouping a stored corpus: what the compact path writes, and the by-id path for ids that repeat.
final class StoreRegroupTests: XCTestCase {
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
