import Foundation
import Testing

/// Entities in the real binary: highlighting toggled, the panel opened, mentions walked across panes.
/// It needs real entities for the bundled corpus, so it runs only when the binary reports some
/// (`parallax entities --json Corpus`, which arrives with entity recognition).
@Suite(.serialized)
struct EntityEndToEndTests {
    static let corpus = ExplorerEndToEndTests.repoRoot.appendingPathComponent("Corpus").path

    /// Whether the built binary finds entities in the bundled corpus.
    static let binaryReportsEntities: Bool = {
        guard let output = try? Tmux.shell([Tmux.binary.path, "entities", "--json", corpus]),
              let json = try? JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any],
              let entities = json["entities"] as? [Any] else { return false }
        return !entities.isEmpty
    }()

    @Test(.enabled(if: binaryReportsEntities,
                   "skipped: `parallax entities --json Corpus` reports no entities (recognition has not landed on this branch)"))
    func aPersonHighlightsEntitiesOpensThePanelAndWalksMentionsAcrossPanes() throws {
        let tmux = try Tmux(name: "entities")
        try tmux.start(corpus: Self.corpus)
        try tmux.waitFor(text: "articles ·")
        try tmux.send("Enter")
        var screen = try tmux.waitFor(text: "Parallax › Reader")
        #expect(screen[0].contains("PERSON ORG GPE LOC NORP"), "the legend is in the title bar")
        let coloured = try tmux.run(["capture-pane", "-p", "-e", "-t", tmux.session])
        #expect(coloured.contains("\u{1B}[9"), "entities are drawn in bright colours")
        try tmux.send("e")
        screen = try tmux.waitFor(text: "Entity highlighting off")
        #expect(screen[0].contains("off (e)"))
        try tmux.send("e", "i")
        screen = try tmux.waitFor(text: "Entities in this article")
        try tmux.send("Enter")
        screen = try tmux.waitFor(text: "— mention 1/")
        try tmux.send("q", "c")
        screen = try tmux.waitFor(text: "Parallax › Compare")
        try tmux.send("*")
        screen = try tmux.waitFor(text: "— mention ")
        #expect(screen.last { !$0.isEmpty }?.contains("(left") == true || screen.joined().contains("(right"))
        for _ in 0..<12 { try tmux.send("*") }
        try tmux.send("i")
        screen = try tmux.waitFor(text: "Entities in this event")
        #expect(screen.joined().contains("Never mentioned by:"))
        try tmux.send("Escape", "Q")
        #expect(tmux.exitCode() == 0)
        let (before, after) = tmux.sttyBeforeAndAfter()
        #expect(before != nil && before == after)
    }
}
