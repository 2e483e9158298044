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

    /// Opens the panel for what is on screen: the article, the compared event, or the whole corpus.
    static func openPanel(_ state: inout AppState, layouter: Layouter) -> [Effect] {
        guard let corpus = state.corpus else { return [] }
        let index = corpus.entities
        let panel: EntityPanelState
        if let reader = state.reader {
            panel = EntityPanelState(scope: .article(reader.articleID), articleIDs: [reader.articleID],
                                     entities: index.entities(in: [reader.articleID]).map(\.id))
        } else if let compare = state.compare, let event = state.comparedEvent {
            panel = EntityPanelState(scope: .event(compare.eventID), articleIDs: event.articleIDs,
                                     entities: index.entities(in: event.articleIDs).map(\.id))
        } else {
            let ranked = index.entities.sorted { ($1.totalMentions, $0.name) < ($0.totalMentions, $1.name) }
            panel = EntityPanelState(scope: .corpus, articleIDs: [], entities: ranked.map(\.id))
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
