import ParallaxCore

/// Applies an action with a fresh layouter (tests and one-off uses; the loop passes its own).
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    reduce(&state, action, layouter: Layouter())
}

/// Applies an action to the state and returns the effects to run. Pure apart from the layout memo:
/// no I/O, no terminal, no global state.
public func reduce(_ state: inout AppState, _ action: Action, layouter: Layouter) -> [Effect] {
    let effects = reduceAction(&state, action, layouter: layouter)
    // Whatever the action, a screen now showing an article that is not fetched asks the store for it, and
    // a long library's filter that wants ranking asks for it.
    return effects + ArticleFetching.ensure(&state) + LibraryRankingRequests.ensure(&state)
}

/// Applies one action (see `reduce`).
private func reduceAction(_ state: inout AppState, _ action: Action, layouter: Layouter) -> [Effect] {
    // The one place where results of effects are matched to their requests: a stale one is dropped.
    if let id = action.request {
        guard state.pendingRequests.contains(id) else { return [] }
        // Opening and progress are answered along the way; the refresh's end (or failure) ends the request.
        switch action {
        case .indexProgress, .corpusOpened: break
        default: state.pendingRequests.remove(id)
        }
    }
    switch action {
    case .resize(let w, let h):
        let anchors = ScrollAnchors(state, layouter: layouter)
        state.width = w
        state.height = h
        anchors.restore(&state, layouter: layouter)
        clampAll(&state, layouter: layouter)
        return []
    case .unboundKey(let name):
        // The first stray key explains itself; the next one clears the message.
        state.message = state.message == nil ? StatusMessage("\(name) does nothing here — ? shows the keys") : nil
        return []
    case .indexProgress(let progress, let generation, _):
        state.indexProgress = progress
        state.refreshed(generation: generation)
        clampAll(&state, layouter: layouter)
        return []
    case .articleFetched(let id, let result, _):
        return ArticleFetching.arrived(&state, id: id, result, layouter: layouter)
    case .candidatesLoaded(let candidates, _):
        state.libraryCandidates = candidates
        LibraryReducer.setQuery(&state, state.library.query)
        return []
    case .libraryRanked(let key, let ranking, _):
        LibraryRankingRequests.arrived(&state, key, ranking)
        return []
    case .searchResults, .searchFailed:
        return PaletteReducer.results(&state, action)
    default:
        break
    }
    // A background result does not clear what the status line says (a notice, a match count).
    switch action {
    case .indexRefreshed, .indexFailed, .corpusOpened:
        return reduceAppWide(&state, action, layouter: layouter) ?? []
    default:
        break
    }
    state.message = nil
    if let effects = reduceAppWide(&state, action, layouter: layouter) { return effects }
    if state.overlay != nil { return OverlayReducer.reduce(&state, action, layouter: layouter) }
    if action == .back { return goBack(&state, layouter: layouter) }
    guard state.corpus != nil else { return [] }
    if action == .toggleEntityHighlight || action == .cycleEntityTypes {
        return EntityReducer.changeHighlight(&state, action)
    }
    switch state.screen {
    case .library: return LibraryReducer.reduce(&state, action, layouter: layouter)
    case .reader: return ReaderReducer.reduce(&state, action, layouter: layouter)
    case .compare: return CompareReducer.reduce(&state, action, layouter: layouter)
    }
}

/// Actions that mean the same on every screen: loading, quitting, help. Nil when the action is not one.
private func reduceAppWide(_ state: inout AppState, _ action: Action, layouter: Layouter) -> [Effect]? {
    switch action {
    case .loadCorpus:
        state.pendingRequests.removeAll() // a new load makes the results of older ones stale
        state.loadError = nil
        return [.loadCorpus(path: state.corpusPath, request: state.newRequest())]
    case .corpusOpened(let handle, let notices, _):
        state.open(handle)
        state.indexing = true
        state.loadError = nil
        state.notices = notices
        state.library.cursor = LibraryReducer.firstSelectable(state) ?? 0
        // The generation the handle took when the index opened: above zero, the cache had content then.
        let cached = handle.generation > 0 ? handle.source.articleCount : 0
        state.openedFromCache = cached > 0
        if let notice = notices.first {
            state.message = StatusMessage(notice, .info)
        } else if cached > 0 {
            state.message = StatusMessage("Opened from the cache: \(counted(cached, "article")) — checking the folder for changes")
        }
        return []
    case .indexRefreshed(let report, let generation, _):
        var effects: [Effect] = []
        state.indexProgress = nil
        state.indexing = false
        state.refreshed(generation: generation)
        if state.libraryCandidates != nil && state.corpus?.generation != state.libraryCandidates?.generation {
            // The filter's candidates were read before the index changed: read them again.
            state.libraryCandidates = nil
            if state.library.query != nil { effects.append(.loadCandidates(request: state.newRequest())) }
        }
        clampAll(&state, layouter: layouter)
        if report.busy {
            state.message = StatusMessage("Another Parallax is indexing this corpus — showing what it has committed")
        } else if state.corpus?.source.articleCount == 0 {
            state.message = StatusMessage("No articles found in \(state.corpusPath)", .error)
        } else if state.openedFromCache, state.overlay == nil,
                  state.message == nil || state.message?.text.hasPrefix("Opened from the cache") == true {
            let changes = report.added + report.changed + report.removed
            state.message = StatusMessage(changes == 0 ? "The cache is up to date"
                : "Index refreshed: \(report.added) new, \(report.changed) changed, \(report.removed) removed")
        }
        return effects
    case .indexFailed(let reason, _):
        state.indexProgress = nil
        state.indexing = false
        state.message = StatusMessage("Indexing stopped: \(reason)", .error)
        return []
    case .loadFailed(let reason, _):
        state.loadError = reason
        state.message = StatusMessage(reason, .error)
        return []
    case .openCorpusSearch:
        return PaletteReducer.open(&state)
    case .quit:
        state.quitting = true
        return [.quit]
    case .toggleHelp:
        state.overlay = state.helpVisible ? nil : .help(scroll: 0)
        return []
    default:
        return nil
    }
}

/// `q`/`Esc`: clear the library's typed filter, then its entity filter, leave the current screen, or (from the library) quit.
private func goBack(_ state: inout AppState, layouter: Layouter) -> [Effect] {
    if state.routes.count > 1 {
        state.routes.removeLast()
        ArticleFetching.forgetHidden(&state)
        return []
    }
    if state.library.query != nil {
        LibraryReducer.setQuery(&state, nil)
        return []
    }
    if state.library.filter != nil {
        LibraryReducer.setFilter(&state, nil)
        return []
    }
    state.quitting = true
    return [.quit]
}

/// Keeps every scroll position valid after a resize or a change of content.
func clampAll(_ state: inout AppState, layouter: Layouter) {
    guard state.corpus != nil, Layout.fits(width: state.width, height: state.height) else { return }
    let layout = layouter.layout(for: state)
    LibraryReducer.keepCursorVisible(&state, layout: layout)
    if var reader = state.reader, let article = layout.reader {
        reader.scroll = min(reader.scroll, article.maxScroll)
        state.reader = reader
    }
    if var compare = state.compare {
        for i in compare.panes.indices { compare.panes[i].scroll = min(compare.panes[i].scroll, layout.pane(i)?.maxScroll ?? 0) }
        state.compare = compare
    }
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
