import Foundation
import Testing
@testable import ParallaxCore
@testable import ParallaxUI

/// Helpers for driving the app in memory.
enum UITestSupport {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let corpusPath = repoRoot.appendingPathComponent("Corpus").path
    static let snapshots = repoRoot.appendingPathComponent("Tests/ParallaxUITests/Snapshots")
    static let corpus: Corpus? = try? CorpusLoader(root: URL(fileURLWithPath: corpusPath)).load()

    /// A state with the bundled corpus loaded, as the app shows it after start-up.
    static func loadedState(width: Int = 80, height: Int = 24) throws -> AppState {
        var state = AppState(corpusPath: "Corpus", width: width, height: height)
        _ = reduce(&state, .corpusLoaded(try #require(corpus)))
        return state
    }

    /// Runs the whole app in memory: start, press the keys, return the screen text.
    static func screen(after keys: String, width: Int = 80, height: Int = 24, theme: Theme = .monochrome) throws -> (AppRunner, CellGrid) {
        let backend = MemoryBackend(width: width, height: height, keys: try KeyScript.parse(keys))
        let runner = AppRunner(state: AppState(corpusPath: corpusPath, width: width, height: height), backend: backend,
                               theme: theme, runEffect: AppRunner.inlineEffects)
        runner.start()
        while !backend.pendingKeys.isEmpty, runner.step(timeoutMilliseconds: 0) {}
        runner.redraw()
        return (runner, try #require(backend.lastGrid))
    }

    /// Compares screen text with `Snapshots/NAME.txt`; `RECORD_SNAPSHOTS=1` rewrites it.
    static func assertSnapshot(_ grid: CellGrid, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let text = GridExport.text(grid)
        let url = snapshots.appendingPathComponent(name + ".txt")
        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            try? text.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded snapshot \(name); run again to compare", sourceLocation: sourceLocation)
            return
        }
        #expect(text == expected, "screen \(name) differs from its snapshot", sourceLocation: sourceLocation)
    }
}
