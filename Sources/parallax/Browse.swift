import ArgumentParser
import Foundation
import NcursesBackend
import ParallaxCore
import ParallaxUI
import Synchronization

/// The signal that asked the program to stop, or 0. Set from the signal handler, read by the loop.
let pendingSignal = Atomic<Int32>(0)

/// `parallax browse`: the terminal explorer (the default command).
struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the explorer on a corpus folder (default command).")

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var cache: CacheOptions

    /// Opens the explorer, or explains in one line why it cannot.
    func run() throws {
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else {
            throw fail("not a terminal; use a subcommand such as `parallax list --json` (see --help)", status: 2)
        }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: corpus.path, isDirectory: &isDir), isDir.boolValue else {
            throw fail(corpus.message(for: .notAFolder(path: corpus.path)))
        }
        installSignalHandlers()
        let env = ProcessInfo.processInfo.environment
        let theme = Theme.forEnvironment(env)
        let terminal: NcursesTerminal
        do { terminal = try NcursesTerminal(color: theme.usesColor) } catch { throw fail(error.description) }
        let size = terminal.size
        let runner = AppRunner(state: AppState(corpusPath: corpus.path, width: size.width, height: size.height),
                               backend: terminal, theme: theme,
                               runEffect: AppRunner.background(corpusService(cache: cache.location)))
        runner.run { pendingSignal.load(ordering: .relaxed) != 0 }
        terminal.shutdown()
        let signal = pendingSignal.load(ordering: .relaxed)
        if signal != 0 { throw ExitCode(128 + signal) }
    }

    /// SIGINT, SIGTERM and SIGHUP set a flag; the loop notices it within its key timeout and restores the terminal.
    func installSignalHandlers() {
        _ = pendingSignal.load(ordering: .relaxed)
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { received in pendingSignal.store(received, ordering: .relaxed) }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(sig, &action, nil)
        }
    }
}
