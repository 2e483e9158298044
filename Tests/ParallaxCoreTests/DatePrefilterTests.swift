import Foundation
import Testing
@testable import ParallaxCore

/// The literal prefilters in front of the date patterns, and the ASCII path of the outlet-name digit test,
/// never change an answer: each is checked against the pattern or the `Character` test it stands in for.
struct DatePrefilterTests {
    /// Date lines and near misses: ISO dates and times, slashes, other scripts' digits, zones, empty text.
    static let lines: [String] = [
        "Updated: 28 July 2023 17:33 GMT", "Published May 31, 2024 10:04 AM ET", "2024-05-31", "2024/05/31T10:00Z",
        "2024.05.31 10:00", "5/31/2024", "31/5/2024", "2024-05-31T10:00:00Z", "12T", "١٢T", "٢٠٢٤-٠٥-٣١T١٠:٠٠", "T", "Z",
        "GMT", "UTC 10:00Z", "3Z", "0T", "aT", " T", "", "Posted 3 hours ago", "May 31 2024", "31 May 2024",
        "2024 05 31", "Date: 2024-05-31", "Last updated 2024-05-31T09:00", "Café 2024-05-31", "１２T", "2024‐05‐31",
        "Updated\r\n2024-05-31", "a.m. 10", "no digits at all", "1/2", "12/31/2024", "2024–05–31",
    ]

    @Test(arguments: lines)
    func prefiltersNeverRuleOutAMatch(line: String) {
        if !DateInference.mayHoldISODate(line) {
            #expect(Patterns.firstMatch(DateInference.iso, in: line) == nil, "\(line)")
        }
        if !line.utf8.contains(0x2F) {
            #expect(Patterns.firstMatch(DateInference.slashed, in: line) == nil, "\(line)")
        }
        if !DateInference.mayHoldISOTimeLetter(line) {
            #expect(Patterns.replacing(DateInference.isoTimeLetter, in: line, with: "$1 ") == line, "\(line)")
        }
    }

    /// `fullDate` as it was, every pattern tried in turn.
    static func referenceFullDate(_ text: String) -> NewsDate? {
        guard text.holdsDecimalDigit, DateInference.mayHoldYear(text) else { return nil }
        if let g = Patterns.firstMatch(DateInference.iso, in: text), let y = g[1].flatMap({ Int($0) }),
           let m = g[3].flatMap({ Int($0) }), let d = g[4].flatMap({ Int($0) }), let date = NewsDate(year: y, month: m, day: d) {
            return date
        }
        if let g = Patterns.firstMatch(DateInference.slashed, in: text), let a = g[1].flatMap({ Int($0) }),
           let b = g[2].flatMap({ Int($0) }), let y = g[3].flatMap({ Int($0) }), (a > 12) != (b > 12),
           let date = a > 12 ? NewsDate(year: y, month: b, day: a) : NewsDate(year: y, month: a, day: b) {
            return date
        }
        if let g = Patterns.firstMatch(DateInference.monthDayYear, in: text), let name = g[1],
           let m = DateInference.months[name.lowercased()], let d = g[2].flatMap({ Int($0) }), let y = g[3].flatMap({ Int($0) }) {
            return NewsDate(year: y, month: m, day: d)
        }
        if let g = Patterns.firstMatch(DateInference.dayMonthYear, in: text), let name = g[2],
           let m = DateInference.months[name.lowercased()], let d = g[1].flatMap({ Int($0) }), let y = g[3].flatMap({ Int($0) }) {
            return NewsDate(year: y, month: m, day: d)
        }
        return nil
    }

    @Test(arguments: lines)
    func datesReadAsWithoutThePrefilters(line: String) {
        #expect(DateInference.fullDate(in: line) == Self.referenceFullDate(line), "\(line)")
        let stripped = Patterns.replacing(DateInference.dateLineFiller,
                                          in: Patterns.replacing(DateInference.isoTimeLetter, in: line, with: "$1 "), with: " ")
        let spaced = DateInference.mayHoldISOTimeLetter(line)
            ? Patterns.replacing(DateInference.isoTimeLetter, in: line, with: "$1 ") : line
        #expect(Patterns.replacing(DateInference.dateLineFiller, in: spaced, with: " ") == stripped, "\(line)")
    }

    @Test(arguments: lines + [
        "KYIV, Ukraine — Talks resumed", "WASHINGTON, May 31 — The", "GENEVA, Switzerland, June 1, 2024 - Envoys",
        "U.S. officials said", "O'HARE - flights", "A - b", "AB", "A", "Ab — c", "A.B — c", "A B C — d", "É — x",
        "LONDON - ", "NEW YORK -- Stocks", "Voters in Indonesia went to the polls", "LA — x", "L-A — x",
    ])
    func datelinePlaceOpeningNeverRulesOutAMatch(line: String) {
        if !OutletInference.mayOpenDatelinePlace(line) {
            #expect(Patterns.firstMatch(OutletInference.datelinePlace, in: line) == nil, "\(line)")
        }
    }

    @Test(arguments: lines + [
        "date 2024-05-31 Headline", "DATE: 2024-05-31", "  Date=2024-05-31 x", "dateline", "Updated", "da\u{1E97}e 2024-05-31",
        "ſ date 2024-05-31", "\u{212A} 2024-05-31", "Dates 2024-05-31", "date  2024-05-31",
    ])
    func leadingMarkerPrefilterNeverRulesOutAMarker(line: String) {
        let expected = Patterns.firstMatch(DateInference.marker, in: line).flatMap { g -> NewsDate? in
            g[1].flatMap { NewsDate(iso: $0) }
        }
        #expect(DateInference.leadingMarker(in: line)?.date == expected, "\(line)")
    }

    @Test func asciiNumbersAreTheDigits() {
        for value in 0..<128 {
            let character = Character(Unicode.Scalar(UInt8(value)))
            #expect(character.isNumber == (0x30...0x39).contains(value), "\(value)")
        }
        for name in ["Example News", "Channel 4", "\r\nNews", "Café 24", "News ٣", "Ⅻ Press", "News", ""] {
            #expect(OutletInference.holdsNumber(name) == name.contains(where: { $0.isNumber }), "\(name)")
        }
    }
}
