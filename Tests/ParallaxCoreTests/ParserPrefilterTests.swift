import Foundation
import Testing
@testable import ParallaxCore

/// The parser's literal prefilters and ASCII fast paths never change an answer: each is checked against
/// the pattern or the Foundation call it stands in front of.
struct ParserPrefilterTests {
    /// Lines around the prefilters' edges: bylines in every case, dates with and without four digits,
    /// other scripts' digits, separators, copyright marks, trimming punctuation.
    static let lines: [String] = [
        "By Jane Doe", "by Jane Doe", "BY JANE DOE", "bY Jane Doe", "Byline", "Written by Jane Doe", "WRITTEN BY JANE",
        "Words by Jane Roe", "Story by A. Writer", "Reported by Jane Doe | Example News", "Author: Jane Doe",
        "Authors: Jane Doe and John Roe", "AUTHOR : Jane", "author:Jane", "Bylines are short", "A man said", "Writer",
        "Published May 31, 2024", "May 31 2024", "31 May 2024 10:00", "2024-05-31", "2024/05/31T10:00", "5/31/2024",
        "Updated 9:05 a.m. ET", "12 31 2024", "١٢ May ٢٠٢٤", "May ３１, ２０２４", "Posted 3 hours ago", "123", "1234",
        "Headline words here | Example News", "Headline - The Example Times", "Headline – Example Herald", "A | B | C",
        "Café headline | Example Café", " | ", "Headline | ", "© 2024 Example", "(c) Example", "(C) Example",
        "COPYRIGHT 2024", "Copyright", "copy right", "Ⓒ 2024", "(c", "c)", ".,;: Example News |-", "—Example—",
        "Example Ltd.", "", " ", "-", "Reuters/Jane Doe", "The minister said on Friday that talks would go on.",
    ]

    @Test(arguments: lines)
    func bylineOpeningsNeverRuleOutAByline(line: String) {
        if !ArticleHeader.mayBeByline(line) {
            #expect(Patterns.firstMatch(ArticleHeader.bylinePattern, in: line) == nil, "\(line)")
        }
    }

    @Test(arguments: lines)
    func aTextWithoutFourDigitsInARowHasNoFullDate(line: String) {
        if !DateInference.mayHoldYear(line) {
            for re in [DateInference.iso, DateInference.slashed, DateInference.monthDayYear, DateInference.dayMonthYear] {
                #expect(Patterns.firstMatch(re, in: line) == nil, "\(line)")
            }
        }
    }

    @Test(arguments: lines)
    func copyrightMarksAreFoundAsByThreeSearches(line: String) {
        #expect(OutletInference.mayHoldCopyrightMark(line) == (line.holds("©") || line.holds("copyright") || line.holds("(c)")))
    }

    @Test(arguments: lines)
    func asciiSearchesAndTrimsAreFoundations(line: String) {
        guard line.utf8.allSatisfy({ $0 < 0x80 }) else { return }
        for separator in [" | ", " - ", " – ", " — ", "|"] {
            let fast = OutletInference.lastRange(of: separator, inASCII: line)
            let slow = line.range(of: separator, options: .backwards)
            #expect(fast == slow, "\(line) \(separator)")
        }
        #expect(OutletInference.trimming(line, OutletInference.nameEnds, asciiMembers: OutletInference.nameEndBytes)
                == line.trimmingCharacters(in: OutletInference.nameEnds))
    }

    @Test func holdsIsAnASCIICaseInsensitiveSearch() {
        var random = SplitMix64(seed: 7)
        func next(_ n: Int) -> Int { Int(random.next() % UInt64(n)) }
        let alphabet = Array("aAbB/(c)C©é ".unicodeScalars)
        for _ in 0..<3_000 {
            let text = String(String.UnicodeScalarView((0..<next(12)).map { _ in alphabet[next(alphabet.count)] }))
            let needle = String(String.UnicodeScalarView((0..<(1 + next(3))).map { _ in alphabet[next(alphabet.count)] }))
            let h = Array(text.utf8), n = Array(needle.utf8)
            func fold(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
            let expected = h.count >= n.count && (0...(h.count - n.count)).contains { i in
                (0..<n.count).allSatisfy { fold(h[i + $0]) == fold(n[$0]) }
            }
            #expect(text.holds(needle) == expected, "\(text) \(needle)")
        }
    }

    @Test(arguments: lines)
    func boundedWordCountsAgreeWithSplit(line: String) {
        for limit in [0, 1, 2, 3, 60] {
            let split = line.split(separator: " ").count
            let bounded = line.spaceSeparatedCount(stoppingAbove: limit)
            #expect(split <= limit ? bounded == split : bounded > limit, "\(line) \(limit)")
        }
    }

    @Test func asciiPunctuationIsFoundationsPunctuation() {
        for value in 0..<128 {
            let scalar = Unicode.Scalar(UInt8(value))
            #expect(String.isASCIIPunctuation(UInt8(value)) == CharacterSet.punctuationCharacters.contains(scalar), "\(value)")
        }
        var rng = SplitMix64(seed: 11)
        for _ in 0..<2_000 {
            let length = Int(rng.next() % 7)
            let text = String(String.UnicodeScalarView((0..<length).map { _ in Unicode.Scalar(UInt8(0x20 + rng.next() % 95)) }))
            #expect(text.trimmingPunctuation == text.trimmingCharacters(in: .punctuationCharacters), "\(text)")
        }
        for line in Self.lines + ["«Reuters»", "—Example—", "(Café)", "¿Qué?"] {
            #expect(line.trimmingPunctuation == line.trimmingCharacters(in: .punctuationCharacters), "\(line)")
        }
    }
}
