import Foundation
import Testing

/// The real binary in tmux: browse, read, compare, flip, help, resize, quit, and signals.
@Suite(.serialized)
struct ExplorerEndToEndTests {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The bundled corpus plus a third outlet's version of the two-source event, so a pane can flip.
    static func corpusWithThreeSources(in dir: URL) throws -> String {
        let corpus = dir.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let seeds = repoRoot.appendingPathComponent("Corpus")
        for name in try FileManager.default.contentsOfDirectory(atPath: seeds.path) {
            try FileManager.default.copyItem(at: seeds.appendingPathComponent(name), to: corpus.appendingPathComponent(name))
        }
        func paragraphs(_ name: String) throws -> [String] {
            try String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8).components(separatedBy: "\n")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        // A third outlet's rewrite that mixes both wires' reporting, as aggregators do.
        let body = try paragraphs("000_8a23d2b281cd4ba3.txt")[1..<5] + paragraphs("001_935ebd66a5df73d6.txt").suffix(4)
        let variant = "---\noutlet: Example Wire\ndate: 2024-06-01\ntitle: US Weighs Steps Against Chinese Firms\n---\n\n"
            + body.joined(separator: "\n\n") + "\n"
        try variant.write(to: corpus.appendingPathComponent("900_example_wire.txt"), atomically: true, encoding: .utf8)
        return corpus.path
    }

    @Test func aPersonBrowsesReadsComparesFlipsGetsHelpResizesAndQuits() throws {
        let tmux = try Tmux(name: "walk")
        let corpus = try Self.corpusWithThreeSources(in: tmux.workDir)
        try tmux.start(corpus: corpus)

        // The status line is drawn last: waiting for it means the capture holds a whole frame.
        var screen = try tmux.waitForLibrary()
        #expect(screen.joined().contains("3 sources"))
        #expect(screen.contains { $0.contains("Bloomberg") && $0.contains("2024-05-31") })
        #expect(screen.last { !$0.isEmpty }?.contains("? help") == true)

        try tmux.send("j", "j", "j", "Enter")
        screen = try tmux.waitForReader()
        #expect(screen.joined().contains("Exclusive – Sources"))
        #expect(screen.joined().contains("Reuters"))
        try tmux.send("G")
        screen = try tmux.waitFor(text: "100%")
        #expect(screen.joined().contains("100%"))

        try tmux.send("q", "g", "c")
        screen = try tmux.waitFor(text: "Parallax › Compare")
        #expect(screen.contains { $0.contains("[1/3]") && $0.contains("│") && $0.contains("[2/3]") })
        try tmux.send("]")
        screen = try tmux.waitFor(text: "[3/3]")
        #expect(screen.contains { $0.contains("[3/3] Example Wire") })
        try tmux.send("Tab", "j", "j")
        screen = try tmux.waitFor(text: "right 3–")
        #expect(screen.last { !$0.isEmpty }?.contains("right 3–") == true)

        try tmux.send("?")
        screen = try tmux.waitFor(text: "Keys —")
        #expect(screen.joined().contains("Moving and scrolling"))
        // The palette's keys are further down: page through help until they show.
        for _ in 0..<6 where !screen.joined().contains("Corpus search") {
            try tmux.send("Space")
            Thread.sleep(forTimeInterval: 0.3)
            screen = try tmux.screen()
        }
        #expect(screen.joined().contains("Corpus search") && screen.joined().contains("open the hit"))
        try tmux.send("Escape")
        screen = try tmux.waitFor { !$0.joined().contains("Keys —") }

        try tmux.run(["resize-window", "-t", tmux.session, "-x", "200", "-y", "50"])
        screen = try tmux.waitFor { $0.count >= 50 && $0[49].contains("? help") }
        #expect(screen[0].contains("Parallax › Compare"))
        #expect(screen[1].contains("[3/3]"))
        #expect(screen.filter { $0.contains("│") }.count >= 45)

        try tmux.run(["resize-window", "-t", tmux.session, "-x", "30", "-y", "8"])
        screen = try tmux.waitFor(text: "Terminal too small")
        #expect(screen.joined().contains("Terminal too small"))

        try tmux.run(["resize-window", "-t", tmux.session, "-x", "80", "-y", "24"])
        screen = try tmux.waitFor(text: "Parallax › Compare")
        #expect(screen.count >= 24 && screen[23].contains("? help"))

        try tmux.send("Q")
        #expect(tmux.exitCode() == 0)
        let (before, after) = tmux.sttyBeforeAndAfter()
        #expect(before != nil && before == after)
    }

    /// TERM, HUP and INT are asked-for exits; SEGV and ABRT stand for a crash, after which the
    /// terminal must be usable too.
    @Test(arguments: [("TERM", 143), ("HUP", 129), ("INT", 130), ("SEGV", 139), ("ABRT", 134)])
    func aSignalRestoresTheTerminal(signal: String, code: Int) throws {
        let tmux = try Tmux(name: "sig\(signal)")
        try tmux.start(corpus: Self.repoRoot.appendingPathComponent("Corpus").path)
        try tmux.waitForLibrary()
        try tmux.send("Enter")
        try tmux.waitForReader()
        try tmux.signal(signal)
        let status = tmux.exitCode()
        // Under AddressSanitizer (.ci/run's second pass) the sanitizer's own SEGV handler runs after ours:
        // it reports the signal and exits with 1. The terminal must be restored all the same.
        let sanitizerReport = signal == "SEGV" && status == 1
            && ((try? tmux.screen().joined().contains("AddressSanitizer")) ?? false)
        #expect(status == code || sanitizerReport)
        let (before, after) = tmux.sttyBeforeAndAfter()
        #expect(before != nil && before == after)
    }

    @Test func ctrlCQuitsAndRestoresTheTerminal() throws {
        let tmux = try Tmux(name: "ctrlc")
        try tmux.start(corpus: Self.repoRoot.appendingPathComponent("Corpus").path)
        try tmux.waitForLibrary()
        try tmux.send("C-c")
        #expect(tmux.exitCode() == 130)
        let (before, after) = tmux.sttyBeforeAndAfter()
        #expect(before != nil && before == after)
    }

    @Test func withoutATerminalItPrintsAHintAndFails() throws {
        let corpus = Self.repoRoot.appendingPathComponent("Corpus").path
        let output = try Tmux.shell(["sh", "-c", "'\(Tmux.binary.path)' '\(corpus)' 2>&1 < /dev/null; echo \"rc=$?\""])
        let lines = output.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.contains("subcommand") == true)
        #expect(lines.last != "rc=0")
    }

    @Test(arguments: [
        (["list", "/nonexistent-parallax-folder"], "parallax: not a folder: /nonexistent-parallax-folder"),
        (["show", "no-such-article"], "parallax: no article with id or path 'no-such-article' (see `parallax list`)"),
        (["show", "00"], "parallax: '00' fits several articles: 000_8a23d2b281cd4ba3, 001_935ebd66a5df73d6, 002_48d945f71ade7d43, …"),
    ])
    func commandLineMistakesGetOneLineAndAFailingStatus(arguments: [String], message: String) throws {
        let quoted = arguments.map { "'\($0)'" }.joined(separator: " ")
        let output = try Tmux.shell(["sh", "-c", "cd '\(Self.repoRoot.path)' && '\(Tmux.binary.path)' \(quoted) 2>&1; echo \"rc=$?\""])
        #expect(output == message + "\nrc=1\n")
    }

    @Test(arguments: [
        ("no-such-terminal", "parallax: cannot drive terminal type 'no-such-terminal'; set TERM to one this system knows, e.g. TERM=xterm-256color"),
        ("dumb", "parallax: terminal type 'dumb' cannot move the cursor; use a full-screen terminal or a subcommand (see --help)"),
    ])
    func aTerminalThatCannotBeDrivenGetsOneLine(term: String, message: String) throws {
        let tmux = try Tmux(name: "term-\(term)")
        let dir = tmux.workDir.path
        let corpus = Self.repoRoot.appendingPathComponent("Corpus").path
        let script = "TERM=\(term) '\(Tmux.binary.path)' '\(corpus)' 2> \(dir)/err; echo $? > \(dir)/rc.tmp; mv \(dir)/rc.tmp \(dir)/rc; sleep 30"
        try tmux.run(["new-session", "-d", "-x", "100", "-y", "20", "-s", tmux.session, "sh", "-c", script])
        #expect(tmux.exitCode() == 1)
        let err = try String(contentsOf: tmux.workDir.appendingPathComponent("err"), encoding: .utf8)
        #expect(err == message + "\n")
    }

    @Test func aFileWithEscapeSequencesCannotTouchTheTerminal() throws {
        let tmux = try Tmux(name: "escape")
        let corpus = tmux.workDir.appendingPathComponent("hostile")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let hostile = "Hostile \u{1B}]0;pwned\u{7}Title\n\nBody \u{1B}[2J\u{1B}[31mred\u{1B}[0m and \u{9B}31m C1 and \u{202E}bidi.\n"
        try hostile.write(to: corpus.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try Data([0x00, 0x01, 0x02, 0x03, 0xFF]).write(to: corpus.appendingPathComponent("b.txt"))
        try tmux.start(corpus: corpus.path)
        var screen = try tmux.waitForLibrary()
        #expect(screen.joined().contains("1 article ·"))
        #expect(screen.joined().contains("Skipped files (1)"))
        try tmux.send("Enter")
        // Wait for the body, not the title bar: a capture can land between the two while the screen is drawn.
        screen = try tmux.waitFor(text: "C1 and")
        #expect(screen.joined().contains("[2J[31mred[0m"), "escape bytes are removed, their harmless text stays")
        #expect(screen[0].contains("Parallax"), "the screen was not cleared or scrolled by the file")
        let title = try tmux.run(["display-message", "-p", "-t", tmux.session, "#{pane_title}"])
        #expect(!title.contains("pwned"))
        try tmux.send("Q")
        #expect(tmux.exitCode() == 0)
    }
}
