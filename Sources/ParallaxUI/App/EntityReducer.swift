import ParallaxCore

/// Entity actions: highlighting, the entities panel, and what choosing an entity does.
enum EntityReducer {
    /// `e` toggles highlighting; `t` cycles the types shown.
    static func changeHighlight(_ state: inout AppState, _ action: Action) -> [Effect] {
        if action == .toggleEntityHighlight {
            state.highlight.enabled.toggle()
            state.message = StatusMessage(state.highlight.enabled ? "Entity highlighting on" : "Entity highlighting off")
        } else {
            state.highlight.cycle()
            state.highlight.enabled = true
            state.message = StatusMessage("Highlighting " + (state.highlight.only.map { "\($0.rawValue) only" } ?? "every entity type"))
        }
        return []
    }

    /// Most entities a panel lists (a corpus of 100,000 articles names far more than anyone scrolls through).
    static let panelLimit = 2_000

    /// Opens the panel for what is on screen: the article, the compared event, or the whole corpus.
    static func openPanel(_ state: inout AppState, layouter: Layouter) -> [Effect] {
        guard let source = state.corpus?.source else { return [] }
        let panel: EntityPanelState
        if let reader = state.reader {
            panel = EntityPanelState(scope: .article(reader.articleID), articleIDs: [reader.articleID],
                                     entities: source.entityIDs(inArticles: [reader.articleID], limit: panelLimit))
        } else if let compare = state.compare, let event = state.comparedEvent {
            panel = EntityPanelState(scope: .event(compare.eventID), articleIDs: event.articleIDs,
                                     entities: source.entityIDs(inArticles: event.articleIDs, limit: panelLimit))
        } else {
            panel = EntityPanelState(scope: .corpus, articleIDs: [], entities: source.topEntityIDs(limit: panelLimit))
        }
        guard !panel.entities.isEmpty else {
            state.message = StatusMessage("No entities recognised here")
            return []
        }
        state.overlay = .entities(panel)
        return []
    }

    /// `Enter` in the panel: filter the library (corpus scope) or jump to the entity's first mention.
    static func choose(_ state: inout AppState, _ panel: EntityPanelState, layouter: Layouter) -> [Effect] {
        guard panel.entities.indices.contains(panel.selection) else { return [] }
        let entity = panel.entities[panel.selection]
        state.overlay = nil
        switch panel.scope {
        case .corpus:
            LibraryReducer.setFilter(&state, entity)
        case .article, .event:
            MentionNavigator.jumpToFirst(&state, entity: entity, layouter: layouter)
        }
        return []
    }
}
