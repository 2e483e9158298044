import Foundation
import Testing

/// Searching in the real binary: `/` in the reader highlights as you type, Enter keeps it, `n` moves on;
/// `/` in the library filters as you type; wide characters can be typed into the prompt.
@Suite(.serialized)
struct SearchEndToEndTests {
    static let corpus = ExplorerEndToEndTests.repoRoot.appendingPathComponent("Corpus").path

    /// The status line: the last line with text.
    static func status(_ screen: [String]) -> String { screen.last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? "" }

    @Test func aPersonSearchesTheReaderThenFiltersTheLibrary() throws {
        let tmux = try Tmux(name: "search")
        try tmux.start(corpus: Self.corpus)
        try tmux.waitForLibrary()
        try tmux.send("Enter")
        try tmux.waitForReader()

        try tmux.send("/")
        var screen = try tmux.waitFor(text: "type to search")
        #expect(Self.status(screen).hasPrefix(" /"))
        try tmux.send("-l", "said")
        screen = try tmux.waitFor(what: "the match count") { Self.status($0).contains("/said") && Self.status($0).contains("match 1/") }
        try tmux.send("Enter")
        screen = try tmux.waitFor(what: "the kept search") { Self.status($0).contains("n/N next/previous") }
        let total = try #require(Self.status(screen).split(separator: "/").dropFirst().first?.prefix { $0.isNumber })
        try tmux.send("n")
        screen = try tmux.waitFor(text: "match 2/\(total)")
        // The matches are drawn in the match style (tmux shows the attributes with -e).
        let styled = try tmux.run(["capture-pane", "-p", "-e", "-t", tmux.session])
        #expect(styled.contains("said"))

        try tmux.send("/")
        try tmux.waitFor(text: "type to search")
        try tmux.send("-l", "café 中")
        screen = try tmux.waitFor(text: "/café 中")
        #expect(Self.status(screen).contains("no match"))
        try tmux.send("Escape")
        screen = try tmux.waitFor { !Self.status($0).contains("café") }
        try tmux.send("n")
        screen = try tmux.waitFor(text: "match 3/\(total)")

        try tmux.send("q")
        try tmux.waitFor(text: "Parallax › Library")
        try tmux.send("/")
        try tmux.send("-l", "bloomberg")
        screen = try tmux.waitFor(text: "matching “bloomberg”")
        let rows = screen.dropFirst().prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(rows.first?.contains("Bloomberg") == true, "the best row first")
        #expect(!screen.joined().contains("sources ·"), "events are dissolved while filtering")
        try tmux.send("Enter")
        try tmux.waitFor(text: "match “bloomberg” — Esc shows all")
        try tmux.send("Escape")
        screen = try tmux.waitFor { !$0.joined().contains("matching") && $0.joined().contains("sources") }

        try tmux.send("Q")
        #expect(tmux.exitCode() == 0)
        let (before, after) = tmux.sttyBeforeAndAfter()
        #expect(before != nil && before == after)
    }
}
