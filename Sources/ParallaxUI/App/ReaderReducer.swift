import ParallaxCore

/// Reader keys: scroll the article, toggle page junk, open compare, mentions.
enum ReaderReducer {
    /// Applies a reader action.
    static func reduce(_ state: inout AppState, _ action: Action, layouter: Layouter) -> [Effect] {
        guard var reader = state.reader else { return [] }
        if let effects = TextActions.reduce(&state, action, layouter: layouter) { return effects }
        switch action {
        case .toggleBoilerplate:
            state.showBoilerplate.toggle()
            state.message = StatusMessage(state.showBoilerplate ? "Showing scraped page junk" : "Hiding scraped page junk")
            clampAll(&state, layouter: layouter)
            return []
        case .openCompare:
            return CompareReducer.open(&state, from: reader.articleID)
        default:
            guard let article = layouter.layout(for: state).reader else { return [] }
            reader.scroll = scrolled(reader.scroll, by: action, page: article.page, total: article.body.lineCount)
            state.reader = reader
            return []
        }
    }
}
