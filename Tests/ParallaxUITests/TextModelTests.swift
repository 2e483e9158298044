import Testing
@testable import ParallaxCore
@testable import ParallaxUI

/// Wrapping into line ranges, and decorations composed onto wrapped lines.
struct TextModelTests {
    /// A paragraph block whose text is verbatim from raw offset `rawStart`.
    static func text(_ s: String, rawStart: Int = 100) -> TextLines {
        var text = TextLines()
        text.add(TextBlock(s, offsets: OffsetMap(verbatimCount: s.unicodeScalars.count, rawStart: rawStart)))
        return text
    }

    static let colours = Theme([:], decorations: [
        .entity(.person): StylePatch(fg: .yellow), .searchMatch: StylePatch(bg: .blue, underline: true),
        .currentMention: StylePatch(bold: true, reverse: true),
    ])

    /// Draws each line of a text into a grid of `width` columns.
    static func draw(_ text: TextLines, _ decorations: DecorationSet, width: Int) -> CellGrid {
        var grid = CellGrid(width: width, height: text.lines.count)
        for (y, line) in text.lines.enumerated() {
            LineRenderer.draw(line, of: text, decorations: decorations, at: 0, y: y, width: width, into: &grid, theme: colours)
        }
        return grid
    }

    @Test func wrappingYieldsScalarRangesIntoTheTextNotNewStrings() {
        var text = Self.text("Antony Blinken met Wang Yi in Beijing")
        text.lines = LineWrapper.wrap([0], of: text, width: 16)
        #expect((0..<text.lines.count).map { text.text(ofLine: $0) } == ["Antony Blinken", "met Wang Yi in", "Beijing"])
        #expect(text.lines[1].runs.map(\.scalars) == [15..<29])
        #expect(text.blocks[0].rawRange(15..<29) == 115..<129)
    }

    @Test func wideCharactersAndLongWordsWrapByColumns() {
        var text = Self.text("東京で新しい美術館 abcdefghijkl")
        text.lines = LineWrapper.wrap([0], of: text, width: 6)
        #expect((0..<text.lines.count).map { text.text(ofLine: $0) } == ["東京で", "新しい", "美術館", "abcdef", "ghijkl"])
    }

    @Test func anEntityInsideASearchMatchKeepsItsColourAndGainsTheMatchStyle() {
        var text = Self.text("so Antony Blinken said")
        text.lines = LineWrapper.wrap([0], of: text, width: 40)
        let decorations = DecorationSet([
            DecorationLayer([Decoration(raw: 103..<117, kind: .entity(.person))]),
            DecorationLayer([Decoration(raw: 100..<109, kind: .searchMatch)]),
        ])
        let grid = Self.draw(text, decorations, width: 40)
        #expect(grid[0, 0].style == Style(bg: .blue, underline: true), "match only")
        #expect(grid[3, 0].style == Style(fg: .yellow, bg: .blue, underline: true), "entity and match")
        #expect(grid[10, 0].style == Style(fg: .yellow), "entity only")
        #expect(grid[18, 0].style == .plain)
    }

    @Test func aMatchCrossingALineWrapIsStyledOnBothLines() {
        var text = Self.text("one two three four")
        text.lines = LineWrapper.wrap([0], of: text, width: 8)
        #expect(text.text(ofLine: 0) == "one two")
        let match = DecorationSet([DecorationLayer([Decoration(raw: 104..<113, kind: .searchMatch)])]) // "two three"
        let grid = Self.draw(text, match, width: 8)
        #expect(GridExport.styled(grid).contains("....aaa\naaaaa\n"))
    }

    @Test func wideCharactersAreDecoratedWhole() {
        var text = Self.text("館長は東京にいる")
        text.lines = LineWrapper.wrap([0], of: text, width: 20)
        let grid = Self.draw(text, DecorationSet([DecorationLayer([Decoration(raw: 103..<105, kind: .entity(.person))])]), width: 20)
        #expect(GridExport.text(grid) == "館長は東京にいる\n")
        let styled = (0..<16).map { grid[$0, 0].style.fg == .yellow }
        #expect(styled == (0..<16).map { (6..<10).contains($0) }, "both cells of 東 and 京, nothing else")
    }

    @Test func aTaggedJunkParagraphMapsOnlyItsOwnText() {
        let tag = "[junk: share] "
        var text = TextLines()
        text.add(TextBlock(tag + "Share this", role: .boilerplate, offsets: OffsetMap(verbatimCount: 10, rawStart: 50),
                           unmappedPrefix: tag.unicodeScalars.count))
        #expect(text.blocks[0].rawRange(0..<14) == nil)
        #expect(text.blocks[0].rawRange(14..<19) == 50..<55)
        #expect(text.blocks[0].scalarRange(56..<60) == 20..<24)
    }

    @Test func theLayerSearchFindsLongDecorationsStartingBeforeTheLine() {
        let layer = DecorationLayer([Decoration(raw: 0..<500, kind: .searchMatch), Decoration(raw: 300..<310, kind: .entity(.org)),
                                     Decoration(raw: 600..<610, kind: .entity(.org))])
        #expect(layer.overlapping(305..<400).map(\.raw) == [0..<500, 300..<310])
        #expect(layer.overlapping(510..<600).isEmpty)
    }

    @Test func headerFieldsKeepTheirRawOffsets() throws {
        let corpus = try #require(FixtureCorpus.plain)
        let article = try #require(corpus.article(id: "a-harbour"))
        let header = ArticleText.header(article, width: 60, titleLines: 3, showBoilerplate: false, label: nil, compact: false)
        let title = try #require(header.blocks.first { $0.role == .headline })
        let raw = try #require(title.rawRange(0..<7))
        let file = try String(contentsOf: FixtureCorpus.folder.appendingPathComponent("a-harbour.txt"), encoding: .utf8)
        #expect(String(String.UnicodeScalarView(Array(file.unicodeScalars)[raw])) == "Blinken")
        #expect(header.blocks.contains { $0.text == "Jane Doe" && $0.offsets != nil })
    }
}
