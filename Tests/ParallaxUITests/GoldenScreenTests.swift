import Testing
@testable import ParallaxUI

/// Whole screens at 80x24 on the fixture corpus, text and styles compared with Snapshots/.
struct GoldenScreenTests {
    @Test(arguments: [
        ("library-80x24", ""),
        ("reader-80x24", "Enter"),
        ("reader-junk-80x24", "Enter x G"),
        ("reader-current-mention-80x24", "Enter * *"),
        ("reader-one-type-80x24", "Enter t"),
        ("compare-80x24", "c Tab j"),
        ("compare-mentions-80x24", "c * * * *"),
        ("compare-single-80x24", "G c"),
        ("entities-panel-event-80x24", "c i j"),
        ("entities-panel-corpus-80x24", "i"),
        ("library-filtered-80x24", "i Enter"),
        ("help-80x24", "?"),
        ("reader-search-typing-80x24", "Enter / c h i n a"),
        ("reader-search-wrap-80x24", "Enter / t h a t Space c h i n a Enter"),
        ("reader-search-next-80x24", "Enter / b l i n k e n Enter n n n"),
        ("compare-search-80x24", "c Tab / b e i j i n g Enter"),
        ("library-fuzzy-80x24", "/ b e i j"),
        ("library-fuzzy-kept-80x24", "/ s h i p Enter j"),
    ])
    func screen(name: String, keys: String) throws {
        let (_, grid) = try UITestSupport.screen(after: keys)
        UITestSupport.assertSnapshot(grid, named: name)
    }

    @Test func readerWithoutColour() throws {
        let (_, grid) = try UITestSupport.screen(after: "Enter", theme: .monochrome)
        UITestSupport.assertSnapshot(grid, named: "reader-nocolor-80x24")
    }

    @Test func tooSmall() throws {
        let (_, grid) = try UITestSupport.screen(after: "", width: 30, height: 8)
        UITestSupport.assertSnapshot(grid, named: "too-small-30x8")
    }
}
