import Testing
@testable import ParallaxCore
@testable import ParallaxUI

/// Each view rendered alone into a small grid, lines and styles compared exactly; every view stays
/// inside the rectangle it is given.
struct ViewGridTests {
    static let theme = TextModelTests.colours

    @Test func theReaderDrawsItsHeaderAndHighlightedBodyInsideItsRectangle() throws {
        var state = try UITestSupport.loadedState(width: 40, height: 12)
        _ = reduce(&state, .openSelected)
        let layout = Layouter().layout(for: state)
        var grid = CellGrid(width: 40, height: 12)
        let area = Rect(x: 0, y: 1, width: 40, height: 8)
        ReaderView.render(state, layout: layout, in: area, into: &grid, theme: .monochrome)
        let lines = UITestSupport.lines(grid)
        #expect(lines[0].isEmpty && lines[9].isEmpty && lines[11].isEmpty, "nothing outside the rectangle")
        #expect(lines[1] == "  Harbour Times · 2024-05-31")
        #expect(lines[2] == "  Blinken Presses China on Pacific")
        #expect(grid[2, 2].style == Style(bold: true), "PERSON is bold without colour (on the bold headline)")
        #expect(grid[19, 2].style == Style(bold: true, underline: true), "GPE is bold and underlined")
    }

    @Test func aComparePaneKeepsToItsHalf() throws {
        var state = try UITestSupport.loadedState(width: 60, height: 10)
        _ = reduce(&state, .openCompare)
        let layout = Layouter().layout(for: state)
        var grid = CellGrid(width: 60, height: 10)
        let area = layout.content
        CompareView.render(state, layout: layout, in: area, into: &grid, theme: Self.theme)
        let lines = UITestSupport.lines(grid)
        #expect(lines[1] == " ▶ [1/3] Harbour Times · 202 │ [2/3] Example Wire · 2024-05")
        #expect(lines.dropFirst().dropLast().allSatisfy { $0.count >= 30 && Array($0)[29] == "│" })
        #expect(lines[0].isEmpty && lines[9].isEmpty)
    }

    @Test func theStatusBarShowsTheMessageOrTheHints() throws {
        var state = try UITestSupport.loadedState(width: 40, height: 10)
        var grid = CellGrid(width: 40, height: 10)
        let layout = Layouter().layout(for: state)
        StatusBarView.render(state, layout: layout, in: Rect(x: 0, y: 9, width: 40, height: 1), into: &grid, theme: Self.theme,
                             keyMap: .standard)
        #expect(UITestSupport.lines(grid)[9] == " ? help  Enter/l read  c compare    1/4")
        state.message = StatusMessage("Wang Yi — mention 1/2")
        StatusBarView.render(state, layout: layout, in: Rect(x: 0, y: 9, width: 40, height: 1), into: &grid, theme: Self.theme,
                             keyMap: .standard)
        #expect(UITestSupport.lines(grid)[9] == " Wang Yi — mention 1/2              1/4")
    }

    @Test func theLegendShowsEachTypeInItsStyle() {
        var grid = CellGrid(width: 30, height: 1)
        var highlight = EntityHighlight()
        highlight.only = .person
        LegendView.render(highlight, x: 0, y: 0, limit: 30, into: &grid, theme: .standard)
        #expect(UITestSupport.lines(grid) == [" PERSON ORG GPE LOC NORP"])
        #expect(grid[1, 0].style == Style(fg: .brightYellow))
        #expect(grid[8, 0].style == Style(dim: true), "types not shown are dimmed")
    }

    @Test func theEntitiesPanelListsCountsPerSourceAndWhoLeavesItOut() throws {
        var state = try UITestSupport.loadedState(width: 70, height: 16)
        _ = reduce(&state, .openCompare)
        _ = reduce(&state, .openEntityPanel)
        _ = reduce(&state, .goBottom)
        let panel = try #require(state.entityPanel)
        var grid = CellGrid(width: 70, height: 16)
        EntityPanelView.render(panel, source: try #require(state.corpus?.source), in: Rect(x: 0, y: 1, width: 70, height: 14),
                               into: &grid, theme: .monochrome)
        let text = UITestSupport.lines(grid).joined(separator: "\n")
        #expect(text.contains("│ State Department           ORG            1         —         —  │"))
        #expect(text.contains("Type    Harbour … Example … Daily Ga…"))
        #expect(text.contains("Never mentioned by: Example Wire, Daily Gazette"))
        #expect(UITestSupport.lines(grid)[0].isEmpty && UITestSupport.lines(grid)[15].isEmpty)
    }

    @Test func tooSmallFitsItsGrid() throws {
        let state = AppState(corpusPath: "x", width: 30, height: 8)
        var grid = CellGrid(width: 30, height: 8)
        TooSmallView.render(state, in: Rect(x: 0, y: 0, width: 30, height: 8), into: &grid, theme: .standard)
        #expect(UITestSupport.lines(grid)[2...4] == ["      Terminal too small", "       30x8, need 40x10", "   Enlarge it, or Q to quit"])
    }

    @Test func theLibraryDrawsRowsInsideItsRectangle() throws {
        let state = try UITestSupport.loadedState(width: 50, height: 8)
        var grid = CellGrid(width: 50, height: 8)
        LibraryView.render(state, in: Rect(x: 0, y: 1, width: 50, height: 3), into: &grid,
                           theme: .monochrome)
        #expect(UITestSupport.lines(grid) == [
            "", "▌ 3 sources · 2024-05-31 – 2024-06-01 · Antony Bli", "› Harbour Times 2024-05-31  Blinken Presse…    72w",
            "  Example Wire  2024-05-31  US and China T…    55w", "", "", "", "",
        ])
        #expect(grid[3, 2].style == Style(bold: true, reverse: true), "the selected row is reversed, the outlet stays bold")
    }

    @Test func theTitleBarNamesTheScreenAndShowsTheLegend() throws {
        var state = try UITestSupport.loadedState(width: 60, height: 10)
        _ = reduce(&state, .openSelected)
        var grid = CellGrid(width: 60, height: 2)
        TitleBarView.render(state, in: Rect(x: 0, y: 0, width: 60, height: 1), into: &grid, theme: .standard)
        #expect(UITestSupport.lines(grid) == [" Parallax › Reader   PERSON ORG GPE LOC NORP   corpus · 4 a…", ""])
        #expect(grid[21, 0].style == Style(fg: .brightYellow))
    }

    @Test func helpStaysInItsRectangle() {
        var grid = CellGrid(width: 50, height: 12)
        HelpView.render(scroll: 0, in: Rect(x: 0, y: 0, width: 50, height: 10), into: &grid, theme: .monochrome, keyMap: .standard)
        let lines = UITestSupport.lines(grid)
        #expect(lines[0].drop(while: { $0 == " " }).hasPrefix("┌─ Keys"))
        #expect(lines[8].drop(while: { $0 == " " }).hasPrefix("└") && lines[8].contains("more: j/k"))
        #expect(lines[9].isEmpty && lines[10].isEmpty && lines[11].isEmpty)
    }
}

/// The entities panel of an event with more sources than fit: the name column keeps its width, the
/// header says which sources are shown, and ←/→ move the window of source columns.
struct EntityPanelColumnsTests {
    @Test func columnsNarrowBeforeTheyAreCutAndTheNameKeepsItsWidth() {
        // 80 columns, 3 sources: ten each and the rest for the name, as before.
        #expect(EntityPanelLayout.columns(inner: 74, count: 3, first: 0) == .init(nameWidth: 36, countWidth: 10, shown: 0..<3))
        // 200 columns, 19 sources: all of them, eight each.
        #expect(EntityPanelLayout.columns(inner: 194, count: 19, first: 0) == .init(nameWidth: 34, countWidth: 8, shown: 0..<19))
        // 80 columns, 19 sources: five at a time, and the window stops at the last source.
        let cut = EntityPanelLayout.columns(inner: 74, count: 19, first: 0)
        #expect(cut == .init(nameWidth: 26, countWidth: 8, shown: 0..<5))
        #expect(cut.nameWidth >= EntityPanelLayout.minimumNameWidth)
        #expect(EntityPanelLayout.columns(inner: 74, count: 19, first: 40).shown == 14..<19)
        #expect(EntityPanelLayout.scrolledFirst(14, by: 1, inner: 74, count: 19) == 14)
        #expect(EntityPanelLayout.scrolledFirst(0, by: -1, inner: 74, count: 19) == 0)
    }

    @Test func arrowsMoveTheSourceColumnsOfANarrowPanel() throws {
        var state = try UITestSupport.loadedState(width: 44, height: 16)
        _ = reduce(&state, .openCompare)
        _ = reduce(&state, .openEntityPanel)
        #expect(KeyMap.standard.action(for: .right, in: state) == .panelColumnsRight)
        #expect(KeyMap.standard.action(for: .char("h"), in: state) == .panelColumnsLeft)
        func header() throws -> String {
            let panel = try #require(state.entityPanel)
            var grid = CellGrid(width: 44, height: 16)
            EntityPanelView.render(panel, source: try #require(state.corpus?.source), in: Rect(x: 0, y: 1, width: 44, height: 14),
                                   into: &grid, theme: .monochrome)
            return UITestSupport.lines(grid)[2]
        }
        let sources = try #require(state.entityPanel).articleIDs.map { try #require(state.corpus?.source.summary(id: $0)?.outlet) }
        #expect(sources.count == 3)
        let first = try header()
        #expect(first.contains("◂ 1–1 of 3 ▸"))
        #expect(first.contains(DisplayWidth.truncate(sources[0], to: 7)))
        _ = reduce(&state, .panelColumnsRight)
        _ = reduce(&state, .panelColumnsRight)
        _ = reduce(&state, .panelColumnsRight)
        let last = try header()
        #expect(last.contains("◂ 3–3 of 3 ▸"))
        #expect(last.contains(DisplayWidth.truncate(sources[2], to: 7)))
        _ = reduce(&state, .panelColumnsLeft)
        #expect(try header().contains("◂ 2–2 of 3 ▸"))
    }
}

/// "Also written" lists other spellings, not the same name in capitals.
@Test func alsoWrittenSkipsVariantsThatDifferOnlyInCase() {
    let entity = EntitySummary(id: EntityID(1), name: "Nairobi", type: .gpe, variants: ["Nairobi", "NAIROBI", "Nairobbi"],
                               articles: 2, mentions: 5)
    #expect(EntityPanelView.otherSpellings(entity) == ["Nairobbi"])
}
