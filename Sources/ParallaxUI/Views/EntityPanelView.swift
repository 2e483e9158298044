import ParallaxCore

/// The entities panel: each entity with its type and mentions per source, the selected one's other
/// spellings and the sources that never mention it.
enum EntityPanelView {
    /// Draws the panel inside `area`.
    static func render(_ panel: EntityPanelState, source: any CorpusSource, in area: Rect, into grid: inout CellGrid, theme: Theme) {
        let box = EntityPanelLayout.box(in: area)
        guard box.width > 10, box.height > EntityPanelLayout.chrome else { return }
        grid.fill(area, style: .plain)
        HelpView.drawBox(box, title: " " + title(panel, source: source) + " ", into: &grid, theme: theme)
        let inner = Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2)
        let all = self.columns(panel, source: source)
        let fit = EntityPanelLayout.columns(inner: inner.width, count: all.count, first: panel.firstColumn)
        let columns = Array(all[fit.shown])
        let countWidth = fit.countWidth
        let nameWidth = fit.nameWidth
        var header = DisplayWidth.pad("Entity", to: nameWidth) + DisplayWidth.pad(" Type", to: EntityPanelLayout.typeWidth)
        for column in columns {
            header += DisplayWidth.pad(" " + DisplayWidth.truncate(column.title, to: countWidth - 1), to: countWidth)
        }
        grid.write(header, x: inner.x, y: inner.y, style: theme.style(.panelHeader), limit: inner.maxX)
        if fit.isCut(of: all.count) {
            // Which sources are shown, at the end of the name column's title: "◂ 4–9 of 19 ▸".
            let range = "◂ \(fit.shown.lowerBound + 1)–\(fit.shown.upperBound) of \(all.count) ▸"
            if DisplayWidth.of(range) + 8 <= nameWidth {
                grid.write(range, x: inner.x + nameWidth - DisplayWidth.of(range) - 1, y: inner.y,
                           style: theme.style(.meta), limit: inner.x + nameWidth)
            }
        }
        let rows = inner.height - 4
        for row in 0..<rows where panel.scroll + row < panel.entities.count {
            let i = panel.scroll + row
            guard let entity = source.entitySummary(panel.entities[i]) else { continue }
            let counts = panel.scope == .corpus ? [:] : source.mentionCounts(of: entity.id, inArticles: panel.articleIDs)
            let y = inner.y + 1 + row
            let name = theme.style(.text).applying(theme.patch(.entity(entity.type)))
            var x = grid.write(DisplayWidth.pad(DisplayWidth.truncate(entity.name, to: nameWidth - 1), to: nameWidth),
                               x: inner.x, y: y, style: name, limit: inner.maxX)
            x = grid.write(DisplayWidth.pad(" " + entity.type.rawValue, to: EntityPanelLayout.typeWidth), x: x, y: y,
                           style: theme.style(.meta), limit: inner.maxX)
            for column in columns {
                let count = column.count(entity, counts)
                let text = count == 0 ? "—" : "\(count)"
                let cell = String(repeating: " ", count: max(0, countWidth - 1 - text.count)) + text + " "
                x = grid.write(cell, x: x, y: y, style: theme.style(count == 0 ? .unknown : .count), limit: inner.maxX)
            }
            if i == panel.selection {
                grid.restyle(Rect(x: inner.x, y: y, width: inner.width, height: 1)) { $0.reverse = true }
            }
        }
        drawDetails(panel, source: source, in: Rect(x: inner.x, y: inner.maxY - 3, width: inner.width, height: 3),
                    into: &grid, theme: theme)
    }

    /// The entity's other spellings: a variant that differs from the name only in case (a capitalised
    /// dateline, "NAIROBI") is not another spelling.
    static func otherSpellings(_ entity: EntitySummary) -> [String] {
        let name = entity.name.lowercased()
        return entity.variants.filter { $0.lowercased() != name }
    }

    /// A count column: its title and the count it shows for an entity.
    struct Column {
        let title: String
        let count: (EntitySummary, [String: Int]) -> Int
    }

    /// One column per source (article or event scope), or mentions and articles (corpus scope).
    static func columns(_ panel: EntityPanelState, source: any CorpusSource) -> [Column] {
        guard panel.scope != .corpus else {
            return [Column(title: "Mentions") { entity, _ in entity.mentions }, Column(title: "Articles") { entity, _ in entity.articles }]
        }
        return panel.articleIDs.enumerated().map { n, id in
            let outlet = source.summary(id: id)?.outlet ?? "[\(n + 1)]"
            return Column(title: outlet) { _, counts in counts[id] ?? 0 }
        }
    }

    /// The panel's title: what it covers and what Enter does.
    static func title(_ panel: EntityPanelState, source: any CorpusSource) -> String {
        switch panel.scope {
        case .article: return "Entities in this article — Enter: first mention · q closes"
        case .event: return "Entities in this event (\(counted(panel.articleIDs.count, "source"))) — Enter: first mention · q closes"
        case .corpus: return "Entities in the corpus — Enter: list the articles that mention it · q closes"
        }
    }

    /// A rule, then the selected entity's other spellings and the sources that leave it out.
    static func drawDetails(_ panel: EntityPanelState, source: any CorpusSource, in rect: Rect, into grid: inout CellGrid, theme: Theme) {
        grid.write(String(repeating: "─", count: rect.width), x: rect.x, y: rect.y, style: theme.style(.rule), limit: rect.maxX)
        guard panel.entities.indices.contains(panel.selection), let entity = source.entitySummary(panel.entities[panel.selection])
        else { return }
        let variants = otherSpellings(entity)
        grid.write("Also written: " + (variants.isEmpty ? "—" : variants.joined(separator: ", ")), x: rect.x, y: rect.y + 1,
                   style: theme.style(.meta), limit: rect.maxX)
        let sources = panel.scope == .corpus ? [] : panel.articleIDs
        let counts = sources.isEmpty ? [:] : source.mentionCounts(of: entity.id, inArticles: sources)
        let missing = sources.filter { (counts[$0] ?? 0) == 0 }
            .map { source.summary(id: $0)?.outlet ?? $0 }
        let text = panel.scope == .corpus
            ? "Mentioned in \(counted(entity.articles, "article")) of \(source.articleCount)"
            : "Never mentioned by: " + (missing.isEmpty ? "— (every source mentions it)" : missing.joined(separator: ", "))
        grid.write(text, x: rect.x, y: rect.y + 2, style: theme.style(missing.isEmpty ? .text : .notice), limit: rect.maxX)
    }
}
