import ParallaxCore

/// Draws the whole app for a state and its layout: title bar, the current screen, status line, the overlay.
public enum AppView {
    /// Renders the state into a new grid of the state's size.
    public static func render(_ state: AppState, layout: ScreenLayout, theme: Theme, keyMap: KeyMap = .standard) -> CellGrid {
        var grid = CellGrid(width: state.width, height: state.height)
        let screen = Rect(x: 0, y: 0, width: state.width, height: state.height)
        guard layout.fits else {
            TooSmallView.render(state, in: screen, into: &grid, theme: theme)
            return grid
        }
        TitleBarView.render(state, in: Rect(x: 0, y: 0, width: state.width, height: 1), into: &grid, theme: theme)
        let area = layout.content
        if state.corpus != nil {
            switch state.screen {
            case .library: LibraryView.render(state, in: area, into: &grid, theme: theme)
            case .reader: ReaderView.render(state, layout: layout, in: area, into: &grid, theme: theme)
            case .compare: CompareView.render(state, layout: layout, in: area, into: &grid, theme: theme)
            }
        } else {
            let text = state.loadError.map { "Cannot open corpus: \($0)" } ?? Self.loadingText(state)
            grid.write(text, x: 2, y: area.y + 1, style: theme.style(state.loadError == nil ? .text : .notice), limit: area.maxX)
        }
        StatusBarView.render(state, layout: layout, in: Rect(x: 0, y: state.height - 1, width: state.width, height: 1),
                             into: &grid, theme: theme, keyMap: keyMap)
        switch state.overlay {
        case .help(let scroll)?: HelpView.render(scroll: scroll, in: screen, into: &grid, theme: theme, keyMap: keyMap)
        case .entities(let panel)?:
            if let source = state.corpus?.source { EntityPanelView.render(panel, source: source, in: area, into: &grid, theme: theme) }
        case .palette(let palette)?: PaletteView.render(palette, state: state, in: area, into: &grid, theme: theme)
        case .prompt?, nil: break // the prompt is drawn on the status line
        }
        return grid
    }

    /// Renders with a fresh layouter (screenshots of one state, benchmarks of the first frame).
    public static func render(_ state: AppState, theme: Theme, keyMap: KeyMap = .standard) -> CellGrid {
        render(state, layout: Layouter().layout(for: state), theme: theme, keyMap: keyMap)
    }
}

extension AppView {
    /// What opening is doing (the index opens in milliseconds; a first build lists articles as they come).
    static func loadingText(_ state: AppState) -> String {
        "Opening \(TextSanitizer.displaySafe(state.corpusPath)) …"
    }

    /// The index's progress as a bar and words: `analysing ▕████░░░░▏ 2,816 of 5,700 files · 12.4 MB/s`.
    static func progressText(_ progress: IndexProgress, width: Int) -> String {
        switch progress {
        case .scanning(let files):
            return "Indexing: looking for article files … \(files)"
        case .analysing(let done, let total, _):
            let bar = ProgressBar.text(done: done, total: total, width: min(20, max(5, width / 8)))
            return "Indexing \(bar) \(done) of \(counted(total, "file")) — the library fills as they are read"
        case .grouping(let articles):
            return "Indexing: grouping \(counted(articles, "article")) into events and linking names …"
        case .finished:
            return ""
        }
    }
}

/// Shown instead of the app when the terminal is below the minimum size.
enum TooSmallView {
    /// Draws the message centred in `rect`.
    static func render(_ state: AppState, in rect: Rect, into grid: inout CellGrid, theme: Theme) {
        let lines = ["Terminal too small", "\(state.width)x\(state.height), need \(Layout.minWidth)x\(Layout.minHeight)",
                     "Enlarge it, or Q to quit"]
        let top = rect.y + max(0, (rect.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < rect.maxY {
            let text = DisplayWidth.truncate(line, to: rect.width)
            grid.write(text, x: rect.x + max(0, (rect.width - DisplayWidth.of(text)) / 2), y: top + i,
                       style: theme.style(i == 0 ? .notice : .text), limit: rect.maxX)
        }
    }
}
