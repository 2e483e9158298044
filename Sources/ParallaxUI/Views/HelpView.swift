/// The help overlay, generated from the key table; two columns when they fit, scrollable otherwise.
enum HelpView {
    /// A titled group of key rows.
    typealias Section = (title: String, rows: [(keys: String, text: String)])

    /// Draws the help box centred in `rect` (the screen).
    static func render(scroll requested: Int, in rect: Rect, into grid: inout CellGrid, theme: Theme, keyMap: KeyMap) {
        let sections = keyMap.helpSections()
        let maxInner = rect.width - 4
        let split = bestSplit(sections, maxWidth: maxInner)
        let leftWidth = columnWidth(sections[..<split]), rightWidth = columnWidth(sections[split...])
        let twoColumns = leftWidth + 3 + rightWidth <= maxInner
        let singleWidth = min(maxInner, max(leftWidth, rightWidth))
        let left = lines(sections[..<(twoColumns ? split : sections.count)], width: twoColumns ? leftWidth : singleWidth)
        let right = twoColumns ? lines(sections[split...], width: rightWidth) : []
        let innerWidth = twoColumns ? leftWidth + 3 + rightWidth : singleWidth
        let bodyRows = max(left.count, right.count)
        // The box may cover the title bar (not the status line, which says how to close it).
        let boxHeight = min(rect.height - 1, bodyRows + 3)
        let box = Rect(x: rect.x + (rect.width - innerWidth - 4) / 2, y: rect.y + max(0, (rect.height - 1 - boxHeight) / 2),
                       width: innerWidth + 4, height: boxHeight)
        drawBox(box, title: " Keys — ? or q closes ", into: &grid, theme: theme)
        let visible = box.height - 3
        let scroll = min(requested, max(0, bodyRows - visible))
        for row in 0..<visible {
            let y = box.y + 1 + row
            if scroll + row < left.count {
                TextLayout.draw(left[scroll + row], in: &grid, x: box.x + 2, y: y,
                                width: twoColumns ? leftWidth : singleWidth, theme: theme)
            }
            if scroll + row < right.count {
                TextLayout.draw(right[scroll + row], in: &grid, x: box.x + 2 + leftWidth + 3, y: y, width: rightWidth, theme: theme)
            }
        }
        if bodyRows > visible {
            grid.write(" more: j/k ", x: box.maxX - 13, y: box.maxY - 1, style: theme.style(.helpBorder))
        }
    }

    /// Where to split the sections into two columns: the split whose taller column is shortest among
    /// those that fit the width (1 when none fits; the view then uses one column).
    static func bestSplit(_ sections: [Section], maxWidth: Int) -> Int {
        var best = 1, bestRows = Int.max
        for split in 1..<max(2, sections.count) where split < sections.count {
            let width = columnWidth(sections[..<split]) + 3 + columnWidth(sections[split...])
            let rows = max(lines(sections[..<split], width: 80).count, lines(sections[split...], width: 80).count)
            if width <= maxWidth && rows < bestRows { (best, bestRows) = (split, rows) }
        }
        return best
    }

    /// Width of the widest key list in a column.
    static func keyWidth(_ sections: ArraySlice<Section>) -> Int {
        sections.flatMap(\.rows).map { DisplayWidth.of($0.keys) }.max().map { $0 + 1 } ?? 4
    }

    /// Width a column needs: keys, then the longest description or section title.
    static func columnWidth(_ sections: ArraySlice<Section>) -> Int {
        let keys = keyWidth(sections)
        let rows = sections.flatMap(\.rows).map { keys + DisplayWidth.of($0.text) }
        let titles = sections.map { DisplayWidth.of($0.title) }
        return (rows + titles).max() ?? 10
    }

    /// Help sections as lines of a column.
    static func lines(_ sections: ArraySlice<Section>, width: Int) -> [StyledLine] {
        let keys = keyWidth(sections)
        var out: [StyledLine] = []
        for section in sections {
            if !out.isEmpty { out.append([]) }
            out.append([Span(section.title, .helpSection)])
            for row in section.rows {
                out.append([Span(DisplayWidth.pad(row.keys, to: keys), .helpKey),
                            Span(DisplayWidth.truncate(row.text, to: max(1, width - keys)))])
            }
        }
        return out
    }

    /// A framed box with a title.
    static func drawBox(_ box: Rect, title: String, into grid: inout CellGrid, theme: Theme) {
        let border = theme.style(.helpBorder)
        grid.fill(box, style: .plain)
        let horizontal = String(repeating: "─", count: max(0, box.width - 2))
        grid.write("┌" + horizontal + "┐", x: box.x, y: box.y, style: border)
        grid.write("└" + horizontal + "┘", x: box.x, y: box.maxY - 1, style: border)
        for y in (box.y + 1)..<(box.maxY - 1) {
            grid.write("│", x: box.x, y: y, style: border)
            grid.write("│", x: box.maxX - 1, y: y, style: border)
        }
        grid.write(title, x: box.x + 2, y: box.y, style: border, limit: box.maxX - 1)
    }
}
