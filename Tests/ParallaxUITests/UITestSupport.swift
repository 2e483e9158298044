import Foundation
import Testing
@testable import ParallaxCore
@testable import ParallaxUI

/// Helpers for driving the app in memory.
enum UITestSupport {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let snapshots = repoRoot.appendingPathComponent("Tests/ParallaxUITests/Snapshots")

    /// A state with a corpus loaded through a load request, as the app does at start-up.
    static func loadedState(_ corpus: Corpus? = FixtureCorpus.withEntities, width: Int = 80, height: Int = 24) throws -> AppState {
        var state = AppState(corpusPath: FixtureCorpus.path, width: width, height: height)
        let effects = reduce(&state, .loadCorpus)
        guard case .loadCorpus(_, let request)? = effects.first else {
            Issue.record("loading did not ask for the corpus")
            return state
        }
        let double = CorpusDouble(try #require(corpus))
        _ = reduce(&state, .corpusOpened(CorpusHandle(double), notices: [], request: request))
        double.refreshed = true
        _ = reduce(&state, .indexRefreshed(RefreshReport(), generation: double.generation, request: request))
        return state
    }

    /// Runs the whole app in memory on a corpus: start, press the keys, return the runner and the screen.
    static func screen(after keys: String, corpus: Corpus? = FixtureCorpus.withEntities, width: Int = 80, height: Int = 24,
                       theme: Theme = .standard) throws -> (AppRunner, CellGrid) {
        let loaded = try #require(corpus)
        let backend = MemoryBackend(width: width, height: height, keys: try KeyScript.parse(keys))
        let runner = AppRunner(state: AppState(corpusPath: FixtureCorpus.path, width: width, height: height),
                               backend: backend, theme: theme, runEffect: AppRunner.inline(CorpusDouble(loaded).service))
        runner.start()
        while !backend.pendingKeys.isEmpty, runner.step(timeoutMilliseconds: 0) {}
        runner.redraw()
        return (runner, try #require(backend.lastGrid))
    }

    /// Compares the screen's text and styles with `Snapshots/NAME.txt`; `RECORD_SNAPSHOTS=1` rewrites it.
    static func assertSnapshot(_ grid: CellGrid, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let text = GridExport.styled(grid)
        let url = snapshots.appendingPathComponent(name + ".txt")
        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            try? FileManager.default.createDirectory(at: snapshots, withIntermediateDirectories: true)
            try? text.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded snapshot \(name); run again to compare", sourceLocation: sourceLocation)
            return
        }
        #expect(text == expected, "screen \(name) differs from its snapshot (text or styles)", sourceLocation: sourceLocation)
    }

    /// The rows of a grid as text, trailing spaces removed.
    static func lines(_ grid: CellGrid) -> [String] {
        GridExport.text(grid).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }
}
