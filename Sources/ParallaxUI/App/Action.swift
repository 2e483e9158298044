import ParallaxCore

/// Everything that can happen to the app: key commands, and results of effects coming back.
public enum Action: Sendable, Equatable {
    case moveDown, moveUp, pageDown, pageUp, halfPageDown, halfPageUp, goTop, goBottom
    case openSelected
    case openCompare
    case focusNextPane
    case flipPrevious, flipNext
    case toggleBoilerplate
    case toggleHelp
    case back
    case quit
    case resize(width: Int, height: Int)
    case corpusLoaded(Corpus)
    case loadFailed(String)
    /// How far loading has come.
    case loadProgress(CorpusLoader.Progress)
    /// A key that means nothing on this screen, by the name the user knows it by.
    case unboundKey(String)
}

/// Work that the loop does outside `reduce`, reporting back as actions.
public enum Effect: Sendable, Equatable {
    case loadCorpus(path: String)
    case quit
}
