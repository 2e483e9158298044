import Foundation
import Testing

/// The corpus index in the real binary: a corpus search opens a hit; a restart opens from the cache
/// and notices a changed file.
@Suite(.serialized)
struct CorpusSearchEndToEndTests {
    /// A copy of the bundled corpus in the test's folder (so that it can be changed).
    static func corpusCopy(in dir: URL) throws -> URL {
        let corpus = dir.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let seeds = ExplorerEndToEndTests.repoRoot.appendingPathComponent("Corpus")
        for name in try FileManager.default.contentsOfDirectory(atPath: seeds.path) {
            try FileManager.default.copyItem(at: seeds.appendingPathComponent(name), to: corpus.appendingPathComponent(name))
        }
        return corpus
    }

    @Test func aCorpusSearchOpensTheHitInTheReader() throws {
        let tmux = try Tmux(name: "palette")
        let corpus = try Self.corpusCopy(in: tmux.workDir)
        try tmux.start(corpus: corpus.path)
        try tmux.waitForLibrary()
        try tmux.send(":")
        try tmux.waitFor(text: "Search the corpus")
        try tmux.send("-l", "sanctions")
        var screen = try tmux.waitFor(text: "best first")
        #expect(screen.contains { $0.contains("sanctions") })
        try tmux.send("Down")
        try tmux.send("Enter")
        // The reader's title comes at once; the article arrives from the store a moment later (its line of
        // facts, "858 words · …", is drawn only then).
        screen = try tmux.waitFor(text: " words ·")
        #expect(screen.joined().contains("Parallax › Reader"))
        #expect(screen.joined().lowercased().contains("sanctions"), "the reader opens at the hit")
        #expect(!screen.joined().contains("Search the corpus"))
        try tmux.send("n")
        screen = try tmux.waitFor(text: "match 2/")
        try tmux.send("Q")
        #expect(tmux.exitCode() == 0)
    }

    @Test func aRestartOpensFromTheCacheAndNoticesAChangedFile() throws {
        let first = try Tmux(name: "restart1")
        let corpus = try Self.corpusCopy(in: first.workDir)
        try first.start(corpus: corpus.path)
        try first.waitForLibrary()
        try first.send("Q")
        #expect(first.exitCode() == 0)

        // The second start (another terminal, the same cache) lists the corpus from the cache at once,
        // then finds nothing new.
        let second = try Tmux(name: "restart2")
        second.cacheDir = first.cacheDir
        try second.start(corpus: corpus.path)
        var screen = try second.waitFor(text: "The cache is up to date", seconds: 20)
        #expect(screen.joined().contains("5 articles"))
        try second.send("Q")
        #expect(second.exitCode() == 0)

        // A new file is analysed on the next start; the others come from the cache.
        let copy = try String(contentsOf: corpus.appendingPathComponent(try #require(
            FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted().first)), encoding: .utf8)
        try (copy + "\n\nA paragraph added later about the harbour.\n").write(
            to: corpus.appendingPathComponent("zz-added.txt"), atomically: true, encoding: .utf8)
        let third = try Tmux(name: "restart3")
        third.cacheDir = first.cacheDir
        try third.start(corpus: corpus.path)
        screen = try third.waitFor(text: "Index refreshed: 1 new, 0 changed, 0 removed", seconds: 30)
        #expect(screen.joined().contains("6 articles"))
        try third.send("Q")
        #expect(third.exitCode() == 0)
    }
}
