import Testing
@testable import ParallaxCore
@testable import ParallaxUI

/// State and action in, state and effects out: no rendering.
struct ReducerTests {
    @Test func startingLoadsTheCorpusAndPutsTheCursorOnTheFirstArticle() throws {
        let state = try UITestSupport.loadedState()
        let rows = LibraryRow.rows(try #require(state.corpus))
        #expect(rows[state.libraryCursor].isSelectable)
        #expect(state.screen == .library)
    }

    @Test func movingSkipsEventHeadingsAndStopsAtTheEnds() throws {
        var state = try UITestSupport.loadedState()
        let rows = LibraryRow.rows(try #require(state.corpus))
        for _ in 0..<20 { _ = reduce(&state, .moveDown) }
        #expect(state.libraryCursor == rows.lastIndex(where: \.isSelectable))
        _ = reduce(&state, .goTop)
        #expect(state.libraryCursor == rows.firstIndex(where: \.isSelectable))
        _ = reduce(&state, .moveUp)
        #expect(state.libraryCursor == rows.firstIndex(where: \.isSelectable))
    }

    @Test func loadingShowsHowFarItHasCome() throws {
        var state = AppState(corpusPath: "news", width: 80, height: 24)
        #expect(AppView.loadingText(state) == "Loading news …")
        _ = reduce(&state, .loadProgress(.reading(done: 320, total: 5_700)))
        #expect(AppView.loadingText(state) == "Loading news … 320 of 5700 files")
        _ = reduce(&state, .loadProgress(.grouping(articles: 5_698)))
        #expect(AppView.loadingText(state) == "Loading news … grouping 5698 articles into events")
        _ = reduce(&state, .corpusLoaded(try #require(UITestSupport.corpus)))
        #expect(state.loadProgress == nil)
        _ = reduce(&state, .loadProgress(.reading(done: 1, total: 2)))
        #expect(state.loadProgress == nil, "a late report does not bring the loading screen back")
    }

    @Test func aStrayKeyExplainsItselfOnceAndTheNextClearsIt() throws {
        var state = try UITestSupport.loadedState()
        let before = state.libraryCursor
        _ = reduce(&state, .unboundKey("z"))
        #expect(state.message?.text == "z does nothing here — ? shows the keys")
        _ = reduce(&state, .unboundKey("z"))
        #expect(state.message == nil)
        #expect(state.libraryCursor == before)
        #expect(state.libraryRows == LibraryRow.rows(try #require(state.corpus)))
    }

    @Test func enterOpensTheReaderAndBackReturns() throws {
        var state = try UITestSupport.loadedState()
        _ = reduce(&state, .openSelected)
        #expect(state.screen == .reader)
        #expect(state.readerArticleID != nil)
        #expect(reduce(&state, .back).isEmpty)
        #expect(state.screen == .library)
        #expect(reduce(&state, .back) == [.quit])
        #expect(state.quitting)
    }

    @Test func readerScrollingStaysWithinTheArticle() throws {
        var state = try UITestSupport.loadedState()
        _ = reduce(&state, .openSelected)
        _ = reduce(&state, .goBottom)
        let bottom = state.readerScroll
        #expect(bottom > 0)
        _ = reduce(&state, .pageDown)
        #expect(state.readerScroll == bottom)
        _ = reduce(&state, .halfPageUp)
        #expect(state.readerScroll < bottom)
        _ = reduce(&state, .goTop)
        #expect(state.readerScroll == 0)
        _ = reduce(&state, .moveUp)
        #expect(state.readerScroll == 0)
    }

    @Test func compareOpensTwoSourcesOfTheSelectedEvent() throws {
        var state = try UITestSupport.loadedState()
        _ = reduce(&state, .openCompare)
        #expect(state.screen == .compare)
        #expect(state.panes.count == 2)
        let event = try #require(state.corpus?.event(of: state.panes[0].articleID))
        #expect(event.articleIDs.contains(state.panes[1].articleID))
        #expect(state.panes[0].articleID != state.panes[1].articleID)
    }

    @Test func tabMovesFocusAndScrollingMovesOnlyTheFocusedPane() throws {
        var state = try UITestSupport.loadedState()
        _ = reduce(&state, .openCompare)
        _ = reduce(&state, .focusNextPane)
        #expect(state.focusedPane == 1)
        _ = reduce(&state, .moveDown)
        _ = reduce(&state, .moveDown)
        #expect(state.panes[1].scroll == 2)
        #expect(state.panes[0].scroll == 0)
    }

    @Test func flippingCyclesThroughTheOtherSourcesOfTheEvent() throws {
        let a = Article(id: "a", path: "a.txt", metadata: ArticleMetadata(), paragraphs: [])
        let ids = ["a", "b", "c"]
        let articles = ids.map { id in
            Article(id: id, path: "\(id).txt", metadata: ArticleMetadata(),
                    paragraphs: [Paragraph(text: "Shared words about the same summit in Geneva \(id)", rawRange: 0..<1, role: .body)])
        }
        #expect(a.id == "a")
        var grouper = EventGrouper()
        grouper.threshold = 0
        let corpus = Corpus(root: "/x", articles: articles, skipped: [], grouper: grouper)
        #expect(corpus.events.count == 1)
        var state = AppState(corpusPath: "/x", width: 80, height: 24)
        _ = reduce(&state, .corpusLoaded(corpus))
        _ = reduce(&state, .openCompare)
        #expect(state.panes.map(\.articleID) == ["a", "b"])
        _ = reduce(&state, .flipNext)
        #expect(state.panes.map(\.articleID) == ["c", "b"], "the left pane skips the source shown on the right")
        _ = reduce(&state, .flipNext)
        #expect(state.panes.map(\.articleID) == ["a", "b"])
        _ = reduce(&state, .focusNextPane)
        _ = reduce(&state, .flipPrevious)
        #expect(state.panes.map(\.articleID) == ["a", "c"])
    }

    @Test func compareWithOneSourceSaysSo() throws {
        var state = try UITestSupport.loadedState()
        let corpus = try #require(state.corpus)
        let rows = LibraryRow.rows(corpus)
        let single = try #require(rows.firstIndex { row in
            if case .article(let a) = row { return corpus.event(of: a.id)?.articleIDs.count == 1 }
            return false
        })
        state.libraryCursor = single
        _ = reduce(&state, .openCompare)
        #expect(state.panes.count == 1)
        #expect(state.message?.text.contains("Only one source") == true)
        _ = reduce(&state, .flipNext)
        #expect(state.message?.text.contains("Only one source") == true)
    }

    @Test func helpOpensOverAnyScreenAndQClosesItFirst() throws {
        var state = try UITestSupport.loadedState()
        _ = reduce(&state, .openSelected)
        _ = reduce(&state, .toggleHelp)
        #expect(state.helpVisible)
        _ = reduce(&state, .back)
        #expect(!state.helpVisible)
        #expect(state.screen == .reader)
    }

    @Test func quitWorksFromAnywhere() throws {
        var state = try UITestSupport.loadedState()
        _ = reduce(&state, .openCompare)
        #expect(reduce(&state, .quit) == [.quit])
    }

    @Test func resizingKeepsScrollPositionsValid() throws {
        var state = try UITestSupport.loadedState(width: 60, height: 20)
        _ = reduce(&state, .openSelected)
        _ = reduce(&state, .goBottom)
        _ = reduce(&state, .resize(width: 200, height: 50))
        let metrics = try #require(ReaderReducer.metrics(state))
        #expect(state.readerScroll <= max(0, metrics.total - metrics.page))
    }

    @Test func theJunkToggleChangesTheReaderLength() throws {
        var state = try UITestSupport.loadedState()
        state.libraryCursor = LibraryRow.rows(try #require(state.corpus)).firstIndex { row in
            if case .article(let a) = row { return a.path.hasPrefix("002") }
            return false
        } ?? 0
        _ = reduce(&state, .openSelected)
        let hidden = try #require(ReaderReducer.metrics(state)).total
        _ = reduce(&state, .toggleBoilerplate)
        let shown = try #require(ReaderReducer.metrics(state)).total
        #expect(shown > hidden)
    }

    @Test func aLoadErrorIsShownNotFatal() {
        var state = AppState(corpusPath: "/nope", width: 80, height: 24)
        _ = reduce(&state, .loadFailed("not a folder: /nope"))
        #expect(state.message?.kind == .error)
        _ = reduce(&state, .moveDown)
        #expect(state.corpus == nil)
    }
}
