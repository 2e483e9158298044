import ParallaxCore

/// The bottom line: a message if there is one, else key hints; the reading position on the right.
enum StatusBarView {
    /// Draws key hints (or a message) and the position.
    static func render(_ state: AppState, into grid: inout CellGrid, theme: Theme, keyMap: KeyMap) {
        let y = state.height - 1
        let bar = theme.style(.statusBar)
        grid.fill(Rect(x: 0, y: y, width: state.width, height: 1), style: bar)
        let position = positionText(state)
        let limit = state.width - DisplayWidth.of(position) - 1
        if let message = state.message {
            let style = theme.style(message.kind == .error ? .statusError : .statusInfo)
            let text = " " + DisplayWidth.truncate(message.text, to: max(0, limit - 2)) + " "
            grid.write(text, x: 0, y: y, style: style, limit: limit)
        } else {
            var x = 1
            let hints = state.helpVisible ? [("q/Esc", "close help"), ("j/k", "scroll")] : keyMap.hints(for: state.screen)
            for (keys, label) in hints {
                let width = DisplayWidth.of(keys) + 1 + DisplayWidth.of(label) + 2
                if x + width > limit { break }
                x = grid.write(keys, x: x, y: y, style: theme.style(.hintKey), limit: limit)
                x = grid.write(" " + label + "  ", x: x, y: y, style: bar, limit: limit)
            }
        }
        if !position.isEmpty {
            grid.write(position, x: state.width - DisplayWidth.of(position) - 1, y: y, style: bar)
        }
    }

    /// "lines 1–20 of 85 · 23%" in the reader; the article count in the library.
    static func positionText(_ state: AppState) -> String {
        switch state.screen {
        case .reader:
            guard let (page, total) = ReaderReducer.metrics(state) else { return "" }
            return position(scroll: state.readerScroll, page: page, total: total)
        case .compare:
            guard let (page, total) = CompareReducer.metrics(state, pane: state.focusedPane),
                  state.focusedPane < state.panes.count else { return "" }
            return (state.focusedPane == 0 ? "left " : "right ")
                + position(scroll: state.panes[state.focusedPane].scroll, page: page, total: total)
        case .library:
            guard state.corpus != nil else { return "" }
            let rows = state.libraryRows
            let selectable = rows.indices.filter { rows[$0].isSelectable }
            guard let n = selectable.firstIndex(of: state.libraryCursor) else { return "" }
            return "\(n + 1)/\(selectable.count)"
        }
    }

    /// Visible line range, total and percentage read.
    static func position(scroll: Int, page: Int, total: Int) -> String {
        let last = min(total, scroll + page)
        let percent = total <= page ? 100 : Int((Double(last) / Double(total) * 100).rounded())
        return "\(min(scroll + 1, total))–\(last)/\(total) \(percent)%"
    }
}
