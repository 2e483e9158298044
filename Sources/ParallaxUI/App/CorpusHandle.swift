import ParallaxCore
import Synchronization

/// The open corpus as the state holds it: the index it reads from and the generation it last saw.
///
/// Two handles are equal when they read the same index at the same generation, so a state that
/// changes only when the index commits something new stays cheap to compare.
public struct CorpusHandle: Sendable, Equatable {
    /// The index (or any other source) the views and reducers read a few rows at a time.
    public let source: any CorpusSource
    /// The index's generation when the state last took notice of it.
    public let generation: Int
    /// Library pages read at this generation (a new generation gets a new, empty cache).
    let pages = LibraryPages()

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

    /// Library rows `range` of the unfiltered or entity-filtered list, through the page cache.
    func library(_ range: Range<Int>, mentioning entity: EntityID?) -> [LibraryEntry] {
        pages.rows(range, mentioning: entity, from: source)
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

/// The library's rows in aligned pages of 64, the last few pages kept: moving the cursor or redrawing
/// reads the index only when it reaches a page not read yet.
final class LibraryPages: Sendable {
    /// Rows per page.
    static let size = 64
    /// Pages kept.
    static let capacity = 8
    private let cache = Mutex<[(key: Key, rows: [LibraryEntry])]>([])

    /// A page: which list and which page of it.
    struct Key: Equatable, Sendable {
        let entity: EntityID?
        let page: Int
    }

    /// Rows `range`, read a page at a time from `source` when not cached.
    func rows(_ range: Range<Int>, mentioning entity: EntityID?, from source: any CorpusSource) -> [LibraryEntry] {
        guard !range.isEmpty, range.lowerBound >= 0 else { return [] }
        var out: [LibraryEntry] = []
        out.reserveCapacity(range.count)
        var page = range.lowerBound / Self.size
        while page * Self.size < range.upperBound {
            let rows = self.page(Key(entity: entity, page: page), from: source)
            let start = page * Self.size
            let lower = max(range.lowerBound, start) - start, upper = min(range.upperBound, start + Self.size) - start
            if lower < rows.count { out += rows[lower..<min(upper, rows.count)] }
            if rows.count < Self.size { break }
            page += 1
        }
        return out
    }

    /// One page, from the cache or the source.
    private func page(_ key: Key, from source: any CorpusSource) -> [LibraryEntry] {
        if let hit = cache.withLock({ $0.first { $0.key == key }?.rows }) { return hit }
        let start = key.page * Self.size
        let rows = source.library(start..<(start + Self.size), mentioning: key.entity)
        cache.withLock { pages in
            pages.append((key, rows))
            if pages.count > Self.capacity { pages.removeFirst() }
        }
        return rows
    }
}
