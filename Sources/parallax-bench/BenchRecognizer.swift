import ParallaxCore

/// The one place that chooses the recogniser that `parallax-bench ner` times: the bundled model.
func makeBenchRecognizer() throws -> any MentionRecognizer {
    try EntityRecognizer.bundled()
}
