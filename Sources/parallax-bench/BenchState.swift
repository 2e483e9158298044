import Foundation
import ParallaxCore
import ParallaxUI

/// Marks the first word of every text segment as a PERSON: tens of thousands of mentions in a long
/// article, to measure drawing with many decorations.
struct FirstWordRecognizer: MentionRecognizer {
    /// One span per segment, over its first word.
    func recognize(_ document: [TextSegment]) -> [RecognizedSpan] {
        document.enumerated().compactMap { i, segment in
            let length = segment.scalars.prefix { $0 != " " }.count
            return length > 0 ? RecognizedSpan(segment: i, range: 0..<length, type: .person) : nil
        }
    }
}

/// Indexes a folder in memory (with an optional recogniser) and returns the explorer's state on it,
/// opened as the app opens it.
func openedState(_ folder: URL, recognizer: (any MentionRecognizer)? = nil, layouter: Layouter,
                 width: Int = 200, height: Int = 50) throws -> AppState {
    let index = try CorpusIndex(root: folder, cache: .memory, recognizer: recognizer)
    _ = try index.refresh(progress: nil)
    return openedState(index, path: folder.path, layouter: layouter, width: width, height: height)
}

/// The explorer's state on an index that is already up to date.
func openedState(_ source: any CorpusSource, path: String, layouter: Layouter, width: Int = 200, height: Int = 50) -> AppState {
    var state = AppState(corpusPath: path, width: width, height: height)
    if case .loadCorpus(_, let request)? = reduce(&state, .loadCorpus, layouter: layouter).first {
        _ = reduce(&state, .corpusOpened(CorpusHandle(source), notices: [], request: request), layouter: layouter)
        _ = reduce(&state, .indexRefreshed(RefreshReport(), generation: source.generation, request: request), layouter: layouter)
    }
    return state
}

/// Applies an action and answers its article fetches at once, as the runner does a moment later.
@discardableResult
func send(_ action: Action, to state: inout AppState, layouter: Layouter) -> [Effect] {
    reduceFetchingArticles(&state, action, layouter: layouter)
}
