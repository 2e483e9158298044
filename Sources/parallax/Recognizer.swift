import Foundation
import ParallaxUI
import ParallaxCore

/// The one place that chooses the entity recogniser for `parallax`: the bundled trained model.
/// A missing or corrupt model throws `EntityError`, whose description is one line.
func makeRecognizer() throws -> any MentionRecognizer {
    try EntityRecognizer.bundled()
}

/// The recogniser, or the one-line exit that explains why it cannot be loaded.
func requireRecognizer() throws -> any MentionRecognizer {
    do { return try makeRecognizer() } catch { throw fail("\(error)") }
}

/// For an index: the bundled recogniser, loaded now (or the one-line exit that explains why it cannot
/// be), which the index lets go of once it has analysed the new files.
func requireIndexRecognizer() throws -> LazyRecognizer {
    let recognizer = LazyRecognizer()
    do { _ = try recognizer.recognizer() } catch { throw fail("\(error)") }
    return recognizer
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
