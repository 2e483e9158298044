import Foundation
import Testing
@testable import ParallaxCore

/// Thousands of generated files made of the pieces that trip parsers: datelines, copyright marks,
/// parentheses, dashes, front-matter fences, control bytes, invalid UTF-8, wide and combining text.
/// Whatever the input, parsing finishes, offsets point into the file and no control character survives.
struct RandomInputTests {
    /// Controls, bidi overrides and other scalars that must never reach a terminal.
    static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        s != "\n" && TextSanitizer.classify(s) != .keep
    }

    static let pieces: [[UInt8]] = [
        "WASHINGTON (Reuters) – ", "(Bloomberg) --", "MOSCOW, May 31. /TASS/. ", "© 2024 ", "Copyright ",
        "(c)", "By Jane Doe, BBC News", " | ", "Source: ", "date 2024-05-31 ", "---\n", "title: x\n", "\n", "\n\n",
        "\r\n", "\t", "  ", "Share.", "See also ", "Read the full article here", "Published May 31, 2024",
        "Updated 9:05 a.m. ET", "(END)", "Title: ", "(LEAD) ", "'s ", "’s ", "—", "-", "/", ".", ",", "(", ")",
        "中文", "🎉", "e\u{301}", "\u{202E}", "\u{200B}", "Blinken", "said on Friday", "contributed to this report",
        " in Washington", "Reporting from ", "Topics:", "the", "of", "&amp;", "&#27;", "&#x9B;", "&#10;", "&", ";",
        "# ", "**", "*", "_", "[", "](", ")", "![", "`", "<br>", "> ",
    ].map { Array($0.utf8) } + [[0x1B, 0x5B, 0x32, 0x4A], [0x07], [0x00], [0xFF, 0xFE], [0xC3], [0x9B], [0x7F], [0xEF, 0xBB, 0xBF]]

    @Test func generatedFilesAlwaysParseIntoCleanArticles() {
        var rng = SplitMix64(seed: 2024)
        for round in 0..<3_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 1...60, using: &rng) {
                bytes += Self.pieces.randomElement(using: &rng) ?? []
            }
            guard case .success(let scalars) = FileDecoder.decode(bytes) else { continue }
            let clean = CleanText(raw: scalars)
            let article = ArticleParser.parse(clean, id: "r\(round)", path: round % 2 == 0 ? "r\(round).txt" : "r\(round).md")
            var last = 0
            for paragraph in article.paragraphs {
                #expect(paragraph.rawRange.lowerBound >= last && paragraph.rawRange.upperBound <= scalars.count,
                        "round \(round): offsets out of order or outside the file")
                last = paragraph.rawRange.upperBound
                #expect(!paragraph.text.unicodeScalars.contains(where: Self.isUnsafe),
                        "round \(round): a control character survived")
            }
            let fields = [article.metadata.outletName, article.metadata.titleText, article.metadata.byline?.value,
                          article.metadata.dateline?.value].compactMap { $0 }
            for field in fields {
                #expect(!field.unicodeScalars.contains(where: Self.isUnsafe), "round \(round): \(field)")
            }
        }
    }
}
