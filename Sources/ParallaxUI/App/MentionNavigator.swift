import ParallaxCore

/// Moves the current mention through an entity's mentions: in the reader's article, or in compare
/// through the focused pane's article and then the other pane's.
enum MentionNavigator {
    /// A mention's place: which pane (0 in the reader) and which mention of that pane's article.
    struct Stop: Equatable {
        let pane: Int
        let ref: MentionRef
    }

    /// The articles on screen, by pane.
    static func articles(_ state: AppState) -> [String] {
        if let reader = state.reader { return [reader.articleID] }
        return state.compare?.panes.map(\.articleID) ?? []
    }

    /// The pane with focus (0 in the reader).
    static func focus(_ state: AppState) -> Int { state.compare?.focusedPane ?? 0 }

    /// The current mention of the screen on top.
    static func current(_ state: AppState) -> MentionRef? { state.reader?.currentMention ?? state.compare?.currentMention }

    /// Every mention of an entity in visiting order: the focused pane's, then the other pane's.
    static func stops(of entity: EntityID, _ state: AppState) -> [Stop] {
        let ids = articles(state)
        let order = ids.indices.sorted { ($0 == focus(state) ? 0 : 1, $0) < ($1 == focus(state) ? 0 : 1, $1) }
        return order.flatMap { pane in
            state.mentions(in: ids[pane]).enumerated().compactMap { i, m in
                m.entity == entity ? Stop(pane: pane, ref: MentionRef(articleID: ids[pane], index: i)) : nil
            }
        }
    }

    /// `*` / `#`: the next or previous mention of the entity under the cursor (wrapping around).
    static func step(_ state: inout AppState, forward: Bool, layouter: Layouter) -> [Effect] {
        guard let start = cursor(state, layouter: layouter), let entity = state.mention(start.ref)?.entity else {
            state.message = StatusMessage("No entity on screen")
            return []
        }
        let all = stops(of: entity, state)
        guard let at = all.firstIndex(of: start), !all.isEmpty else { return [] }
        let next = all[(at + (forward ? 1 : all.count - 1)) % all.count]
        go(&state, to: next, layouter: layouter)
        return []
    }

    /// Panel `Enter`: the entity's first mention on screen, the focused pane first.
    static func jumpToFirst(_ state: inout AppState, entity: EntityID, layouter: Layouter) {
        guard let first = stops(of: entity, state).first else {
            let name = state.entity(entity)?.name ?? "This entity"
            state.message = StatusMessage("\(name) is not mentioned in the articles on screen")
            return
        }
        go(&state, to: first, layouter: layouter)
    }

    /// The entity under the cursor: the current mention if it is on screen, else the first visible one.
    static func cursor(_ state: AppState, layouter: Layouter) -> Stop? {
        let ids = articles(state)
        if let current = current(state), let pane = ids.firstIndex(of: current.articleID) {
            return Stop(pane: pane, ref: current)
        }
        guard ids.indices.contains(focus(state)) else { return nil }
        let layout = layouter.layout(for: state)
        let pane = focus(state)
        guard let article = state.reader != nil ? layout.reader : layout.pane(pane) else { return nil }
        let scroll = state.reader?.scroll ?? state.compare?.panes[pane].scroll ?? 0
        let visible = article.body.rawRange(lines: scroll..<(scroll + article.page))
        let header = article.header.blocks.compactMap { $0.rawRange(0..<$0.text.unicodeScalars.count) }
        let mentions = state.mentions(in: ids[pane])
        let first = mentions.indices.first { i in
            let raw = mentions[i].rawRange
            return header.contains { $0.overlaps(raw) } || visible.map { $0.overlaps(raw) } ?? false
        }
        return first.map { Stop(pane: pane, ref: MentionRef(articleID: ids[pane], index: $0)) }
    }

    /// Makes a stop the current mention, scrolls its pane to show it and says where it is.
    static func go(_ state: inout AppState, to stop: Stop, layouter: Layouter) {
        guard let m = state.mention(stop.ref) else { return }
        let layout = layouter.layout(for: state)
        if var reader = state.reader, let article = layout.reader {
            reader.currentMention = stop.ref
            reader.scroll = article.scroll(toShow: article.body.line(forRaw: m.rawRange.lowerBound), from: reader.scroll)
            state.reader = reader
        } else if var compare = state.compare, let article = layout.pane(stop.pane) {
            compare.currentMention = stop.ref
            let line = article.body.line(forRaw: m.rawRange.lowerBound)
            compare.panes[stop.pane].scroll = article.scroll(toShow: line, from: compare.panes[stop.pane].scroll)
            state.compare = compare
        }
        state.message = StatusMessage(describe(stop, mention: m, state))
    }

    /// `Annalena Baerbock — mention 2/5 (left 1/3)`.
    static func describe(_ stop: Stop, mention m: EntityMention, _ state: AppState) -> String {
        let all = stops(of: m.entity, state)
        let name = state.entity(m.entity)?.name ?? m.text
        var text = "\(name) — mention \((all.firstIndex(of: stop) ?? 0) + 1)/\(all.count)"
        if state.compare != nil {
            let inPane = all.filter { $0.pane == stop.pane }
            text += " (\(stop.pane == 0 ? "left" : "right") \((inPane.firstIndex(of: stop) ?? 0) + 1)/\(inPane.count))"
        }
        return text
    }
}
