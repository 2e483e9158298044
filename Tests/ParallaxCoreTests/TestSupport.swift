import Foundation
@testable import ParallaxCore

/// Paths and helpers shared by the core tests.
enum TestSupport {
    /// The repository root, found from this file's path.
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// The bundled corpus.
    static let corpusFolder = repoRoot.appendingPathComponent("Corpus")
    /// Test fixtures.
    static let fixtures = repoRoot.appendingPathComponent("Tests/ParallaxCoreTests/Fixtures")

    /// Parses text as if it were a file.
    static func parse(_ text: String, path: String = "test.txt") -> Article {
        let scalars = (try? FileDecoder.decode(Array(text.utf8)).get()) ?? []
        return ArticleParser.parse(CleanText(raw: scalars), id: CorpusLoader.id(for: path), path: path)
    }

    /// Loads a folder of fixtures.
    static func load(_ folder: String) throws -> Corpus {
        try CorpusLoader(root: fixtures.appendingPathComponent(folder)).load()
    }
}

/// SplitMix64: a small seeded generator, so that a test's random input is the same every run and a
/// failure can be replayed.
struct SplitMix: RandomNumberGenerator {
    /// The generator's state; the seed to start with.
    var state: UInt64
    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
