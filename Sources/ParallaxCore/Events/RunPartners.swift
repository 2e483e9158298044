/// For each article, the articles it shares sampled word runs with and how many: what `SharedPassages`
/// finds, found with less memory.
///
/// `SharedPassages` lists every pair of articles once per run they share and sorts that list; at
/// 100,000 articles the list and its sort take a few hundred megabytes at once. Here the runs kept
/// (those found in 2 to `SharedPassages.maxPostings` articles) are numbered, and each article counts
/// its partners over its own runs with a scratch array, so the only large arrays are the postings
/// (eight bytes a sampled run) and the result. The postings, groups and counts are the same as there,
/// and so are the partner lists, ascending, and the bonus.
struct RunPartners {
    /// Start of each article's partners in `partnerArticles` and `partnerRuns`; one more entry than articles.
    private let offsets: [Int]
    /// Each article's partners, ascending, and the number of sampled runs shared with each.
    private let partnerArticles: GrowingBuffer<Int32>
    private let partnerRuns: GrowingBuffer<Int32>
    /// Each article's sampling rate (see `RunSample`).
    private let rates: [Double]

    /// Finds shared runs among the articles' run samples.
    init(_ runs: [RunSample]) {
        let (groupStarts, members) = Self.sharedRuns(runs)
        // Each article's runs (kept groups), ascending.
        var articleStarts = [Int](repeating: 0, count: runs.count + 1)
        for m in members { articleStarts[Int(m) + 1] += 1 }
        for a in 0..<runs.count { articleStarts[a + 1] += articleStarts[a] }
        var fill = articleStarts
        var groupsOf = [Int32](repeating: 0, count: members.count)
        for g in 0..<(groupStarts.count - 1) {
            for k in groupStarts[g]..<groupStarts[g + 1] {
                let a = Int(members[k])
                groupsOf[fill[a]] = Int32(g)
                fill[a] += 1
            }
        }
        var offsets = [0]
        offsets.reserveCapacity(runs.count + 1)
        let articles = GrowingBuffer<Int32>(capacity: max(16, members.count))
        let shared = GrowingBuffer<Int32>(capacity: max(16, members.count))
        var counts = [Int32](repeating: 0, count: runs.count)
        var touched: [Int32] = []
        for a in 0..<runs.count {
            touched.removeAll(keepingCapacity: true)
            for g in groupsOf[articleStarts[a]..<articleStarts[a + 1]] {
                for j in members[groupStarts[Int(g)]..<groupStarts[Int(g) + 1]] where Int(j) != a {
                    if counts[Int(j)] == 0 { touched.append(j) }
                    counts[Int(j)] += 1
                }
            }
            touched.sort()
            for j in touched {
                articles.append(j)
                shared.append(counts[Int(j)])
                counts[Int(j)] = 0
            }
            offsets.append(articles.count)
        }
        articles.shrinkToFit()
        shared.shrinkToFit()
        self.offsets = offsets
        partnerArticles = articles
        partnerRuns = shared
        rates = runs.map(\.rate)
    }

    /// The runs found in 2 to `SharedPassages.maxPostings` articles, as groups of ascending articles:
    /// members of group `g` are `members[starts[g]..<starts[g + 1]]`.
    ///
    /// As in `SharedPassages`, a run is the top of its hash above the article's bits: cutting the hash to
    /// 40-odd bits can make runs of different articles look alike by chance, a few hundred times among
    /// 100,000 articles; each such pair gains one run, and one run adds nothing. Two runs of one article
    /// that agree in their kept bits are one.
    private static func sharedRuns(_ runs: [RunSample]) -> (starts: [Int], members: [Int32]) {
        let articleBits = max(1, UInt64.bitWidth - UInt64(runs.count).leadingZeroBitCount)
        let articleMask: UInt64 = (1 << UInt64(articleBits)) - 1
        var postings: [UInt64] = []
        postings.reserveCapacity(runs.reduce(0) { $0 + $1.hashes.count })
        for (index, sample) in runs.enumerated() {
            for hash in sample.hashes { postings.append(hash & ~articleMask | UInt64(index)) }
        }
        postings.sort()
        var starts = [0]
        var members: [Int32] = []
        var start = 0
        while start < postings.count {
            var end = start + 1
            while end < postings.count, postings[end] & ~articleMask == postings[start] & ~articleMask { end += 1 }
            var distinct = 1
            for k in (start + 1)..<max(start + 1, end) where postings[k] != postings[k - 1] { distinct += 1 }
            if distinct > 1 && distinct <= SharedPassages.maxPostings {
                for k in start..<end where k == start || postings[k] != postings[k - 1] {
                    members.append(Int32(truncatingIfNeeded: postings[k] & articleMask))
                }
                starts.append(members.count)
            }
            start = end
        }
        return (starts, members)
    }

    /// Number of articles.
    var count: Int { offsets.count - 1 }

    /// Where article `i`'s partners are (`partner(_:)`).
    func partnerRange(of i: Int) -> Range<Int> { offsets[i]..<offsets[i + 1] }

    /// Partner entry `k`: an article and the sampled runs it shares.
    @inline(__always) func partner(_ k: Int) -> (article: Int32, runs: Int32) {
        (partnerArticles.elements[k], partnerRuns.elements[k])
    }

    /// Distinct sampled runs articles `i` and `j` share.
    func shared(_ i: Int, _ j: Int) -> Int {
        for k in partnerRange(of: i) where partner(k).article == Int32(j) { return Int(partner(k).runs) }
        return 0
    }

    /// What shared word runs add to a similarity, as `SharedPassages.bonus` works it out: nothing for one,
    /// then enough that two or more shared quotes outweigh differences in the rest of the vocabulary.
    func bonus(_ i: Int, _ j: Int, runs: Int) -> Double {
        runs < 2 ? 0 : min(0.3, 0.1 + 0.02 * (Double(runs) / min(rates[i], rates[j])))
    }
}
