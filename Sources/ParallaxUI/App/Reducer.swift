import ParallaxCore

/// Applies an action to the state and returns the effects to run. Pure: no I/O, no terminal.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    if case .resize(let w, let h) = action {
        state.width = w
        state.height = h
        clampAll(&state)
        return []
    }
    if case .unboundKey(let name) = action {
        // The first stray key explains itself; the next one clears the message.
        state.message = state.message == nil ? StatusMessage("\(name) does nothing here — ? shows the keys") : nil
        return []
    }
    state.message = nil
    switch action {
    case .corpusLoaded(let corpus):
        state.load(corpus)
        state.loadError = nil
        state.loadProgress = nil
        state.libraryCursor = state.libraryRows.firstIndex(where: \.isSelectable) ?? 0
        if corpus.articles.isEmpty {
            state.message = StatusMessage("No articles found in \(state.corpusPath)", .error)
        }
        return []
    case .loadProgress(let progress):
        if state.corpus == nil { state.loadProgress = progress }
        return []
    case .loadFailed(let reason):
        state.loadError = reason
        state.message = StatusMessage(reason, .error)
        return []
    case .quit:
        state.quitting = true
        return [.quit]
    case .toggleHelp:
        state.helpVisible.toggle()
        state.helpScroll = 0
        return []
    default:
        break
    }
    if state.helpVisible { return reduceHelp(&state, action) }
    if action == .back { return goBack(&state) }
    guard state.corpus != nil else { return [] }
    switch state.screen {
    case .library: LibraryReducer.reduce(&state, action)
    case .reader: ReaderReducer.reduce(&state, action)
    case .compare: CompareReducer.reduce(&state, action)
    }
    return []
}

/// While help is open, movement scrolls it and `q`/`Esc` close it.
private func reduceHelp(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .back: state.helpVisible = false
    case .moveDown, .pageDown, .halfPageDown: state.helpScroll += action == .moveDown ? 1 : 10
    case .moveUp, .pageUp, .halfPageUp: state.helpScroll = max(0, state.helpScroll - (action == .moveUp ? 1 : 10))
    case .goTop: state.helpScroll = 0
    default: break
    }
    return []
}

/// `q`/`Esc`: leave the current screen; from the library, quit.
private func goBack(_ state: inout AppState) -> [Effect] {
    if state.stack.count > 1 {
        state.stack.removeLast()
        return []
    }
    state.quitting = true
    return [.quit]
}

/// Keeps every scroll position valid after a resize or a change of content.
func clampAll(_ state: inout AppState) {
    guard state.corpus != nil, Layout.fits(width: state.width, height: state.height) else { return }
    LibraryReducer.keepCursorVisible(&state)
    ReaderReducer.clamp(&state)
    CompareReducer.clamp(&state)
}

/// New scroll position for a movement action over `total` lines with a page of `page` lines.
func scrolled(_ current: Int, by action: Action, page: Int, total: Int) -> Int {
    let maxScroll = max(0, total - page)
    let next: Int
    switch action {
    case .moveDown: next = current + 1
    case .moveUp: next = current - 1
    case .pageDown: next = current + max(1, page - 1)
    case .pageUp: next = current - max(1, page - 1)
    case .halfPageDown: next = current + max(1, page / 2)
    case .halfPageUp: next = current - max(1, page / 2)
    case .goTop: next = 0
    case .goBottom: next = maxScroll
    default: next = current
    }
    return min(max(0, next), maxScroll)
}
