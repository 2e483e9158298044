import Foundation
import GRDB
import Synchronization

/// A corpus folder indexed in SQLite: articles' metadata, mentions, events, entities and a full-text index,
/// refreshed incrementally and read a few rows at a time.
///
/// The files stay the source of truth: the index keeps no article text outside its full-text table, and
/// `loadArticle` reads the file again. A damaged or foreign cache is deleted and rebuilt, never fatal.
public final class CorpusIndex: CorpusSource {
    /// The corpus folder.
    public let root: URL
    /// One-line notices from opening ("rebuilt the cache: it was corrupt (…)").
    public let notices: [String]
    /// The database file, or nil when the index lives in memory.
    public let databasePath: String?

    /// The database (a pool in WAL mode on disk, a queue in memory).
    let db: any DatabaseWriter
    /// Finds entity mentions while analysing, if any.
    let recognizer: (any MentionRecognizer)?
    /// Links mentions into entities when regrouping.
    let linker: EntityLinker
    /// Counters read from `meta`, refreshed when the generation moves.
    let cached = Mutex(Counters())
    /// The rows of the library filtered by one entity, kept for the last few entities.
    let filtered = Mutex<[FilteredLibrary]>([])
    /// Serialises refreshes within this process.
    let refreshing = Mutex(false)
    /// Parsed articles for snippets, most recent last.
    let snippetArticles: ArticleLRU

    /// The `meta` counters as last read.
    struct Counters: Sendable {
        var generation = 0
        var articles = 0
        var events = 0
        var skipped = 0
        var pending = 0
        var libraryRows = 0
        var newestDay = -1
        /// When they were read (`DispatchTime` nanoseconds); 0 forces a read.
        var readAt: UInt64 = 0
    }

    /// Opens (or creates) the index of a corpus folder. A corrupt, unreadable or other-version cache is
    /// rebuilt with a notice; only a database that cannot be created at all throws.
    public init(root: URL, cache: CacheLocation, recognizer: (any MentionRecognizer)?,
                linker: EntityLinker = .standard) throws {
        self.root = root.standardizedFileURL
        self.recognizer = recognizer
        self.linker = linker
        snippetArticles = ArticleLRU(capacity: 32)
        var notices: [String] = []
        var path = CacheFile.path(for: self.root, cache: cache, environment: ProcessInfo.processInfo.environment)
        if let file = path {
            let folder = (file as NSString).deletingLastPathComponent
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                notices.append("cannot create the cache folder \(folder); indexing in memory for this run")
                path = nil
            }
        }
        if let file = path {
            do {
                db = try Self.openFile(file, notices: &notices)
            } catch {
                notices.append("cannot open the cache \(file) (\(Self.describe(error))); indexing in memory for this run")
                path = nil
                db = try Self.openMemory()
            }
        } else {
            db = try Self.openMemory()
        }
        databasePath = path
        self.notices = notices
    }

    /// Opens a database file, deleting and recreating it once when it is damaged or of another version.
    static func openFile(_ path: String, notices: inout [String]) throws -> DatabasePool {
        if let problem = CacheFile.headerProblem(at: path) {
            CacheFile.remove(path)
            notices.append("rebuilt the cache: it was corrupt (\(problem))")
        }
        do {
            let pool = try DatabasePool(path: path, configuration: configuration())
            switch try pool.read({ try IndexSchema.storedVersion($0) }) {
            case nil:
                try createSchema(pool)
                return pool
            case IndexSchema.version?:
                return pool
            case let other?:
                try pool.close()
                CacheFile.remove(path)
                notices.append("rebuilt the cache: it was made by another version of Parallax (schema \(other))")
            }
        } catch {
            CacheFile.remove(path)
            notices.append("rebuilt the cache: it was corrupt (\(describe(error)))")
        }
        let pool = try DatabasePool(path: path, configuration: configuration())
        try createSchema(pool)
        return pool
    }

    /// An index in memory.
    static func openMemory() throws -> DatabaseQueue {
        let queue = try DatabaseQueue(configuration: configuration())
        try queue.write { try IndexSchema.create($0) }
        return queue
    }

    /// Creates the tables unless another process just did.
    static func createSchema(_ writer: some DatabaseWriter) throws {
        try writer.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                if try IndexSchema.storedVersion(db) == nil { try IndexSchema.create(db) }
                return .commit
            }
        }
    }

    /// Connection settings: WAL (by the pool), NORMAL sync, a busy timeout, the ranking function; the page
    /// size for a file not yet written (set before the pool turns WAL on, which writes the header).
    static func configuration() -> Configuration {
        var config = Configuration()
        config.busyMode = .timeout(5)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA page_size = \(IndexSchema.pageSize); PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY")
            db.add(function: SearchRanking.boostFunction)
        }
        return config
    }

    /// A one-line description of a database error.
    static func describe(_ error: Error) -> String {
        if let dbError = error as? DatabaseError {
            return TextSanitizer.displaySafe(dbError.message ?? "\(dbError.resultCode)")
        }
        return TextSanitizer.displaySafe("\(error)")
    }

    // MARK: Counters

    /// The counters, re-read from `meta` at most every 50 ms (a write in this process resets them at once).
    func counters() -> Counters {
        let now = DispatchTime.now().uptimeNanoseconds
        if let fresh = cached.withLock({ now &- $0.readAt < 50_000_000 && $0.readAt != 0 ? $0 : nil }) { return fresh }
        let read = (try? db.read { try Self.readCounters($0) }) ?? Counters()
        var stamped = read
        stamped.readAt = now
        cached.withLock { $0 = stamped }
        return stamped
    }

    /// Forgets the cached counters (after a write).
    func invalidateCounters() {
        cached.withLock { $0.readAt = 0 }
    }

    /// Reads every counter in one query.
    static func readCounters(_ db: Database) throws -> Counters {
        var c = Counters()
        for row in try Row.fetchAll(db, sql: "SELECT key, value FROM meta") {
            let key: String = row[0]
            let value = (row[1] as Int?) ?? 0
            switch key {
            case "generation": c.generation = value
            case "articles": c.articles = value
            case "events": c.events = value
            case "skipped": c.skipped = value
            case "pending": c.pending = value
            case "library_rows": c.libraryRows = value
            case "newest_day": c.newestDay = value
            default: break
            }
        }
        return c
    }

    /// Bumps whenever committed content changes (a batch of articles, a regrouping).
    public var generation: Int { counters().generation }
    /// Articles indexed.
    public var articleCount: Int { counters().articles }
    /// Events (0 until grouped).
    public var eventCount: Int { counters().events }
    /// Files skipped.
    public var skippedCount: Int { counters().skipped }
}
