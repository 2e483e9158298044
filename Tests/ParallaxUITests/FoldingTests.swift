import Foundation
import Testing
@testable import ParallaxCore
@testable import ParallaxUI

/// Folding for search (accents, quotes, case) and the fuzzy scoring of the library filter.
struct FoldingTests {
    /// Folded text as a string.
    static func folded(_ text: String, caseSensitive: Bool = false) -> String {
        var folding = TextFolding(caseSensitive: caseSensitive)
        return String(String.UnicodeScalarView(folding.fold(text).scalars.compactMap(Unicode.Scalar.init)))
    }

    @Test(arguments: [
        ("Café", "cafe"), ("cafe\u{301}", "cafe"), ("Zoë Ångström", "zoe angstrom"),
        ("it’s “fine”", "it's \"fine\""), ("‘quoted’", "'quoted'"), ("東京", "東京"),
    ])
    func accentsCaseAndQuotesFold(text: String, expected: String) {
        #expect(Self.folded(text) == expected)
    }

    @Test func smartCaseKeepsCapitals() {
        #expect(TextFolding.isCaseSensitive("Blinken"))
        #expect(!TextFolding.isCaseSensitive("blinken é"))
        #expect(Self.folded("Éclair", caseSensitive: true) == "Eclair")
    }

    @Test func aMatchMapsBackOverTheCombiningMarksItCovers() {
        var folding = TextFolding(caseSensitive: false)
        let text = folding.fold("a cafe\u{301} b")
        let hits = text.occurrences(of: folding.fold("café").scalars)
        #expect(hits == [2])
        #expect(text.sourceRange(2..<6) == 2..<7, "the combining accent is part of the match")
    }

    /// A candidate from one field.
    static func candidate(_ text: String) -> FuzzyCandidate {
        var folding = TextFolding(caseSensitive: true)
        return FuzzyCandidate(fields: [text], folding: &folding)
    }

    @Test func aWordStartBeatsTheMiddleOfAWord() throws {
        let query = FuzzyQuery("bei")
        let start = try #require(query.score(Self.candidate("Talks in Beijing")))
        let middle = try #require(query.score(Self.candidate("Zombeing arrives")))
        #expect(start > middle)
    }

    @Test func consecutiveLettersBeatScatteredOnes() throws {
        let query = FuzzyQuery("ship")
        let run = try #require(query.score(Self.candidate("pacific shipping")))
        let scattered = try #require(query.score(Self.candidate("so he is polite")))
        #expect(run > scattered)
        #expect(query.score(Self.candidate("no such letters")) == nil)
    }

    @Test func everyTermMustMatchAndAccentsFold() {
        #expect(FuzzyQuery("blinken reuters").score(Self.candidate("Blinken meets Wang · Reuters")) != nil)
        #expect(FuzzyQuery("blinken zz").score(Self.candidate("Blinken meets Wang")) == nil)
        #expect(FuzzyQuery("zoe").score(Self.candidate("Zoë Ångström")) != nil)
        #expect(FuzzyQuery("Zoe").score(Self.candidate("zoë")) == nil, "smart case")
    }

    @Test func theLibraryFilterListsTheBestRowsFirstAndEscClearsIt() throws {
        let layouter = Layouter()
        var state = try UITestSupport.loadedState()
        _ = reduce(&state, .startSearch, layouter: layouter)
        SearchTests.type("tokyo", into: &state, layouter: layouter)
        guard case .article(let first)? = state.allRows.first else {
            Issue.record("no rows")
            return
        }
        #expect(first.id == "d-tokyo")
        #expect(state.allRows.allSatisfy { $0.isSelectable }, "events are dissolved while filtering")
        _ = reduce(&state, .submitPrompt, layouter: layouter)
        #expect(state.library.query == "tokyo")
        let grid = AppView.render(state, layout: layouter.layout(for: state), theme: .standard)
        #expect(UITestSupport.lines(grid)[0].contains("matching “tokyo”"))
        _ = reduce(&state, .back, layouter: layouter)
        #expect(state.library.query == nil)
        #expect(state.screen == .library && !state.quitting)
    }

    @Test func entityNamesAreMatchedToo() throws {
        let layouter = Layouter()
        var state = try UITestSupport.loadedState()
        _ = reduce(&state, .startSearch, layouter: layouter)
        SearchTests.type("hanako", into: &state, layouter: layouter)
        let ids = state.allRows.compactMap { row -> String? in if case .article(let a) = row { return a.id } else { return nil } }
        #expect(ids.first == "d-tokyo", "Hanako Yamada is only an entity of the Tokyo article, not in its headline")
    }

    @Test func escapeInTheFilterPromptPutsBackTheFilterBefore() throws {
        let layouter = Layouter()
        var state = try UITestSupport.loadedState()
        _ = reduce(&state, .startSearch, layouter: layouter)
        SearchTests.type("pacific", into: &state, layouter: layouter)
        _ = reduce(&state, .submitPrompt, layouter: layouter)
        let rows = state.allRows
        _ = reduce(&state, .startSearch, layouter: layouter)
        #expect(SearchTests.editor(state)?.text == "pacific", "the field starts with the filter, to refine it")
        _ = reduce(&state, .deleteToStart, layouter: layouter)
        SearchTests.type("zzzz", into: &state, layouter: layouter)
        #expect(state.allRows.isEmpty)
        _ = reduce(&state, .cancelPrompt, layouter: layouter)
        #expect(state.library.query == "pacific")
        #expect(state.allRows == rows)
    }
}
