import Foundation
import ParallaxUI
import ParallaxCore

/// The one place that chooses the entity recogniser for `parallax`: the bundled trained model.
/// A missing or corrupt model throws `EntityError`, whose description is one line.
func makeRecognizer() throws -> any MentionRecognizer {
    try EntityRecognizer.bundled()
}

/// Loads a corpus folder with entity recognition, for the explorer and screenshots. The model is loaded
/// with the corpus, off the loop, so the explorer draws at once; a missing model fails the load in one line.
let entityLoading: AppRunner.CorpusLoading = { path, progress in
    try CorpusLoader(root: URL(fileURLWithPath: path), recognizer: try makeRecognizer()).load(progress: progress)
}

/// The recogniser, or the one-line exit that explains why it cannot be loaded.
func requireRecognizer() throws -> any MentionRecognizer {
    do { return try makeRecognizer() } catch { throw fail("\(error)") }
}
