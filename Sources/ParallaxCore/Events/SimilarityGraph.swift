import CPrefetch
import Foundation
import Synchronization

/// The sparse graph average linkage works on: each article's most similar neighbours among a few
/// candidates, never all pairs.
///
/// Candidates of an article are the articles that share one of its top terms (terms found in more
/// than `postingCap` articles' top lists are skipped), that fall in one of its MinHash buckets (near
/// copies), or that share word runs with it. Each article scores its own candidates, so the work
/// splits over the cores without locks and without a set of all pairs in memory.
struct SimilarityGraph {
    /// The vectors to compare.
    let vectors: TermVectors
    /// Shared word runs.
    let passages: RunPartners
    /// How many of its top terms an article is found by.
    var topTerms = 20
    /// Most articles found through top terms that one article is compared with (see `candidates`).
    var maxCandidates = 64

    /// The articles article `i` is compared with besides its run partners (scored beforehand, see
    /// `PartnerScores`): all that share runs or a MinHash bucket with it, and of
    /// those that share top terms, the `maxCandidates` that share the most (a term counts more the fewer
    /// articles post it). Articles of one event share several rare top terms; one common term shared is
    /// chance. The cut bounds the comparisons per article whatever the corpus: it is what keeps grouping
    /// linear once terms are posted by dozens of articles each.
    private func candidates(of i: Int, top: (offsets: [Int], terms: [Int32]), byTerm: Postings, buckets: NearCopyBuckets,
                            scratch: Scratch) -> [Int32] {
        let me = Int32(i)
        var sure: [Int32] = []
        // Run partners are always compared, but their scores come from `PartnerScores`: only marked here.
        for k in passages.partnerRange(of: i) {
            let partner = passages.partner(k)
            scratch.seen[Int(partner.article)] = me
            scratch.votes[Int(partner.article)] = -1
        }
        // Bucket mates are gathered first, each one's sketch and signature asked for as it is met (they lie
        // at random places in memory), and checked after: the checks then find them in the cache. A mate
        // met in several buckets is gathered each time and checked until it passes, as when checked at once.
        scratch.mates.removeAll(keepingCapacity: true)
        for group in buckets.postings.groups(containing: i) {
            for j in buckets.postings.members(ofGroup: group) where j != me && scratch.seen[Int(j)] != me {
                buckets.prefetch(Int(j))
                scratch.mates.append(j)
            }
        }
        for j in scratch.mates where scratch.seen[Int(j)] != me {
            // A bucket mate whose whole signature says it is no near copy is left to the top terms.
            guard buckets.nearCopies(i, Int(j)) else { continue }
            scratch.seen[Int(j)] = me
            scratch.votes[Int(j)] = -1
            sure.append(j)
        }
        var voted: [Int32] = []
        for k in top.offsets[i]..<top.offsets[i + 1] {
            let list = byTerm.members(of: UInt32(top.terms[k]))
            let vote = Int32(65_536 / max(1, list.count))
            for j in list where j != me {
                if scratch.seen[Int(j)] != me {
                    scratch.seen[Int(j)] = me
                    scratch.votes[Int(j)] = 0
                    voted.append(j)
                } else if scratch.votes[Int(j)] < 0 {
                    continue
                }
                scratch.votes[Int(j)] += vote
            }
        }
        if voted.count > maxCandidates {
            voted.sort { scratch.votes[Int($0)] != scratch.votes[Int($1)] ? scratch.votes[Int($0)] > scratch.votes[Int($1)] : $0 < $1 }
            voted.removeLast(voted.count - maxCandidates)
        }
        return sure + voted
    }

    /// Each article's top terms (found in other articles too, by weight, ties by term number), flat.
    private func topTermLists() -> (offsets: [Int], terms: [Int32]) {
        let lists = Self.chunked(vectors.count) { i -> [Int32] in
            var entries: [(term: Int32, weight: Double)] = []
            for k in vectors.range(i) where vectors.documentFrequency[Int(vectors.term(k))] > 1 {
                entries.append((vectors.term(k), vectors.weight(k)))
            }
            entries.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.term < $1.term }
            return entries.prefix(topTerms).map(\.term)
        }
        var offsets = [0]
        var terms: [Int32] = []
        for list in lists { terms += list; offsets.append(terms.count) }
        return (offsets, terms)
    }

    /// Articles by top term, only for terms in 2 to `cap` top lists: a term in a large share of the
    /// corpus says little about events and would make every pair a candidate (the quadratic case).
    private func postings(_ top: (offsets: [Int], terms: [Int32]), cap: Int) -> Postings {
        var keys: [UInt64] = []
        keys.reserveCapacity(top.terms.count)
        for i in 0..<vectors.count {
            for k in top.offsets[i]..<top.offsets[i + 1] { keys.append(UInt64(UInt32(top.terms[k])) << 32 | UInt64(i)) }
        }
        return Postings(keys, sizes: 2...cap)
    }

    /// Articles whose MinHash signatures agree on a whole band: with 8 bands of 4 rows, pairs whose
    /// term sets overlap by 80% are found almost surely (98%), pairs at 20% rarely (1%). Near copies
    /// share nearly all their words, so every one of their terms may be too common to post; buckets
    /// find them whatever their number (up to 200 a bucket).
    ///
    /// A band is four hashes, so chance fills buckets too: two unrelated news articles share most of their
    /// common words ("government", "said", "minister"), and at a 30% overlap one pair in sixteen agrees on
    /// some band — at 100,000 articles, a couple of hundred bucket mates for every article. So the whole
    /// 32-hash signatures are kept, and a bucket mate counts as a near copy only when at least half of
    /// them agree (see `NearCopyBuckets.nearCopies`).
    private func nearCopyBuckets(bands: Int = 8, rows: Int = 4) -> NearCopyBuckets {
        let hashes = bands * rows
        // Fixed odd multipliers and offsets: the same corpus always gives the same buckets.
        let multipliers = (0..<hashes).map { UInt64(0x9E37_79B9_7F4A_7C15) &* UInt64(2 * $0 + 1) | 1 }
        let offsets = (0..<hashes).map { UInt64(0xBF58_476D_1CE4_E5B9) &* UInt64($0 + 7) }
        let parts = Self.chunked(vectors.count) { index -> (keys: [UInt64], signature: [UInt32]) in
            guard vectors.range(index).count >= 5 else { return ([], []) }
            var signature = [UInt64](repeating: .max, count: hashes)
            for k in vectors.range(index) {
                let x = UInt64(vectors.term(k)) &+ 1
                for h in 0..<hashes {
                    let value = (x &* multipliers[h] &+ offsets[h]) >> 7
                    if value < signature[h] { signature[h] = value }
                }
            }
            let keys = (0..<bands).map { band in
                var key = UInt64(band) &+ 0x9E37_79B9_7F4A_7C15
                for r in 0..<rows { key = (key ^ signature[band * rows + r]) &* 0xBF58_476D_1CE4_E5B9; key ^= key >> 29 }
                // The bucket in the high 32 bits, the article in the low ones.
                return key & 0xFFFF_FFFF_0000_0000 | UInt64(index)
            }
            return (keys, signature.map { UInt32(truncatingIfNeeded: $0) })
        }
        var signatures = [UInt32](repeating: 0, count: parts.count * hashes)
        for (index, part) in parts.enumerated() where !part.signature.isEmpty {
            for h in 0..<hashes { signatures[index * hashes + h] = part.signature[h] }
        }
        return NearCopyBuckets(postings: Postings(parts.flatMap(\.keys), sizes: 2...200), signatures: signatures,
                               hashes: hashes)
    }

    /// Each article's most similar neighbours among the candidates: its `neighbours` strongest that reach
    /// `floor`. Average linkage counts a missing edge as zero, so weak edges hardly change it, and keeping
    /// a few per article bounds the work on any corpus.
    ///
    /// Articles are scored in the order given (by date): an event's articles have mostly the same
    /// candidates, so their vectors are read again while still in the processor's cache. Each article's
    /// list depends only on the article, so the order changes nothing else.
    func strongestNeighbours(neighbours: Int, floor: Double, order: [Int32]) -> NeighbourLists {
        let count = vectors.count
        var trace = PhaseTrace()
        let top = topTermLists()
        let byTerm = postings(top, cap: max(10, min(64, count / 20)))
        let buckets = nearCopyBuckets()
        trace.mark("  candidates")
        let partnerScores = scorePartners(order: order)
        trace.mark("  partner scores")
        let parts = Self.inChunks(count, scratch: { Scratch(count: count, dense: vectors.makeDense()) }) { positions, scratch in
            var part = NeighbourLists.Part(room: positions.count, neighbours: neighbours)
            for p in positions {
                let i = Int(order[p])
                part.add(i, strongest(of: i, top: top, byTerm: byTerm, buckets: buckets, partnerScores: partnerScores,
                                      scratch: scratch, neighbours: neighbours, floor: floor))
            }
            return part
        }
        trace.mark("  scores")
        return NeighbourLists(parts, count: count)
    }

    /// Article `i`'s `neighbours` most similar candidates reaching `floor`, strongest first (ties by article).
    private func strongest(of i: Int, top: (offsets: [Int], terms: [Int32]), byTerm: Postings, buckets: NearCopyBuckets,
                           partnerScores: PartnerScores, scratch: Scratch, neighbours: Int,
                           floor: Double) -> ArraySlice<(other: Int32, score: Double)> {
        let candidates = candidates(of: i, top: top, byTerm: byTerm, buckets: buckets, scratch: scratch)
        var scored: [(other: Int32, score: Double)] = []
        for k in passages.partnerRange(of: i) {
            let j = passages.partner(k).article
            let s = partnerScores.score(i, Int(j), entry: k, passages: passages)
            if s >= floor { scored.append((j, s)) }
        }
        vectors.spread(i, into: scratch.dense)
        for (n, j) in candidates.enumerated() {
            vectors.prefetchAhead(n, of: candidates.count) { Int(candidates[$0]) }
            // No runs shared: no bonus (`RunPartners.bonus` of 0 runs is 0, and adding 0 changes nothing).
            let s = min(1, vectors.cosine(i, spread: scratch.dense, Int(j)))
            if s >= floor { scored.append((j, s)) }
        }
        vectors.spread(i, into: scratch.dense, clear: true)
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.other < $1.other }
        return scored.prefix(neighbours)
    }

    /// Every run partner pair's score (cosine plus the runs' bonus), worked out once, from the lower
    /// article of the pair, on every core; articles are taken in the order given, as the scoring takes them.
    private func scorePartners(order: [Int32]) -> PartnerScores {
        let scores = PartnerScores(passages)
        let count = vectors.count
        _ = Self.inChunks(count, scratch: { vectors.makeDense() }) { positions, dense in
            for p in positions {
                let i = Int(order[p])
                let upper = PartnerScores.upperEntries(of: i, passages: passages)
                guard !upper.isEmpty else { continue }
                vectors.spread(i, into: dense)
                for k in upper {
                    vectors.prefetchAhead(k - upper.lowerBound, of: upper.count) { Int(passages.partner(upper.lowerBound + $0).article) }
                    let partner = passages.partner(k)
                    let j = Int(partner.article)
                    scores.set(min(1, vectors.cosine(i, spread: dense, j) + passages.bonus(i, j, runs: Int(partner.runs))),
                               article: i, entry: k)
                }
                vectors.spread(i, into: dense, clear: true)
            }
            return 0
        }
        return scores
    }

    /// Per-thread working memory: a dense weight array over the vocabulary and marks over articles.
    final class Scratch {
        /// One article's weights by term number.
        let dense: DenseVector
        /// The article whose candidate list last included each article (deduplication without a set).
        var seen: [Int32]
        /// How strongly each article was found through the current article's top terms; -1 for
        /// articles found through runs or buckets, which are always compared.
        var votes: [Int32]
        /// The current article's bucket mates, gathered before they are checked.
        var mates: [Int32] = []

        /// Scratch for `count` articles, with a dense vector over the vocabulary (`TermVectors.makeDense`).
        init(count: Int, dense: DenseVector) {
            self.dense = dense
            seen = Array(repeating: -1, count: count)
            votes = Array(repeating: 0, count: count)
        }

    }

    /// `body` over chunks of `0..<count` on every core, one result per chunk, in order; each chunk makes its
    /// own scratch.
    static func inChunks<T: Sendable, S>(_ count: Int, scratch: @Sendable () -> S,
                                        _ body: @Sendable (Range<Int>, S) -> T) -> [T] {
        let workers = ProcessInfo.processInfo.activeProcessorCount
        let chunks = count < 2_048 ? 1 : min(count, workers * 4)
        let size = (count + chunks - 1) / max(1, chunks)
        guard chunks > 1 else { return [body(0..<count, scratch())] }
        let parts = Mutex<[T?]>(Array(repeating: nil, count: chunks))
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let part = body((c * size)..<min(count, (c + 1) * size), scratch())
            parts.withLock { $0[c] = part }
        }
        return parts.withLock { $0.compactMap { $0 } }
    }

    /// `body(0..<count)` on every core, in order, without scratch.
    static func chunked<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        chunked(count, scratch: { () }) { i, _ in body(i) }
    }

    /// `body(0..<count)` on every core, in order; each chunk makes its own scratch.
    static func chunked<T: Sendable, S>(_ count: Int, scratch: @Sendable () -> S, _ body: @Sendable (Int, S) -> T) -> [T] {
        let workers = ProcessInfo.processInfo.activeProcessorCount
        let chunks = count < 2_048 ? 1 : min(count, workers * 4)
        let size = (count + chunks - 1) / max(1, chunks)
        guard chunks > 1 else {
            let s = scratch()
            return (0..<count).map { body($0, s) }
        }
        let parts = Mutex<[[T]]>(Array(repeating: [], count: chunks))
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let s = scratch()
            let part = ((c * size)..<min(count, (c + 1) * size)).map { body($0, s) }
            parts.withLock { $0[c] = part }
        }
        return parts.withLock { $0.flatMap { $0 } }
    }
}

/// The scores of pairs of articles that share runs, each pair's worked out once: by its lower article
/// (run partner lists are symmetric, and a pair's cosine and bonus are the same to the bit from either
/// side — the same products of the shared terms, added in ascending term order — so the higher article
/// reads its score here instead of working it out again).
///
/// Article `i`'s partners above `i` are the end of its ascending partner list; their scores are stored
/// in that order, article after article, which is half the room of a score per partner entry.
final class PartnerScores: @unchecked Sendable {
    /// Start of each article's scores in `values`; one more entry than articles.
    private let starts: [Int]
    /// Each article's first partner entry above it (see `upperEntries`).
    private let upperFirst: [Int]
    /// The scores. Each is written once by `set`, by the one thread scoring its article, before any is
    /// read — which is why sharing the memory across threads is safe.
    private let values: UnsafeMutableBufferPointer<Double>

    /// Room for every pair of `passages`.
    init(_ passages: RunPartners) {
        var starts = [0], upperFirst: [Int] = []
        starts.reserveCapacity(passages.count + 1)
        upperFirst.reserveCapacity(passages.count)
        for i in 0..<passages.count {
            let upper = Self.upperEntries(of: i, passages: passages)
            upperFirst.append(upper.lowerBound)
            starts.append(starts[i] + upper.count)
        }
        self.starts = starts
        self.upperFirst = upperFirst
        values = .allocate(capacity: max(1, starts[passages.count]))
        values.initialize(repeating: 0)
    }

    deinit { values.deallocate() }

    /// The entries of article `i`'s partner list whose partner is above `i`: the end of the ascending list.
    static func upperEntries(of i: Int, passages: RunPartners) -> Range<Int> {
        let range = passages.partnerRange(of: i)
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(passages.partner(mid).article) <= i { lo = mid + 1 } else { hi = mid }
        }
        return lo..<range.upperBound
    }

    /// Records the score of article `i`'s partner entry `entry`, one of `upperEntries(of: i)`.
    func set(_ score: Double, article i: Int, entry: Int) {
        let at = starts[i] + (entry - upperFirst[i])
        precondition(at >= starts[i] && at < starts[i + 1], "partner entry \(entry) is not above article \(i)")
        // Safe: checked just above to lie in article `i`'s scores, inside the allocation.
        values[at] = score
    }

    /// The score of article `i` with its partner `j`, partner entry `entry` of `i`: stored by `i` when `j` is
    /// above it, else found in `j`'s scores.
    func score(_ i: Int, _ j: Int, entry: Int, passages: RunPartners) -> Double {
        if j > i { return values[starts[i] + (entry - upperFirst[i])] }
        // `i` is among `j`'s partners above `j`, which are ascending.
        var lo = upperFirst[j], hi = passages.partnerRange(of: j).upperBound
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(passages.partner(mid).article) < i { lo = mid + 1 } else { hi = mid }
        }
        assert(lo < passages.partnerRange(of: j).upperBound && Int(passages.partner(lo).article) == i, "run partners are not symmetric")
        return values[starts[j] + (lo - upperFirst[j])]
    }
}

/// MinHash buckets of near copies, with every article's whole signature to check a bucket mate against.
struct NearCopyBuckets {
    /// Articles by band key (buckets of 2 to 200).
    let postings: Postings
    /// Each article's signature, `hashes` values in a row (the low 32 bits of each minimum); zero for an
    /// article too short to have one (it is in no bucket).
    let signatures: [UInt32]
    /// Values in a signature.
    let hashes: Int
    /// The low byte of each signature value, 32 to a sketch held in four words (when signatures have 32
    /// values; else empty). Two values that agree have the same low byte, so a sketch never counts fewer
    /// agreements than the signature: fewer than half in the sketch rules a pair out from 32 bytes in one
    /// cache line, and only the few pairs left are counted on the whole signatures.
    private let sketches: [UInt64]

    /// Buckets and the signatures they came from (`hashes` values an article, in a row).
    init(postings: Postings, signatures: [UInt32], hashes: Int) {
        self.postings = postings
        self.signatures = signatures
        self.hashes = hashes
        guard hashes == 32 else {
            sketches = []
            return
        }
        var sketches = [UInt64](repeating: 0, count: signatures.count / 8)
        for (h, value) in signatures.enumerated() {
            sketches[h / 8] |= UInt64(value & 0xFF) << UInt64(8 * (h % 8))
        }
        self.sketches = sketches
    }

    /// How many of a word's eight bytes are zero (exactly: no carry crosses a byte).
    @inline(__always) static func zeroBytes(_ x: UInt64) -> Int {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        // A byte's top bit ends up set exactly when the byte was zero.
        let y = ~(((x & low) &+ low) | x | low)
        return y.nonzeroBitCount
    }

    /// Asks for article `j`'s sketch and the first half of its signature to be brought into the cache.
    @inline(__always) func prefetch(_ j: Int) {
        if !sketches.isEmpty { sketches.withUnsafeBufferPointer { px_prefetch($0.baseAddress.unsafelyUnwrapped + j * 4) } }
        signatures.withUnsafeBufferPointer { px_prefetch($0.baseAddress.unsafelyUnwrapped + j * hashes) }
    }

    /// Whether articles `i` and `j` agree on at least half of their signatures: their term sets overlap
    /// by about half or more. Near copies (80% and more) pass almost surely (a 32-hash signature of an
    /// 80% overlap agrees on fewer than 16 values about three times in a hundred thousand); unrelated
    /// articles at a 30% overlap that happened to agree on one band pass about one time in ten, and
    /// buckets hold mostly those.
    @inline(__always) func nearCopies(_ i: Int, _ j: Int) -> Bool {
        if !sketches.isEmpty {
            var same = 0
            for w in 0..<4 { same += Self.zeroBytes(sketches[i * 4 + w] ^ sketches[j * 4 + w]) }
            if 2 * same < hashes { return false }
        }
        // Counted without a branch per value: whether values agree is a coin toss to the branch predictor.
        var agree = 0
        for h in 0..<hashes { agree += signatures[i * hashes + h] == signatures[j * hashes + h] ? 1 : 0 }
        return 2 * agree >= hashes
    }
}

/// Groups of articles under 32-bit keys, from `key << 32 | article` values: sorted once, kept flat.
struct Postings {
    /// Members of all kept groups, group after group, ascending within a group.
    private let members: [Int32]
    /// Start of each kept group in `members`; one more entry than groups.
    private let starts: [Int]
    /// The key of each kept group, ascending.
    private let keys: [UInt32]
    /// Start of each article's group list in `groupsOfArticle`; one more entry than articles.
    private let articleStarts: [Int]
    /// For each article, the kept groups it belongs to.
    private let groupsOfArticle: [Int32]

    /// Groups `values` by key, keeping groups whose size is in `sizes`.
    init(_ values: [UInt64], sizes: ClosedRange<Int>) {
        let sorted = values.sorted()
        var members: [Int32] = [], starts = [0], keys: [UInt32] = []
        var memberships: [UInt64] = []
        var k = 0
        while k < sorted.count {
            var end = k + 1
            while end < sorted.count, sorted[end] >> 32 == sorted[k] >> 32 { end += 1 }
            // An article twice under one key (a duplicated term) counts once.
            var group: [Int32] = []
            for v in sorted[k..<end] where group.last != Int32(truncatingIfNeeded: v) { group.append(Int32(truncatingIfNeeded: v)) }
            if sizes.contains(group.count) {
                for m in group { memberships.append(UInt64(UInt32(m)) << 32 | UInt64(keys.count)) }
                members += group
                starts.append(members.count)
                keys.append(UInt32(sorted[k] >> 32))
            }
            k = end
        }
        memberships.sort()
        let articles = Int(values.map { $0 & 0xFFFF_FFFF }.max() ?? 0) + 1
        var articleStarts = [Int](repeating: 0, count: articles + 1)
        for m in memberships { articleStarts[Int(m >> 32) + 1] += 1 }
        for a in 0..<articles { articleStarts[a + 1] += articleStarts[a] }
        self.members = members
        self.starts = starts
        self.keys = keys
        self.articleStarts = articleStarts
        groupsOfArticle = memberships.map { Int32(truncatingIfNeeded: $0) }
    }

    /// Members of the kept group under `key` (empty when there is none).
    func members(of key: UInt32) -> ArraySlice<Int32> {
        var lo = 0, hi = keys.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if keys[mid] < key { lo = mid + 1 } else { hi = mid }
        }
        guard lo < keys.count, keys[lo] == key else { return [] }
        return members(ofGroup: Int32(lo))
    }

    /// Members of kept group number `group`.
    func members(ofGroup group: Int32) -> ArraySlice<Int32> {
        members[starts[Int(group)]..<starts[Int(group) + 1]]
    }

    /// The kept groups an article belongs to.
    func groups(containing article: Int) -> ArraySlice<Int32> {
        guard article + 1 < articleStarts.count else { return [] }
        return groupsOfArticle[articleStarts[article]..<articleStarts[article + 1]]
    }
}
