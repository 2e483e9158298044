import ParallaxCore

/// Articles come from the store through effects: a screen that shows an article not fetched yet asks
/// for it, draws "Opening …" until it arrives, and articles no screen shows any more are let go.
enum ArticleFetching {
    /// Effects fetching every article a route on the stack shows that is neither fetched nor on its way.
    static func ensure(_ state: inout AppState) -> [Effect] {
        guard state.corpus != nil else { return [] }
        var effects: [Effect] = []
        for id in state.shownArticleIDs.sorted()
        where state.articles[id] == nil && state.articleErrors[id] == nil && !state.fetching.contains(id) {
            state.fetching.insert(id)
            effects.append(.fetchArticle(id: id, request: state.newRequest()))
        }
        return effects
    }

    /// An article arrived (or could not be read): keep it, then put a reader waiting for it at its anchor.
    static func arrived(_ state: inout AppState, id: String, _ result: Result<StoredArticle, FetchError>,
                        layouter: Layouter) -> [Effect] {
        state.fetching.remove(id)
        switch result {
        case .success(let stored):
            guard state.shownArticleIDs.contains(id) else { return [] }
            state.articles[id] = stored
            if stored.changedOnDisk {
                state.message = StatusMessage("This file changed since it was indexed — entities are hidden until the index is refreshed")
            }
            settleAnchor(&state, layouter: layouter)
        case .failure(let error):
            state.articleErrors[id] = error.reason
            state.message = StatusMessage("Cannot open \(id): \(error.reason)", .error)
        }
        return []
    }

    /// A reader opened at a raw offset (a corpus-search hit) scrolls there once its article is laid out.
    static func settleAnchor(_ state: inout AppState, layouter: Layouter) {
        guard var reader = state.reader, let anchor = reader.anchor, state.articles[reader.articleID] != nil,
              let article = layouter.layout(for: state).reader else { return }
        reader.anchor = nil
        let line = article.body.line(forRaw: anchor)
        reader.scroll = min(article.maxScroll, max(0, line - 2))
        state.reader = reader
        if let search = reader.search {
            // The hit is the current match: the first match at or after the anchor.
            if let matches = article.matches, let first = matches.first(atOrAfter: anchor) {
                reader.search = TextSearch(query: search.query, current: first)
                state.reader = reader
            }
        }
    }

    /// Lets go of articles that no route shows any more (the store's own cache keeps recent ones).
    static func forgetHidden(_ state: inout AppState) {
        let shown = state.shownArticleIDs
        state.articles = state.articles.filter { shown.contains($0.key) }
        state.articleErrors = state.articleErrors.filter { shown.contains($0.key) }
    }
}

/// Applies an action and answers its article fetches at once from the state's source, as the runner
/// does a moment later (benchmarks and tests drive the reducer without a runner); other effects are returned.
@discardableResult
public func reduceFetchingArticles(_ state: inout AppState, _ action: Action, layouter: Layouter) -> [Effect] {
    var pending = reduce(&state, action, layouter: layouter)
    var rest: [Effect] = []
    while !pending.isEmpty {
        let effect = pending.removeFirst()
        guard case .fetchArticle(let id, let request) = effect, let source = state.corpus?.source else {
            rest.append(effect)
            continue
        }
        let result: Result<StoredArticle, FetchError>
        do { result = .success(try source.loadArticle(id: id)) } catch { result = .failure(FetchError("\(error)")) }
        pending += reduce(&state, .articleFetched(id: id, result, request: request), layouter: layouter)
    }
    return rest
}
