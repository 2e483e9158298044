import ParallaxCore

/// Why entities cannot be found.
enum RecognizerError: Error, CustomStringConvertible {
    /// This build has no trained recogniser.
    case notBuiltIn

    /// The error in words.
    var description: String {
        switch self {
        case .notBuiltIn: return "entity recognition model not built in"
        }
    }
}

/// The one place that chooses the entity recogniser for `parallax`.
/// At merge the lead replaces the body with `try EntityRecognizer.bundled()`.
func makeRecognizer() throws -> any MentionRecognizer {
    throw RecognizerError.notBuiltIn
}
