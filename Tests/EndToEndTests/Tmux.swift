import Foundation
import Testing

/// Drives the built `parallax` binary inside a private tmux server, as a person at a terminal would.
final class Tmux {
    let socket: String
    let session = "e2e"
    let workDir: URL
    /// Where the explorer keeps its index (`XDG_CACHE_HOME`); another instance may share it.
    var cacheDir: URL

    /// The built executable, next to the test runner in the build folder.
    static let binary: URL = {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var dir = runner.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("parallax")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/parallax")
    }()

    init(name: String) throws {
        socket = "parallax-e2e-\(name)-\(ProcessInfo.processInfo.processIdentifier)"
        workDir = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        try? FileManager.default.removeItem(at: workDir)
        try FileManager.default.createDirectory(at: workDir, withIntermediateDirectories: true)
        cacheDir = workDir.appendingPathComponent("cache")
    }

    deinit {
        _ = try? run(["kill-server"])
        try? FileManager.default.removeItem(at: workDir)
    }

    /// Runs a tmux command on the private server and returns its output.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        try Self.shell(["tmux", "-L", socket] + arguments)
    }

    /// Runs a program and returns its standard output.
    @discardableResult
    /// Runs a program with posix_spawn and waitpid, its output going to a file: a tmux server started
    /// here would keep an inherited pipe open forever, and Foundation's `Process` can miss the exit.
    static func shell(_ arguments: [String]) throws -> String {
        let outPath = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-e2e-out-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: outPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = (["/usr/bin/env"] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/usr/bin/env", &actions, nil, argv, environ)
        guard spawned == 0 else { throw CocoaError(.executableLoad) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
    }

    /// Starts the explorer on a corpus in a terminal of a size; records `stty -g` before and after, and the exit code.
    func start(corpus: String, width: Int = 80, height: Int = 24) throws {
        let dir = workDir.path
        try? FileManager.default.removeItem(at: workDir.appendingPathComponent("rc"))
        // The shell traps SIGINT so that Ctrl-C reaches only the explorer and the shell lives to record the result;
        // no core files from the crash tests.
        let script = """
        trap 'true' INT; ulimit -c 0; stty -g > \(dir)/stty-before; \
        SWIFT_BACKTRACE=enable=no XDG_CACHE_HOME='\(cacheDir.path)' '\(Self.binary.path)' '\(corpus)'; \
        echo $? > \(dir)/rc.tmp; stty -g > \(dir)/stty-after; mv \(dir)/rc.tmp \(dir)/rc; sleep 30
        """
        try run(["new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", session, "sh", "-c", script])
    }

    /// Waits until the library lists the corpus's events and indexing has finished.
    @discardableResult
    func waitForLibrary(seconds: Double = 30, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        try waitFor(seconds: seconds, what: "the indexed library", sourceLocation: sourceLocation) { lines in
            let text = lines.joined()
            return text.contains("? help") && text.contains(" source") && !text.contains("indexing") && !text.contains("Indexing")
        }
    }

    /// Waits for the reader with its article arrived: the title bar says Reader and the body no longer says
    /// "Opening “…” …" (the article is fetched off the loop; a key pressed before it arrives moves nothing).
    @discardableResult
    func waitForReader(seconds: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        try waitFor(seconds: seconds, what: "the reader with its article", sourceLocation: sourceLocation) { lines in
            lines.joined().contains("Parallax › Reader") && !lines.contains { $0.contains("Opening “") }
        }
    }

    /// The visible screen, line by line.
    func screen() throws -> [String] {
        try run(["capture-pane", "-p", "-t", session]).components(separatedBy: "\n")
    }

    /// Sends keys (tmux key names).
    func send(_ keys: String...) throws { try run(["send-keys", "-t", session] + keys) }

    /// Waits until the screen satisfies a condition; returns the last screen either way, and records a
    /// failure (with that screen) when the condition never held.
    @discardableResult
    func waitFor(seconds: Double = 10, what: String = "the expected screen", sourceLocation: SourceLocation = #_sourceLocation,
                 _ condition: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(seconds)
        var last: [String] = []
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.1)
        }
        Issue.record("timed out waiting for \(what); the screen was:\n\(last.joined(separator: "\n"))",
                     sourceLocation: sourceLocation)
        return last
    }

    /// Waits until the screen shows some text and no article is still being fetched ("Opening “…”").
    @discardableResult
    func waitFor(text: String, seconds: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        try waitFor(seconds: seconds, what: "'\(text)'", sourceLocation: sourceLocation) {
            let screen = $0.joined(separator: "\n")
            return screen.contains(text) && !screen.contains("Opening “")
        }
    }

    /// Waits for the program to exit and returns its exit code.
    func exitCode(seconds: Double = 10) -> Int? {
        let deadline = Date().addingTimeInterval(seconds)
        let url = workDir.appendingPathComponent("rc")
        while Date() < deadline {
            if let text = try? String(contentsOf: url, encoding: .utf8), let code = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return code
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return nil
    }

    /// Terminal settings before the program started and after it ended.
    func sttyBeforeAndAfter() -> (String?, String?) {
        let read = { (name: String) in
            (try? String(contentsOf: self.workDir.appendingPathComponent(name), encoding: .utf8))?
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return (read("stty-before"), read("stty-after"))
    }

    /// Sends a signal to the explorer process running in the pane.
    func signal(_ name: String) throws {
        let shellPID = try run(["list-panes", "-t", session, "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let child = try Self.shell(["pgrep", "-P", shellPID, "-f", "parallax"]).split(separator: "\n").first.map(String.init) ?? ""
        try Self.shell(["kill", "-\(name)", child])
    }
}
