import Foundation
import Testing
@testable import ParallaxCore

/// Builds a one-segment document with the given name lexicon.
private func document(_ text: String, lexicon: String) -> DocumentTokens {
    let segment = TextSegment(text, kind: .body)
    var ranges: [Range<Int>] = []
    var marks: [UInt8] = []
    segment.scalars.withUnsafeBufferPointer { buffer in
        Tokenizer.tokenize(buffer, into: &ranges)
        marks = SentenceMarker.mark(buffer, ranges)
    }
    let builder = DocumentBuilder(gazetteer: Gazetteer(), lowercase: LowercaseTable([]),
                                  lexicon: Gazetteer(tsv: Data(lexicon.utf8)))
    return builder.build([segment], tokens: [ranges], marks: [marks])
}

@Test func lexiconPhrasesAreMatchedWithTheirPosition() {
    let doc = document("Shares of Brightwater Mining Group fell.", lexicon: "Brightwater Mining Group\tORG:23\nBrightwater\tPERSON:11\n")
    // Tokens: Shares of Brightwater Mining Group fell .
    #expect(doc.lexiconMatches.position[1] == 0)
    #expect(doc.lexiconMatches.position[2] & 3 == 1)
    #expect(doc.lexiconMatches.position[3] & 3 == 2)
    #expect(doc.lexiconMatches.position[4] & 3 == 3)
    #expect(doc.lexiconMatches.position[4] >> 2 == 3)
    #expect(doc.lexiconMatches.singleRange(2).count == 1)
    #expect(doc.lexiconMatches.phraseRange(3).count == 1)
    #expect(doc.lexiconMatches.singleRange(5).isEmpty)
}

@Test func anEmptyLexiconMatchesNothing() {
    let doc = document("Brightwater Mining Group said so.", lexicon: "")
    #expect(doc.lexiconMatches.position.allSatisfy { $0 == 0 })
    #expect(doc.lexiconMatches.single.allSatisfy { $0 == 0 })
}

@Test func bundledRecogniserHasALexicon() throws {
    #expect(try !EntityRecognizer.bundled().lexicon.isEmpty)
}

@Test func capitalisedRunsSpanConnectorsAndEndOnTheHeadWord() {
    let doc = document("He met the Bank of Upper Volta staff and Ravel and Ode Trust.", lexicon: "")
    // Tokens: He met the Bank of Upper Volta staff and Ravel and Ode Trust .
    #expect(doc.runFirst[0] == 0 && doc.runLast[0] == 0)
    #expect(doc.runFirst[1] == -1)
    #expect((3...6).allSatisfy { doc.runFirst[$0] == 3 && doc.runLast[$0] == 6 })
    #expect(doc.runFirst[7] == -1 && doc.runFirst[8] == -1)
    #expect((9...12).allSatisfy { doc.runFirst[$0] == 9 && doc.runLast[$0] == 12 })
    #expect(doc.runFirst[13] == -1)
}

@Test func aRepeatedWordSeesTheWordsAroundItsOtherOccurrences() {
    let doc = document("Floods hit the Varnava river. Later the Varnava rose again. Varnava Holdings said so.", lexicon: "")
    // Tokens: Floods hit the Varnava river . Later the Varnava rose again . Varnava Holdings said so .
    let second = 8
    let contexts = Set(doc.contextHashes[Int(doc.contextRanges[2 * second])..<Int(doc.contextRanges[2 * second + 1])])
    #expect(contexts.contains(ScalarText.combine(ScalarText.hash("the"), 0)))
    #expect(contexts.contains(ScalarText.combine(ScalarText.hash("river"), 1)))
    // The capitalised neighbour "Holdings" and the sentence boundary give nothing.
    #expect(!contexts.contains(ScalarText.combine(ScalarText.hash("holdings"), 1)))
    #expect(!contexts.contains(ScalarText.combine(ScalarText.hash("rose"), 1)))
    #expect(doc.contextRanges[2 * 4] == doc.contextRanges[2 * 4 + 1])
}

@Test func commonLowerCaseWordsAndPunctuationSkipScoring() {
    let segment = TextSegment("the Varnava said , 42 iPhone", kind: .body)
    var ranges: [Range<Int>] = []
    var marks: [UInt8] = []
    segment.scalars.withUnsafeBufferPointer { buffer in
        Tokenizer.tokenize(buffer, into: &ranges)
        marks = SentenceMarker.mark(buffer, ranges)
    }
    let common = [("the", UInt8(4)), ("said", 4), ("iphone", 2)].map { (ScalarText.hash($0.0), $0.1) }
    let doc = DocumentBuilder(gazetteer: Gazetteer(), lowercase: LowercaseTable(common)).build([segment], tokens: [ranges], marks: [marks])
    // Tokens: the Varnava said , 42 iPhone — "the" is sentence-initial but lower-case.
    #expect(TagDecoder.plainlyOutside(doc, 0))
    #expect(!TagDecoder.plainlyOutside(doc, 1))
    #expect(TagDecoder.plainlyOutside(doc, 2))
    #expect(TagDecoder.plainlyOutside(doc, 3))
    #expect(!TagDecoder.plainlyOutside(doc, 4))
    #expect(!TagDecoder.plainlyOutside(doc, 5))
}
