import ParallaxCore

/// The open corpus as the state holds it: the index it reads from and the generation it last saw.
///
/// Two handles are equal when they read the same index at the same generation, so a state that
/// changes only when the index commits something new stays cheap to compare.
public struct CorpusHandle: Sendable, Equatable {
    /// The index (or any other source) the views and reducers read a few rows at a time.
    public let source: any CorpusSource
    /// The index's generation when the state last took notice of it.
    public let generation: Int

    /// A handle on a source at its current generation.
    public init(_ source: any CorpusSource) {
        self.source = source
        self.generation = source.generation
    }

    /// The same source at another generation.
    public init(_ source: any CorpusSource, generation: Int) {
        self.source = source
        self.generation = generation
    }

    /// Same source, same generation.
    public static func == (a: CorpusHandle, b: CorpusHandle) -> Bool {
        a.source === b.source && a.generation == b.generation
    }
}

/// What the library lists: the index's own order (optionally only articles mentioning an entity),
/// or the articles a fuzzy filter ranked, best first.
public enum LibraryListing: Sendable, Equatable {
    /// The index's rows, read a page at a time; `count` as of the handle's generation.
    case index(mentioning: EntityID?, count: Int)
    /// Article ids ranked by the fuzzy filter (events dissolved).
    case ranked([String])

    /// How many rows are listed.
    public var count: Int {
        switch self {
        case .index(_, let count): return count
        case .ranked(let ids): return ids.count
        }
    }
}

extension LibraryEntry {
    /// Whether the library's cursor can rest on this row.
    public var isSelectable: Bool {
        if case .article = self { return true }
        return false
    }
}

/// One row of the library list (the index's entry type).
public typealias LibraryRow = LibraryEntry
