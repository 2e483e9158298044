import ParallaxCore

/// The library: events with their articles, one line each (outlet, date, headline, length).
enum LibraryView {
    /// Draws the event list with the selected row highlighted.
    static func render(_ state: AppState, in area: Rect, into grid: inout CellGrid, theme: Theme) {
        let count = state.listing.count
        if count == 0, let query = state.library.query {
            grid.write("No article matches “\(TextSanitizer.displaySafe(query))” — Backspace or Esc",
                       x: 2, y: area.y + 1, style: theme.style(.notice), limit: area.maxX)
            return
        }
        if count == 0 {
            if state.indexing {
                let text = state.indexProgress.map { AppView.progressText($0, width: area.width) } ?? "Indexing: looking for article files …"
                grid.write(text, x: 2, y: area.y + 1, style: theme.style(.text), limit: area.maxX)
            } else {
                grid.write("No article files (.txt, .md) in \(TextSanitizer.displaySafe(state.corpusPath))", x: 2, y: area.y + 1,
                           style: theme.style(.notice), limit: area.maxX)
            }
            return
        }
        // Only the rows on screen are read from the index.
        let top = min(state.library.scroll, count)
        let rows = state.libraryRows(top..<min(count, top + area.height))
        for (offset, row) in rows.enumerated() where offset < area.height {
            let y = area.y + offset
            let selected = top + offset == state.library.cursor
            let line = self.line(row, width: area.width)
            TextLayout.draw(line, in: &grid, x: area.x, y: y, width: area.width, theme: theme)
            if selected {
                grid.write("›", x: area.x, y: y, style: theme.style(.selection))
                let selection = theme.style(.selection)
                grid.restyle(Rect(x: area.x, y: y, width: area.width, height: 1)) { style in
                    style = Style(fg: selection.fg, bg: selection.bg, bold: style.bold, underline: style.underline,
                                  reverse: selection.reverse)
                }
            }
        }
    }

    /// Column widths: outlet and date fixed, headline flexible, words on the right.
    static func line(_ row: LibraryRow, width: Int) -> StyledLine {
        switch row {
        case .spacer: return []
        case .event(let event, let label):
            let sources = event.articleIDs.count
            var spans: StyledLine = [Span("▌ ", .eventHeader), Span(counted(sources, "source"), .eventHeader)]
            if let dates = event.dates {
                spans.append(Span(" · "))
                let range = dates.lowerBound == dates.upperBound ? "\(dates.lowerBound)" : "\(dates.lowerBound) – \(dates.upperBound)"
                spans.append(Span(range, .date))
            }
            if !label.isEmpty {
                spans.append(Span(" · "))
                spans.append(Span(label.joined(separator: label == event.keywords ? ", " : " · "), .keyword))
            }
            return spans
        case .article(let article):
            return articleLine(article, width: width)
        case .pendingHeading(let n):
            return [Span("▌ Not yet grouped into events (\(n)) — analysis is running", .notice)]
        case .skippedHeading(let n):
            return [Span("▌ Skipped files (\(n))", .notice)]
        case .skipped(let file):
            return [Span("  " + file.path, .text), Span(" — " + file.reason, .unknown)]
        }
    }

    /// One article row: outlet, date, headline, words.
    static func articleLine(_ article: ArticleSummary, width: Int) -> StyledLine {
        let outletWidth = width >= 100 ? 18 : 13
        let wordsText = "\(article.words)w"
        let titleWidth = max(4, width - 2 - outletWidth - 1 - 10 - 2 - 7)
        var spans: StyledLine = [Span("  ")]
        spans.append(article.outlet.map { Span(DisplayWidth.pad($0, to: outletWidth), .outlet) }
                     ?? Span(DisplayWidth.pad("unknown", to: outletWidth), .unknown))
        spans.append(Span(" "))
        spans.append(article.date.map { Span($0.description, .date) } ?? Span(DisplayWidth.pad("—", to: 10), .unknown))
        spans.append(Span("  "))
        spans.append(Span(DisplayWidth.pad(article.title, to: titleWidth), article.hasHeadline ? .headline : .firstWords))
        spans.append(Span(String(repeating: " ", count: max(1, 7 - wordsText.count)) + wordsText, .count))
        return spans
    }
}
