import ParallaxCore

/// Keys while the prompt is open (the key table's text-input mode): editing keys change the field and
/// the search or filter follows at once; Enter keeps it, Esc puts back what was there before.
enum PromptReducer {
    /// Applies an action to the open prompt.
    static func reduce(_ state: inout AppState, _ prompt: PromptState, _ action: Action, layouter: Layouter) -> [Effect] {
        var prompt = prompt
        switch action {
        case .submitPrompt:
            submit(&state, prompt, layouter: layouter)
            return []
        case .cancelPrompt, .back:
            cancel(&state, prompt, layouter: layouter)
            return []
        default:
            guard edit(&prompt.editor, action) else { return [] }
        }
        state.overlay = .prompt(prompt)
        follow(&state, prompt, layouter: layouter)
        return []
    }

    /// Applies an editing action to the field; false when the action is not an edit (nothing changes).
    static func edit(_ editor: inout LineEditor, _ action: Action) -> Bool {
        switch action {
        case .insertText(let text): editor.insert(text)
        case .deleteBackward: editor.deleteBackward()
        case .deleteForward: editor.deleteForward()
        case .deleteWord: editor.deleteWord()
        case .deleteToStart: editor.deleteToStart()
        case .cursorLeft: editor.moveCursor(by: -1)
        case .cursorRight: editor.moveCursor(by: 1)
        case .cursorHome: editor.moveCursor(toEnd: false)
        case .cursorEnd: editor.moveCursor(toEnd: true)
        case .historyOlder: editor.browseHistory(older: true)
        case .historyNewer: editor.browseHistory(older: false)
        default: return false
        }
        return true
    }

    /// Runs the search or the filter for the field's text as it is now.
    static func follow(_ state: inout AppState, _ prompt: PromptState, layouter: Layouter) {
        let text = prompt.editor.text
        switch prompt.purpose {
        case .search(let pane):
            SearchReducer.apply(text, pane: pane, from: prompt.savedScroll, &state, layouter: layouter)
        case .filter:
            LibraryReducer.setQuery(&state, text.isEmpty ? nil : text)
        }
    }

    /// Enter: closes the prompt, keeping the search or filter (an empty one clears it), and remembers it.
    static func submit(_ state: inout AppState, _ prompt: PromptState, layouter: Layouter) {
        state.overlay = nil
        let text = prompt.editor.text
        switch prompt.purpose {
        case .search(let pane):
            if text.isEmpty { SearchReducer.setTarget(&state, pane: pane, search: nil, scroll: prompt.savedScroll) }
            state.searchHistory = LineEditor.remembering(text, in: state.searchHistory)
            state.message = SearchReducer.summary(state, pane: pane, layouter: layouter)
        case .filter:
            state.filterHistory = LineEditor.remembering(text, in: state.filterHistory)
            guard !text.isEmpty else { return }
            let count = state.listing.count
            state.message = StatusMessage("\(counted(count, "article")) match “\(text)” — Esc shows all")
        }
    }

    /// Esc: closes the prompt and restores the search and scroll (or the filter) from before it opened.
    static func cancel(_ state: inout AppState, _ prompt: PromptState, layouter: Layouter) {
        state.overlay = nil
        switch prompt.purpose {
        case .search(let pane):
            SearchReducer.setTarget(&state, pane: pane, search: prompt.savedSearch, scroll: prompt.savedScroll)
        case .filter:
            LibraryReducer.setQuery(&state, prompt.savedFilter)
            state.library.cursor = min(prompt.savedScroll, max(0, state.listing.count - 1))
            LibraryReducer.keepCursorVisible(&state, layout: layouter.layout(for: state))
        }
    }
}
