import ParallaxCore

/// The bottom line: a message if there is one, else key hints; the reading position on the right.
enum StatusBarView {
    /// Draws key hints (or a message) and the position in the one-row rectangle.
    static func render(_ state: AppState, layout: ScreenLayout, in rect: Rect, into grid: inout CellGrid, theme: Theme,
                       keyMap: KeyMap) {
        if case .prompt(let prompt)? = state.overlay {
            PromptView.render(prompt, state: state, layout: layout, in: rect, into: &grid, theme: theme, keyMap: keyMap)
            return
        }
        let y = rect.y
        let bar = theme.style(.statusBar)
        grid.fill(rect, style: bar)
        let position = positionText(state, layout: layout)
        let limit = rect.maxX - DisplayWidth.of(position) - 1
        if let message = state.message {
            let style = theme.style(message.kind == .error ? .statusError : .statusInfo)
            let text = " " + DisplayWidth.truncate(TextSanitizer.displaySafe(message.text), to: max(0, limit - 2)) + " "
            grid.write(text, x: rect.x, y: y, style: style, limit: limit)
        } else {
            var x = rect.x + 1
            for (keys, label) in hints(state, keyMap: keyMap) {
                let width = DisplayWidth.of(keys) + 1 + DisplayWidth.of(label) + 2
                if x + width > limit { break }
                x = grid.write(keys, x: x, y: y, style: theme.style(.hintKey), limit: limit)
                x = grid.write(" " + label + "  ", x: x, y: y, style: bar, limit: limit)
            }
        }
        if !position.isEmpty {
            grid.write(position, x: rect.maxX - DisplayWidth.of(position) - 1, y: y, style: bar, limit: rect.maxX)
        }
    }

    /// The hints for what is on top: the overlay's, else the screen's.
    static func hints(_ state: AppState, keyMap: KeyMap) -> [(keys: String, label: String)] {
        switch state.overlay {
        case .help?: return [("q/Esc", "close help"), ("j/k", "scroll")]
        case .entities?: return keyMap.hints(contexts: [.entityPanel]) + [("j/k", "select"), ("q/Esc", "close")]
        case .prompt?: return keyMap.hints(contexts: [.textInput])
        case .palette?: return keyMap.hints(contexts: [.palette])
        case nil: return keyMap.hints(for: state.screen)
        }
    }

    /// Lists up to this long show the cursor's exact article number (counting reads every row).
    static let exactPositionLimit = 300

    /// "lines 1–20 of 85 · 23%" in the reader; the article count in the library.
    static func positionText(_ state: AppState, layout: ScreenLayout) -> String {
        switch state.screen {
        case .reader:
            guard let reader = state.reader, let article = layout.reader else { return "" }
            return position(scroll: reader.scroll, page: article.page, total: article.body.lineCount)
        case .compare:
            guard let compare = state.compare, let pane = layout.pane(compare.focusedPane) else { return "" }
            return (compare.focusedPane == 0 ? "left " : "right ")
                + position(scroll: compare.panes[compare.focusedPane].scroll, page: pane.page, total: pane.body.lineCount)
        case .library:
            guard state.corpus != nil else { return "" }
            let progress = ProgressBar.compact(state.indexProgress)
            if !progress.isEmpty { return progress }
            let count = state.listing.count
            guard count > 0 else { return "" }
            if case .ranked = state.listing { return "\(state.library.cursor + 1)/\(count)" }
            if count <= exactPositionLimit {
                let rows = state.libraryRows(0..<count)
                let ordinal = rows[0..<min(rows.count, state.library.cursor)].filter(\.isSelectable).count
                return "\(ordinal + 1)/\(rows.filter(\.isSelectable).count)"
            }
            // A long list is not read through to count: the share of it above the cursor says where you are.
            let percent = count <= 1 ? 100 : Int((Double(state.library.cursor) / Double(count - 1) * 100).rounded())
            return "\(percent)%"
        }
    }

    /// Visible line range, total and percentage read.
    static func position(scroll: Int, page: Int, total: Int) -> String {
        let last = min(total, scroll + page)
        let percent = total <= page ? 100 : Int((Double(last) / Double(total) * 100).rounded())
        return "\(min(scroll + 1, total))–\(last)/\(total) \(percent)%"
    }
}
