import ParallaxCore

/// Reader keys: scroll the article, toggle page junk, open compare.
enum ReaderReducer {
    /// Applies a reader action.
    static func reduce(_ state: inout AppState, _ action: Action) {
        guard let id = state.readerArticleID else { return }
        switch action {
        case .toggleBoilerplate:
            state.showBoilerplate.toggle()
            state.message = StatusMessage(state.showBoilerplate ? "Showing scraped page junk" : "Hiding scraped page junk")
            clamp(&state)
        case .openCompare:
            CompareReducer.open(&state, from: id)
        default:
            guard let (page, total) = metrics(state) else { return }
            state.readerScroll = scrolled(state.readerScroll, by: action, page: page, total: total)
        }
    }

    /// Body page height and line count of the open article.
    static func metrics(_ state: AppState) -> (page: Int, total: Int)? {
        guard let id = state.readerArticleID, let article = state.corpus?.article(id: id) else { return nil }
        let doc = Layout.readerDocument(article, state: state)
        let area = Layout.content(width: state.width, height: state.height)
        return (Layout.bodyHeight(doc, in: area), doc.body.count)
    }

    /// Keeps the reader's scroll within its document.
    static func clamp(_ state: inout AppState) {
        guard let (page, total) = metrics(state) else { return }
        state.readerScroll = min(state.readerScroll, max(0, total - page))
    }
}
