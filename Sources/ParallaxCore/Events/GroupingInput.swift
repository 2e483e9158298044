/// What event grouping needs of a corpus's articles, gathered one article at a time into flat arrays.
///
/// An index streams its stored features through `add` without keeping them: of each article it keeps
/// the id and path (packed bytes), the date, which earlier article has the same body text, and — for
/// the first article of each text only — the term vector (`TermVectors.Builder`) and the run sample.
/// A feature's term table, most of its bytes, is dropped as soon as it is counted.
struct GroupingInput {
    /// Article ids and paths, in the order added.
    let articleIDs = PackedStrings()
    let paths = PackedStrings()
    /// Each article's date, when known.
    private(set) var dates: [NewsDate?] = []
    /// Each article's representative: the first article with its body text (the same length and 128-bit
    /// hash, see `BodyFingerprint`; articles without body text stand alone), numbered among representatives.
    private(set) var representativeOf: [Int32] = []
    /// The article number of each representative.
    private(set) var representatives: [Int32] = []
    /// Representatives by body text (articles without body text are never looked up).
    private var byFingerprint: [BodyFingerprint: Int32] = [:]
    /// Representatives' term vectors so far.
    private(set) var vectors = TermVectors.Builder()
    /// Representatives' run samples.
    private(set) var runs: [RunSample] = []

    /// An empty input.
    init() {}

    /// The features of articles, in order.
    init(_ features: [GroupingFeatures]) {
        for f in features { add(f) }
    }

    /// Number of articles added.
    var count: Int { dates.count }

    /// Adds the next article. Of an article whose body text an earlier one has, only the id, path, date
    /// and that link are kept: only one copy takes part in the clustering.
    mutating func add(_ features: GroupingFeatures) {
        let index = Int32(dates.count)
        articleIDs.append(features.articleID)
        paths.append(features.path)
        dates.append(features.date)
        if features.body.length != 0, let known = byFingerprint[features.body] {
            representativeOf.append(known)
            return
        }
        let number = Int32(representatives.count)
        if features.body.length != 0 { byFingerprint[features.body] = number }
        representativeOf.append(number)
        representatives.append(index)
        vectors.add(features.terms)
        runs.append(features.runs)
    }

    /// The articles of each representative, in order (the representative first), flat: members of
    /// representative `r` are `members[starts[r]..<starts[r + 1]]`.
    func copies() -> (starts: [Int], members: [Int32]) {
        var starts = [Int](repeating: 0, count: representatives.count + 1)
        for r in representativeOf { starts[Int(r) + 1] += 1 }
        for r in 0..<representatives.count { starts[r + 1] += starts[r] }
        var fill = starts
        var members = [Int32](repeating: 0, count: representativeOf.count)
        for (article, r) in representativeOf.enumerated() {
            members[fill[Int(r)]] = Int32(article)
            fill[Int(r)] += 1
        }
        return (starts, members)
    }

    /// Hands over the term vectors and run samples, leaving the input without them (they are most of its memory).
    mutating func takeVectorsAndRuns() -> (vectors: TermVectors.Builder, runs: [RunSample]) {
        defer {
            vectors = TermVectors.Builder()
            runs = []
            byFingerprint = [:]
        }
        return (vectors, runs)
    }
}
