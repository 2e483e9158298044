import Foundation

/// The terminal's settings from before curses started, for the crash handler to put back. Heap memory
/// of the C type's full size, kept for the process's lifetime: `tcgetattr` writes a whole `termios`,
/// which overflowed the Swift global that held it before (AddressSanitizer: global-buffer-overflow).
nonisolated(unsafe) private let savedSettings: UnsafeMutablePointer<termios> = {
    let settings = UnsafeMutablePointer<termios>.allocate(capacity: 1)
    settings.initialize(to: termios())
    return settings
}()
nonisolated(unsafe) private var haveSavedSettings = false
/// What was installed for each fatal signal before us (Swift's backtracer, or the default), by signal
/// number: plain memory, so that the handler reads it without touching the Swift runtime.
nonisolated(unsafe) private let previousActions: UnsafeMutablePointer<sigaction> = {
    let table = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
    table.initialize(repeating: sigaction(), count: 65)
    return table
}()

/// Puts the terminal back when the program dies of a fatal signal (a trap, a bad access, an abort):
/// the settings saved before curses started, the main screen, a visible cursor. Only async-signal-safe
/// calls run in the handler; then the previous handler (Swift's backtracer or the default) takes over.
enum CrashGuard {
    /// Signals that end the program without a chance to clean up.
    static let fatalSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

    /// Saves the terminal settings and installs the handlers; call before curses starts.
    static func install() {
        haveSavedSettings = tcgetattr(STDIN_FILENO, savedSettings) == 0
        for sig in fatalSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { received in CrashGuard.restoreAndReraise(received) }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(sig, &action, previousActions + Int(sig))
        }
    }

    /// Restores the terminal and hands the signal to whoever handled it before.
    static func restoreAndReraise(_ sig: Int32) {
        if haveSavedSettings { tcsetattr(STDIN_FILENO, TCSANOW, savedSettings) }
        // Reset attributes, leave the alternate screen, keypad off, cursor on, start a fresh line.
        let reset: StaticString = "\u{1B}[0m\u{1B}[?1049l\u{1B}[?1l\u{1B}>\u{1B}[?25h\r\n"
        _ = write(STDOUT_FILENO, reset.utf8Start, reset.utf8CodeUnitCount)
        if sig > 0 && sig < 65 { sigaction(sig, previousActions + Int(sig), nil) } else { signal(sig, SIG_DFL) }
        raise(sig)
    }
}
