import Foundation
import Testing
@testable import ParallaxCore

/// The furniture rules' one-pass literal search and the byte-level fast paths in front of them give the
/// same answers as the straightforward code they replace, on varied text (other scripts, CRLF, empty and
/// long lines, fold traps at every offset).
struct BoilerplateFastPathTests {
    /// Paragraphs around the rules' edges: furniture of every kind, prose that opens like furniture, other
    /// scripts, fold traps, control characters and runs of spaces.
    static let paragraphs: [String] = [
        "See also: talks resume", "Read more: Talks resume as envoys meet in Geneva", "View 2 more stories",
        "Most read", "Most popular from Example News", "Related stories", "Latest updates", "Skip to content",
        "Share this article", "Share | Tweet | Email | Print", "Shares in Example Minerals fell 14.3 percent.",
        "Stay informed with free updates", "Sign up for our morning newsletter and get the day's top stories in your inbox.",
        "Get our free newsletter", "SUBSCRIBERS ONLY", "Leave a comment", "4 comments", "4 min read", "١٢ comments",
        "Your email address will not be published.", "Advertisement", "Advertisement · Scroll to continue",
        "Adaeze Vamonek said the public reaction had been stronger than many officials expected.",
        "Link copied!", "Click to share on X (Opens in new window)", "Open in app, opens new tab",
        "Follow live coverage", "Follow Example News on X", "Follow us on Google News",
        "To contact the reporter on this story: Jane Doe in London", "For more articles like this, visit us",
        "© 2024 Example News", "(c) 2023 Example", "Copyright 2022 Atlas Post. All rights reserved.",
        "ALL RIGHTS RESERVED", "Our Standards: The Example Wire Trust Principles.",
        "This article was originally published by Example News.", "Read the full article here",
        "Click here to read more", "URL: https://example.com/a/b", "<https://example.com>", "-----", "* * *",
        "FILE PHOTO: A man walks past", "Image source, Getty Images", "(Photo by Jane Doe/Reuters)",
        "REUTERS/Jane Doe/File Photo", "Jane Doe/AFP via Getty Images", "A road/rail link reopened on Friday.",
        "Listen to this article", "Listen (4 min)", "Save", "Gift this article",
        "Get the latest news", "Related topics: Trade, Europe", "Tags: trade", "(END)", "-30-", "###",
        "A version of this article appears in print on May 31", "We use cookies to improve your experience.",
        "Please enable JavaScript", "Loading...", "Sign in", "Terms of Service | Privacy Policy",
        "Thanks for reading", "You've reached your limit", "Download the free Example app",
        "Why you can trust Example News", "Reprints & Permissions", "The minister said on Friday that talks would go on.",
        "", " ", "Straße newsletter", "ſhare", "\u{212A}ilometres of newsletters", "ﬁle photo: a fire",
        "İstanbul newsletter", "Newsletter ß", "Café society newsletter — 日本 ニュース", "Ｓｈａｒｅ",
        "Share\r\nTweet", "line one\nline two", "Share  this  article", "\t Share \t", "Zoë Ångström’s newsletter",
        String(repeating: "word ", count: 70), String(repeating: "newsletter ", count: 12), "a/b",
        "Ends", "end.", "(end)", "Home", "Menu", "Close", "Email", "Print.", "Pin!", "Copy link",
    ]

    /// The literal checks as they were: each rule's needs and cue tested one literal at a time.
    static func referenceMatch(_ text: String) -> BoilerplateRules.Rule? {
        let trimmed = text.trimmed
        guard trimmed.utf8.first != nil else { return nil }
        let words = trimmed.split(separator: " ").count
        guard words <= BoilerplateRules.maxWords else { return nil }
        let folds = trimmed.foldsIntoASCII
        let range = NSRange(trimmed.startIndex..., in: trimmed)
        for rule in BoilerplateRules.rules where words <= rule.maxWords {
            if (rule.needs.isEmpty || rule.needs.contains { trimmed.holds($0) })
                && rule.cue?.admits(trimmed, folds: folds) != false
                && rule.regex.firstMatch(in: trimmed, range: range) != nil {
                return rule
            }
        }
        return nil
    }

    @Test(arguments: paragraphs)
    func matchIsTheOneLiteralAtATimeMatch(paragraph: String) {
        let fast = BoilerplateRules.match(paragraph)
        let slow = Self.referenceMatch(paragraph)
        #expect(fast?.regex.pattern == slow?.regex.pattern, "\(paragraph)")
        for variant in [paragraph.uppercased(), paragraph.lowercased(), "x " + paragraph, paragraph + " x"] {
            #expect(BoilerplateRules.match(variant)?.regex.pattern == Self.referenceMatch(variant)?.regex.pattern, "\(variant)")
        }
    }

    @Test func heldNeedlesAreEachLiteralHeld() {
        var rng = SplitMix64(seed: 5)
        let pieces = BoilerplateRules.needles + BoilerplateRules.needles.map { $0.uppercased() }
            + ["a", "S", "/", "©", "é", "\r\n", " ", "ß", "ﬁ", "日本", "subscribe", "news", "all rights", "getty"]
        for _ in 0..<1_000 {
            let text = (0..<Int(rng.next() % 6)).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }
                .joined(separator: rng.next() % 2 == 0 ? "" : " ")
            for words in [0, 1, 8, 12, 13, 20, 25, 26, 40, 60, 61] {
                let held = BoilerplateRules.heldNeedles(text, words: words)
                for (k, needle) in BoilerplateRules.needles.enumerated() {
                    let bit = held & (1 << UInt64(k)) != 0
                    // A literal whose rules allow fewer words is not searched for (its bit is 0).
                    let asked = BoilerplateRules.rules.contains { rule in
                        rule.maxWords >= words && (rule.needs + (rule.cue?.anywhere ?? [])).contains(needle)
                    }
                    #expect(bit == (asked && text.holds(needle)), "\(text) \(needle) \(words)")
                }
            }
        }
    }

    @Test func aSearchFindsLiteralsAsHoldsDoes() {
        var rng = SplitMix64(seed: 9)
        let alphabet = Array("aAbB/(c)C©é \r\nß".unicodeScalars)
        for _ in 0..<2_000 {
            let literals = (0..<(1 + Int(rng.next() % 4))).map { _ in
                String(String.UnicodeScalarView((0..<Int(rng.next() % 4)).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }))
            }
            let search = NeedleSearch(literals.enumerated().map { (Array($0.element.utf8), UInt64(1) << UInt64($0.offset)) })
            let text = String(String.UnicodeScalarView((0..<Int(rng.next() % 14)).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }))
            var copy = text
            let held = copy.withUTF8 { search.held(in: $0) }
            for (k, literal) in literals.enumerated() {
                #expect((held & (1 << UInt64(k)) != 0) == text.holds(literal), "\(text) \(literal)")
            }
        }
    }

    @Test func foldsIntoASCIIFindsATrapAtAnyOffset() {
        let traps = ["ß", "İ", "ŉ", "ſ", "ǰ", "ẖ", "ẚ", "ẞ", "\u{212A}", "ﬀ", "ﬆ"]
        let harmless = ["é", "’", "日", "\u{1E9B}", "\u{FB07}", "Å"]
        for length in 0..<20 {
            let ascii = String(repeating: "a", count: length)
            #expect(!ascii.foldsIntoASCII)
            for trap in traps {
                #expect((ascii + trap).foldsIntoASCII, "\(length) \(trap)")
                #expect((trap + ascii).foldsIntoASCII, "\(length) \(trap)")
                #expect((ascii + trap + ascii).foldsIntoASCII, "\(length) \(trap)")
            }
            for other in harmless {
                #expect(!(ascii + other + ascii).foldsIntoASCII, "\(length) \(other)")
            }
        }
    }

    @Test func shortBlocksSplitAsBefore() {
        // One- and two-line blocks skip measuring their lines; their paragraphs are the lines themselves.
        let text = "Headline here\r\n\r\nOne line only.\n\nFirst of two lines,\nsecond of two.\n\n  spaced   line  \n\n"
            + "a\nb\nc\n\n" + String(repeating: "long ", count: 300)
        let article = ArticleParser.parse(CleanText(raw: text.unicodeScalars), id: "t", path: "t.txt")
        #expect(article.paragraphs.map(\.text) == [
            "Headline here", "One line only.", "First of two lines,", "second of two.", "spaced line", "a", "b", "c",
            String(repeating: "long ", count: 300).trimmed,
        ])
    }
}
