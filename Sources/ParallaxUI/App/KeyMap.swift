/// Where a key binding applies.
public enum KeyContext: String, Sendable, CaseIterable {
    case everywhere = "Everywhere"
    case moving = "Moving and scrolling"
    case library = "Library"
    case reader = "Reader"
    case compare = "Compare"
    case entityPanel = "Entities panel"
    /// The corpus search palette (its field takes the text-input keys too).
    case palette = "Corpus search"
    /// The text-input mode of the table, while the search or filter prompt is open.
    case textInput = "Typing a search or filter"
}

/// One row of the key table: keys, what they do, where, and whether the status bar hints at it.
public struct KeyBinding: Sendable {
    /// Keys that trigger the action.
    public let keys: [Key]
    /// The action.
    public let action: Action
    /// What it does, for help and hints.
    public let description: String
    /// Contexts where the binding is active.
    public let contexts: Set<KeyContext>
    /// A short label for the status bar, if it is worth a hint there.
    public let hint: String?
    /// How help writes the keys when they are not a list (typing text).
    public var keyLabel: String? = nil
}

/// The single key table: it handles keys, writes the status-bar hints and builds the help screen.
public struct KeyMap: Sendable {
    /// All bindings in the order help shows them.
    public let bindings: [KeyBinding]

    /// The default key table (less/vim/lazygit habits).
    public static let standard = KeyMap(bindings: [
        KeyBinding(keys: [.char("?")], action: .toggleHelp, description: "show or hide this help", contexts: [.everywhere], hint: "help"),
        KeyBinding(keys: [.char("q"), .escape], action: .back, description: "back; quit at the library", contexts: [.everywhere], hint: "back"),
        KeyBinding(keys: [.char("Q"), .ctrl("c")], action: .quit, description: "quit from anywhere", contexts: [.everywhere], hint: nil),
        KeyBinding(keys: [.char("j"), .down], action: .moveDown, description: "down one line", contexts: [.moving], hint: nil),
        KeyBinding(keys: [.char("k"), .up], action: .moveUp, description: "up one line", contexts: [.moving], hint: nil),
        KeyBinding(keys: [.char(" "), .pageDown], action: .pageDown, description: "page down", contexts: [.moving], hint: nil),
        KeyBinding(keys: [.char("b"), .pageUp], action: .pageUp, description: "page up", contexts: [.moving], hint: nil),
        KeyBinding(keys: [.ctrl("d")], action: .halfPageDown, description: "half a page down", contexts: [.moving], hint: nil),
        KeyBinding(keys: [.ctrl("u")], action: .halfPageUp, description: "half a page up", contexts: [.moving], hint: nil),
        KeyBinding(keys: [.char("g"), .home], action: .goTop, description: "to the top", contexts: [.moving], hint: nil),
        KeyBinding(keys: [.char("G"), .end], action: .goBottom, description: "to the bottom", contexts: [.moving], hint: nil),
        KeyBinding(keys: [.enter, .char("l"), .right], action: .openSelected, description: "read the selected article", contexts: [.library], hint: "read"),
        KeyBinding(keys: [.char("c")], action: .openCompare, description: "compare the event's sources", contexts: [.library, .reader], hint: "compare"),
        KeyBinding(keys: [.char("x")], action: .toggleBoilerplate, description: "show/hide scraped page junk", contexts: [.reader, .compare], hint: "junk"),
        KeyBinding(keys: [.tab, .backTab], action: .focusNextPane, description: "focus the other pane", contexts: [.compare], hint: "pane"),
        KeyBinding(keys: [.char("[")], action: .flipPrevious, description: "pane: previous source", contexts: [.compare], hint: "prev src"),
        KeyBinding(keys: [.char("]")], action: .flipNext, description: "pane: next source", contexts: [.compare], hint: "next src"),
        KeyBinding(keys: [.char("i")], action: .openEntityPanel, description: "entities panel", contexts: [.library, .reader, .compare], hint: "entities"),
        KeyBinding(keys: [.char("*")], action: .nextMention, description: "next mention of the entity", contexts: [.reader, .compare], hint: nil),
        KeyBinding(keys: [.char("#")], action: .previousMention, description: "previous mention", contexts: [.reader, .compare], hint: nil),
        KeyBinding(keys: [.char("e")], action: .toggleEntityHighlight, description: "entity highlights on/off", contexts: [.reader, .compare], hint: nil),
        KeyBinding(keys: [.char("t")], action: .cycleEntityTypes, description: "entity types: all, then one", contexts: [.reader, .compare], hint: nil),
        KeyBinding(keys: [.enter], action: .openSelected, description: "go to mention / filter", contexts: [.entityPanel], hint: "go"),
        KeyBinding(keys: [.left, .char("h")], action: .panelColumnsLeft, description: "earlier sources (when cut off)",
                   contexts: [.entityPanel], hint: nil),
        KeyBinding(keys: [.right, .char("l")], action: .panelColumnsRight, description: "later sources (when cut off)",
                   contexts: [.entityPanel], hint: nil),
        KeyBinding(keys: [.char("/")], action: .startSearch, description: "search; library: filter",
                   contexts: [.library, .reader, .compare], hint: "search"),
        KeyBinding(keys: [.char(":"), .ctrl("f")], action: .openCorpusSearch, description: "search the whole corpus",
                   contexts: [.library, .reader, .compare], hint: "corpus"),
        KeyBinding(keys: [.char("n")], action: .nextMatch, description: "next search match", contexts: [.reader, .compare], hint: nil),
        KeyBinding(keys: [.char("N")], action: .previousMatch, description: "previous search match", contexts: [.reader, .compare], hint: nil),
    ] + palette + textInput)
    /// The palette's own keys, ahead of the text-input rows (↑/↓ select a hit there, not history).
    static let palette = [
        KeyBinding(keys: [.enter], action: .openSelected, description: "open the hit, scrolled to it", contexts: [.palette], hint: "open"),
        KeyBinding(keys: [.up], action: .moveUp, description: "previous hit", contexts: [.palette], hint: nil),
        KeyBinding(keys: [.down], action: .moveDown, description: "next hit", contexts: [.palette], hint: "select"),
        KeyBinding(keys: [.pageUp], action: .pageUp, description: "hits: page up", contexts: [.palette], hint: nil),
        KeyBinding(keys: [.pageDown], action: .pageDown, description: "hits: page down", contexts: [.palette], hint: nil),
        KeyBinding(keys: [.ctrl("p")], action: .paletteHistoryOlder, description: "older search (history)", contexts: [.palette], hint: "history"),
        KeyBinding(keys: [.ctrl("n")], action: .paletteHistoryNewer, description: "newer search", contexts: [.palette], hint: nil),
        KeyBinding(keys: [.escape], action: .cancelPrompt, description: "close", contexts: [.palette], hint: "close"),
    ]

    /// The text-input mode: printable keys insert (no row lists them), these keys edit and finish.
    static let textInput = [
        KeyBinding(keys: [], action: .insertText(""), description: "insert what you type", contexts: [.textInput],
                   hint: nil, keyLabel: "a é 中"),
        KeyBinding(keys: [.enter], action: .submitPrompt, description: "keep search/filter", contexts: [.textInput], hint: "keep"),
        KeyBinding(keys: [.escape], action: .cancelPrompt, description: "cancel, as it was", contexts: [.textInput], hint: "cancel"),
        KeyBinding(keys: [.up], action: .historyOlder, description: "older (history)", contexts: [.textInput], hint: "history"),
        KeyBinding(keys: [.down], action: .historyNewer, description: "newer (history)", contexts: [.textInput], hint: nil),
        KeyBinding(keys: [.backspace], action: .deleteBackward, description: "delete back", contexts: [.textInput], hint: nil),
        KeyBinding(keys: [.delete], action: .deleteForward, description: "delete under cursor", contexts: [.textInput], hint: nil),
        KeyBinding(keys: [.ctrl("w")], action: .deleteWord, description: "delete a word back", contexts: [.textInput], hint: nil),
        KeyBinding(keys: [.ctrl("u")], action: .deleteToStart, description: "delete to the start", contexts: [.textInput], hint: nil),
        KeyBinding(keys: [.left], action: .cursorLeft, description: "cursor left", contexts: [.textInput], hint: nil),
        KeyBinding(keys: [.right], action: .cursorRight, description: "cursor right", contexts: [.textInput], hint: nil),
        KeyBinding(keys: [.home], action: .cursorHome, description: "cursor to the start", contexts: [.textInput], hint: nil),
        KeyBinding(keys: [.end], action: .cursorEnd, description: "cursor to the end", contexts: [.textInput], hint: nil),
        KeyBinding(keys: [.ctrl("c")], action: .quit, description: "quit", contexts: [.textInput], hint: nil),
    ]

    /// The action a key triggers in a screen, if any.
    public func action(for key: Key, on screen: Screen) -> Action? {
        action(for: key, contexts: Self.contexts(for: screen))
    }

    /// The action a key triggers in a state: the overlay's contexts when one is open, else the screen's.
    public func action(for key: Key, in state: AppState) -> Action? {
        action(for: key, contexts: Self.contexts(for: state))
    }

    /// The action a key triggers in a set of contexts.
    /// In text-input mode a printable key that no row takes inserts itself.
    func action(for key: Key, contexts active: Set<KeyContext>) -> Action? {
        if let bound = bindings.first(where: { $0.keys.contains(key) && !$0.contexts.isDisjoint(with: active) }) {
            return bound.action
        }
        if active.contains(.textInput), case .char(let c) = key,
           c.unicodeScalars.allSatisfy({ $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) }) {
            return .insertText(String(c))
        }
        return nil
    }

    /// Contexts active in a state: an overlay takes the keys from the screen below.
    public static func contexts(for state: AppState) -> Set<KeyContext> {
        switch state.overlay {
        case .help?: return [.everywhere, .moving]
        case .entities?: return [.everywhere, .moving, .entityPanel]
        case .prompt?: return [.textInput]
        case .palette?: return [.palette, .textInput]
        case nil: return contexts(for: state.screen)
        }
    }

    /// Contexts active on a screen.
    public static func contexts(for screen: Screen) -> Set<KeyContext> {
        switch screen {
        case .library: return [.everywhere, .moving, .library]
        case .reader: return [.everywhere, .moving, .reader]
        case .compare: return [.everywhere, .moving, .compare]
        }
    }

    /// Status-bar hints for a screen: `(keys, label)` pairs, screen-specific first.
    public func hints(for screen: Screen) -> [(keys: String, label: String)] {
        hints(contexts: Self.contexts(for: screen))
    }

    /// Status-bar hints for a set of active contexts.
    public func hints(contexts active: Set<KeyContext>) -> [(keys: String, label: String)] {
        let relevant = bindings.filter { $0.hint != nil && !$0.contexts.isDisjoint(with: active) }
        // Help first, so that it is never cut off on a narrow terminal; then the screen's keys, then the rest.
        let help = relevant.filter { $0.action == .toggleHelp }
        let specific = relevant.filter { !$0.contexts.contains(.everywhere) }
        let global = relevant.filter { $0.contexts.contains(.everywhere) && $0.action != .toggleHelp }
        return (help + specific + global).map { binding in
            (binding.keys.prefix(binding.action == .focusNextPane ? 1 : 2).map(\.description).joined(separator: "/"),
             binding.hint ?? "")
        }
    }

    /// Help sections: a title and its `(keys, description)` rows.
    /// Each binding is listed once, under the set of contexts where it works ("Reader, compare").
    public func helpSections() -> [(title: String, rows: [(keys: String, text: String)])] {
        var order: [Set<KeyContext>] = []
        for binding in bindings where !order.contains(binding.contexts) { order.append(binding.contexts) }
        order.sort { a, b in
            let rank = { (set: Set<KeyContext>) in KeyContext.allCases.firstIndex { set.contains($0) } ?? 0 }
            return (rank(a), a.count) < (rank(b), b.count)
        }
        return order.map { contexts in
            let names = KeyContext.allCases.filter { contexts.contains($0) }.map(\.rawValue)
            let title = names.enumerated().map { $0 == 0 ? $1 : $1.lowercased() }.joined(separator: ", ")
            let rows = bindings.filter { $0.contexts == contexts }.map { b in
                (b.keyLabel ?? b.keys.map(\.description).joined(separator: " "), b.description)
            }
            return (title, rows)
        }
    }
}
