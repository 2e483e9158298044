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
