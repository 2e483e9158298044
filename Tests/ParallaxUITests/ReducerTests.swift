import Testing
@testable import ParallaxCore
@testable import ParallaxUI

/// State and action in, state and effects out: no rendering.
struct ReducerTests {
    @Test func startingLoadsTheCorpusAndPutsTheCursorOnTheFirstArticle() throws {
        let state = try UITestSupport.loadedState()
        #expect(state.allRows[state.library.cursor].isSelectable)
        #expect(state.screen == .library)
        #expect(state.pendingRequests.isEmpty)
    }

    @Test func aLoadResultWithAStaleRequestIdIsIgnored() throws {
        var state = AppState(corpusPath: "news", width: 80, height: 24)
        guard case .loadCorpus(_, let first)? = reduce(&state, .loadCorpus).first,
              case .loadCorpus(_, let second)? = reduce(&state, .loadCorpus).first else {
            Issue.record("loading did not ask for the corpus")
            return
        }
        #expect(first != second)
        let corpus = CorpusHandle(CorpusDouble(try #require(FixtureCorpus.plain)))
        #expect(reduce(&state, .corpusOpened(corpus, notices: [], request: first)).isEmpty)
        #expect(state.corpus == nil, "the result of the superseded load is dropped")
        _ = reduce(&state, .loadFailed("gone", request: first))
        #expect(state.loadError == nil)
        _ = reduce(&state, .corpusOpened(corpus, notices: [], request: second))
        _ = reduce(&state, .indexRefreshed(RefreshReport(), generation: 1, request: second))
        #expect(state.corpus != nil)
        _ = reduce(&state, .loadFailed("late", request: second))
        #expect(state.loadError == nil, "a request answers once")
    }

    @Test func movingSkipsEventHeadingsAndStopsAtTheEnds() throws {
        var state = try UITestSupport.loadedState()
        let rows = state.allRows
        for _ in 0..<20 { _ = reduce(&state, .moveDown) }
        #expect(state.library.cursor == rows.lastIndex(where: \.isSelectable))
        _ = reduce(&state, .goTop)
        #expect(state.library.cursor == rows.firstIndex(where: \.isSelectable))
        _ = reduce(&state, .moveUp)
        #expect(state.library.cursor == rows.firstIndex(where: \.isSelectable))
    }

    @Test func indexingShowsHowFarItHasComeWhileTheLibraryWorks() throws {
        var state = AppState(corpusPath: "news", width: 80, height: 24)
        #expect(AppView.loadingText(state) == "Opening news …")
        guard case .loadCorpus(_, let id)? = reduce(&state, .loadCorpus).first else { return }
        let double = CorpusDouble(try #require(FixtureCorpus.plain))
        _ = reduce(&state, .corpusOpened(CorpusHandle(double), notices: ["rebuilt the cache"], request: id))
        #expect(state.message?.text == "rebuilt the cache")
        _ = reduce(&state, .indexProgress(.analysing(done: 320, total: 5_700, bytes: 1_000_000), generation: 1, request: id))
        #expect(StatusBarView.positionText(state, layout: Layouter().layout(for: state)) == "indexing ▕▍░░░░░░░▏ 5%")
        _ = reduce(&state, .moveDown)
        #expect(state.library.cursor > 0, "keys keep working while the index is built")
        _ = reduce(&state, .indexRefreshed(RefreshReport(), generation: 1, request: id))
        #expect(state.indexProgress == nil)
        _ = reduce(&state, .indexProgress(.analysing(done: 1, total: 2, bytes: 0), generation: 1, request: id))
        #expect(state.indexProgress == nil, "a late report does not bring the progress back")
    }

    @Test func aNoticeFromOpeningStaysWhenTheRefreshEnds() throws {
        var state = AppState(corpusPath: "news", width: 80, height: 24)
        guard case .loadCorpus(_, let id)? = reduce(&state, .loadCorpus).first else { return }
        let double = CorpusDouble(try #require(FixtureCorpus.plain))
        _ = reduce(&state, .corpusOpened(CorpusHandle(double), notices: ["rebuilt the cache: it was corrupt (not a database)"],
                                         request: id))
        double.refreshed = true
        _ = reduce(&state, .indexRefreshed(RefreshReport(), generation: 1, request: id))
        #expect(state.message?.text == "rebuilt the cache: it was corrupt (not a database)")
    }

    @Test func aStrayKeyExplainsItselfOnceAndTheNextClearsIt() throws {
        var state = try UITestSupport.loadedState()
        let before = state.library.cursor
        _ = reduce(&state, .unboundKey("z"))
        #expect(state.message?.text == "z does nothing here — ? shows the keys")
        _ = reduce(&state, .unboundKey("z"))
        #expect(state.message == nil)
        #expect(state.library.cursor == before)
    }

    @Test func enterOpensTheReaderAndBackReturns() throws {
        var state = try UITestSupport.loadedState()
        _ = reduce(&state, .openSelected)
        #expect(state.screen == .reader)
        #expect(state.reader?.articleID == "a-harbour")
        #expect(reduce(&state, .back).isEmpty)
        #expect(state.screen == .library)
        #expect(reduce(&state, .back) == [.quit])
        #expect(state.quitting)
    }

    @Test func readerScrollingStaysWithinTheArticle() throws {
        var state = try UITestSupport.loadedState(width: 50, height: 14)
        _ = reduce(&state, .openSelected)
        _ = reduce(&state, .goBottom)
        let bottom = state.reader?.scroll ?? 0
        #expect(bottom > 0)
        _ = reduce(&state, .pageDown)
        #expect(state.reader?.scroll == bottom)
        _ = reduce(&state, .halfPageUp)
        #expect((state.reader?.scroll ?? 0) < bottom)
        _ = reduce(&state, .goTop)
        #expect(state.reader?.scroll == 0)
        _ = reduce(&state, .moveUp)
        #expect(state.reader?.scroll == 0)
    }

    @Test func compareOpensTwoSourcesOfTheSelectedEvent() throws {
        var state = try UITestSupport.loadedState()
        _ = reduce(&state, .openCompare)
        let compare = try #require(state.compare)
        #expect(compare.panes.map(\.articleID) == ["a-harbour", "b-wire"])
    }

    @Test func tabMovesFocusAndScrollingMovesOnlyTheFocusedPane() throws {
        var state = try UITestSupport.loadedState(width: 60, height: 14)
        _ = reduce(&state, .openCompare)
        _ = reduce(&state, .focusNextPane)
        #expect(state.compare?.focusedPane == 1)
        _ = reduce(&state, .moveDown)
        _ = reduce(&state, .moveDown)
        #expect(state.compare?.panes[1].scroll == 2)
        #expect(state.compare?.panes[0].scroll == 0)
    }

    @Test func flippingCyclesThroughTheOtherSourcesOfTheEvent() throws {
        var state = try UITestSupport.loadedState()
        _ = reduce(&state, .openCompare)
        _ = reduce(&state, .flipNext)
        #expect(state.compare?.panes.map(\.articleID) == ["c-gazette", "b-wire"], "the left pane skips the right's source")
        _ = reduce(&state, .flipNext)
        #expect(state.compare?.panes.map(\.articleID) == ["a-harbour", "b-wire"])
        _ = reduce(&state, .focusNextPane)
        _ = reduce(&state, .flipPrevious)
        #expect(state.compare?.panes.map(\.articleID) == ["a-harbour", "c-gazette"])
    }

    @Test func compareWithOneSourceSaysSo() throws {
        var state = try UITestSupport.loadedState()
        _ = reduce(&state, .goBottom)
        _ = reduce(&state, .openCompare)
        #expect(state.compare?.panes.count == 1)
        #expect(state.message?.text.contains("Only one source") == true)
        _ = reduce(&state, .flipNext)
        #expect(state.message?.text.contains("Only one source") == true)
    }

    @Test func helpIsTheOverlayAndQClosesItFirst() throws {
        var state = try UITestSupport.loadedState()
        _ = reduce(&state, .openSelected)
        _ = reduce(&state, .toggleHelp)
        #expect(state.overlay == .help(scroll: 0))
        _ = reduce(&state, .moveDown)
        #expect(state.overlay == .help(scroll: 1))
        #expect(state.reader?.scroll == 0, "keys under an overlay do not reach the screen")
        _ = reduce(&state, .back)
        #expect(state.overlay == nil)
        #expect(state.screen == .reader)
    }

    @Test func quitWorksFromAnywhere() throws {
        var state = try UITestSupport.loadedState()
        _ = reduce(&state, .openCompare)
        #expect(reduce(&state, .quit) == [.quit])
    }

    @Test func resizingKeepsScrollPositionsValid() throws {
        var state = try UITestSupport.loadedState(width: 44, height: 12)
        _ = reduce(&state, .openSelected)
        _ = reduce(&state, .goBottom)
        _ = reduce(&state, .resize(width: 200, height: 50))
        let layout = Layouter().layout(for: state)
        #expect((state.reader?.scroll ?? 0) <= (layout.reader?.maxScroll ?? 0))
    }

    @Test func resizingKeepsTheSameTextAtTheTopOfTheReaderAndPanes() throws {
        var state = try UITestSupport.loadedState(width: 60, height: 14)
        _ = reduce(&state, .openSelected)
        for _ in 0..<4 { _ = reduce(&state, .moveDown) }
        let before = Layouter().layout(for: state)
        let top = try #require(before.reader?.body.rawStarts[state.reader?.scroll ?? 0])
        _ = reduce(&state, .resize(width: 44, height: 14))
        let after = try #require(Layouter().layout(for: state).reader)
        let scroll = try #require(state.reader?.scroll)
        #expect(scroll > 0)
        // The line now at the top holds the text that was at the top: it starts at or before it, and the next
        // line with text starts after it.
        #expect(after.body.rawStarts[scroll] <= top)
        #expect(after.body.rawStarts[(scroll + 1)...].first { $0 != after.body.rawStarts[scroll] }.map { $0 > top } ?? true)

        _ = reduce(&state, .back)
        _ = reduce(&state, .openCompare)
        for _ in 0..<5 { _ = reduce(&state, .moveDown) }
        let paneTop = try #require(Layouter().layout(for: state).pane(0)?.body.rawStarts[state.compare?.panes[0].scroll ?? 0])
        _ = reduce(&state, .resize(width: 120, height: 14))
        let pane = try #require(Layouter().layout(for: state).pane(0))
        let paneScroll = try #require(state.compare?.panes[0].scroll)
        #expect(pane.body.rawStarts[paneScroll] <= paneTop)
        #expect(pane.body.rawStarts[(paneScroll + 1)...].first { $0 != pane.body.rawStarts[paneScroll] }.map { $0 > paneTop } ?? true)
    }

    @Test func theJunkToggleChangesTheReaderLength() throws {
        var state = try UITestSupport.loadedState()
        _ = reduce(&state, .openSelected)
        let layouter = Layouter()
        let hidden = try #require(layouter.layout(for: state).reader).body.lineCount
        _ = reduce(&state, .toggleBoilerplate, layouter: layouter)
        let shown = try #require(layouter.layout(for: state).reader).body.lineCount
        #expect(shown > hidden)
    }

    @Test func aLoadErrorIsShownNotFatal() {
        var state = AppState(corpusPath: "/nope", width: 80, height: 24)
        guard case .loadCorpus(_, let id)? = reduce(&state, .loadCorpus).first else { return }
        _ = reduce(&state, .loadFailed("not a folder: /nope", request: id))
        #expect(state.message?.kind == .error)
        _ = reduce(&state, .moveDown)
        #expect(state.corpus == nil)
    }

    @Test func scrollingAMemoisedArticleDoesNotWrapItAgain() throws {
        var state = try UITestSupport.loadedState()
        let layouter = Layouter()
        _ = reduce(&state, .openSelected, layouter: layouter)
        _ = layouter.layout(for: state)
        let wraps = layouter.wrapCount
        for _ in 0..<5 {
            _ = reduce(&state, .moveDown, layouter: layouter)
            _ = AppView.render(state, layout: layouter.layout(for: state), theme: .standard)
        }
        #expect(layouter.wrapCount == wraps)
    }
}
