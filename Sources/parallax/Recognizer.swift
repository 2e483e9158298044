import Foundation
import ParallaxUI
import ParallaxCore
import Synchronization

/// The one place that chooses the entity recogniser for `parallax`: the bundled trained model.
/// A missing or corrupt model throws `EntityError`, whose description is one line.
func makeRecognizer() throws -> any MentionRecognizer {
    try EntityRecognizer.bundled()
}

/// The recogniser, or the one-line exit that explains why it cannot be loaded.
func requireRecognizer() throws -> any MentionRecognizer {
    do { return try makeRecognizer() } catch { throw fail("\(error)") }
}

/// The bundled recogniser, loaded the first time a document needs it: opening a corpus whose index is
/// current reads no model at all (the explorer's warm start), and a refresh that finds new files pays
/// for it once. A model that cannot be loaded is remembered and reported by `check()`.
final class LazyRecognizer: MentionRecognizer, Sendable {
    private let loaded = Mutex<Result<any MentionRecognizer, EntityError>?>(nil)

    /// The recogniser, loading it on first use.
    func recognizer() throws(EntityError) -> any MentionRecognizer {
        let result = loaded.withLock { state -> Result<any MentionRecognizer, EntityError> in
            if let state { return state }
            let made: Result<any MentionRecognizer, EntityError>
            do throws(EntityError) { made = .success(try EntityRecognizer.bundled()) } catch { made = .failure(error) }
            state = made
            return made
        }
        return try result.get()
    }

    /// Finds the mentions in a document (none when the model cannot be loaded: `recognizer()` says why).
    func recognize(_ document: [TextSegment]) -> [RecognizedSpan] {
        (try? recognizer())?.recognize(document) ?? []
    }
}

/// How the explorer opens and refreshes its corpus: the persistent index at `cache`, entities found by
/// the bundled model (loaded only when a file needs analysing; a model that cannot be loaded stops the
/// refresh with its one-line reason before anything is written).
func corpusService(cache: CacheLocation) -> CorpusService {
    let recognizer = LazyRecognizer()
    return CorpusService(
        open: { path in
            let index = try CorpusIndex(root: URL(fileURLWithPath: path), cache: cache, recognizer: recognizer)
            return (index, index.notices)
        },
        refresh: { source, progress in
            guard let index = source as? CorpusIndex else { return RefreshReport() }
            _ = try recognizer.recognizer()
            return try index.refresh(progress: progress)
        })
}
