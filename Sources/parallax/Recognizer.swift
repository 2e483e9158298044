import ParallaxCore

/// The one place that chooses the entity recogniser for `parallax`: the bundled trained model.
/// A missing or corrupt model throws `EntityError`, whose description is one line.
func makeRecognizer() throws -> any MentionRecognizer {
    try EntityRecognizer.bundled()
}
