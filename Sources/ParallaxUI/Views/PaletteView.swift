import ParallaxCore

/// The corpus search palette: the query field, a line saying what the query found (or why it does not
/// parse, pointing at the place), then the hits — headline with outlet and date, and a snippet with the
/// matched words highlighted.
enum PaletteView {
    /// Rows of the box that are not hits: borders, the field, the status line and the rule.
    static let chrome = 5

    /// Hits visible at a terminal height (two rows each).
    static func visibleHits(height: Int) -> Int { max(1, (height - 2 - chrome) / 2) }

    /// Draws the palette over the content area.
    static func render(_ palette: PaletteState, state: AppState, in area: Rect, into grid: inout CellGrid, theme: Theme) {
        let box = EntityPanelLayout.box(in: area)
        guard box.width > 12, box.height > chrome + 1 else { return }
        grid.fill(area, style: .plain)
        HelpView.drawBox(box, title: " Search the corpus — words, \"phrases\", -not, outlet: date: entity: type: ", into: &grid,
                         theme: theme)
        let inner = Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2)
        drawField(palette.editor, x: inner.x, y: inner.y, width: inner.width, into: &grid, theme: theme)
        drawStatus(palette, state: state, x: inner.x, y: inner.y + 1, width: inner.width, into: &grid, theme: theme)
        grid.write(String(repeating: "─", count: inner.width), x: inner.x, y: inner.y + 2, style: theme.style(.rule),
                   limit: inner.maxX)
        let visible = max(1, (inner.height - 3) / 2)
        for row in 0..<visible where palette.scroll + row < palette.hits.count {
            let index = palette.scroll + row
            let y = inner.y + 3 + row * 2
            guard y + 1 < inner.maxY + 1 else { break }
            drawHit(palette.hits[index], selected: index == palette.selection, x: inner.x, y: y, width: inner.width,
                    into: &grid, theme: theme)
        }
    }

    /// `› query▏` with the cursor shown reversed.
    static func drawField(_ editor: LineEditor, x: Int, y: Int, width: Int, into grid: inout CellGrid, theme: Theme) {
        let field = theme.style(.text)
        var col = grid.write("› ", x: x, y: y, style: theme.style(.helpKey), limit: x + width)
        let characters = PromptView.visible(editor, width: max(1, width - 3))
        for (i, ch) in characters.text.enumerated() {
            let style = i == characters.cursor ? field.applying(StylePatch(reverse: true)) : field
            col = grid.write(TextSanitizer.displaySafe(String(ch)), x: col, y: y, style: style, limit: x + width)
        }
        if characters.cursor >= characters.text.count {
            grid.write(" ", x: col, y: y, style: field.applying(StylePatch(reverse: true)), limit: x + width)
        }
    }

    /// What the query found, that it is running, or why it does not parse (the hits below stay).
    static func drawStatus(_ palette: PaletteState, state: AppState, x: Int, y: Int, width: Int, into grid: inout CellGrid,
                           theme: Theme) {
        let text: String
        let role: Role
        if let error = palette.error {
            let column = min(error.position, palette.editor.text.count)
            text = "✗ " + error.message + " (col \(column + 1))" + (palette.hits.isEmpty ? "" : " · last results kept")
            role = .notice
        } else if palette.editor.text.trimmingCharacters(in: .whitespaces).isEmpty {
            let total = state.corpus.map { counted($0.source.articleCount, "article") } ?? "the corpus"
            text = "Type to search \(total) — e.g. sanctions outlet:reuters date:2024-04..2024-05 \"two-state solution\""
            role = .meta
        } else if palette.pending != nil && palette.hitsFor != palette.editor.text {
            text = "searching …"
            role = .meta
        } else if palette.hits.isEmpty {
            text = waitingNote(palette.editor.text).map { "Keep typing — " + $0 } ?? "No article matches"
            role = .notice
        } else {
            let more = palette.hits.count >= PaletteState.resultLimit ? "best \(palette.hits.count)" : counted(palette.hits.count, "hit")
            // The index scores hits 0 when it lists them instead of ranking: filters only, or too many matches.
            let words = (try? QueryParser.parse(palette.editor.text).get())?.searched.terms.isEmpty == false
            let order = !palette.hits.allSatisfy { $0.score == 0 } ? "best first"
                : words ? "headline matches, then newest first" : "newest first"
            text = more + ", " + order + (waitingNote(palette.editor.text).map { " · " + $0 } ?? " — Enter opens the article at the hit")
            role = .meta
        }
        grid.write(DisplayWidth.truncate(TextSanitizer.displaySafe(text), to: width), x: x, y: y, style: theme.style(role),
                   limit: x + width)
    }

    /// Why the word being typed is not searched yet (`SearchQuery.minimumPrefix`), or nil when it is.
    static func waitingNote(_ text: String) -> String? {
        guard case .success(let query) = QueryParser.parse(text), let word = query.waitingPrefix else { return nil }
        return "“\(word)” is searched from \(SearchQuery.minimumPrefix) letters"
    }

    /// Two rows: outlet · date · headline, then the snippet with the matched words highlighted.
    static func drawHit(_ hit: SearchHit, selected: Bool, x: Int, y: Int, width: Int, into grid: inout CellGrid, theme: Theme) {
        let a = hit.article
        var col = grid.write(DisplayWidth.pad(TextSanitizer.displaySafe(a.outlet ?? "unknown"), to: 14),
                             x: x, y: y, style: theme.style(a.outlet == nil ? .unknown : .outlet), limit: x + width)
        col = grid.write(" " + (a.date?.description ?? "—         ") + "  ", x: col, y: y, style: theme.style(.date), limit: x + width)
        grid.write(DisplayWidth.truncate(TextSanitizer.displaySafe(a.title), to: max(1, x + width - col)), x: col, y: y,
                   style: theme.style(.headline), limit: x + width)
        // The snippet, with the highlighted character ranges drawn in the search-match style.
        let characters = Array(TextSanitizer.displaySafe(hit.snippet))
        let marked = theme.style(.text).applying(theme.patch(.searchMatch))
        col = grid.write("  ", x: x, y: y + 1, style: theme.style(.text), limit: x + width)
        for (i, ch) in characters.enumerated() {
            let hot = hit.highlights.contains { $0.contains(i) }
            let before = col
            col = grid.write(String(ch), x: col, y: y + 1, style: hot ? marked : theme.style(.meta), limit: x + width)
            if col == before { break }
        }
        if selected {
            grid.write("›", x: x - 1, y: y, style: theme.style(.selection), limit: x + width)
            let selection = theme.style(.selection)
            grid.restyle(Rect(x: x, y: y, width: width, height: 1)) { style in
                style = Style(fg: selection.fg, bg: selection.bg, bold: style.bold, underline: style.underline,
                              reverse: selection.reverse)
            }
        }
    }
}
