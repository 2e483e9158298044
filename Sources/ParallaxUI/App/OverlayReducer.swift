import ParallaxCore

/// Keys while an overlay is open: movement scrolls help or moves the panel's selection, `Enter` acts
/// on the selected entity, `q`/`Esc` close; nothing reaches the screen below.
enum OverlayReducer {
    /// Applies an action to the open overlay.
    static func reduce(_ state: inout AppState, _ action: Action, layouter: Layouter) -> [Effect] {
        switch state.overlay {
        case .help(let scroll)?:
            state.overlay = action == .back ? nil : .help(scroll: helpScroll(scroll, action))
            return []
        case .entities(var panel)?:
            if action == .back { state.overlay = nil; return [] }
            if action == .openSelected { return EntityReducer.choose(&state, panel, layouter: layouter) }
            if action == .panelColumnsLeft || action == .panelColumnsRight {
                panel.firstColumn = EntityPanelLayout.scrolledFirst(
                    panel.firstColumn, by: action == .panelColumnsLeft ? -1 : 1,
                    inner: EntityPanelLayout.innerWidth(terminalWidth: state.width), count: panel.articleIDs.count)
                state.overlay = .entities(panel)
                return []
            }
            let visible = EntityPanelLayout.visibleRows(height: state.height)
            panel.selection = scrolled(panel.selection, by: action, page: 1, total: panel.entities.count)
            if action == .pageDown || action == .pageUp || action == .halfPageDown || action == .halfPageUp {
                let step = action == .pageDown || action == .pageUp ? visible : max(1, visible / 2)
                let forward = action == .pageDown || action == .halfPageDown
                panel.selection = max(0, min(panel.entities.count - 1, panel.selection + (forward ? step : -step)))
            }
            if panel.selection < panel.scroll { panel.scroll = panel.selection }
            if panel.selection >= panel.scroll + visible { panel.scroll = panel.selection - visible + 1 }
            state.overlay = .entities(panel)
            return []
        case .prompt(let prompt)?:
            return PromptReducer.reduce(&state, prompt, action, layouter: layouter)
        case .palette(let palette)?:
            return PaletteReducer.reduce(&state, palette, action, layouter: layouter)
        case nil:
            return []
        }
    }

    /// Help's new scroll position (the view clamps it to the help's length).
    static func helpScroll(_ scroll: Int, _ action: Action) -> Int {
        switch action {
        case .moveDown, .pageDown, .halfPageDown: return scroll + (action == .moveDown ? 1 : 10)
        case .moveUp, .pageUp, .halfPageUp: return max(0, scroll - (action == .moveUp ? 1 : 10))
        case .goTop: return 0
        default: return scroll
        }
    }
}
