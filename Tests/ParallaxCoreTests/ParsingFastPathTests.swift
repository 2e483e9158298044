import Foundation
import Testing
@testable import ParallaxCore

/// The parser's fast paths give exactly what the slow ways they replace give.
struct ParsingFastPathTests {
    /// Lines that exercise every cue: furniture, prose, case variants, and scalars that fold into ASCII.
    static let lines: [String] = [
        "Share this article", "SHARE THIS ARTICLE", "ſhare this article", "Advertiſement", "ﬁle photo: a man walks",
        "FILE PHOTO: A man walks", "Image source, Getty Images", "A picture. Getty Images", "12 comments", "١٢ comments",
        "Click to share on X (Opens in new window)", "Something, opens new tab", "Link Copied!", "(END)", "-30-",
        "© 2024 Example News. All rights reserved.", "Copyright 2024 Example", "(c) Example", "https://example.org/a",
        "<https://example.org/a>", "www.example.org", "*  *  *", "•••", "Reporting by Jane Doe; Editing by John Roe",
        "Reuters/Jane Doe", "Tags: China, Russia", "Most Read", "Kelvin: ﬁve", "The minister said on Friday that talks would go on.",
        "Read more: Why markets fell", "read MORE: why", "Listen (5 min)", "5 min read", "Trending Now", "Sign in",
        "Terms of Service | Privacy Policy", "You’ve reached your limit", "İmage caption, The minister", "Subscribe now",
        "Get the latest headlines in your inbox", "Stay informed with free updates", "all rights reserved",
        "“Both governments are committed,” she said.", "2022-01-09", "12comments", "12 ", "12", "١٢comments",
        "١٢ comments", "١٢", "5\u{301} min read", "5 ١ comments", "٣ min read", "12 Comments", "3 MIN READ", "‘12 comments",
    ]

    @Test(arguments: lines)
    func boilerplateCuesNeverRuleOutAMatch(line: String) {
        let trimmed = line.trimmed
        let words = trimmed.split(separator: " ").count
        let range = NSRange(trimmed.startIndex..., in: trimmed)
        let slow = BoilerplateRules.rules.first { rule in
            words <= rule.maxWords && (rule.needs.isEmpty || rule.needs.contains { trimmed.holds($0) })
                && rule.regex.firstMatch(in: trimmed, range: range) != nil
        }
        let fast = BoilerplateRules.match(line)
        #expect(fast?.kind == slow?.kind && fast?.regex.pattern == slow?.regex.pattern, "\(line)")
    }

    @Test(arguments: [
        "", " ", "a", "a b", "  a  b  ", "a \u{301}b", "a\u{301} b", "a \u{200D}b", "\u{600} a", "a \u{903}b", "a — b",
        "a ’b’ c", "日本 語", "e\u{301} e", "a \u{1F600} b", "x \u{2028} y", "a\u{0} b", "word\nword next",
    ])
    func spaceSeparatedCountIsSplitCount(text: String) {
        #expect(text.spaceSeparatedCount == text.split(separator: " ").count, "\(text.debugDescription)")
        #expect(text.scalarCount == text.unicodeScalars.count)
    }

    @Test func wellFormedDecodingMatchesTheStandardDecoder() {
        var samples: [[UInt8]] = [
            Array("plain ascii".utf8), Array("Zoë Ångström’s 日本 \u{1F600} \u{10FFFF} \u{7FF} \u{800} \u{FFFF}".utf8),
            [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80], [0x41, 0xC3],
            [0xE2, 0x80], [0xF0, 0x9F, 0x98], [0x80], [0xFF, 0x41],
        ]
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            samples.append((0..<Int.random(in: 1...12, using: &rng)).map { _ in
                [UInt8.random(in: 0x20...0x7E, using: &rng), UInt8.random(in: 0x80...0xFF, using: &rng),
                 0xE2, 0x80, 0x99, 0xC3][Int.random(in: 0...5, using: &rng)]
            })
        }
        for bytes in samples {
            let standard = FileDecoder.repairing(bytes)
            if let fast = FileDecoder.wellFormed(bytes) {
                #expect(standard.replaced == 0 && fast == standard.scalars, "\(bytes)")
            } else {
                #expect(standard.replaced > 0, "\(bytes)")
            }
        }
    }

    @Test(arguments: [0xDF, 0x130, 0x149, 0x17F, 0x1F0, 0x1E96, 0x1E9A, 0x1E9E, 0x212A, 0xFB00, 0xFB06] as [UInt32])
    func foldTrapsAreFound(value: UInt32) {
        let trap = String(Character(Unicode.Scalar(value) ?? "a"))
        #expect(("Zoë ’ " + trap + " end").foldsIntoASCII)
        #expect(!"Zoë Ångström’s — 日本 \u{1E9B} \u{FB07}".foldsIntoASCII)
    }

    @Test(arguments: [
        "Example Media LLC", "Example Media, Inc.", "Example L.P. ", "Example Finance L.P.", "Example Media Group",
        "Example Holdings\u{2028}", "Example Co.", "Example Ltd", "ExampleLLC", "Example News", "Example Incorporated",
        "Example S.A.", "Example GmbH", "Example AG", "Example Plc", "Example\u{A0}PLC",
    ])
    func corporateSuffixCueNeverRulesOutAMatch(name: String) {
        let stripped = Patterns.replacing(OutletInference.corporateSuffix, in: name, with: "")
        #expect(OutletInference.mayEndWithCorporateSuffix(name) || stripped == name, "\(name)")
    }
}
