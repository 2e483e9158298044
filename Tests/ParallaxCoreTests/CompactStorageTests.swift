import Foundation
import Testing
@testable import ParallaxCore

/// The flat buffers that let an index regroup 100,000 articles in little memory: they hold what was put
/// in, and the compact forms give what the plain ones give.
struct CompactStorageTests {
    @Test func aGrowingBufferKeepsEveryValueInOrderAcrossGrowths() {
        let buffer = GrowingBuffer<Int32>(capacity: 1)
        for n in 0..<10_000 { buffer.append(Int32(n * 3)) }
        #expect(buffer.count == 10_000)
        #expect(buffer.array == (0..<10_000).map { Int32($0 * 3) })
        buffer[5] = -1
        #expect(buffer.elements[5] == -1)
        buffer.truncate(to: 4)
        buffer.shrinkToFit()
        #expect(buffer.array == [0, 3, 6, 9])
    }

    @Test func packedStringsReadBackExactlyIncludingEmptyAndNonASCII() {
        let strings = ["", "bbc-style", "café/naïve", "e\u{301}", String(repeating: "long ", count: 50)]
        let packed = PackedStrings()
        for s in strings { packed.append(s) }
        #expect(packed.count == strings.count)
        for (i, s) in strings.enumerated() {
            #expect(packed[i] == s)
            #expect(Array(packed.utf8(i)) == Array(s.utf8), "the very bytes, not just an equal string")
        }
    }

    @Test func theInternerNumbersEachTextOnceAndKnowsCanonicallyEqualTexts() {
        var interner = TextInterner()
        let composed = "Andr\u{E9}", decomposed = "Andre\u{301}"
        var ids: [Int32] = []
        for n in 0..<3_000 { ids.append(interner.intern("name \(n % 1_000)")) }
        #expect(ids[0] == ids[1_000] && ids[999] == ids[2_999])
        #expect(interner.count == 1_000)
        let a = interner.intern(composed), b = interner.intern(decomposed)
        #expect(a != b, "different bytes are different texts")
        #expect(interner.strings[Int(b)].utf8.elementsEqual(decomposed.utf8))
        #expect(interner.canonical[Int(b)] == a, "but one key, as a String dictionary has")
        #expect(interner.canonical[Int(a)] == a)
    }

    @Test func mentionsReadFromStoredBytesAreTheDecodedMentions() throws {
        let found = [
            FoundMention(rawRange: 10..<21, text: "Ilse Varga", type: .person, role: "port director"),
            FoundMention(rawRange: 40..<47, text: "Velmora", type: .gpe),
            FoundMention(rawRange: 30..<35, text: "Varga", type: .person),
            FoundMention(rawRange: 30..<33, text: "Var", type: .org),
        ]
        var table = MentionTable()
        let bytes = MentionCoding.encode(found)
        let read = bytes.withUnsafeBytes { table.appendFound($0) }
        table.endArticle(source: "Tidewater Daily", event: 2)
        #expect(read.ok)
        #expect(table.range(0).map { table.text($0) } == found.map(\.text))
        #expect(table.range(0).map { table.type($0) } == found.map(\.type))
        #expect(table.range(0).map { table.role($0) } == found.map(\.role))
        let sorted = found.indices.sorted { (found[$0].rawRange.lowerBound, found[$0].rawRange.upperBound)
            < (found[$1].rawRange.lowerBound, found[$1].rawRange.upperBound) }
        #expect(read.reordered.map { $0.map(Int.init) } == sorted, "out of order: listed as an EntityIndex lists them")
        #expect(table.event(0) == 2)
    }

    @Test func damagedMentionBytesGiveTheArticleNoMentionsAsDecodingDoes() {
        let bytes = MentionCoding.encode([FoundMention(rawRange: 0..<5, text: "Varga", type: .person),
                                          FoundMention(rawRange: 9..<16, text: "Velmora", type: .gpe)])
        for length in 0..<bytes.count {
            var table = MentionTable()
            let cut = Array(bytes.prefix(length))
            let read = cut.withUnsafeBytes { table.appendFound($0) }
            table.endArticle(source: "s", event: nil)
            #expect(read.ok == (MentionCoding.decodeFound(cut) != nil))
            #expect(table.range(0).count == (MentionCoding.decodeFound(cut)?.count ?? 0))
        }
    }

    @Test func runPartnersFindWhatSharedPassagesFinds() throws {
        let articles = try TestSupport.load("outlets").articles
        let features = articles.map(GroupingFeatures.init)
        let passages = SharedPassages(features)
        let partners = RunPartners(features.map(\.runs))
        for i in features.indices {
            for j in features.indices where i != j {
                #expect(partners.shared(i, j) == passages.shared(i, j), "\(articles[i].id) \(articles[j].id)")
                let runs = partners.shared(i, j)
                #expect(partners.bonus(i, j, runs: runs) == passages.bonus(i, j, runs: runs))
            }
            let listed = partners.partnerRange(of: i).map { Int(partners.partner($0).article) }
            #expect(listed == listed.sorted())
        }
    }

    @Test func aRunPartnerPairHasTheSameScoreFromEitherArticle() throws {
        let quote = "\u{201C}We will not accept any attempt to change the border by force, and we will answer it,\u{201D}"
        let other = "\"Our patience with these repeated provocations along the river is running out,\""
        let fillers = ["the minister said on Monday after talks in the capital",
                       "a spokesman told reporters at a briefing late on Tuesday",
                       "the foreign ministry said in a statement on its website",
                       "officials said after an emergency meeting of the cabinet"]
        var articles = try TestSupport.load("outlets").articles
        for (n, filler) in fillers.enumerated() {
            articles.append(TestSupport.parse("""
            Border Warning \(n)

            \(quote) \(filler). \(n % 2 == 0 ? other : "Talks are planned for next week.") Troops were seen \(n) kilometres away.
            """, path: "quote-\(n).txt"))
        }
        var input = GroupingInput(articles.map(GroupingFeatures.init))
        let (builder, runs) = input.takeVectorsAndRuns()
        let vectors = builder.finish()
        let partners = RunPartners(runs)
        let scores = PartnerScores(partners)
        let dense = vectors.makeDense()
        func direct(_ i: Int, _ j: Int, runs: Int) -> Double {
            vectors.spread(i, into: dense)
            defer { vectors.spread(i, into: dense, clear: true) }
            return min(1, vectors.cosine(i, spread: dense, j) + partners.bonus(i, j, runs: runs))
        }
        for i in 0..<partners.count {
            for k in PartnerScores.upperEntries(of: i, passages: partners) {
                let p = partners.partner(k)
                #expect(Int(p.article) > i)
                scores.set(direct(i, Int(p.article), runs: Int(p.runs)), article: i, entry: k)
            }
        }
        var pairs = 0
        for i in 0..<partners.count {
            for k in partners.partnerRange(of: i) {
                let p = partners.partner(k)
                let j = Int(p.article)
                // Bit for bit: the stored score was worked out from the lower article, this from `i`.
                #expect(scores.score(i, j, entry: k, passages: partners) == direct(i, j, runs: Int(p.runs)))
                #expect(direct(i, j, runs: Int(p.runs)) == direct(j, i, runs: Int(p.runs)))
                pairs += 1
            }
        }
        #expect(pairs >= 4, "the fixture's outlets share quotes")
    }

    @Test func neighbourListsScoredInAnyOrderComeBackByArticle() {
        var late = NeighbourLists.Part(), early = NeighbourLists.Part()
        late.add(2, [(0, 0.5)])
        late.add(0, [(2, 0.5), (1, 0.25)])
        early.add(1, [])
        let lists = NeighbourLists([late, early], count: 3)
        #expect(lists.range(0).map { lists.neighbour($0).other } == [2, 1])
        #expect(lists.range(1).isEmpty)
        #expect(lists.contains(2, 0) && !lists.contains(1, 0))
        var edges: [String] = []
        lists.forEachEdge { a, b, s in edges.append("\(a)-\(b) \(s)") }
        #expect(edges == ["0-2 0.5", "0-1 0.25"], "each pair once, the smaller article first")
    }

    @Test func compactLabelsAreTheLabelsOfTheEntityIndex() throws {
        let corpus = try TestSupport.load("outlets")
        let input = corpus.articles.enumerated().map { a, article in
            ArticleMentions(articleID: article.id, source: article.metadata.outletName ?? article.id, event: a % 3,
                            mentions: corpus.entities.mentions(in: article.id).map {
                                FoundMention(rawRange: $0.rawRange, text: $0.text, type: $0.type)
                            })
        }
        let table = MentionTable(input)
        let linked = EntityLinker().link(table)
        let index = linked.index(input)
        #expect(index == EntityLinker().link(input))
        let labels = EventLabels(linked: linked, starts: table.starts)
        for event in corpus.events {
            let positions = event.articleIDs.compactMap { id in input.firstIndex { $0.articleID == id } }
            let expected = EventLabeler.label(event, entities: index, articleCount: input.count).map(\.name)
            #expect(labels.label(positions, articleCount: input.count) == expected, "\(event.id)")
        }
    }
}

/// The word trick that counts agreeing signature bytes.
struct NearCopySketchTests {
    @Test func zeroBytesCountsExactlyTheZeroBytesOfAWord() {
        var rng = SystemRandomNumberGenerator()
        var words: [UInt64] = [0, .max, 0x0100_0000_0000_0080, 0x8000_0000_0000_0001, 0x7F7F_7F7F_7F7F_7F7F, 0x0101_0101_0101_0101]
        for _ in 0..<2_000 {
            // Words with many zero bytes and bytes near the carry boundaries (0x01, 0x7F, 0x80, 0xFF).
            var w: UInt64 = 0
            for b in 0..<8 { w |= UInt64([0, 0, 1, 0x7F, 0x80, 0xFF, UInt8.random(in: 0...255, using: &rng)].randomElement(using: &rng) ?? 0) << UInt64(8 * b) }
            words.append(w)
        }
        for w in words {
            let naive = (0..<8).filter { (w >> UInt64(8 * $0)) & 0xFF == 0 }.count
            #expect(NearCopyBuckets.zeroBytes(w) == naive, "\(String(w, radix: 16))")
        }
    }

    @Test func theSketchNeverRulesOutAPairTheWholeSignaturesKeep() {
        var rng = SystemRandomNumberGenerator()
        // Article 0 and 200 others agreeing on 0–32 of its values; disagreeing values often share the low
        // byte (the sketch then counts more than agree, which it may; never fewer).
        var signatures = (0..<32).map { _ in UInt32.random(in: 0...UInt32.max, using: &rng) }
        var expected: [Bool] = []
        for n in 0..<200 {
            let agreeing = n % 33
            for h in 0..<32 {
                let base = signatures[h]
                signatures.append(h < agreeing ? base : n % 2 == 0 ? base ^ 0x100 : base &+ 1)
            }
            expected.append(2 * agreeing >= 32)
        }
        let buckets = NearCopyBuckets(postings: Postings([], sizes: 2...200), signatures: signatures, hashes: 32)
        for n in 0..<200 { #expect(buckets.nearCopies(0, n + 1) == expected[n], "\(n % 33) agreeing") }
    }
}

/// The heap average linkage merges from.
struct MaxHeapTests {
    @Test func popsComeBestFirstTiesByPairWhetherPushedOrArrangedAtOnce() {
        var rng = SystemRandomNumberGenerator()
        // Few distinct scores, so that many entries tie and are ordered by pair.
        let entries = (0..<5_000).map { _ in
            MaxHeap.Entry(score: Double(Int.random(in: 0..<40, using: &rng)) / 8,
                          a: Int32.random(in: 0..<300, using: &rng), b: Int32.random(in: 0..<300, using: &rng))
        }
        let sorted = entries.sorted(by: MaxHeap.before)
        var pushed = MaxHeap()
        for e in entries { pushed.push(e.score, Int(e.a), Int(e.b)) }
        var arranged = MaxHeap(entries)
        for expected in sorted {
            let p = pushed.pop(), q = arranged.pop()
            #expect(p.map { [$0.score, Double($0.a), Double($0.b)] } == [expected.score, Double(expected.a), Double(expected.b)])
            #expect(q.map { [$0.score, Double($0.a), Double($0.b)] } == [expected.score, Double(expected.a), Double(expected.b)])
        }
        #expect(pushed.pop() == nil && arranged.pop() == nil)
    }
}

/// Large tables read at random live in huge-page-aligned memory.
struct HugePagesTests {
    @Test func largeBlocksAreAlignedToAHugePageAndSmallOnesAreOrdinary() {
        let large = HugePages.allocate(byteCount: 3 << 20)
        defer { large.deallocate() }
        #expect(Int(bitPattern: large) % HugePages.size == 0)
        // The whole rounded-up block is usable.
        large.initializeMemory(as: UInt8.self, repeating: 7, count: 4 << 20)
        #expect(large.load(fromByteOffset: (4 << 20) - 1, as: UInt8.self) == 7)
        let small = HugePages.allocate(byteCount: 1_000)
        defer { small.deallocate() }
        #expect(Int(bitPattern: small) % 64 == 0)
    }
}
