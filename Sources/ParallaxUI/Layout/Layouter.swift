import ParallaxCore

/// Builds the derived `ScreenLayout` of a state and memoises it: wrapped article bodies (the costly
/// part: a million-word article must not be wrapped again per key) and entity decoration layers are
/// kept per article. One instance is owned by the loop (`AppRunner`) and passed to `reduce` and the views.
public final class Layouter {
    /// What a wrapped body depends on.
    private struct BodyKey: Hashable {
        let articleID: String
        /// Paragraph count and raw end: a reloaded corpus whose file changed gets a new layout.
        let paragraphs: Int
        let rawEnd: Int
        let width: Int
        let showBoilerplate: Bool
    }

    /// What the entity layer of an article depends on.
    private struct LayerKey: Hashable {
        let articleID: String
        let mentions: Int
        let highlight: EntityHighlight
    }

    private let capacity: Int
    private var bodies: [BodyKey: WrappedBody] = [:]
    private var order: [BodyKey] = []
    private var layers: [LayerKey: DecorationLayer] = [:]
    /// What a header depends on.
    private struct HeaderKey: Hashable {
        let body: BodyKey
        let titleLines: Int
        let label: String?
        let compact: Bool
    }
    private var headers: [HeaderKey: TextLines] = [:]
    /// Counts bodies wrapped, for tests that check memoisation.
    public private(set) var wrapCount = 0
    /// Search matches and the folded text they are found in.
    let matchFinder = MatchFinder()

    /// A layouter that keeps at most `capacity` wrapped bodies.
    public init(capacity: Int = 8) { self.capacity = capacity }

    /// The layout of a state at its size.
    public func layout(for state: AppState) -> ScreenLayout {
        var layout = ScreenLayout(width: state.width, height: state.height)
        guard layout.fits, state.corpus != nil else { return layout }
        if let reader = state.reader, let article = state.article(reader.articleID) {
            layout.reader = self.article(article, in: Layout.readerRect(width: state.width, height: state.height),
                                         state: state, titleLines: 3, label: nil, compact: false, search: reader.search)
        }
        if let compare = state.compare {
            let total = state.comparedEvent?.articleIDs ?? []
            layout.panes = layout.paneRects.indices.map { i -> ArticleLayout? in
                guard i < compare.panes.count, let article = state.article(compare.panes[i].articleID) else { return nil }
                let focused = i == compare.focusedPane && compare.panes.count > 1
                let number = (total.firstIndex(of: article.id) ?? 0) + 1
                return self.article(article, in: Layout.paneText(layout.paneRects[i]), state: state, titleLines: 2,
                                    label: (focused ? "▶ " : "") + "[\(number)/\(total.count)]", compact: true,
                                    search: compare.panes[i].search)
            }
        }
        return layout
    }

    /// One article laid out in a rectangle; the body comes from the memo when it can.
    func article(_ article: Article, in rect: Rect, state: AppState, titleLines: Int, label: String?,
                 compact: Bool, search: TextSearch? = nil) -> ArticleLayout {
        let bodyKey = bodyKey(article, width: rect.width, showBoilerplate: state.showBoilerplate)
        let key = HeaderKey(body: bodyKey, titleLines: titleLines, label: label, compact: compact)
        let header = headers[key] ?? ArticleText.header(article, width: rect.width, titleLines: titleLines,
                                                        showBoilerplate: state.showBoilerplate, label: label, compact: compact)
        if headers.count > 8 * capacity { headers.removeAll() }
        headers[key] = header
        var layout = ArticleLayout(articleID: article.id, rect: rect, header: header,
                                   body: body(article, width: rect.width, showBoilerplate: state.showBoilerplate))
        if let search, !search.query.isEmpty {
            let matches = matchFinder.matches(search.query, header: header, body: layout.body, bodyKey: bodyKey)
            layout.matches = matches
            layout.currentMatch = matches.count > 0 ? min(max(0, search.current), matches.count - 1) : nil
        }
        layout.decorations = decorations(article.id, state: state, matches: layout.matches, current: layout.currentMatch)
        return layout
    }

    /// The layers drawn on an article: entities (as highlighted), search matches, then the current
    /// mention and the current match on top.
    func decorations(_ articleID: String, state: AppState, matches: TextMatches? = nil, current: Int? = nil) -> DecorationSet {
        var layers = [entityLayer(articleID, mentions: state.mentions(in: articleID), highlight: state.highlight)]
        if let matches { layers.append(matches.layer) }
        if let current = state.reader?.currentMention ?? state.compare?.currentMention, current.articleID == articleID,
           let m = state.mention(current) {
            layers.append(DecorationLayer(sorted: [Decoration(raw: m.rawRange, kind: .currentMention)]))
        }
        if let matches, let current, matches.ranges.indices.contains(current) {
            layers.append(DecorationLayer(sorted: [Decoration(raw: matches.ranges[current], kind: .currentMatch)]))
        }
        return DecorationSet(layers)
    }

    /// The wrapped body of an article at a width.
    public func body(_ article: Article, width: Int, showBoilerplate: Bool) -> WrappedBody {
        let key = bodyKey(article, width: width, showBoilerplate: showBoilerplate)
        if let hit = bodies[key] {
            if order.last != key, let i = order.firstIndex(of: key) { order.remove(at: i); order.append(key) }
            return hit
        }
        let body = ArticleText.body(article, width: width, showBoilerplate: showBoilerplate)
        wrapCount += 1
        bodies[key] = body
        order.append(key)
        while order.count > capacity { bodies[order.removeFirst()] = nil }
        return body
    }

    /// The memo key of an article's body at a width.
    private func bodyKey(_ article: Article, width: Int, showBoilerplate: Bool) -> BodyKey {
        BodyKey(articleID: article.id, paragraphs: article.paragraphs.count,
                rawEnd: article.paragraphs.last?.rawRange.upperBound ?? 0, width: width, showBoilerplate: showBoilerplate)
    }

    /// The entity layer of an article for a highlight setting (memoised: building it walks every mention).
    public func entityLayer(_ articleID: String, mentions: [EntityMention], highlight: EntityHighlight) -> DecorationLayer {
        guard highlight.enabled, !mentions.isEmpty else { return DecorationLayer(sorted: []) }
        let key = LayerKey(articleID: articleID, mentions: mentions.count, highlight: highlight)
        if let hit = layers[key] { return hit }
        if layers.count > 4 * capacity { layers.removeAll() }
        let layer = DecorationLayer(sorted: mentions.compactMap { m in
            highlight.shows(m.type) ? Decoration(raw: m.rawRange, kind: .entity(m.type)) : nil
        })
        layers[key] = layer
        return layer
    }
}
