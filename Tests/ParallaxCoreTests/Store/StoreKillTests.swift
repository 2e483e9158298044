import Foundation
import XCTest
@testable import ParallaxCore

/// Killing `parallax index` mid-way loses at most the batch in flight and never damages the cache.
final class StoreKillTests: XCTestCase {
    /// The built `parallax` executable, next to the test bundle in the build folder.
    static let binary: URL? = {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("parallax")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        let built = TestSupport.repoRoot.appendingPathComponent(".build/debug/parallax")
        return FileManager.default.isExecutableFile(atPath: built.path) ? built : nil
    }()

    func testKillingTheIndexerMidwayKeepsWhatWasCommitted() throws {
        guard let binary = Self.binary else { throw XCTSkip("parallax is not built") }
        let corpus = try TempCorpus()
        let total = 1_600
        for n in 0..<total {
            try corpus.write(String(format: "part%02d/story%05d.md", n / 200, n), outlet: "Outlet \(n % 7)",
                             date: "2024-0\(1 + n % 9)-1\(n % 10)", title: "Story \(n) about Velmora harbour \(n % 37)",
                             body: ["Port director Ilse Varga spoke about berth \(n % 13) in Velmora on Monday, officials said.",
                                    "The Orland council and the Kessel Observatory were mentioned in story \(n) as well."])
        }
        let child = Process()
        child.executableURL = binary
        child.arguments = ["index", "--cache", corpus.cache.path, corpus.root.path]
        child.environment = ProcessInfo.processInfo.environment.merging(["SWIFT_BACKTRACE": "enable=no"]) { $1 }
        child.standardOutput = FileHandle.nullDevice
        child.standardError = FileHandle.nullDevice
        try child.run()
        let watcher = try corpus.index(recognizer: nil)
        var seen = 0
        let deadline = Date().addingTimeInterval(120)
        while child.isRunning, Date() < deadline {
            seen = watcher.articleCount
            if seen > 0 { break }
            usleep(20_000)
        }
        let killedMidway = child.isRunning
        if killedMidway { kill(child.processIdentifier, SIGKILL) }
        child.waitUntilExit()
        XCTAssertTrue(killedMidway, "the indexer finished before it could be killed; nothing was tested")

        let reopened = try corpus.index()
        XCTAssertEqual(reopened.notices, [], "a killed writer leaves a sound cache")
        let committed = reopened.articleCount
        XCTAssertGreaterThanOrEqual(committed, seen)
        XCTAssertEqual(committed % CorpusIndex.batchSize == 0 || committed == total, true, "whole batches only")
        if committed < total {
            XCTAssertEqual(ExpectedLibrary.rows(reopened.library(0..<1, mentioning: nil)), ["pending \(committed)"],
                           "committed articles are listed before grouping")
        }
        let report = try reopened.refresh(progress: nil)
        XCTAssertEqual(report.added, total - committed)
        XCTAssertEqual(report.unchanged, committed)
        XCTAssertEqual(reopened.articleCount, total)
        XCTAssertGreaterThan(reopened.eventCount, 0)
        XCTAssertFalse(ExpectedLibrary.rows(reopened.library(0..<reopened.libraryCount(mentioning: nil), mentioning: nil))
            .contains { $0.hasPrefix("pending") })
    }
}
