import GRDB

/// The index's tables. A database of another version is not migrated: it is a cache, so it is rebuilt.
enum IndexSchema {
    /// Bump whenever a table or an encoding changes.
    static let version = 4

    /// The index of entity counts by article (`writeEntities` drops it while it writes them, then builds it
    /// again with this statement).
    static let articleEntitiesByArticle = "CREATE INDEX article_entities_by_article ON article_entities(article, entity, mentions)"

    /// Segments of one level that FTS5 merges at a time (its default is 4).
    static let ftsAutomerge = 16

    /// Bytes of pending postings FTS5 keeps in memory before it writes them out as a segment (its default
    /// is 1 MB). A batch's postings (1,024 articles) are several MB: with the default, every batch wrote
    /// several small segments that then had to be merged; at 64 MB a batch's commit writes one segment.
    /// The memory is used only while a batch is being written, and only as much as its postings take.
    static let ftsHashSize = 64 << 20

    /// Bytes per database page for a new cache (SQLite's default is 4,096). A cold build writes every
    /// page twice (the WAL, then the checkpoint), mostly the full-text index's segments: at 16 KB it makes
    /// a quarter of the system calls (measured on a cold 100,000-article build: 1.7 s less wall time, sys
    /// time 7 s to 4.6 s, the cache 1,177 MB to 1,070 MB). A page size takes effect only when the file is
    /// created; an older cache keeps its own.
    static let pageSize = 16384

    /// Kinds of rows in the `library` table.
    enum RowKind: Int {
        case event = 0, article = 1, spacer = 2
    }

    /// Creates every table in an empty database.
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE meta(key TEXT PRIMARY KEY NOT NULL, value) WITHOUT ROWID;
            CREATE TABLE files(
                id INTEGER PRIMARY KEY,
                path TEXT NOT NULL UNIQUE,
                size INTEGER NOT NULL, mtime INTEGER NOT NULL, hash INTEGER NOT NULL,
                skipped TEXT,
                article_id TEXT, outlet TEXT, outlet_key TEXT, day INTEGER, title TEXT, filter_title TEXT,
                words INTEGER NOT NULL DEFAULT 0,
                linked BLOB,
                event INTEGER, pending INTEGER NOT NULL DEFAULT 0);
            -- An article's analysis, by its file's id: the large blobs, apart from the file's row so that
            -- regrouping, which rewrites every row's event and linked mentions, does not copy them again.
            CREATE TABLE analysis(id INTEGER PRIMARY KEY, features BLOB, found BLOB, spans BLOB);
            CREATE INDEX files_article ON files(article_id);
            CREATE INDEX files_pending ON files(id) WHERE pending = 1;
            CREATE INDEX files_skipped ON files(path) WHERE skipped IS NOT NULL;
            CREATE INDEX files_day ON files(day);
            CREATE TABLE events(
                idx INTEGER PRIMARY KEY, id TEXT NOT NULL, heading INTEGER NOT NULL,
                keywords TEXT NOT NULL, first_day TEXT, last_day TEXT, label TEXT NOT NULL, articles TEXT NOT NULL);
            CREATE INDEX events_id ON events(id);
            CREATE TABLE library(pos INTEGER PRIMARY KEY, kind INTEGER NOT NULL, event INTEGER, article INTEGER);
            CREATE INDEX library_article ON library(article) WHERE article IS NOT NULL;
            CREATE TABLE entities(
                id INTEGER PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, variants TEXT NOT NULL,
                articles INTEGER NOT NULL, mentions INTEGER NOT NULL);
            CREATE INDEX entities_top ON entities(articles DESC, name);
            CREATE TABLE entity_keys(key TEXT NOT NULL, entity INTEGER NOT NULL, PRIMARY KEY(key, entity)) WITHOUT ROWID;
            CREATE TABLE article_entities(
                entity INTEGER NOT NULL, article INTEGER NOT NULL, mentions INTEGER NOT NULL,
                PRIMARY KEY(entity, article)) WITHOUT ROWID;
            \(articleEntitiesByArticle);
            CREATE VIRTUAL TABLE fts USING fts5(
                title, body, outlet, person, org, place, norp,
                tokenize = "unicode61 remove_diacritics 2");
            """)
        // Every analysis batch's commit writes a new segment of the full-text index. With FTS5's default of
        // merging four segments of one level at a time, a posting is rewritten about once per level, three
        // or four times over 100 batches; sixteen at a time rewrites it about half as often (measured on a
        // cold 100,000-article build: 9 s less wall time, sys time 17 s to 10 s), and a search still reads
        // few segments (p99 unchanged). Stored in the table's own config, so it holds for later refreshes.
        try db.execute(sql: "INSERT INTO fts(fts, rank) VALUES('automerge', \(ftsAutomerge))")
        try db.execute(sql: "INSERT INTO fts(fts, rank) VALUES('hashsize', \(ftsHashSize))")
        let initial: [(String, DatabaseValueConvertible)] = [
            ("schema", version), ("generation", 0), ("articles", 0), ("events", 0), ("skipped", 0),
            ("pending", 0), ("library_rows", 0), ("dirty", 1), ("newest_day", -1),
        ]
        for (key, value) in initial {
            try db.execute(sql: "INSERT INTO meta(key, value) VALUES (?, ?)", arguments: [key, value])
        }
    }

    /// The schema version stored in a database, or nil when it has no `meta` table.
    static func storedVersion(_ db: Database) throws -> Int? {
        guard try db.tableExists("meta") else { return nil }
        return try Int.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema'")
    }
}

/// Reading and writing the `meta` table's counters.
enum Meta {
    /// An integer value, 0 when absent.
    static func int(_ db: Database, _ key: String) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key]) ?? 0
    }

    /// Sets an integer value.
    static func set(_ db: Database, _ key: String, _ value: Int) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", arguments: [key, value])
    }

    /// Adds to an integer value.
    static func add(_ db: Database, _ key: String, _ delta: Int) throws {
        guard delta != 0 else { return }
        try db.execute(sql: "UPDATE meta SET value = value + ? WHERE key = ?", arguments: [delta, key])
    }
}
