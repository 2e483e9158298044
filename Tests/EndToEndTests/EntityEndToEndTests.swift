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
              let articles = json["articles"] as? [String: [String: Any]] else { return false }
        // {"articles": {"<path>": {"entities": [...]}}}
        return articles.values.contains { ($0["entities"] as? [Any])?.isEmpty == false }
    }()

    /// The tmux session's name.
    func sessionName(_ tmux: Tmux) -> String { tmux.session }

    @Test(.enabled(if: binaryReportsEntities,
                   "skipped: `parallax entities --json Corpus` reports no entities (recognition has not landed on this branch)"))
    func aPersonHighlightsEntitiesOpensThePanelAndWalksMentionsAcrossPanes() throws {
        let tmux = try Tmux(name: "entities")
        try tmux.start(corpus: Self.corpus)
        try tmux.waitForLibrary()
        try tmux.send("Enter")
        var screen = try tmux.waitForReader()
        #expect(screen[0].contains("PERSON ORG GPE LOC NORP"), "the legend is in the title bar")
        // The body's colours and attributes (with or without NO_COLOR) change when highlighting goes off.
        let body = { () throws -> [String] in
            Array(try tmux.run(["capture-pane", "-p", "-e", "-t", self.sessionName(tmux)]).components(separatedBy: "\n").dropFirst(5).prefix(15))
        }
        let highlighted = try body()
        try tmux.send("e")
        screen = try tmux.waitFor(text: "Entity highlighting off")
        #expect(screen[0].contains("off (e)"))
        #expect(try body() != highlighted, "entities are drawn in their styles")
        try tmux.send("e", "i")
        screen = try tmux.waitFor(text: "Entities in this article")
        try tmux.send("Enter")
        screen = try tmux.waitFor(text: "— mention 1/")
        try tmux.send("q", "c")
        screen = try tmux.waitFor(text: "Parallax › Compare")
        // The event's most mentioned entity; Enter marks its first mention in the focused (left) pane.
        try tmux.send("i")
        screen = try tmux.waitFor(what: "the event's entities") {
            $0.joined().contains("Entities in this event") && $0.joined().contains("Never mentioned by:")
        }
        try tmux.send("Enter")
        screen = try tmux.waitFor(text: "(left 1/")
        var crossed = false
        for _ in 0..<30 where !crossed {
            try tmux.send("*")
            Thread.sleep(forTimeInterval: 0.1)
            crossed = try tmux.screen().last { !$0.isEmpty }?.contains("(right ") == true
        }
        #expect(crossed, "* goes on from the left pane's mentions into the right pane's")
        try tmux.send("Escape", "Q")
        #expect(tmux.exitCode() == 0)
        let (before, after) = tmux.sttyBeforeAndAfter()
        #expect(before != nil && before == after)
    }
}
