import Foundation
import Synchronization

/// A small least-recently-used cache of parsed articles, keyed by id, safe to share between threads.
final class ArticleLRU: Sendable {
    /// Most entries kept.
    let capacity: Int
    /// Entries, least recently used first.
    private let entries = Mutex<[(key: String, value: StoredArticle)]>([])

    /// Creates an empty cache.
    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// The cached value, marked as used, or the value `load` gives (cached).
    func value(_ key: String, load: () throws -> StoredArticle) throws -> StoredArticle {
        if let hit = entries.withLock({ list -> StoredArticle? in
            guard let i = list.firstIndex(where: { $0.key == key }) else { return nil }
            let entry = list.remove(at: i)
            list.append(entry)
            return entry.value
        }) { return hit }
        let loaded = try load()
        entries.withLock { list in
            list.removeAll { $0.key == key }
            list.append((key, loaded))
            if list.count > capacity { list.removeFirst(list.count - capacity) }
        }
        return loaded
    }

    /// Forgets everything.
    func removeAll() { entries.withLock { $0.removeAll() } }
}

/// Articles fetched through a corpus source with a small LRU in front, so that moving between a few
/// articles does not read and parse their files again.
public final class ArticleStore: Sendable {
    /// Where articles come from.
    public let source: any CorpusSource
    /// The cache, with the generation it was filled at.
    private let cache: ArticleLRU
    /// The source's generation when the cache was last valid.
    private let generation = Mutex(-1)

    /// Creates a store keeping up to `capacity` articles.
    public init(source: any CorpusSource, capacity: Int = 16) {
        self.source = source
        cache = ArticleLRU(capacity: capacity)
    }

    /// An article with its mentions (cached until the source's content changes).
    public func article(id: String) throws -> StoredArticle {
        let current = source.generation
        let stale = generation.withLock { old -> Bool in
            defer { old = current }
            return old != current
        }
        if stale { cache.removeAll() }
        return try cache.value(id) { try source.loadArticle(id: id) }
    }
}
