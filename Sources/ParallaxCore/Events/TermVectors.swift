import CPrefetch
import Foundation

/// TF-IDF vectors of articles' content words, for similarity and keywords.
///
/// Terms are numbered once; all vectors live in one flat buffer of four bytes a term (the term number
/// in the low 24 bits, the doubled count in the high 8, sorted by term within each article; the rare
/// entry that does not fit is kept aside), and a weight is worked out when it is read, from a per-term
/// idf and a table of count factors. That is the same number a stored weight would be, at a quarter of
/// the memory, which matters at 100,000 articles of two hundred terms each.
struct TermVectors {
    /// Start of each article's entries; one more entry than articles.
    private let offsets: [Int]
    /// Each article's terms, ascending: `term | doubledCount << 24` (see `Entry`).
    private let entries: GrowingBuffer<UInt32>
    /// Entries whose term number or doubled count does not fit (`Entry.escaped`), by position.
    private let escapes: [Int: Entry]
    /// `log((n + 1) / (df + 0.5))` of each term number.
    private let idf: [Double]
    /// `1 + log(1 + count)` for small doubled counts, by doubled count.
    private let countFactors: [Double]
    /// Euclidean norm of each article's vector.
    let norms: [Double]
    /// Each term's text (its stored bytes where it was first seen), by term number, for labels.
    private let words: PackedStrings
    /// Per term number: occurrences capitalised mid-sentence minus the others (above zero: a name,
    /// which makes a good label), and the same for occurrences in capitals (NATO).
    private let capitalisedBalance: [Int]
    private let capitalsBalance: [Int]
    /// How many articles each term occurs in, by term number.
    let documentFrequency: [Int32]

    /// Number of articles.
    var count: Int { offsets.count - 1 }

    /// One term of an article's vector.
    struct Entry {
        /// The term's number.
        let term: Int32
        /// Twice its count (a capitalised occurrence counts one and a half), so that it is whole; held at
        /// 65,535, a count no news article reaches for one word.
        let doubled: UInt16

        /// The marker of an entry kept in `escapes`: a doubled count of 255 or more, or a term number
        /// past 2²⁴, does not fit the packed form.
        static let escaped: UInt32 = 0xFF00_0000

        /// The packed form, or `escaped`.
        var packed: UInt32 { term < 1 << 24 && doubled < 255 ? UInt32(term) | UInt32(doubled) << 24 : Self.escaped }
    }

    /// Number of entries in all vectors.
    var entryCount: Int { entries.count }

    /// Entry `k` of all vectors (`range(i)` gives article `i`'s).
    @inline(__always) func entry(_ k: Int) -> Entry {
        let packed = entries.elements[k]
        if packed >> 24 == 255 { return escapes[k] ?? Entry(term: 0, doubled: 0) }
        return Entry(term: Int32(packed & 0xFF_FFFF), doubled: UInt16(packed >> 24))
    }

    /// The term of entry `k`.
    @inline(__always) func term(_ k: Int) -> Int32 { entry(k).term }

    /// Builds one vector per article from its headline and body words.
    init(_ features: [GroupingFeatures]) {
        var builder = Builder()
        for f in features { builder.add(f.terms) }
        self = builder.finish()
    }

    /// Gathers vectors one article at a time, so that a corpus's term tables need not be in memory at once.
    ///
    /// Terms are numbered in order of first appearance, through a table keyed by a 64-bit hash of their
    /// bytes (`TermNumbers`): no string is made per word. Two words whose hashes collide would count as
    /// one term; among a million distinct words that happens with a probability below 10⁻⁷.
    struct Builder {
        private var vocabulary = TermNumbers()
        private let words = PackedStrings()
        private var df: [Int32] = []
        private var capitalisedBalance: [Int] = []
        private var capitalsBalance: [Int] = []
        private var offsets = [0]
        private let entries = GrowingBuffer<UInt32>(capacity: 1 << 16)
        private var escapes: [Int: Entry] = [:]
        /// One article's entries while they are sorted.
        private var article: [(id: Int32, count: UInt16)] = []

        /// An empty builder.
        init() {}

        /// Number of articles added.
        var count: Int { offsets.count - 1 }

        /// Adds the next article's vector.
        mutating func add(_ terms: TermTable) {
            article.removeAll(keepingCapacity: true)
            terms.forEach { term in
                let hash = term.key.reduce(UInt64(0xCBF2_9CE4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 }
                let (id, isNew) = vocabulary.number(hash)
                if isNew {
                    words.append(utf8: term.key)
                    df.append(0)
                    capitalisedBalance.append(0)
                    capitalsBalance.append(0)
                }
                article.append((id, UInt16(clamping: 2 * term.occurrences + term.capitalised)))
                capitalisedBalance[Int(id)] += 2 * term.capitalised - term.occurrences
                capitalsBalance[Int(id)] += 2 * term.allCapitals - term.occurrences
                df[Int(id)] += 1
            }
            article.sort { $0.id < $1.id }
            for (id, count) in article {
                let entry = Entry(term: id, doubled: count)
                if entry.packed == Entry.escaped { escapes[entries.count] = entry }
                entries.append(entry.packed)
            }
            offsets.append(entries.count)
        }

        /// The vectors of the articles added, weighted now that every document frequency is known.
        consuming func finish() -> TermVectors {
            TermVectors(offsets: offsets, entries: entries, escapes: escapes, words: words, df: df,
                               capitalisedBalance: capitalisedBalance, capitalsBalance: capitalsBalance)
        }
    }

    /// Vectors from a builder's parts.
    private init(offsets: [Int], entries: GrowingBuffer<UInt32>, escapes: [Int: Entry], words: PackedStrings,
                 df: [Int32], capitalisedBalance: [Int], capitalsBalance: [Int]) {
        let n = Double(offsets.count - 1)
        let idf = df.map { log((n + 1) / (Double($0) + 0.5)) }
        let factors = (0..<1_024).map { 1 + log(1 + Double($0) / 2) }
        entries.shrinkToFit()
        self.idf = idf
        countFactors = factors
        self.offsets = offsets
        self.entries = entries
        self.escapes = escapes
        self.words = words
        documentFrequency = df
        self.capitalisedBalance = capitalisedBalance
        self.capitalsBalance = capitalsBalance
        norms = (0..<(offsets.count - 1)).map { i in
            sqrt((offsets[i]..<offsets[i + 1]).reduce(0) { sum, k in
                let packed = entries.elements[k]
                let entry = packed >> 24 == 255 ? escapes[k] ?? Entry(term: 0, doubled: 0)
                    : Entry(term: Int32(packed & 0xFF_FFFF), doubled: UInt16(packed >> 24))
                let w = Self.weight(entry.doubled, idf[Int(entry.term)], factors)
                return sum + w * w
            })
        }
    }

    /// `(1 + log(1 + count)) * idf` for a doubled count, the factor read from `factors` when it is there.
    @inline(__always) private static func weight(_ doubled: UInt16, _ idf: Double, _ factors: [Double]) -> Double {
        let d = Int(doubled)
        return (d < factors.count ? factors[d] : 1 + log(1 + Double(d) / 2)) * idf
    }

    /// Where article `i`'s entries lie in `termIDs`.
    func range(_ i: Int) -> Range<Int> { offsets[i]..<offsets[i + 1] }

    /// The TF-IDF weight of entry `k` of `termIDs`: `(1 + log(1 + count)) * idf`.
    @inline(__always) func weight(_ k: Int) -> Double {
        let e = entry(k)
        return Self.weight(e.doubled, idf[Int(e.term)], countFactors)
    }

    /// Number of distinct terms in the corpus.
    var vocabularySize: Int { idf.count }

    /// Dot product of article `j`'s vector with article `i`'s, spread into `dense` (see `spread`).
    /// Matching terms are added in ascending term order, as a merge of the two sorted vectors would add
    /// them, so that the result is the same to the last bit. A term article `i` lacks adds `+0.0` (its
    /// spread weight is zero and every weight is positive), which leaves the sum exactly as it was; adding
    /// it rather than testing for it saves the mispredicted branch that was most of the cost.
    ///
    /// The dense vector holds each term's idf next to article `i`'s weight, so that one cache line gives
    /// both (`dense.pairs[t]` is the weight and the idf of term `t`).
    @inline(__always) func dot(_ j: Int, with dense: DenseVector) -> Double {
        let entries = self.entries.elements
        let pairs = dense.pairs
        return countFactors.withUnsafeBufferPointer { factors in
            var sum = 0.0
            for k in offsets[j]..<offsets[j + 1] {
                let packed = entries[k]
                var t = Int(packed & 0xFF_FFFF), d = Int(packed >> 24)
                if d == 255, let escaped = escapes[k] {
                    t = Int(escaped.term)
                    d = Int(escaped.doubled)
                }
                let pair = pairs[t]
                sum += pair.x * ((d < factors.count ? factors[d] : 1 + log(1 + Double(d) / 2)) * pair.y)
            }
            return sum
        }
    }

    /// Before the `n`th of `count` comparisons with article `i` (`article(k)` being the `k`th article
    /// compared): asks for the vectors of the articles compared a little later. Each lies at a random place
    /// in memory, so the norm and offset of the article eight ahead and the first entries of the one four
    /// ahead are fetched while this one is compared (before the first comparison, those of the first eight
    /// and four), and the comparisons do not wait on the memory one after another.
    @inline(__always) func prefetchAhead(_ n: Int, of count: Int, article: (Int) -> Int) {
        if n == 0 {
            for k in 0..<min(8, count) { prefetchHeader(article(k)) }
            for k in 0..<min(4, count) { prefetchEntries(article(k)) }
        }
        if n + 8 < count { prefetchHeader(article(n + 8)) }
        if n + 4 < count { prefetchEntries(article(n + 4)) }
    }

    /// Asks for article `j`'s norm and the start of its entries to be brought into the cache: the first
    /// step of fetching a candidate's vector ahead of its comparison (`prefetchEntries` is the second).
    @inline(__always) private func prefetchHeader(_ j: Int) {
        norms.withUnsafeBufferPointer { px_prefetch($0.baseAddress.unsafelyUnwrapped + j) }
        offsets.withUnsafeBufferPointer { px_prefetch($0.baseAddress.unsafelyUnwrapped + j) }
    }

    /// Asks for the first 256 bytes of article `j`'s entries (its offset should be in the cache by now): a
    /// candidate's vector starts at a random place in memory, and the hardware only streams the rest of it
    /// once the first lines have come. A prefetch never faults, so reading past the entries is harmless.
    @inline(__always) private func prefetchEntries(_ j: Int) {
        let first = entries.base + offsets[j]
        px_prefetch(first)
        px_prefetch(first + 16)
        px_prefetch(first + 32)
        px_prefetch(first + 48)
    }

    /// Cosine similarity of article `j` with article `i`, spread into `dense` (see `dot`).
    func cosine(_ i: Int, spread dense: DenseVector, _ j: Int) -> Double {
        guard norms[i] > 0, norms[j] > 0 else { return 0 }
        return dot(j, with: dense) / (norms[i] * norms[j])
    }

    /// Writes (or, with `clear`, erases) article `i`'s weights into a dense vector.
    func spread(_ i: Int, into dense: DenseVector, clear: Bool = false) {
        for k in range(i) {
            let t = Int(term(k))
            dense.pairs[t].x = clear ? 0 : weight(k)
        }
    }

    /// A dense vector for comparing articles of these vectors: zero weights, each term's idf beside its weight.
    func makeDense() -> DenseVector {
        let dense = DenseVector(size: idf.count)
        for t in idf.indices { dense.pairs[t].y = idf[t] }
        return dense
    }

    /// Whether a term is written capitalised mid-sentence more often than not.
    private func isName(_ term: Int32) -> Bool { capitalisedBalance[Int(term)] > 0 }

    /// A term as it is usually written, for labels: NATO in capitals, names capitalised, sanctions in lower case.
    private func display(_ term: Int32) -> String {
        let text = words[Int(term)]
        if capitalsBalance[Int(term)] > 0 { return text.uppercased() }
        if capitalisedBalance[Int(term)] > 0 { return text.prefix(1).uppercased() + text.dropFirst() }
        return text
    }

    /// Terms that describe a group: weighted by how many members use them and how much, names first.
    /// For a group, only terms that at least half of the members (and two or more) share.
    func keywords(of members: [Int], limit: Int = 4) -> [String] {
        // Entries of all members by term, in member order within a term, so that sums add up in the
        // same order whatever the sort does; then summed run by run. No dictionary: a corpus has as
        // many of these groups as events.
        var entries: [(term: Int32, seq: Int32, weight: Double)] = []
        for m in members { for k in range(m) { entries.append((term(k), Int32(entries.count), weight(k))) } }
        if members.count > 1 { entries.sort { $0.term != $1.term ? $0.term < $1.term : $0.seq < $1.seq } }
        var totals: [(term: Int32, total: Double, count: Int)] = []
        for e in entries {
            if let last = totals.last, last.term == e.term {
                totals[totals.count - 1].total += e.weight
                totals[totals.count - 1].count += 1
            } else {
                totals.append((e.term, 0 + e.weight, 1))
            }
        }
        let needed = members.count == 1 ? 1 : max(2, (members.count + 1) / 2)
        let ranked = totals.compactMap { term, total, c -> (term: Int32, score: Double)? in
            guard c >= needed else { return nil }
            let coverage = Double(c) / Double(members.count)
            return (term, total * coverage * (isName(term) ? 2 : 1))
        }.sorted { $0.score > $1.score }
        // Only the best few, and those tied with the last of them, need their text (ties go by text).
        guard let cut = ranked.prefix(limit).last?.score else { return [] }
        let shown: [(text: String, score: Double)] = ranked.prefix { $0.score >= cut }.map { (display($0.term), $0.score) }
        let ordered = shown.sorted { x, y in x.score != y.score ? x.score > y.score : x.text.lowercased() < y.text.lowercased() }
        return ordered.prefix(limit).map(\.text)
    }
}

/// One article's weights spread over the whole vocabulary: working memory for comparing that article
/// with many others (made by `TermVectors.makeDense`).
final class DenseVector {
    /// By term number: the article's weight (`x`, zero for terms the article does not have) and the term's
    /// idf (`y`), side by side so that a lookup reads one cache line.
    let pairs: UnsafeMutableBufferPointer<SIMD2<Double>>

    /// A vector over a vocabulary of `size` terms, all zero.
    init(size: Int) {
        // Read at random, term by term, for every candidate: huge pages spare the TLB misses.
        let count = max(1, size)
        let raw = HugePages.allocate(byteCount: count * MemoryLayout<SIMD2<Double>>.stride)
        pairs = UnsafeMutableBufferPointer(start: raw.bindMemory(to: SIMD2<Double>.self, capacity: count), count: count)
        pairs.initialize(repeating: .zero)
    }

    deinit { pairs.deallocate() }
}
