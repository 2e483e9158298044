/// A one-line text field: the text, a cursor (in characters) and the field's history, browsed with ↑/↓.
public struct LineEditor: Sendable, Equatable {
    /// The text typed.
    public private(set) var text: String
    /// Cursor position, in characters from the start.
    public private(set) var cursor: Int
    /// Earlier entries, oldest first.
    public let history: [String]
    /// Which history entry is shown (nil: the text being typed).
    private var historyIndex: Int?
    /// The text being typed, kept while history is browsed.
    private var draft = ""

    /// A field holding `text`, cursor at its end.
    public init(_ text: String = "", history: [String] = []) {
        self.text = text
        cursor = text.count
        self.history = history
    }

    /// Inserts text at the cursor. A combining mark joins the character before it, so the cursor moves
    /// by the change in characters, not by what was typed.
    public mutating func insert(_ typed: String) {
        let before = text.count
        let index = text.index(text.startIndex, offsetBy: cursor)
        text.insert(contentsOf: typed, at: index)
        cursor = min(text.count, max(0, cursor + text.count - before))
    }

    /// Backspace: deletes the character before the cursor.
    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        text.remove(at: text.index(text.startIndex, offsetBy: cursor - 1))
        cursor -= 1
    }

    /// Del: deletes the character under the cursor.
    public mutating func deleteForward() {
        guard cursor < text.count else { return }
        text.remove(at: text.index(text.startIndex, offsetBy: cursor))
    }

    /// Ctrl-w: deletes the word before the cursor and the spaces after it.
    public mutating func deleteWord() {
        let characters = Array(text)
        var start = cursor
        while start > 0, characters[start - 1] == " " { start -= 1 }
        while start > 0, characters[start - 1] != " " { start -= 1 }
        text = String(characters[..<start] + characters[cursor...])
        cursor = start
    }

    /// Ctrl-u: deletes everything before the cursor.
    public mutating func deleteToStart() {
        text = String(text.dropFirst(cursor))
        cursor = 0
    }

    /// ← and →, Home and End: moves the cursor, staying inside the text.
    public mutating func moveCursor(by offset: Int) { cursor = min(text.count, max(0, cursor + offset)) }

    /// Home, End.
    public mutating func moveCursor(toEnd: Bool) { cursor = toEnd ? text.count : 0 }

    /// ↑ (older) and ↓ (newer): shows a history entry; below the newest is the text being typed.
    public mutating func browseHistory(older: Bool) {
        guard !history.isEmpty else { return }
        if historyIndex == nil { draft = text }
        let next = older ? (historyIndex ?? history.count) - 1 : (historyIndex ?? history.count) + 1
        if next < 0 { return }
        if next >= history.count {
            historyIndex = nil
            text = draft
        } else {
            historyIndex = next
            text = history[next]
        }
        cursor = text.count
    }

    /// A history with `entry` added last (an entry already there moves to the end), at most `limit` long.
    public static func remembering(_ entry: String, in history: [String], limit: Int = 50) -> [String] {
        guard !entry.isEmpty else { return history }
        return Array((history.filter { $0 != entry } + [entry]).suffix(limit))
    }
}
