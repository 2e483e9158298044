import Foundation
import Testing
@testable import ParallaxCore

@Test func bundledRecogniserLoads() throws {
    let recognizer = try EntityRecognizer.bundled()
    #expect(recognizer.weights.count > 1000)
}

@Test func corruptModelThrowsInsteadOfCrashing() {
    #expect(throws: EntityError.self) {
        try ModelFile.decode(Data("not a model at all, just text".utf8), path: "x.bin")
    }
}

@Test func missingModelFileThrowsAReadableError() {
    do {
        _ = try EntityRecognizer.load(model: URL(fileURLWithPath: "/nonexistent/ner-model.bin"),
                                      gazetteer: URL(fileURLWithPath: "/nonexistent/gazetteer.tsv"))
        Issue.record("loading a missing model should throw")
    } catch {
        #expect(error.description.contains("/nonexistent/ner-model.bin"))
    }
}

@Test func emptyDocumentsAndOddTextGiveNoCrash() throws {
    let recognizer = try EntityRecognizer.bundled()
    #expect(recognizer.recognize([]).isEmpty)
    let odd = [TextSegment("", kind: .body), TextSegment("’’ -- ... “”", kind: .headline), TextSegment("A", kind: .credit)]
    for span in recognizer.recognize(odd) {
        #expect(span.range.upperBound <= odd[span.segment].scalars.count)
    }
}

@Test func modelFileRoundTripsWeights() throws {
    let data = ModelFile.encode(features: [(42, [Float](repeating: 0.5, count: TagLabel.count))], lowercase: [(7, 3)])
    let model = try ModelFile.decode(data, path: "mem")
    #expect(model.lowercase.bucket(7) == 3)
    let s = [UInt64(42)].withUnsafeBufferPointer { model.weights.scores($0) }
    #expect(abs(s[0] - 0.5) < 0.001)
}
