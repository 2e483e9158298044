import Testing
@testable import ParallaxUI

/// Display widths, the cell grid and wrapping, measured in columns.
struct TerminalTests {
    @Test(arguments: [("abc", 3), ("中文", 4), ("e\u{301}", 1), ("🎉", 2), ("café", 4), ("👍🏽", 2), ("", 0)])
    func textIsMeasuredInColumns(text: String, columns: Int) {
        #expect(DisplayWidth.of(text) == columns)
    }

    @Test func wideCharactersTakeTwoCellsAndDoNotSplitAtTheEdge() {
        var grid = CellGrid(width: 4, height: 1)
        let end = grid.write("a中文", x: 0, y: 0, style: .plain)
        #expect(end == 3)
        #expect(grid.rowText(0) == "a中 ")
        #expect(grid[2, 0].isContinuation)
    }

    @Test func controlCharactersNeverReachTheGrid() {
        var grid = CellGrid(width: 20, height: 1)
        grid.write("a\u{1B}[31mb\u{7}\u{9B}c", x: 0, y: 0, style: .plain)
        #expect(!grid.rowText(0).unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        #expect(grid.rowText(0).hasPrefix("a\u{FFFD}[31mb\u{FFFD}\u{FFFD}c"))
    }

    @Test func combiningMarksJoinTheirBaseCharacter() {
        var grid = CellGrid(width: 4, height: 1)
        grid.write("e\u{301}x", x: 0, y: 0, style: .plain)
        #expect(grid[0, 0].text == "e\u{301}")
        #expect(grid[1, 0].text == "x")
    }

    @Test func wrappingBreaksAtSpacesWithinTheWidth() {
        let lines = TextLayout.wrap("The quick brown fox jumps over the lazy dog", width: 10)
        #expect(lines == ["The quick", "brown fox", "jumps over", "the lazy", "dog"])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 10 })
    }

    @Test func wrappingCountsWideCharactersAsTwo() {
        let lines = TextLayout.wrap("中文 中文 中文", width: 9)
        #expect(lines == ["中文 中文", "中文"])
    }

    @Test func wordsLongerThanALineAreBroken() {
        let lines = TextLayout.wrap("abcdefghijklmnop", width: 5)
        #expect(lines == ["abcde", "fghij", "klmno", "p"])
    }

    @Test func truncationAddsAnEllipsisWithinTheWidth() {
        #expect(DisplayWidth.truncate("Hello world", to: 6) == "Hello…")
        #expect(DisplayWidth.of(DisplayWidth.truncate("中文中文", to: 5)) <= 5)
    }

    @Test func noColorKeepsHighlightsThroughAttributes() {
        let theme = Theme.forEnvironment(["NO_COLOR": "1"])
        #expect(!theme.usesColor)
        #expect(theme.style(.selection).reverse)
        #expect(theme.style(.headline).bold)
        #expect(Theme.forEnvironment([:]).usesColor)
    }

    @Test func svgExportKeepsColoursAndEscapesText() {
        var grid = CellGrid(width: 10, height: 1)
        grid.write("<a&b>", x: 0, y: 0, style: Style(fg: .red, bg: .blue))
        let svg = SVGExport.svg(grid)
        #expect(svg.contains("&lt;a&amp;b&gt;"))
        #expect(svg.contains(SVGExport.palette[Color.red.rawValue]))
        #expect(svg.contains(SVGExport.palette[Color.blue.rawValue]))
    }
}
