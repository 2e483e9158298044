import Foundation
import Testing
@testable import ParallaxCore
@testable import ParallaxUI

/// Long random sessions — keys, resizes (some below the minimum), toggles — on the bundled corpus and
/// on one with wide text: the app never crashes, the state stays within bounds and every frame has
/// the terminal's size.
struct RandomSessionTests {
    static let keys: [Key] = [
        .char("j"), .char("k"), .char("g"), .char("G"), .char(" "), .char("b"), .ctrl("d"), .ctrl("u"), .up, .down,
        .pageUp, .pageDown, .home, .end, .enter, .char("l"), .right, .char("c"), .tab, .backTab, .char("["), .char("]"),
        .char("x"), .char("?"), .char("q"), .escape, .char("i"), .char("*"), .char("#"), .char("e"), .char("t"), .char("z"), .char("中"), .function(5), .left, .backspace,
    ]

    static func wideCorpus() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-random-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let body = "東京で会談が開かれた。🎉 Émile said the talks in Genève went well, e\u{301}tonnamment. " +
            String(repeating: "Long passage about the same summit and its outcome. ", count: 30)
        for i in 0..<6 {
            try "Summit Talks Open In Geneva \(i % 2)\n\nGENEVA (Reuters) — \(body)\n\nShare.\n"
                .write(to: folder.appendingPathComponent("a\(i).txt"), atomically: true, encoding: .utf8)
        }
        return folder.path
    }

    @Test(arguments: [0, 1])
    func randomSessionsKeepTheStateInBounds(corpusKind: Int) throws {
        let path = corpusKind == 0 ? FixtureCorpus.path : try Self.wideCorpus()
        var rng = SplitMix64(seed: UInt64(7 + corpusKind))
        let backend = MemoryBackend(width: 80, height: 24)
        let runner = AppRunner(state: AppState(corpusPath: path, width: 80, height: 24), backend: backend,
                               theme: .standard, runEffect: AppRunner.inline(CorpusDouble.loadingService))
        runner.start()
        for step in 0..<1_500 {
            if Int.random(in: 0..<25, using: &rng) == 0 {
                backend.size = (Int.random(in: 20...160, using: &rng), Int.random(in: 5...60, using: &rng))
            } else {
                var key = Self.keys.randomElement(using: &rng) ?? .char("j")
                if key == .char("q") || key == .escape, runner.state.screen == .library, runner.state.overlay == nil,
                   runner.state.library.filter == nil {
                    key = .char("j") // stay in the app; quitting is tested elsewhere
                }
                backend.pendingKeys.append(key)
            }
            _ = runner.step(timeoutMilliseconds: 0)
            let state = runner.state
            let gridFits = backend.lastGrid.map { $0.width == backend.size.width && $0.height == backend.size.height } ?? false
            let cursorInRows = state.library.cursor >= 0 && state.library.cursor < max(1, state.allRows.count)
            let panes = state.compare?.panes ?? []
            let scrollsValid = (state.reader?.scroll ?? 0) >= 0 && panes.allSatisfy { $0.scroll >= 0 }
            let panesValid = state.screen != .compare || !panes.isEmpty && (state.compare?.focusedPane ?? 0) < panes.count
            let stillRunning = !state.quitting
            #expect(gridFits, "step \(step): the frame does not have the terminal's size")
            #expect(stillRunning, "step \(step): the app quit")
            #expect(cursorInRows, "step \(step): library cursor \(state.library.cursor) outside the rows")
            #expect(scrollsValid, "step \(step): negative scroll")
            #expect(panesValid, "step \(step): compare panes")
            if !(gridFits && stillRunning && cursorInRows && scrollsValid && panesValid) { break }
        }
    }
}
