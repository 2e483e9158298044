import Foundation
import Testing
@testable import ParallaxCore

/// Grouping features: computed once per article, stored as bytes, read back exactly or refused.
struct GroupingFeaturesTests {
    /// Every article of the test corpora and the seeds.
    static func allArticles() throws -> [Article] {
        try TestSupport.load("outlets").articles + CorpusLoader(root: TestSupport.corpusFolder).load().articles
            + TestSupport.load("bad").articles + TestSupport.load("entities").articles
    }

    @Test func featuresReadBackFromTheirBytesAreEqual() throws {
        for article in try Self.allArticles() {
            let features = GroupingFeatures(article)
            let decoded = try GroupingFeatures(decoding: features.encoded(), articleID: article.id)
            #expect(decoded == features, "\(article.id)")
        }
    }

    @Test func groupingStoredFeaturesGivesTheSameEventsAsGroupingArticles() throws {
        let articles = try Self.allArticles()
        let stored = try articles.map { try GroupingFeatures(decoding: GroupingFeatures($0).encoded(), articleID: $0.id) }
        #expect(EventGrouper().group(stored) == EventGrouper().group(articles))
    }

    @Test func featuresAreSmallerThanTheTextTheyComeFrom() throws {
        for article in try CorpusLoader(root: TestSupport.corpusFolder).load().articles {
            let text = article.body.map(\.text).joined(separator: "\n").utf8.count
            #expect(GroupingFeatures(article).encoded().count < text, "\(article.id)")
        }
    }

    @Test func cutShortBytesAreRefusedAtEveryLength() throws {
        let article = try #require(try Self.allArticles().first { $0.id == "bbc-style" })
        let bytes = GroupingFeatures(article).encoded()
        for length in 0..<bytes.count {
            #expect(throws: GroupingFeaturesError.self) {
                try GroupingFeatures(decoding: Array(bytes.prefix(length)), articleID: "x")
            }
        }
    }

    @Test func bytesOfAnotherVersionAreRefusedAsSuch() throws {
        var bytes = GroupingFeatures(TestSupport.parse("A Headline\n\nSome words about a harbour opening.\n")).encoded()
        bytes[1] = GroupingFeatures.formatVersion &+ 1
        #expect(throws: GroupingFeaturesError.unsupportedVersion(GroupingFeatures.formatVersion &+ 1)) {
            try GroupingFeatures(decoding: bytes, articleID: "x")
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5]) func corruptBytesThrowOrDecodeButNeverTrap(seed: UInt64) throws {
        let articles = try Self.allArticles()
        var state = seed &* 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state = state &+ 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            return z ^ (z >> 31)
        }
        for article in articles {
            var bytes = GroupingFeatures(article).encoded()
            for _ in 0..<3 {
                let at = Int(next() % UInt64(bytes.count))
                bytes[at] = UInt8(truncatingIfNeeded: next())
            }
            // Whatever is read back must still be groupable.
            if let features = try? GroupingFeatures(decoding: bytes, articleID: article.id) {
                #expect(EventGrouper().group([features]).count == 1)
            }
        }
        let noise = (0..<500).map { _ in UInt8(truncatingIfNeeded: next()) }
        #expect(throws: GroupingFeaturesError.self) { try GroupingFeatures(decoding: noise, articleID: "x") }
    }

    @Test func aLongArticleKeepsABoundedSampleOfItsRunsAndShortOnesKeepAll() throws {
        let sentence = (0..<700).map { "word\($0 % 97)x\($0)" }.joined(separator: " ")
        let long = GroupingFeatures(TestSupport.parse("Long Report\n\n\(sentence).\n"))
        #expect(long.runs.hashes.count == RunSample.capacity)
        #expect(long.runs.rate < 1)
        let short = GroupingFeatures(TestSupport.parse("Short Report\n\nTen words make a run or three of the kind kept.\n"))
        #expect(short.runs.rate == 1)
        #expect(short.runs.hashes.count == 4)
    }
}
