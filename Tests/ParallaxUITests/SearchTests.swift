import Foundation
import Testing
@testable import ParallaxCore
@testable import ParallaxUI

/// Search inside texts: the prompt's line editing, matches as you type, n/N, smart case, folding, Esc.
struct SearchTests {
    /// Sends each character of a text as a typed key through the key table.
    static func type(_ text: String, into state: inout AppState, layouter: Layouter = Layouter()) {
        for ch in text {
            guard let action = KeyMap.standard.action(for: .char(ch), in: state) else {
                Issue.record("\(ch) did nothing")
                continue
            }
            _ = reduce(&state, action, layouter: layouter)
        }
    }

    /// The reader open on the first article, a search typed and kept.
    static func reader(searching query: String?, width: Int = 80, height: Int = 24) throws -> (AppState, Layouter) {
        let layouter = Layouter()
        var state = try UITestSupport.loadedState(width: width, height: height)
        _ = reduce(&state, .openSelected, layouter: layouter)
        if let query {
            _ = reduce(&state, .startSearch, layouter: layouter)
            type(query, into: &state, layouter: layouter)
            _ = reduce(&state, .submitPrompt, layouter: layouter)
        }
        return (state, layouter)
    }

    /// The editor of the open prompt.
    static func editor(_ state: AppState) -> LineEditor? {
        if case .prompt(let p)? = state.overlay { return p.editor }
        return nil
    }

    @Test func theFieldEditsLikeAShellLine() throws {
        var (state, layouter) = try Self.reader(searching: nil)
        _ = reduce(&state, .startSearch, layouter: layouter)
        Self.type("wang yi said", into: &state, layouter: layouter)
        #expect(Self.editor(state)?.text == "wang yi said")
        _ = reduce(&state, .deleteBackward, layouter: layouter)
        #expect(Self.editor(state)?.text == "wang yi sai")
        _ = reduce(&state, .deleteWord, layouter: layouter)
        #expect(Self.editor(state)?.text == "wang yi ")
        _ = reduce(&state, .deleteWord, layouter: layouter)
        #expect(Self.editor(state)?.text == "wang ")
        for _ in 0..<3 { _ = reduce(&state, .cursorLeft, layouter: layouter) }
        _ = reduce(&state, .insertText("X"), layouter: layouter)
        #expect(Self.editor(state)?.text == "waXng ")
        _ = reduce(&state, .cursorRight, layouter: layouter)
        _ = reduce(&state, .deleteToStart, layouter: layouter)
        #expect(Self.editor(state)?.text == "g ")
        #expect(Self.editor(state)?.cursor == 0)
    }

    @Test func upAndDownBrowseTheHistoryAndComeBackToTheDraft() throws {
        var (state, layouter) = try Self.reader(searching: "blinken")
        _ = reduce(&state, .startSearch, layouter: layouter)
        Self.type("wang", into: &state, layouter: layouter)
        _ = reduce(&state, .submitPrompt, layouter: layouter)
        #expect(state.searchHistory == ["blinken", "wang"])
        _ = reduce(&state, .startSearch, layouter: layouter)
        Self.type("ch", into: &state, layouter: layouter)
        _ = reduce(&state, .historyOlder, layouter: layouter)
        #expect(Self.editor(state)?.text == "wang")
        #expect(state.reader?.search?.query == "wang", "the search follows the field")
        _ = reduce(&state, .historyOlder, layouter: layouter)
        _ = reduce(&state, .historyOlder, layouter: layouter)
        #expect(Self.editor(state)?.text == "blinken")
        _ = reduce(&state, .historyNewer, layouter: layouter)
        _ = reduce(&state, .historyNewer, layouter: layouter)
        #expect(Self.editor(state)?.text == "ch")
    }

    @Test func everyMatchIsHighlightedAsYouTypeAndTheStatusCountsThem() throws {
        let layouter = Layouter()
        var (state, _) = try Self.reader(searching: nil)
        _ = reduce(&state, .startSearch, layouter: layouter)
        Self.type("blinken", into: &state, layouter: layouter)
        let article = try #require(layouter.layout(for: state).reader)
        #expect(article.matches?.count == 3, "the headline and two in the body")
        let kinds = article.decorations.layers.flatMap(\.decorations).map(\.kind)
        #expect(kinds.filter { $0 == .searchMatch }.count == 3)
        #expect(kinds.filter { $0 == .currentMatch }.count == 1)
        let grid = AppView.render(state, layout: layouter.layout(for: state), theme: .standard)
        #expect(UITestSupport.lines(grid)[23].contains("/blinken"))
        #expect(UITestSupport.lines(grid)[23].hasSuffix("match 1/3"))
        _ = reduce(&state, .submitPrompt, layouter: layouter)
        #expect(state.overlay == nil)
        #expect(state.message?.text.hasPrefix("match 1/3") == true)
    }

    @Test func nAndShiftNGoRoundTheMatchesAndSayWhenTheyWrap() throws {
        var (state, layouter) = try Self.reader(searching: "blinken")
        #expect(state.reader?.search?.current == 0)
        _ = reduce(&state, .nextMatch, layouter: layouter)
        _ = reduce(&state, .nextMatch, layouter: layouter)
        #expect(state.message?.text == "match 3/3")
        _ = reduce(&state, .nextMatch, layouter: layouter)
        #expect(state.message?.text == "match 1/3 — search wrapped")
        _ = reduce(&state, .previousMatch, layouter: layouter)
        #expect(state.message?.text == "match 3/3 — search wrapped")
        #expect(state.reader?.search?.current == 2)
    }

    @Test func nScrollsAMatchBelowTheScreenIntoView() throws {
        let opened = try Self.reader(searching: "strait", width: 60, height: 12)
        let state = opened.0
        let layouter = opened.1
        let article = try #require(layouter.layout(for: state).reader)
        let line = try #require(article.matches?.line(of: 0, in: article.body))
        let scroll = try #require(state.reader?.scroll)
        #expect(line >= scroll && line < scroll + article.page)
        #expect(scroll > 0, "the match is further down than the first page")
    }

    @Test func smartCaseIgnoresCaseUntilTheQueryHasACapital() throws {
        let (lower, l1) = try Self.reader(searching: "the")
        let (upper, l2) = try Self.reader(searching: "The")
        let all = try #require(l1.layout(for: lower).reader?.matches?.count)
        let capital = try #require(l2.layout(for: upper).reader?.matches?.count)
        #expect(capital >= 1 && capital < all)
    }

    @Test func escapeRestoresTheSearchAndScrollFromBeforeThePrompt() throws {
        var (state, layouter) = try Self.reader(searching: "blinken", width: 60, height: 12)
        _ = reduce(&state, .nextMatch, layouter: layouter)
        let before = try #require(state.reader)
        _ = reduce(&state, .startSearch, layouter: layouter)
        Self.type("strait", into: &state, layouter: layouter)
        #expect(state.reader?.search?.query == "strait")
        _ = reduce(&state, .cancelPrompt, layouter: layouter)
        #expect(state.overlay == nil)
        #expect(state.reader == before)
    }

    @Test func aQueryWithNoMatchOrOddCharactersIsHarmless() throws {
        var (state, layouter) = try Self.reader(searching: "[(*\\x")
        #expect(layouter.layout(for: state).reader?.matches?.count == 0)
        _ = reduce(&state, .nextMatch, layouter: layouter)
        #expect(state.message?.text == "No match for “[(*\\x”")
        _ = reduce(&state, .startSearch, layouter: layouter)
        _ = reduce(&state, .submitPrompt, layouter: layouter)
        #expect(state.reader?.search == nil, "an empty search clears the highlights")
    }

    @Test func nBeforeTheArticleArrivesSaysItIsStillOpeningNotThatNothingMatches() throws {
        var (state, layouter) = try Self.reader(searching: "the")
        let id = try #require(state.reader?.articleID)
        let loaded = try #require(state.articles[id])
        state.articles[id] = nil
        _ = reduce(&state, .nextMatch, layouter: layouter)
        #expect(state.message?.text == "The article is still opening — n/N once it is shown")
        state.articles[id] = loaded
        _ = reduce(&state, .nextMatch, layouter: layouter)
        #expect(state.message?.text.hasPrefix("match ") == true)
    }

    @Test func inCompareTheSearchAppliesToTheFocusedPane() throws {
        let layouter = Layouter()
        var state = try UITestSupport.loadedState()
        _ = reduce(&state, .openCompare, layouter: layouter)
        _ = reduce(&state, .focusNextPane, layouter: layouter)
        _ = reduce(&state, .startSearch, layouter: layouter)
        Self.type("beijing", into: &state, layouter: layouter)
        _ = reduce(&state, .submitPrompt, layouter: layouter)
        #expect(state.compare?.panes[0].search == nil)
        #expect(state.compare?.panes[1].search?.query == "beijing")
        #expect((layouter.layout(for: state).pane(1)?.matches?.count ?? 0) > 0)
    }

    @Test func typingIsIncrementalOverTheMemoisedFoldedText() throws {
        var (state, layouter) = try Self.reader(searching: nil)
        _ = reduce(&state, .startSearch, layouter: layouter)
        Self.type("chin", into: &state, layouter: layouter)
        _ = reduce(&state, .deleteBackward, layouter: layouter)
        _ = reduce(&state, .insertText("n"), layouter: layouter)
        #expect(layouter.matchFinder.foldCount == 1)
        #expect(layouter.wrapCount == 1)
    }
}

/// What a search draws: through the decoration layers, on every line it touches.
struct SearchDrawingTests {
    @Test func anEntityInsideAMatchKeepsItsColourAndAMatchAcrossAWrapIsStyledOnBothLines() throws {
        let theme = Theme.standard
        var (state, layouter) = try SearchTests.reader(searching: nil)
        let body = try #require(layouter.layout(for: state).reader).body.text
        // The last word of the first body line and the first of the second: a query across the wrap.
        let first = try #require(body.text(ofLine: 0).split(separator: " ").last)
        let second = try #require(body.text(ofLine: 1).split(separator: " ").first)
        #expect(second == "China", "the fixture wraps before an entity")
        _ = reduce(&state, .startSearch, layouter: layouter)
        SearchTests.type("\(first) \(second)", into: &state, layouter: layouter)
        _ = reduce(&state, .submitPrompt, layouter: layouter)
        _ = reduce(&state, .moveDown, layouter: layouter) // the current match is drawn on top; look at the plain match style
        _ = reduce(&state, .moveUp, layouter: layouter)
        let layout = layouter.layout(for: state)
        let article = try #require(layout.reader)
        let grid = AppView.render(state, layout: layout, theme: theme)
        let y0 = article.bodyRect.y, x = article.bodyRect.x
        let lineOne = body.text(ofLine: 0)
        let end = x + DisplayWidth.of(lineOne) - 1
        #expect(grid[end, y0].style.underline, "the end of the first line is in the match")
        #expect(grid[x, y0 + 1].style.underline, "the start of the second line is in the match")
        let china = grid[x, y0 + 1].style
        #expect(china.fg == nil || china.reverse, "current match on top")
        #expect(grid[x + DisplayWidth.of("China"), y0 + 1].style.underline == false, "the match ends after China")
    }

    @Test func aPlainMatchOverAnEntityKeepsTheEntityColour() throws {
        var (state, layouter) = try SearchTests.reader(searching: "wang")
        _ = reduce(&state, .nextMatch, layouter: layouter) // the second Wang is current; the first is a plain match
        let layout = layouter.layout(for: state)
        let article = try #require(layout.reader)
        let grid = AppView.render(state, layout: layout, theme: .standard)
        let lineOne = article.body.text.text(ofLine: 0)
        let column = try #require(lineOne.range(of: "Wang")).lowerBound
        let x = article.bodyRect.x + DisplayWidth.of(String(lineOne[..<column]))
        let style = grid[x, article.bodyRect.y].style
        #expect(style.fg == .brightYellow, "PERSON colour kept")
        #expect(style.bg == .blue && style.underline, "match style gained")
    }
}
