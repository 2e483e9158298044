import ParallaxCore

/// One row of the library list.
public enum LibraryRow: Sendable, Equatable {
    /// An event heading.
    case event(Event)
    /// An article under its event.
    case article(Article)
    /// A blank separator.
    case spacer
    /// The heading of the skipped files.
    case skippedHeading(Int)
    /// A file that was not loaded.
    case skipped(SkippedFile)

    /// Whether the cursor can rest on this row.
    public var isSelectable: Bool {
        if case .article = self { return true }
        return false
    }

    /// The rows of a corpus: each event and its articles, then skipped files.
    public static func rows(_ corpus: Corpus) -> [LibraryRow] {
        var rows: [LibraryRow] = []
        for event in corpus.events {
            if !rows.isEmpty { rows.append(.spacer) }
            rows.append(.event(event))
            rows += event.articleIDs.compactMap { corpus.article(id: $0).map(LibraryRow.article) }
        }
        if !corpus.skipped.isEmpty {
            if !rows.isEmpty { rows.append(.spacer) }
            rows.append(.skippedHeading(corpus.skipped.count))
            rows += corpus.skipped.map(LibraryRow.skipped)
        }
        return rows
    }
}
