import Foundation
import Testing
@testable import ParallaxCore

/// The byte-level string scans that stand in for scalar and `Character` ones give their answers: the
/// prefix search for a scalar, and word counts taken eight bytes at a time.
struct ScalarFastPathTests {
    @Test func holdsWithinAPrefixIsTheScalarPrefixSearch() {
        var random = SplitMix64(seed: 17)
        func next(_ n: Int) -> Int { Int(random.next() % UInt64(n)) }
        let alphabet = Array("a(/ é日\u{1F600}\r\n\u{301}".unicodeScalars)
        for _ in 0..<3_000 {
            let text = String(String.UnicodeScalarView((0..<next(12)).map { _ in alphabet[next(alphabet.count)] }))
            for target in ["(", "/", "é", "\u{1F600}"] as [Unicode.Scalar] {
                for limit in [0, 1, 2, 5, 81] {
                    #expect(text.holds(target, within: limit) == text.unicodeScalars.prefix(limit).contains(target),
                            "\(text.debugDescription) \(target) \(limit)")
                }
            }
        }
    }

    @Test func wordCountsInEightByteStepsAreSplitCounts() {
        var random = SplitMix64(seed: 23)
        func next(_ n: Int) -> Int { Int(random.next() % UInt64(n)) }
        // Spaces at every offset around eight-byte steps, next to marks that join them (U+0301, U+200D),
        // dashes that do not (U+2014), other scripts, CRLF.
        let pieces = ["a", "ab", "abcdefg", " ", "  ", "\u{301}", "\u{200D}", "—", "’", "é", "日本", "\r\n", "\t", ".", "\u{1F600}"]
        for _ in 0..<4_000 {
            let text = (0..<next(14)).map { _ in pieces[next(pieces.count)] }.joined()
            let split = text.split(separator: " ").count
            #expect(text.spaceSeparatedCount == split, "\(text.debugDescription)")
            for limit in [0, 1, 2, 3, 5, 8] {
                let bounded = text.spaceSeparatedCount(stoppingAbove: limit)
                #expect(split <= limit ? bounded == split : bounded > limit, "\(text.debugDescription) \(limit)")
            }
        }
    }

    @Test func paragraphWordCountsInEightByteStepsAreByteRuns() {
        var random = SplitMix64(seed: 29)
        func next(_ n: Int) -> Int { Int(random.next() % UInt64(n)) }
        let pieces = ["a", "abcdefg", " ", "  ", "\n", " \n ", "\u{301}", "—", "日本", "\r\n", "\t", "\u{1F600}", "\u{A0}"]
        for _ in 0..<4_000 {
            let text = (0..<next(16)).map { _ in pieces[next(pieces.count)] }.joined()
            var expected = 0
            var inWord = false
            for byte in text.utf8 {
                let space = byte == 0x20 || byte == 0x0A
                if !space && !inWord { expected += 1 }
                inWord = !space
            }
            let paragraph = Paragraph(text: text, rawRange: 0..<text.unicodeScalars.count, role: .body)
            #expect(paragraph.wordCount == expected, "\(text.debugDescription)")
        }
    }
}
