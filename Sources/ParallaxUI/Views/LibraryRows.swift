import Foundation
import ParallaxCore

/// One row of the library list.
public enum LibraryRow: Sendable, Equatable {
    /// An event heading with its label (distinctive entities, or keywords).
    case event(Event, label: [String])
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

    /// The rows of a corpus: each event and its articles (only those mentioning `entity` when given),
    /// then skipped files (not when filtered).
    public static func rows(_ corpus: Corpus, mentioning entity: EntityID? = nil) -> [LibraryRow] {
        let keep = entity.map { Set(corpus.entities.articles(mentioning: $0)) }
        var rows: [LibraryRow] = []
        for event in corpus.events {
            let articles = event.articleIDs.filter { keep?.contains($0) ?? true }.compactMap { corpus.article(id: $0) }
            if articles.isEmpty { continue }
            if !rows.isEmpty { rows.append(.spacer) }
            rows.append(.event(event, label: EventLabel.label(event, in: corpus)))
            rows += articles.map(LibraryRow.article)
        }
        if !corpus.skipped.isEmpty && entity == nil {
            if !rows.isEmpty { rows.append(.spacer) }
            rows.append(.skippedHeading(corpus.skipped.count))
            rows += corpus.skipped.map(LibraryRow.skipped)
        }
        return rows
    }
}

/// An event's label: its most distinctive entities, or its keywords when there are no entities.
enum EventLabel {
    /// At most three names, ranked by `Corpus.eventLabel` (the core's `EventLabeler`).
    static func label(_ event: Event, in corpus: Corpus) -> [String] {
        let entities = corpus.eventLabel(event)
        return entities.isEmpty ? event.keywords : entities.map(\.name)
    }
}
