import Testing
@testable import ParallaxCore
@testable import ParallaxUI

/// The library filter over a long library: ranked off the loop, the list kept until the ranking comes,
/// stale rankings dropped, and a query typed on scoring only the previous matches.
struct LibraryRankingTests {
    @Test(arguments: [
        ("tok", "to", true), ("tko", "tk", true), ("to ky", "to", true), ("To", "to", true),
        ("abc", "abd", false), ("ab", "abc", false), ("to", "To", false), ("to", "", false), ("kyo to", "to", false),
    ])
    func aQueryNarrowsThePreviousWhenItsTermsContainThePreviousTerms(query: String, previous: String, narrows: Bool) {
        #expect(FuzzyQuery(query).narrows(FuzzyQuery(previous)) == narrows)
    }

    /// Deterministic headline-like candidates.
    static func candidates(_ count: Int) -> [FuzzyCandidate] {
        let words = ["Tokyo", "talks", "Kyoto", "trade", "minister", "tariffs", "Osaka", "election", "Zoë", "Ångström",
                     "port", "strike", "markets", "rally", "court", "ruling", "oil", "prices"]
        var seed: UInt64 = 42
        var folding = TextFolding(caseSensitive: true)
        return (0..<count).map { _ in
            let fields = (0..<3).map { _ in
                (0..<4).map { _ -> String in
                    seed = seed &* 6364136223846793005 &+ 1442695040888963407
                    return words[Int(seed >> 33) % words.count]
                }.joined(separator: " ")
            }
            return FuzzyCandidate(fields: fields, folding: &folding)
        }
    }

    @Test func scoringOnlyThePreviousMatchesRanksAsScoringEverything() {
        let candidates = Self.candidates(3_000)
        let library = LibraryCandidates(articleIDs: candidates.indices.map(String.init), candidates: candidates)
        for (previous, query) in [("t", "to"), ("to", "tok"), ("tok", "toky"), ("mi", "mi tr"), ("o", "oil pr"), ("zo", "Zoë")] {
            #expect(FuzzyQuery(query).narrows(FuzzyQuery(previous)))
            let within = library.ranked(by: FuzzyQuery(previous))
            #expect(library.ranked(by: FuzzyQuery(query), within: within) == library.ranked(by: FuzzyQuery(query)), "\(query)")
        }
    }

    /// The loaded fixture with its candidates marked as long (ranked in the background).
    static func longLibraryState() throws -> AppState {
        var state = try UITestSupport.loadedState()
        let source = try #require(state.corpus?.source)
        let rows = source.filterCandidates()
        var folding = TextFolding(caseSensitive: true)
        state.libraryCandidates = LibraryCandidates(
            articleIDs: rows.map(\.articleID), candidates: rows.map { FuzzyCandidate(fields: $0.fields, folding: &folding) },
            backgroundFrom: 1)
        return state
    }

    /// Types one character and returns the ranking it asked for.
    static func type(_ ch: Character, into state: inout AppState) throws -> (LibraryCandidates, LibraryRankKey, [Int]?, RequestID) {
        let action = try #require(KeyMap.standard.action(for: .char(ch), in: state))
        for effect in reduce(&state, action) {
            if case .rankLibrary(let candidates, let key, let within, let request) = effect { return (candidates, key, within, request) }
        }
        Issue.record("typing \(ch) asked for no ranking")
        throw CancellationError()
    }

    @Test func aLongLibraryIsRankedInTheBackgroundAndTheLatestRankingIsListed() throws {
        var state = try Self.longLibraryState()
        let source = try #require(state.corpus?.source)
        let unfiltered = state.listing
        _ = reduce(&state, .startSearch)
        let t = try Self.type("t", into: &state)
        // Nothing ranked yet: the list stays and the prompt says it is filtering.
        #expect(state.listing == unfiltered)
        let layout = Layouter().layout(for: state)
        #expect(UITestSupport.lines(AppView.render(state, layout: layout, theme: .monochrome)).last?.contains("filtering…") == true)
        let to = try Self.type("o", into: &state)
        #expect(to.1.query == "to" && to.2 == nil)
        // The ranking of "t" arrives late: it is not what is wanted any more.
        _ = reduce(&state, .libraryRanked(t.1, t.0.ranking(for: t.1, within: t.2, source: source), request: t.3))
        #expect(state.listing == unfiltered)
        _ = reduce(&state, .libraryRanked(to.1, to.0.ranking(for: to.1, within: to.2, source: source), request: to.3))
        let expected = to.0.ranked(by: FuzzyQuery("to")).map { to.0.articleIDs[$0] }
        #expect(state.listing == .ranked(expected))
        #expect(!expected.isEmpty)
        // Typing on scores only the matches of "to".
        let tok = try Self.type("k", into: &state)
        #expect(tok.2.map(Set.init) == Set(to.0.ranked(by: FuzzyQuery("to"))))
        _ = reduce(&state, .libraryRanked(tok.1, tok.0.ranking(for: tok.1, within: tok.2, source: source), request: tok.3))
        #expect(state.listing == .ranked(tok.0.ranked(by: FuzzyQuery("tok")).map { tok.0.articleIDs[$0] }))
        #expect(state.selectedArticleID == state.allRows.first.flatMap { if case .article(let a) = $0 { a.id } else { nil } })
        // Esc drops the filter; a ranking still on its way is ignored.
        let toky = try Self.type("y", into: &state)
        _ = reduce(&state, .cancelPrompt)
        _ = reduce(&state, .libraryRanked(toky.1, toky.0.ranking(for: toky.1, within: toky.2, source: source), request: toky.3))
        #expect(state.listing == unfiltered)
    }
}

/// The quick score that orders a long list before its best rows are scored exactly.
struct QuickScoreTests {
    @Test func itMatchesExactlyWhatTheExactScoreMatches() {
        let candidates = LibraryRankingTests.candidates(2_000)
        for text in ["t", "tk", "tokyo", "Tokyo", "zoe", "Zoë", "ms", "oil pr", "xq", "strike court", "ÅNG"] {
            let query = FuzzyQuery(text)
            for candidate in candidates {
                #expect((query.quickScore(candidate) == nil) == (query.score(candidate) == nil), "\(text)")
            }
        }
    }

    @Test func aContiguousMatchScoresAsTheExactScoreDoes() throws {
        var folding = TextFolding(caseSensitive: true)
        for (text, headline) in [("tokyo", "Talks in Tokyo end"), ("ship", "pacific shipping lanes"), ("bei", "Talks in Beijing")] {
            let candidate = FuzzyCandidate(fields: [headline], folding: &folding)
            let query = FuzzyQuery(text)
            #expect(try #require(query.quickScore(candidate)) == query.score(candidate))
        }
    }

    @Test func theTopOfALongListIsInExactOrder() {
        let candidates = LibraryRankingTests.candidates(6_000)
        let library = LibraryCandidates(articleIDs: candidates.indices.map(String.init), candidates: candidates)
        for text in ["tok", "mi tr", "zoe", "oil", "rally"] {
            let query = FuzzyQuery(text)
            let exact = candidates.indices.compactMap { i in query.score(candidates[i]).map { (index: i, score: $0) } }
                .sorted { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }.map(\.index)
            #expect(exact.count > LibraryCandidates.exactlyScored, "\(text) matches a long list")
            let ranked = library.ranked(by: query)
            #expect(Set(ranked) == Set(exact), "\(text)")
            #expect(Array(ranked.prefix(200)) == Array(exact.prefix(200)), "\(text)")
        }
    }
}
