import Testing
@testable import ParallaxCore
@testable import ParallaxUI

/// Entity actions: highlighting, the panel, mentions, the library's filter and event labels.
struct EntityReducerTests {
    /// The id of a fixture entity by name.
    static func id(_ name: String) throws -> EntityID {
        try #require(FixtureCorpus.withEntities?.entities.entities.first { $0.name == name }).id
    }

    @Test func eTogglesHighlightingAndTCyclesTheTypesShown() throws {
        var state = try UITestSupport.loadedState()
        _ = reduce(&state, .openSelected)
        _ = reduce(&state, .toggleEntityHighlight)
        #expect(!state.highlight.enabled)
        #expect(state.message?.text == "Entity highlighting off")
        _ = reduce(&state, .toggleEntityHighlight)
        #expect(state.highlight.enabled)
        var seen: [EntityType?] = []
        for _ in 0..<6 {
            _ = reduce(&state, .cycleEntityTypes)
            seen.append(state.highlight.only)
        }
        #expect(seen == [.person, .org, .gpe, .loc, .norp, nil])
        #expect(state.message?.text == "Highlighting every entity type")
    }

    @Test func onlyTheChosenTypeIsDecorated() throws {
        var state = try UITestSupport.loadedState()
        _ = reduce(&state, .openSelected)
        _ = reduce(&state, .cycleEntityTypes)
        let layer = try #require(Layouter().layout(for: state).reader).decorations.layers[0]
        #expect(!layer.decorations.isEmpty)
        #expect(layer.decorations.allSatisfy { $0.kind == .entity(.person) })
        _ = reduce(&state, .toggleEntityHighlight)
        #expect(try #require(Layouter().layout(for: state).reader).decorations.layers[0].decorations.isEmpty)
    }

    @Test func thePanelListsTheArticlesEntitiesAndMovementMovesTheSelectionOnly() throws {
        var state = try UITestSupport.loadedState()
        _ = reduce(&state, .openSelected)
        _ = reduce(&state, .openEntityPanel)
        let panel = try #require(state.entityPanel)
        #expect(panel.scope == .article("a-harbour"))
        #expect(panel.entities.first == (try Self.id("Antony Blinken")))
        _ = reduce(&state, .moveDown)
        _ = reduce(&state, .pageDown)
        #expect(state.entityPanel?.selection == panel.entities.count - 1)
        #expect(state.reader?.scroll == 0, "the reader below does not move")
        _ = reduce(&state, .goTop)
        #expect(state.entityPanel?.selection == 0)
        _ = reduce(&state, .back)
        #expect(state.overlay == nil)
        #expect(state.screen == .reader)
    }

    @Test func enterInThePanelJumpsToTheFirstMentionAndMarksIt() throws {
        var state = try UITestSupport.loadedState(width: 60, height: 12)
        _ = reduce(&state, .openSelected)
        _ = reduce(&state, .openEntityPanel)
        let target = try Self.id("Wang Yi")
        let row = try #require(state.entityPanel?.entities.firstIndex(of: target))
        state.entityPanel?.selection = row
        _ = reduce(&state, .openSelected)
        #expect(state.overlay == nil)
        let current = try #require(state.reader?.currentMention)
        let mention = try #require(state.mention(current))
        #expect(mention.entity == target && mention.text == "Wang Yi")
        #expect(state.message?.text == "Wang Yi — mention 1/2")
    }

    @Test func starAndHashWalkTheEntityUnderTheCursorInTheReader() throws {
        var state = try UITestSupport.loadedState()
        _ = reduce(&state, .openSelected)
        _ = reduce(&state, .nextMention)
        #expect(state.message?.text == "Antony Blinken — mention 2/3", "the cursor starts on the headline's Blinken")
        _ = reduce(&state, .nextMention)
        #expect(state.message?.text == "Antony Blinken — mention 3/3")
        _ = reduce(&state, .nextMention)
        #expect(state.message?.text == "Antony Blinken — mention 1/3", "it wraps around")
        _ = reduce(&state, .previousMention)
        #expect(state.message?.text == "Antony Blinken — mention 3/3")
    }

    @Test func inCompareStarGoesThroughTheFocusedPaneThenTheOther() throws {
        var state = try UITestSupport.loadedState()
        _ = reduce(&state, .openCompare)
        var messages: [String] = []
        for _ in 0..<4 {
            _ = reduce(&state, .nextMention)
            messages.append(state.message?.text ?? "")
        }
        #expect(messages == ["Antony Blinken — mention 2/4 (left 2/3)", "Antony Blinken — mention 3/4 (left 3/3)",
                             "Antony Blinken — mention 4/4 (right 1/1)", "Antony Blinken — mention 1/4 (left 1/3)"])
        _ = reduce(&state, .previousMention)
        #expect(state.compare?.currentMention?.articleID == "b-wire")
        #expect(state.compare?.focusedPane == 0, "focus stays; both panes are in view")
    }

    @Test func withoutEntitiesTheKeysExplainThemselves() throws {
        var state = try UITestSupport.loadedState(FixtureCorpus.plain)
        _ = reduce(&state, .openSelected)
        _ = reduce(&state, .nextMention)
        #expect(state.message?.text == "No entity on screen")
        _ = reduce(&state, .openEntityPanel)
        #expect(state.overlay == nil)
        #expect(state.message?.text == "No entities recognised here")
    }

    @Test func choosingAnEntityInTheLibraryFiltersItAndEscClearsTheFilter() throws {
        var state = try UITestSupport.loadedState()
        _ = reduce(&state, .openEntityPanel)
        #expect(state.entityPanel?.scope == .corpus)
        let target = try Self.id("Hanako Yamada")
        let row = try #require(state.entityPanel?.entities.firstIndex(of: target))
        state.entityPanel?.selection = row
        _ = reduce(&state, .openSelected)
        #expect(state.library.filter == target)
        let articles = state.allRows.compactMap { row -> String? in
            if case .article(let a) = row { return a.id } else { return nil }
        }
        #expect(articles == ["d-tokyo"])
        #expect(state.allRows[state.library.cursor].isSelectable)
        #expect(reduce(&state, .back).isEmpty, "Esc clears the filter first")
        #expect(state.library.filter == nil)
        #expect(!state.quitting)
        #expect(state.allRows.count > 3)
    }

    @Test func eventLabelsNameTheMostDistinctiveEntitiesOrFallBackToKeywords() throws {
        func label(_ state: AppState) -> [String]? {
            for row in state.allRows { if case .event(let event, let label) = row, event.articleIDs.contains("a-harbour") { return label } }
            return nil
        }
        #expect(label(try UITestSupport.loadedState()) == ["Antony Blinken", "Wang Yi", "China"])
        let plain = try UITestSupport.loadedState(FixtureCorpus.plain)
        let event = try #require(plain.corpus?.source.event(ofArticle: "a-harbour"))
        #expect(label(plain) == event.keywords)
    }

    @Test func flippingAPaneDropsACurrentMentionThatLeftTheScreen() throws {
        var state = try UITestSupport.loadedState()
        _ = reduce(&state, .openCompare)
        _ = reduce(&state, .nextMention)
        #expect(state.compare?.currentMention?.articleID == "a-harbour")
        _ = reduce(&state, .flipNext)
        #expect(state.compare?.currentMention == nil)
    }
}
