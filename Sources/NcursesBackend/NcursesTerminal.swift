import CNcurses
import Foundation
import ParallaxUI

/// `TerminalBackend` over ncursesw: wide characters, colours from the theme's palette, keys via `get_wch`.
public final class NcursesTerminal: TerminalBackend {
    private var pairs: [PairKey: Int16] = [:]
    private let useColor: Bool
    private var active = false

    private struct PairKey: Hashable {
        let fg: Int16
        let bg: Int16
    }

    /// Why the terminal could not be used.
    public enum StartError: Error, CustomStringConvertible {
        /// ncurses has no description of this terminal type.
        case unknownTerminal(String)
        /// The terminal cannot move its cursor (e.g. `dumb`), so a full-screen program cannot draw.
        case cannotAddressCursor(String)

        /// A one-line explanation with what to do.
        public var description: String {
            switch self {
            case .unknownTerminal(let term):
                return "cannot drive terminal type '\(term)'; set TERM to one this system knows, e.g. TERM=xterm-256color"
            case .cannotAddressCursor(let term):
                return "terminal type '\(term)' cannot move the cursor; use a full-screen terminal or a subcommand (see --help)"
            }
        }
    }

    private var screen: OpaquePointer?

    /// Starts curses mode. Colour is used only when `color` is true and the terminal has colours.
    public init(color: Bool) throws(StartError) {
        Self.setUTF8Locale()
        CrashGuard.install()
        guard let screen = px_newterm() else {
            throw .unknownTerminal(ProcessInfo.processInfo.environment["TERM"] ?? "")
        }
        guard px_can_address_cursor() != 0 else {
            endwin()
            delscreen(screen)
            throw .cannotAddressCursor(ProcessInfo.processInfo.environment["TERM"] ?? "")
        }
        self.screen = screen
        active = true
        cbreak()
        noecho()
        nonl()
        intrflush(px_stdscr(), false)
        keypad(px_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        useColor = color && has_colors()
        if useColor {
            start_color()
            use_default_colors()
        }
    }

    /// Uses the user's locale, falling back to C.UTF-8 so that wide characters still work without LANG.
    static func setUTF8Locale() {
        setlocale(LC_ALL, "")
        let codeset = String(cString: px_codeset()).uppercased()
        if codeset != "UTF-8" && codeset != "UTF8" {
            setlocale(LC_ALL, "C.UTF-8")
        }
    }

    /// Leaves curses mode and restores the terminal; safe to call twice.
    public func shutdown() {
        guard active else { return }
        active = false
        curs_set(1)
        endwin()
        if let screen { delscreen(screen) }
        screen = nil
    }

    deinit { shutdown() }

    /// Current size of the screen.
    public var size: (width: Int, height: Int) { (Int(px_cols()), Int(px_lines())) }

    /// Draws every cell; ncurses sends only what changed.
    public func draw(_ grid: CellGrid) {
        let rows = min(grid.height, Int(px_lines())), cols = min(grid.width, Int(px_cols()))
        erase()
        for y in 0..<rows {
            for x in 0..<cols {
                let cell = grid[x, y]
                if cell.isContinuation { continue }
                if y == rows - 1 && x == cols - 1 { continue } // writing the last cell scrolls some terminals
                let attrs = attributes(cell.style)
                px_attrset(attrs)
                var chars = cell.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
                chars.append(0)
                _ = mvaddwstr(Int32(y), Int32(x), chars)
            }
        }
        px_attrset(px_a_normal())
        refresh()
    }

    private func attributes(_ style: Style) -> attr_t {
        var attrs = px_a_normal()
        if style.bold { attrs |= px_a_bold() }
        if style.dim { attrs |= px_a_dim() }
        if style.underline { attrs |= px_a_underline() }
        if style.reverse { attrs |= px_a_reverse() }
        if useColor, style.fg != nil || style.bg != nil {
            attrs |= px_color_pair(Int32(pair(style)))
        }
        return attrs
    }

    private func pair(_ style: Style) -> Int16 {
        let colors = Int(px_colors())
        func index(_ c: Color?) -> Int16 {
            guard let c else { return -1 }
            return Int16(c.rawValue < colors ? c.rawValue : c.rawValue % 8)
        }
        let key = PairKey(fg: index(style.fg), bg: index(style.bg))
        if let existing = pairs[key] { return existing }
        let number = Int16(pairs.count + 1)
        guard Int(number) < Int(px_color_pairs()) else { return 0 }
        init_pair(number, key.fg, key.bg)
        pairs[key] = number
        return number
    }

    /// Waits for a key up to the timeout.
    public func readKey(timeoutMilliseconds: Int) -> Key? {
        wtimeout(px_stdscr(), Int32(timeoutMilliseconds))
        var ch: wint_t = 0
        let result = wget_wch(px_stdscr(), &ch)
        if result == ERR { return nil }
        if result == px_key_code_yes() { return Self.special(Int32(ch)) }
        return Self.character(UInt32(ch))
    }

    /// The key for an ncurses key code (`KEY_UP`, `KEY_RESIZE`, …).
    static func special(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case KEY_RESIZE: return .resize
        case KEY_F0...(KEY_F0 + 63): return .function(Int(code - KEY_F0))
        default: return nil
        }
    }

    /// The key for a typed character; control characters become `Ctrl-` keys.
    static func character(_ value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 127, 8: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(value + 96) ?? "?"))
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .char(Character(scalar))
        }
    }
}
