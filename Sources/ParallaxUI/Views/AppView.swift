import ParallaxCore

/// Draws the whole app for a state: title bar, the current screen, status line, help on top.
public enum AppView {
    /// Renders the state into a new grid of the state's size.
    public static func render(_ state: AppState, theme: Theme, keyMap: KeyMap = .standard) -> CellGrid {
        var grid = CellGrid(width: state.width, height: state.height)
        guard Layout.fits(width: state.width, height: state.height) else {
            TooSmallView.render(state, into: &grid, theme: theme)
            return grid
        }
        TitleBarView.render(state, into: &grid, theme: theme)
        let area = Layout.content(width: state.width, height: state.height)
        if let corpus = state.corpus {
            switch state.screen {
            case .library: LibraryView.render(state, corpus: corpus, in: area, into: &grid, theme: theme)
            case .reader: ReaderView.render(state, corpus: corpus, in: area, into: &grid, theme: theme)
            case .compare: CompareView.render(state, corpus: corpus, into: &grid, theme: theme)
            }
        } else {
            let text = state.loadError.map { "Cannot open corpus: \($0)" } ?? Self.loadingText(state)
            grid.write(text, x: 2, y: area.y + 1, style: theme.style(state.loadError == nil ? .text : .notice))
        }
        StatusBarView.render(state, into: &grid, theme: theme, keyMap: keyMap)
        if state.helpVisible { HelpView.render(state, into: &grid, theme: theme, keyMap: keyMap) }
        return grid
    }
}

extension AppView {
    /// What loading is doing: files read so far, then grouping.
    static func loadingText(_ state: AppState) -> String {
        let folder = TextSanitizer.displaySafe(state.corpusPath)
        switch state.loadProgress {
        case .reading(let done, let total)?:
            return "Loading \(folder) … \(done) of \(counted(total, "file"))"
        case .grouping(let articles)?:
            return "Loading \(folder) … grouping \(counted(articles, "article")) into events"
        case nil:
            return "Loading \(folder) …"
        }
    }
}

/// Shown instead of the app when the terminal is below the minimum size.
enum TooSmallView {
    /// Draws the message centred.
    static func render(_ state: AppState, into grid: inout CellGrid, theme: Theme) {
        let lines = ["Terminal too small", "\(state.width)x\(state.height), need \(Layout.minWidth)x\(Layout.minHeight)",
                     "Enlarge it, or Q to quit"]
        let top = max(0, (state.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let text = DisplayWidth.truncate(line, to: state.width)
            grid.write(text, x: max(0, (state.width - DisplayWidth.of(text)) / 2), y: top + i,
                       style: theme.style(i == 0 ? .notice : .text))
        }
    }
}

/// The top line: app name, where you are, and corpus counts.
enum TitleBarView {
    /// Draws the title bar.
    static func render(_ state: AppState, into grid: inout CellGrid, theme: Theme) {
        let style = theme.style(.titleBar)
        grid.fill(Rect(x: 0, y: 0, width: state.width, height: 1), style: style)
        var left = " Parallax"
        switch state.screen {
        case .library: left += " › Library"
        case .reader: left += " › Reader"
        case .compare: left += " › Compare"
        }
        var right = TextSanitizer.displaySafe(state.corpusName)
        if let corpus = state.corpus {
            right += " · " + counted(corpus.articles.count, "article") + " · " + counted(corpus.events.count, "event")
            if !corpus.skipped.isEmpty { right += " · \(corpus.skipped.count) skipped" }
        }
        right += " "
        let end = grid.write(left, x: 0, y: 0, style: style)
        let rightText = DisplayWidth.truncate(right, to: max(0, state.width - end - 2))
        grid.write(rightText, x: state.width - DisplayWidth.of(rightText), y: 0, style: style)
    }
}
