import Testing
@testable import ParallaxCore

/// The tokens of a text, as strings.
private func tokens(_ text: String) -> [String] {
    let scalars = Array(text.unicodeScalars)
    var ranges: [Range<Int>] = []
    scalars.withUnsafeBufferPointer { Tokenizer.tokenize($0, into: &ranges) }
    return ranges.map { String(String.UnicodeScalarView(scalars[$0])) }
}

@Test(arguments: [
    ("The U.S. said", ["The", "U.S.", "said"]),
    ("officials in the U.K. and U.S.", ["officials", "in", "the", "U.K.", "and", "U.S."]),
    ("China's economy", ["China", "'s", "economy"]),
    ("China’s economy", ["China", "’s", "economy"]),
    ("the US' role", ["the", "US", "'", "role"]),
    ("“We’ve done it,” he said.", ["“", "We", "’ve", "done", "it", ",", "”", "he", "said", "."]),
    ("Jean-Pierre Dupont", ["Jean", "-", "Pierre", "Dupont"]),
    ("they don't know", ["they", "do", "n't", "know"]),
    ("It cost $1,000.50 today", ["It", "cost", "$", "1,000.50", "today"]),
    ("Mr. Okonjo and Dr. Ruiz", ["Mr.", "Okonjo", "and", "Dr.", "Ruiz"]),
    ("Acme Widgets Inc. rose", ["Acme", "Widgets", "Inc.", "rose"]),
    ("the end. Next day", ["the", "end", ".", "Next", "day"]),
    ("J. R. Smith", ["J.", "R.", "Smith"]),
    ("O'Brien (Reuters) -- said", ["O'Brien", "(", "Reuters", ")", "--", "said"]),
])
func tokenizerSplitsLikeTheTrainingData(text: String, expected: [String]) {
    #expect(tokens(text) == expected)
}

@Test func tokenOffsetsAreScalarOffsets() {
    let scalars = Array("Hi  “Zoë”".unicodeScalars)
    var ranges: [Range<Int>] = []
    scalars.withUnsafeBufferPointer { Tokenizer.tokenize($0, into: &ranges) }
    #expect(ranges == [0..<2, 4..<5, 5..<8, 8..<9])
}

@Test func sentenceMarksFindTheFirstWordAfterAFullStop() {
    let scalars = Array("He left. “Then we ate,” she said.".unicodeScalars)
    var ranges: [Range<Int>] = []
    let marks = scalars.withUnsafeBufferPointer { text in
        Tokenizer.tokenize(text, into: &ranges)
        return SentenceMarker.mark(text, ranges)
    }
    let initialWords = ranges.indices.filter { marks[$0] & SentenceMarker.initialWord != 0 }
        .map { String(String.UnicodeScalarView(scalars[ranges[$0]])) }
    #expect(initialWords == ["He", "Then"])
}
