import Foundation
import GRDB
import XCTest
@testable import ParallaxCore

/// A damaged or foreign cache is rebuilt with a notice; two writers never both write.
final class StoreRecoveryTests: XCTestCase {
    /// Builds an index, closes it, damages its file with `damage`, and reopens it.
    private func reopenAfter(_ damage: (String) throws -> Void) throws -> (CorpusIndex, TempCorpus) {
        let corpus = try TempCorpus()
        try corpus.writeSample()
        var path = ""
        do {
            let index = try corpus.index()
            _ = try index.refresh(progress: nil)
            path = try XCTUnwrap(index.databasePath)
        }
        try damage(path)
        let reopened = try corpus.index()
        return (reopened, corpus)
    }

    private func assertRebuilt(_ index: CorpusIndex, mentioning word: String, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(index.notices.count, 1, "\(index.notices)", file: file, line: line)
        XCTAssertTrue(index.notices.first?.contains(word) == true, "\(index.notices)", file: file, line: line)
        XCTAssertFalse(index.notices.first?.contains("\n") ?? true, file: file, line: line)
        let report = try index.refresh(progress: nil)
        XCTAssertEqual(report.added, 8, file: file, line: line)
        XCTAssertEqual(index.articleCount, 7, file: file, line: line)
    }

    func testGarbageBytesAreRebuilt() throws {
        let (index, corpus) = try reopenAfter { path in
            CacheFile.remove(path)
            try Data((0..<9000).map { UInt8(truncatingIfNeeded: $0 &* 7) }).write(to: URL(fileURLWithPath: path))
        }
        try withExtendedLifetime(corpus) { try assertRebuilt(index, mentioning: "corrupt") }
    }

    func testATruncatedFileIsRebuilt() throws {
        let (index, corpus) = try reopenAfter { path in
            _ = try DatabaseQueue(path: path).writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            CacheFile.remove(path)
            try data.prefix(data.count / 2 + 100).write(to: URL(fileURLWithPath: path))
        }
        try withExtendedLifetime(corpus) { try assertRebuilt(index, mentioning: "corrupt") }
    }

    func testAnEmptyFileIsRebuilt() throws {
        let (index, corpus) = try reopenAfter { path in
            CacheFile.remove(path)
            try Data().write(to: URL(fileURLWithPath: path))
        }
        try withExtendedLifetime(corpus) { try assertRebuilt(index, mentioning: "corrupt") }
    }

    func testAnotherSchemaVersionIsRebuilt() throws {
        let (index, corpus) = try reopenAfter { path in
            try DatabaseQueue(path: path).write { try $0.execute(sql: "UPDATE meta SET value = 0 WHERE key = 'schema'") }
        }
        try withExtendedLifetime(corpus) { try assertRebuilt(index, mentioning: "another version") }
    }

    func testDamageFoundWhileReadingGivesEmptyResults() throws {
        let corpus = try TempCorpus()
        try corpus.writeSample()
        let index = try corpus.index()
        _ = try index.refresh(progress: nil)
        try index.db.write { try $0.execute(sql: "DROP TABLE library; DROP TABLE entities") }
        XCTAssertEqual(index.library(0..<10, mentioning: nil), [])
        XCTAssertNil(index.entity(EntityID(0)))
        XCTAssertEqual(index.topEntities(limit: 3), [])
        XCTAssertEqual(index.libraryCount(mentioning: EntityID(0)), 0)
    }

    func testASecondWriterIsBusyAndWritesNothing() throws {
        let corpus = try TempCorpus()
        try corpus.writeSample()
        let first = try corpus.index()
        let path = try XCTUnwrap(first.databasePath)
        let held = try XCTUnwrap(WriterLock.acquire(path + ".lock"))
        let report = try corpus.index().refresh(progress: nil)
        XCTAssertTrue(report.busy)
        XCTAssertEqual(first.articleCount, 0)
        held.release()
        XCTAssertFalse(try first.refresh(progress: nil).busy)
        XCTAssertEqual(first.articleCount, 7)
    }

    func testReadersWorkWhileAWriterIndexes() throws {
        let corpus = try TempCorpus()
        try corpus.writeSample()
        for n in 0..<60 {
            try corpus.write("bulk/\(n).md", outlet: "Outlet \(n % 4)", date: "2024-02-\(10 + n % 9)", title: "Bulk story \(n)",
                             body: ["Story number \(n) mentions Velmora and Orland and Kessel in passing, paragraph one.",
                                    "More words for story \(n) so that the article has a body."])
        }
        let writer = try corpus.index()
        let reader = try corpus.index()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            _ = try? writer.refresh(progress: nil)
            done.signal()
        }
        var reads = 0
        while done.wait(timeout: .now()) == .timedOut {
            let count = reader.libraryCount(mentioning: nil)
            _ = reader.library(0..<min(count, 50), mentioning: nil)
            _ = writer.library(0..<20, mentioning: nil)
            reads += 1
        }
        XCTAssertGreaterThan(reads, 0)
        // Another process's index re-reads its counters at most every 50 ms: the reader may still hold
        // counters read just before the writer's last commit, and sees the commit within that time.
        let deadline = Date().addingTimeInterval(2)
        while reader.articleCount != 67, Date() < deadline { usleep(10_000) }
        XCTAssertEqual(reader.articleCount, 67)
    }
}
