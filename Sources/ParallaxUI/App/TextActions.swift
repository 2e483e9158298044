/// Actions that work the same on any screen showing article text (the reader, each compare pane):
/// the entities panel, walking an entity's mentions, and searching in the text.
enum TextActions {
    /// The effects of a text action, or nil when the action is not one (the screen handles it).
    static func reduce(_ state: inout AppState, _ action: Action, layouter: Layouter) -> [Effect]? {
        switch action {
        case .openEntityPanel:
            return EntityReducer.openPanel(&state, layouter: layouter)
        case .nextMention, .previousMention:
            return MentionNavigator.step(&state, forward: action == .nextMention, layouter: layouter)
        case .startSearch:
            return SearchReducer.start(&state)
        case .nextMatch, .previousMatch:
            return SearchReducer.step(&state, forward: action == .nextMatch, layouter: layouter)
        default:
            return nil
        }
    }
}
