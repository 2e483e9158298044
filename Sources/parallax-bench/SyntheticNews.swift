import Foundation
import ParallaxCore

/// A deterministic generator of news-like articles for grouping benchmarks: about 40 outlets, events
/// of 2–8 versions spread over three years, invented names and places, a Zipf-distributed vocabulary,
/// shared quotes, and some wire copies republished word for word or with a line added.
struct SyntheticNews {
    /// A small, fast, seedable generator (SplitMix64), so that runs are repeatable.
    struct Random: RandomNumberGenerator {
        private var state: UInt64
        /// A generator from a seed.
        init(seed: UInt64) { state = seed }
        /// The next 64 random bits.
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        /// A number in `range`.
        mutating func int(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(next() % UInt64(range.count))
        }
        /// True with probability `p`.
        mutating func chance(_ p: Double) -> Bool { Double(next() >> 11) / 9_007_199_254_740_992 < p }
    }

    /// Words drawn with Zipf weights (rank r has weight 1/r).
    struct Zipf {
        /// The words, most common first.
        let words: [String]
        private let cumulative: [Double]
        /// Weights for `words` by rank.
        init(_ words: [String], exponent: Double = 1) {
            self.words = words
            var total = 0.0
            cumulative = words.indices.map { total += 1 / pow(Double($0 + 1), exponent); return total }
        }
        /// One word.
        func draw(_ random: inout Random) -> String {
            let x = Double(random.next() >> 11) / 9_007_199_254_740_992 * (cumulative.last ?? 1)
            var lo = 0, hi = cumulative.count - 1
            while lo < hi {
                let mid = (lo + hi) / 2
                if cumulative[mid] < x { lo = mid + 1 } else { hi = mid }
            }
            return words[lo]
        }
    }

    private static let syllables = ["ba", "ka", "lo", "mi", "ren", "tso", "var", "del", "quin", "bra", "zel", "nor",
                                    "ith", "po", "sun", "gar", "te", "vel", "om", "dru", "fa", "lis", "mon", "hek",
                                    "ra", "sel", "tu", "vin", "cor", "da", "pel", "rus", "ga", "ni", "sto", "wen"]
    private static let function = ["the", "the", "the", "of", "and", "to", "a", "in", "for", "on", "that", "with",
                                   "as", "by", "at", "from", "was", "is", "said", "it", "has", "have", "be", "an",
                                   "which", "after", "but", "their", "its", "this", "were", "who", "not", "would"]

    private let vocabulary: Zipf
    private let surnames: Zipf
    private let givenNames: [String]
    private let places: Zipf
    private let outlets: [String]
    private var random = Random(seed: 2_024)
    private var pending: [Article] = []
    private var made = 0
    /// The true event of each article made so far, by article number, to score a grouping against.
    private(set) var truth: [Int] = []

    /// A generator; the same seed always gives the same articles.
    init() {
        var random = Random(seed: 7)
        var seen = Set<String>()
        // A new word of some syllables; once the short ones run out, longer ones.
        func invent(_ parts: ClosedRange<Int>) -> String {
            var tries = 0
            while true {
                let length = random.int(parts) + tries / 64
                let word = (0..<length).map { _ in Self.syllables[random.int(0...(Self.syllables.count - 1))] }.joined()
                if word.count >= 3, seen.insert(word).inserted { return word }
                tries += 1
            }
        }
        vocabulary = Zipf((0..<40_000).map { _ in invent(2...4) })
        surnames = Zipf((0..<30_000).map { _ in invent(2...4).capitalized }, exponent: 0.8)
        givenNames = (0..<2_000).map { _ in invent(2...3).capitalized }
        places = Zipf((0..<5_000).map { _ in invent(2...4).capitalized }, exponent: 0.9)
        outlets = (0..<40).map { _ in invent(2...2).capitalized + " " + ["Times", "Herald", "Post", "Wire", "News"][random.int(0...4)] }
    }

    /// The next article: the versions of one event are made together and handed out one by one.
    mutating func next() -> Article {
        if pending.isEmpty { pending = makeEvent().reversed() }
        return pending.removeLast()
    }

    /// The versions of one new event.
    private mutating func makeEvent() -> [Article] {
        let day = random.int(0...1_094)
        let people = (0..<random.int(1...3)).map { _ in givenNames[random.int(0...(givenNames.count - 1))] + " " + surnames.draw(&random) }
        let names = people.flatMap { $0.split(separator: " ").map(String.init) } + (0..<2).map { _ in places.draw(&random) }
        // Topic words come from the middle of the vocabulary: rarer than "government", commoner than a name.
        let topic = (0..<12).map { _ in vocabulary.words[random.int(200...20_000)] }
        let quotes = (0..<2).map { _ in (0..<random.int(10...18)).map { _ in vocabulary.draw(&random) }.joined(separator: " ") }
        let versions = [2, 2, 2, 3, 3, 3, 4, 4, 5, 6, 7, 8][random.int(0...11)]
        var outletOrder = Array(outlets.indices)
        var result: [Article] = []
        for v in 0..<versions {
            let pick = random.int(v...(outletOrder.count - 1))
            outletOrder.swapAt(v, pick)
            let outlet = outlets[outletOrder[v]]
            let date = random.chance(0.04) ? nil : Self.date(day + random.int(0...2))
            var paragraphs: [String]
            if let source = result.last, random.chance(0.1) {
                paragraphs = source.paragraphs.filter { $0.role == .body }.map(\.text)
                if random.chance(0.5) { paragraphs.append("This story was updated by the \(outlet) desk.") }
            } else {
                paragraphs = body(topic: topic, names: names, people: people, quotes: quotes)
            }
            let title = (0..<random.int(5...9)).map { _ in random.chance(0.3) ? names[random.int(0...(names.count - 1))] : topic[random.int(0...11)].capitalized }
            result.append(article(made + v, outlet: outlet, date: date, title: title.joined(separator: " "), paragraphs: paragraphs))
        }
        truth += Array(repeating: made, count: versions)
        made += versions
        return result
    }

    /// About 600 words in paragraphs of two or three sentences, with the event's quotes in some.
    private mutating func body(topic: [String], names: [String], people: [String], quotes: [String]) -> [String] {
        var paragraphs: [String] = []
        let target = random.int(400...800)
        var words = 0
        while words < target {
            var sentences: [String] = []
            for _ in 0..<random.int(2...3) {
                var sentence: [String] = []
                for _ in 0..<random.int(12...24) {
                    if random.chance(0.45) {
                        sentence.append(Self.function[random.int(0...(Self.function.count - 1))])
                    } else if random.chance(0.2) {
                        sentence.append(topic[random.int(0...11)])
                    } else if random.chance(0.08) {
                        sentence.append(names[random.int(0...(names.count - 1))])
                    } else {
                        sentence.append(vocabulary.draw(&random))
                    }
                }
                words += sentence.count
                sentences.append(sentence.joined(separator: " ").prefix(1).uppercased() + sentence.joined(separator: " ").dropFirst() + ".")
            }
            if random.chance(0.15), let quote = quotes.randomElement(using: &random) {
                let speaker = people[random.int(0...(people.count - 1))]
                sentences.append("\u{201C}\(quote.prefix(1).uppercased() + quote.dropFirst()),\u{201D} \(speaker) said.")
                words += quote.split(separator: " ").count + 3
            }
            paragraphs.append(sentences.joined(separator: " "))
        }
        return paragraphs
    }

    /// An article from its parts.
    private func article(_ n: Int, outlet: String, date: NewsDate?, title: String, paragraphs: [String]) -> Article {
        var metadata = ArticleMetadata()
        metadata.outlet = Inferred(outlet, .frontMatter, evidence: outlet)
        metadata.date = date.map { Inferred($0, .frontMatter, evidence: "\($0)") }
        metadata.title = Inferred(title, .frontMatter, evidence: title)
        var offset = 0
        let body = paragraphs.map { text in
            defer { offset += text.unicodeScalars.count + 2 }
            return Paragraph(text: text, rawRange: offset..<(offset + text.unicodeScalars.count), role: .body)
        }
        let id = String(format: "%06d", n)
        return Article(id: id, path: id + ".txt", metadata: metadata, paragraphs: body)
    }

    /// A date `day` days after 1 January 2022.
    private static func date(_ day: Int) -> NewsDate? {
        let lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        var year = 2022, rest = day
        while rest >= (NewsDate.isLeapYear(year) ? 366 : 365) { rest -= NewsDate.isLeapYear(year) ? 366 : 365; year += 1 }
        var month = 0
        while rest >= lengths[month] + (month == 1 && NewsDate.isLeapYear(year) ? 1 : 0) {
            rest -= lengths[month] + (month == 1 && NewsDate.isLeapYear(year) ? 1 : 0)
            month += 1
        }
        return NewsDate(year: year, month: month + 1, day: rest + 1)
    }
}

extension NewsDate {
    /// Whether a year has 29 February.
    static func isLeapYear(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }
}
