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
        let columns = self.columns(panel, source: source)
        let countWidth = 10
        let nameWidth = max(8, inner.width - 8 - countWidth * columns.count)
        var header = DisplayWidth.pad("Entity", to: nameWidth) + DisplayWidth.pad(" Type", to: 8)
        for column in columns { header += DisplayWidth.pad(" " + column.title, to: countWidth) }
        grid.write(header, x: inner.x, y: inner.y, style: theme.style(.panelHeader), limit: inner.maxX)
        let rows = inner.height - 4
        for row in 0..<rows where panel.scroll + row < panel.entities.count {
            let i = panel.scroll + row
            guard let entity = source.entitySummary(panel.entities[i]) else { continue }
            let counts = panel.scope == .corpus ? [:] : source.mentionCounts(of: entity.id, inArticles: panel.articleIDs)
            let y = inner.y + 1 + row
            let name = theme.style(.text).applying(theme.patch(.entity(entity.type)))
            var x = grid.write(DisplayWidth.pad(entity.name, to: nameWidth), x: inner.x, y: y, style: name, limit: inner.maxX)
            x = grid.write(DisplayWidth.pad(" " + entity.type.rawValue, to: 8), x: x, y: y, style: theme.style(.meta), limit: inner.maxX)
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
            return Column(title: DisplayWidth.truncate(outlet, to: 9)) { _, counts in counts[id] ?? 0 }
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
        let variants = entity.variants.filter { $0 != entity.name }
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
