import ParallaxCore

/// Why the bench has no recogniser.
enum BenchRecognizerError: Error, CustomStringConvertible {
    /// This build has no trained recogniser.
    case notBuiltIn

    /// The error in words.
    var description: String { "entity recognition model not built in" }
}

/// The one place that chooses the recogniser that `parallax-bench ner` times.
/// At merge the lead replaces the body with `try EntityRecognizer.bundled()`.
func makeBenchRecognizer() throws -> any MentionRecognizer {
    throw BenchRecognizerError.notBuiltIn
}
