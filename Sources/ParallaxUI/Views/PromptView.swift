import ParallaxCore

/// The search or filter prompt on the status line: the field with its cursor, the mode's key hints
/// (from the key table's text-input rows) and, on the right, what the text finds so far.
enum PromptView {
    /// Draws the prompt over the status line's rectangle.
    static func render(_ prompt: PromptState, state: AppState, layout: ScreenLayout, in rect: Rect, into grid: inout CellGrid,
                       theme: Theme, keyMap: KeyMap) {
        let bar = theme.style(.statusBar)
        grid.fill(rect, style: bar)
        let found = " " + result(prompt, state: state, layout: layout) + " "
        let right = rect.maxX - DisplayWidth.of(found)
        grid.write(found, x: right, y: rect.y, style: theme.style(.statusInfo), limit: rect.maxX)
        let field = theme.style(.text)
        let sigil = " " + prompt.sigil
        var x = grid.write(sigil, x: rect.x, y: rect.y, style: bar, limit: right)
        let characters = visible(prompt.editor, width: max(1, right - x - 24))
        for (i, ch) in characters.text.enumerated() {
            let style = i == characters.cursor ? field.applying(StylePatch(reverse: true)) : field
            x = grid.write(TextSanitizer.displaySafe(String(ch)), x: x, y: rect.y, style: style, limit: right)
        }
        if characters.cursor >= characters.text.count {
            x = grid.write(" ", x: x, y: rect.y, style: field.applying(StylePatch(reverse: true)), limit: right)
        }
        x += 2
        for (keys, label) in keyMap.hints(contexts: [.textInput]) {
            let width = DisplayWidth.of(keys) + 1 + DisplayWidth.of(label) + 2
            if x + width > right { break }
            x = grid.write(keys, x: x, y: rect.y, style: theme.style(.hintKey), limit: right)
            x = grid.write(" " + label + "  ", x: x, y: rect.y, style: bar, limit: right)
        }
    }

    /// The field's characters that fit in `width` columns, keeping the cursor in view, and the cursor's index among them.
    static func visible(_ editor: LineEditor, width: Int) -> (text: [Character], cursor: Int) {
        var characters = Array(editor.text)
        var cursor = editor.cursor
        while !characters.isEmpty, cursor > 0,
              characters.prefix(cursor + 1).reduce(0, { $0 + DisplayWidth.of($1) }) + 1 > width {
            characters.removeFirst()
            cursor -= 1
        }
        var end = characters.count
        while end > cursor + 1, characters.prefix(end).reduce(0, { $0 + DisplayWidth.of($1) }) + 1 > width { end -= 1 }
        return (Array(characters.prefix(end)), cursor)
    }

    /// `match 3/17`, `no match`, or for the library `12 of 40 articles`.
    static func result(_ prompt: PromptState, state: AppState, layout: ScreenLayout) -> String {
        switch prompt.purpose {
        case .search(let pane):
            guard !prompt.editor.text.isEmpty else { return "type to search" }
            let article = state.reader != nil ? layout.reader : layout.pane(pane)
            guard let matches = article?.matches, let current = article?.currentMatch else { return "no match" }
            return SearchReducer.describe(current, of: matches.count)
        case .filter:
            let total = counted(state.corpus?.source.articleCount ?? 0, "article")
            guard !prompt.editor.text.isEmpty else { return "type to filter \(total)" }
            guard state.libraryCandidates != nil else { return "reading the library…" }
            if state.rankWanted != nil { return "filtering…" }
            return "\(state.listing.count) of \(total)"
        }
    }
}
