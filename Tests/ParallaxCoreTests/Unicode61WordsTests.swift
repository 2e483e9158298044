import GRDB
import Testing
@testable import ParallaxCore

/// `Unicode61Words` cuts text where SQLite's own FTS5 `unicode61` tokenizer cuts it.
struct Unicode61WordsTests {
    /// Blocks random texts draw from: ASCII, Latin with combining accents, Greek, Cyrillic, Hebrew,
    /// Arabic, Devanagari, CJK, Hangul, fullwidth forms, punctuation, symbols, emoji, private use.
    static let blocks: [ClosedRange<UInt32>] = [
        0x20...0x7E, 0x20...0x7E, 0xA0...0x24F, 0x300...0x36F, 0x370...0x3FF, 0x400...0x4FF, 0x5D0...0x5EA,
        0x600...0x6FF, 0x900...0x97F, 0x2000...0x206F, 0x2190...0x21FF, 0x3000...0x303F, 0x4E00...0x4E80,
        0xAC00...0xAC80, 0xFF00...0xFF60, 0x1F300...0x1F64F, 0xE000...0xE010,
    ]

    @Test func randomTextsSplitIntoTheTokensSQLiteFindsCaseAside() throws {
        let tokenizer = try DatabaseQueue().read { try $0.makeTokenizer(.unicode61(diacritics: .keep)) }
        var random = SplitMix64(seed: 61)
        for _ in 0..<3_000 {
            var view = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 1...24, using: &random) {
                let block = Self.blocks.randomElement(using: &random) ?? 0x20...0x7E
                if let s = Unicode.Scalar(UInt32.random(in: block, using: &random)) { view.append(s) }
            }
            let text = String(view)
            let sqlite = try tokenizer.tokenize(document: text).map(\.token)
            let ours = Unicode61Words.words(in: text)
            #expect(ours.count == sqlite.count, "\(text.unicodeScalars.map { String($0.value, radix: 16) }): \(ours) vs \(sqlite)")
            for (a, b) in zip(ours, sqlite) where a.unicodeScalars.allSatisfy(\.isASCII) {
                #expect(a.lowercased() == b)
            }
        }
    }

    @Test func everyScalarStartsContinuesOrSeparatesAsInSQLite() throws {
        let tokenizer = try DatabaseQueue().read { try $0.makeTokenizer(.unicode61(diacritics: .keep)) }
        var differ: [String] = []
        for value in UInt32(0)...0x2FFFF {
            guard let s = Unicode.Scalar(value) else { continue }
            let alone = try tokenizer.tokenize(document: String(s)).count == 1
            let inside = try tokenizer.tokenize(document: "a\(s)b").count == 1
            if alone != Unicode61Words.isTokenCharacter(s)
                || inside != (Unicode61Words.isTokenCharacter(s) || Unicode61Words.isDiacritic(s)) {
                differ.append(String(value, radix: 16))
            }
        }
        #expect(differ.isEmpty, "\(differ.prefix(20))")
    }
}
