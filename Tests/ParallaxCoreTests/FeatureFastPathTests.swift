import Foundation
import Testing
@testable import ParallaxCore

/// Grouping features computed from scalars and byte tables are exactly those of the plain way: the
/// headline and body joined into one string, `ContentWords.words`, a `Dictionary` of words and a `Set`
/// of run hashes.
struct FeatureFastPathTests {
    /// The features as they were computed before the fast path, as stored bytes.
    static func reference(_ article: Article) -> (terms: [UInt8], termCount: Int, runs: [UInt64], limit: UInt64,
                                                  body: BodyFingerprint) {
        let body = article.body.map(\.text)
        let text = ([article.metadata.titleText ?? ""] + body).joined(separator: "\n")
        let outletWords = Set(ContentWords.words(in: article.metadata.outletName ?? "").map(\.text))
        var index: [String: Int] = [:]
        var words: [String] = []
        var counts: [(n: Int, c: Int, a: Int)] = []
        for word in ContentWords.words(in: text) where !outletWords.contains(word.text) {
            let i: Int
            if let known = index[word.text] {
                i = known
            } else {
                i = words.count
                index[word.text] = i
                words.append(word.text)
                counts.append((0, 0, 0))
            }
            counts[i].n += 1
            if word.capitalised { counts[i].c += 1 }
            if word.allCapitals { counts[i].a += 1 }
        }
        var writer = ByteWriter()
        for (word, c) in zip(words, counts) { TermTable.write(word.utf8, c, into: &writer) }
        var all = Set<UInt64>()
        for paragraph in body {
            let hashes = referenceWordHashes(paragraph)
            guard hashes.count >= SharedPassages.runLength else { continue }
            for start in 0...(hashes.count - SharedPassages.runLength) {
                var key: UInt64 = 1_469_598_103_934_665_603
                for k in start..<(start + SharedPassages.runLength) { key = (key ^ hashes[k]) &* 1_099_511_628_211 }
                all.insert(key)
            }
        }
        let sorted = all.sorted()
        let kept = Array(sorted.prefix(RunSample.capacity))
        let limit = sorted.count > RunSample.capacity ? kept.last ?? .max : .max
        return (writer.bytes, words.count, kept, limit, referenceFingerprint(body.joined(separator: "\n")))
    }

    /// Word hashes over `String.unicodeScalars`, as first written.
    static func referenceWordHashes(_ text: String) -> [UInt64] {
        var hashes: [UInt64] = []
        var hash: UInt64 = 1_469_598_103_934_665_603
        var inWord = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let isWordPart: Bool
            var folded = v
            if v < 0x80 {
                isWordPart = (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A || (v >= 0x30 && v <= 0x39) || v == 0x27
                if v >= 0x41 && v <= 0x5A { folded = v | 0x20 }
            } else {
                isWordPart = scalar.properties.isAlphabetic || scalar.properties.numericType != nil || v == 0x2019
                if scalar.properties.isUppercase, let lower = scalar.properties.lowercaseMapping.unicodeScalars.first {
                    folded = lower.value
                }
            }
            if isWordPart {
                if folded == 0x2019 { folded = 0x27 }
                hash = (hash ^ UInt64(folded)) &* 1_099_511_628_211
                inWord = true
            } else if inWord {
                hashes.append(hash)
                hash = 1_469_598_103_934_665_603
                inWord = false
            }
        }
        if inWord { hashes.append(hash) }
        return hashes
    }

    /// The body fingerprint over the joined text's UTF-8, as first written.
    static func referenceFingerprint(_ text: String) -> BodyFingerprint {
        var a: UInt64 = 0xCBF2_9CE4_8422_2325
        var b: UInt64 = 0x9E37_79B9_7F4A_7C15
        var length = 0
        for byte in text.utf8 {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            b = ((b ^ UInt64(byte)) &* 0xBF58_476D_1CE4_E5B9)
            b = (b << 29) | (b >> 35)
            length += 1
        }
        b ^= b >> 31
        b = b &* 0x94D0_49BB_1331_11EB
        return BodyFingerprint(length: length, first: a, second: b)
    }

    /// Checks one article's features against the reference.
    static func expectSame(_ article: Article, _ label: String) {
        let fast = GroupingFeatures(article)
        let slow = reference(article)
        #expect(fast.terms.bytes == slow.terms && fast.terms.count == slow.termCount, "terms of \(label)")
        #expect(fast.runs.hashes == slow.runs && fast.runs.limit == slow.limit, "runs of \(label)")
        #expect(fast.body == slow.body, "body of \(label)")
    }

    @Test func featuresOfEveryTestArticleAreTheReferenceFeatures() throws {
        for article in try GroupingFeaturesTests.allArticles() { Self.expectSame(article, article.id) }
    }

    /// Words that stress the fast path: non-ASCII letters and capitals, canonically equivalent spellings,
    /// scalars whose lower case is ASCII (the Kelvin sign), possessives, joiners, stop words in capitals,
    /// long words and the outlet's own words.
    static let pieces: [String] = [
        "Café", "Cafe\u{301}", "CAFÉ", "café", "\u{212A}elvin", "KELVIN", "kelvin", "İstanbul", "ISTANBUL", "straße",
        "STRASSE", "Ωmega", "ΣΟΦΙΑ", "σοφία", "Nation’s", "nation's", "NATO’S", "rock-'n'-roll", "--dash--", "’quoted’",
        "The", "THE", "Said", "Monday", "JANUARY", "Harbour", "harbour", "HARBOUR", "Harbour-side", "x", "ab", "abc",
        "Ǆemal", "ǅemal", "ǆemal", "ﬁnance", "Ⅻ", "Ⅻth", "日本語", "Москва", "МОСКВА", "a1b2c3", "naïve", "NAÏVE",
        "Supercalifragilisticexpialidocious", "SUPERCALIFRAGILISTICEXPIALIDOCIOUS", "Example", "Herald", "example",
        "\u{1E9E}trasse", "ǰob", "J\u{30C}ob", ",", ".", "\"", "—", "\n", " ", "  ", "2024", "O'Neill", "o’neill",
    ]

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func featuresOfGeneratedArticlesAreTheReferenceFeatures(seed: UInt64) {
        var state = seed &* 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            state = state &+ 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            return Int((z ^ (z >> 31)) % UInt64(n))
        }
        for round in 0..<40 {
            var paragraphs: [String] = []
            for _ in 0..<(1 + next(6)) {
                paragraphs.append((0..<(1 + next(40))).map { _ in Self.pieces[next(Self.pieces.count)] }.joined(separator: " "))
            }
            let outlet = next(3) == 0 ? "" : "outlet: \(["Example Herald", "Café Times", "KELVIN \u{212A}elvin News"][next(3)])\n"
            let text = "---\n\(outlet)---\nA Headline About \(Self.pieces[next(Self.pieces.count)]) Today\n\n"
                + paragraphs.joined(separator: "\n\n") + "\n"
            Self.expectSame(TestSupport.parse(text), "seed \(seed) round \(round)")
        }
    }

    @Test(arguments: [0, 1, 8, 63, 64, 65, 200, 257, 300, 1_000, 5_000] as [Int])
    func runSamplesKeepTheSmallestDistinctHashes(count: Int) {
        var state = UInt64(count) &* 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state = state &+ 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            return z ^ (z >> 31)
        }
        // Uniform hashes, small ones, and repeats of both (a repeated run, a duplicated paragraph).
        for shape in 0..<4 {
            var runs: [UInt64] = (0..<count).map { _ in shape == 1 ? next() % 100 : next() }
            if shape >= 2, !runs.isEmpty { runs += runs.prefix(count / 2) }
            if shape == 3 { runs = runs.map { $0 >> 40 } }
            let sorted = Set(runs).sorted()
            let sample = RunSample(runs: &runs)
            #expect(sample.hashes == Array(sorted.prefix(RunSample.capacity)), "count \(count) shape \(shape)")
            #expect(sample.limit == (sorted.count > RunSample.capacity ? sorted[RunSample.capacity - 1] : .max))
        }
    }
}
