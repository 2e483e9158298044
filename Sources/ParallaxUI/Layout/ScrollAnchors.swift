/// Where the reader and the compare panes are in their articles, as raw-file offsets of their top lines,
/// so that a resize (which re-wraps every line) keeps the same text at the top instead of the same line number.
struct ScrollAnchors {
    /// Raw offset at the top of the reader's body.
    var reader: Int?
    /// Raw offset at the top of each compare pane's body.
    var panes: [Int?] = []

    /// Reads the anchors from the state's current layout.
    init(_ state: AppState, layouter: Layouter) {
        guard state.corpus != nil, Layout.fits(width: state.width, height: state.height) else { return }
        let layout = layouter.layout(for: state)
        if let r = state.reader, let article = layout.reader, r.scroll > 0 {
            reader = article.body.rawStarts.indices.contains(r.scroll) ? article.body.rawStarts[r.scroll] : nil
        }
        if let compare = state.compare {
            panes = compare.panes.indices.map { i in
                guard let pane = layout.pane(i), compare.panes[i].scroll > 0,
                      pane.body.rawStarts.indices.contains(compare.panes[i].scroll) else { return nil }
                return pane.body.rawStarts[compare.panes[i].scroll]
            }
        }
    }

    /// Scrolls each view so that the line holding its anchor is at the top again.
    func restore(_ state: inout AppState, layouter: Layouter) {
        guard state.corpus != nil, Layout.fits(width: state.width, height: state.height) else { return }
        let layout = layouter.layout(for: state)
        if let anchor = reader, var r = state.reader, let article = layout.reader {
            r.scroll = min(article.maxScroll, article.body.line(forRaw: anchor))
            state.reader = r
        }
        if var compare = state.compare {
            for (i, anchor) in panes.enumerated() where compare.panes.indices.contains(i) {
                guard let anchor, let pane = layout.pane(i) else { continue }
                compare.panes[i].scroll = min(pane.maxScroll, pane.body.line(forRaw: anchor))
            }
            state.compare = compare
        }
    }
}
