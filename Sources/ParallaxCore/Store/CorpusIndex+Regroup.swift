import Foundation
import GRDB

/// The stored articles as regrouping numbers them: by position in path order (`ORDER BY path`, read the
/// same way by every pass of one transaction).
struct RegroupArticles {
    /// Each article's row id, by position.
    var rowIDs: [Int64] = []
    /// Each article's event, by position, or -1.
    var eventOf: [Int32] = []
    /// The position of each article of the grouping input (an article whose features could not be read
    /// or recomputed is left out of grouping).
    var positions: [Int32] = []
    /// Articles whose mentions are not stored in raw-range order: the order to write them in, by position.
    var reordered: [Int: [Int32]] = [:]
}

extension CorpusIndex {
    /// Drops removed files, then groups every stored article into events, links every stored mention into
    /// entities, labels the events and writes the library's order, all in one transaction. Each phase
    /// reads what it needs straight into flat arrays and lets go of it before the next.
    func regroup(removing removed: [Int64], progress: (@Sendable (IndexProgress) -> Void)?) throws {
        // Told before the transaction: a listener may read the index at once.
        progress?(.grouping(articles: counters().articles))
        var trace = PhaseTrace()
        try db.write { db in
            for rowID in removed {
                let wasArticle = try Bool.fetchOne(db, sql: "SELECT skipped IS NULL FROM files WHERE id = ?", arguments: [rowID]) ?? false
                try db.execute(sql: "DELETE FROM fts WHERE rowid = ?", arguments: [rowID])
                try db.execute(sql: "DELETE FROM files WHERE id = ?", arguments: [rowID])
                try db.execute(sql: "DELETE FROM analysis WHERE id = ?", arguments: [rowID])
                try Meta.add(db, wasArticle ? "articles" : "skipped", -1)
            }
            var articles = RegroupArticles()
            let byID = try Self.articleIDsRepeat(db)
            // Linking's first step needs no events: on a pool it reads the mentions on a reader
            // connection and assigns them while the writer's single-threaded linkage runs.
            let pool = self.db as? DatabasePool
            let removedSet = Set(removed)
            let early = byID ? nil : pool.map { EarlyAssignment(reader: $0, removed: removedSet, linker: linker) }
            var (events, input) = try Self.groupEvents(db, root: root, articles: &articles, trace: &trace,
                                                       alongside: pool.map { ($0, removedSet) },
                                                       beforeLinkage: { early?.start() })
            MemoryTrim.releaseFreed()
            trace.mark("group events")
            if byID {
                try Self.writeByID(db, events: events, input: input, linker: linker, trace: &trace)
            } else {
                try writeCompact(db, events: &events, input: &input, articles: &articles, early: early, trace: &trace)
            }
            try Meta.set(db, "events", events.count)
            try Meta.set(db, "pending", 0)
            try Meta.set(db, "dirty", 0)
            try Meta.set(db, "newest_day", try Int.fetchOne(db, sql: "SELECT MAX(day) FROM files") ?? -1)
            try Meta.add(db, "generation", 1)
        }
        trace.mark("commit")
        invalidateCounters()
        filtered.withLock { $0.removeAll() }
    }

    /// Every stored article's grouping features (path order), streamed into a `GroupingInput` as they are
    /// read (no article's features are kept whole), grouped into events. An article whose stored features
    /// are missing or damaged is read again from its file (and left out if that fails).
    ///
    /// `alongside` (a pool and the files this transaction removed) lets another thread read and decode
    /// the features on a reader connection while this one adds them.
    static func groupEvents(_ db: Database, root: URL, articles: inout RegroupArticles, trace: inout PhaseTrace,
                            alongside: (DatabasePool, removed: Set<Int64>)? = nil,
                            beforeLinkage: () -> Void = {}) throws -> ([GroupedEvent], GroupingInput) {
        var input = GroupingInput()
        var read = false
        if let (pool, removed) = alongside {
            read = try readFeaturesAlongside(db, pool: pool, removed: removed, root: root, into: &input, articles: &articles)
            if !read {
                input = GroupingInput()
                articles = RegroupArticles()
            }
        }
        if !read {
            let cursor = try Row.fetchCursor(db, sql: featuresSQL)
            var position: Int32 = 0
            while let row = try cursor.next() {
                articles.rowIDs.append(row[0])
                if let features = try features(of: row, root: root) {
                    input.add(features)
                    articles.positions.append(position)
                }
                position += 1
            }
        }
        trace.mark("read features")
        let events = EventGrouper().group(&input, beforeLinkage: beforeLinkage)
        articles.eventOf = [Int32](repeating: -1, count: articles.rowIDs.count)
        for (e, event) in events.enumerated() {
            for member in event.members { articles.eventOf[Int(articles.positions[Int(member)])] = Int32(e) }
        }
        return (events, input)
    }

    /// Every stored article's id, article id, path and stored features, in path order.
    static let featuresSQL = """
        SELECT f.id, f.article_id, f.path, a.features FROM files f LEFT JOIN analysis a ON a.id = f.id
        WHERE f.skipped IS NULL ORDER BY f.path
        """

    /// Every stored article's id, article id, outlet and stored mentions, in path order.
    static let mentionsSQL = """
        SELECT f.id, f.article_id, f.outlet, a.found FROM files f LEFT JOIN analysis a ON a.id = f.id
        WHERE f.skipped IS NULL ORDER BY f.path
        """

    /// A row's stored features, or the article's features read again from its file when they are missing
    /// or damaged; nil if that fails too.
    static func features(of row: Row, root: URL) throws -> GroupingFeatures? {
        let id: String = row[1]
        let stored = try row.withUnsafeData(atIndex: 3) { data in
            data.flatMap { try? GroupingFeatures(decoding: [UInt8]($0), articleID: id) }
        }
        if let stored { return stored }
        if case .success(let article) = CorpusLoader(root: root).loadArticle(relativePath: row[2]) { return GroupingFeatures(article) }
        return nil
    }

    /// Reads and decodes the features on a reader connection on another thread, in batches, while this
    /// thread adds them to `input`. The reader sees the last commit: it skips the files this transaction
    /// removed, and the rows it read are used only if they are this connection's own, in order (returns
    /// false otherwise, or if the reader failed: the caller then reads them itself).
    static func readFeaturesAlongside(_ db: Database, pool: DatabasePool, removed: Set<Int64>, root: URL,
                                      into input: inout GroupingInput, articles: inout RegroupArticles) throws -> Bool {
        let handoff = Handoff<[(rowID: Int64, features: GroupingFeatures?)]>(capacity: 8)
        DispatchQueue.global(qos: .userInitiated).async {
            do {
                try pool.read { db in
                    let cursor = try Row.fetchCursor(db, sql: featuresSQL)
                    var batch: [(rowID: Int64, features: GroupingFeatures?)] = []
                    while let row = try cursor.next() {
                        let rowID: Int64 = row[0]
                        if !removed.isEmpty, removed.contains(rowID) { continue }
                        batch.append((rowID, try features(of: row, root: root)))
                        if batch.count == 256 {
                            handoff.put(batch)
                            batch.removeAll(keepingCapacity: true)
                        }
                    }
                    if !batch.isEmpty { handoff.put(batch) }
                }
                handoff.finish()
            } catch {
                handoff.finish(throwing: error)
            }
        }
        var position: Int32 = 0
        do {
            while let batch = try handoff.take() {
                for (rowID, features) in batch {
                    articles.rowIDs.append(rowID)
                    if let features {
                        input.add(features)
                        articles.positions.append(position)
                    }
                    position += 1
                }
            }
        } catch {
            return false
        }
        return try Int64.fetchAll(db, sql: "SELECT id FROM files WHERE skipped IS NULL ORDER BY path") == articles.rowIDs
    }

    /// Whether two stored articles share an id (`a.txt` and `a.md`), compared as strings are.
    static func articleIDsRepeat(_ db: Database) throws -> Bool {
        var seen: Set<String> = []
        let cursor = try String.fetchCursor(db, sql: "SELECT article_id FROM files WHERE skipped IS NULL")
        while let id = try cursor.next() {
            if !seen.insert(id).inserted { return true }
        }
        return false
    }

    /// Links, labels and writes, every article known by its position: mentions are read straight into a
    /// `MentionTable`, linked into `LinkedMentions`, and written from there.
    /// `early`, when given and started, has read and assigned the mentions already (and is waited for);
    /// otherwise they are read here.
    func writeCompact(_ db: Database, events: inout [GroupedEvent], input: inout GroupingInput, articles: inout RegroupArticles,
                      early: EarlyAssignment?, trace: inout PhaseTrace) throws {
        var state: LinkState
        if let done = early?.wait(expecting: articles.rowIDs) {
            state = done.state
            articles.reordered = done.reordered
        } else {
            let (table, reordered, _) = try Self.readMentions(db)
            articles.reordered = reordered
            trace.mark("read mentions")
            state = linker.assign(table)
        }
        let linked = linker.finishLink(&state, events: articles.eventOf)
        let starts = state.table.starts
        state = LinkState(aliases: [:], table: MentionTable())
        MemoryTrim.releaseFreed()
        trace.mark("link entities")
        // Each article's linked blob and the events' texts need only what is linked and grouped: another
        // core works them out while this one writes the entities (SQLite writes on one thread).
        let grouped = (events: events, memberIDs: input.articleIDs, articles: articles)
        let prepared = Background {
            (blobs: LinkedBlobs(linked, starts: starts, articles: grouped.articles),
             texts: EventTexts(events: grouped.events, memberIDs: grouped.memberIDs,
                               labels: EventLabels(linked: linked, starts: starts), articles: grouped.articles))
        }
        try Self.clearGrouping(db)
        trace.mark("clear grouping")
        try Self.writeEntities(db, linked, rowIDs: articles.rowIDs)
        trace.mark("write entities")
        let (blobs, texts) = prepared.wait()
        try Self.writeLinked(db, blobs, articles: articles)
        trace.mark("write linked")
        let libraryRows = try Self.writeLibrary(db, events: events, texts: texts, articles: articles)
        try Meta.set(db, "library_rows", libraryRows)
        trace.mark("write library")
    }

    /// Every stored article's mentions (path order) but those of `removed` files, decoded into a table with
    /// each article's source (events are set when linking); the articles whose mentions are not stored in
    /// raw-range order, with the order to write them in; and the row ids read, in order.
    static func readMentions(_ db: Database, removed: Set<Int64> = []) throws -> (MentionTable, [Int: [Int32]], rowIDs: [Int64]) {
        var table = MentionTable()
        var reordered: [Int: [Int32]] = [:]
        var rowIDs: [Int64] = []
        let cursor = try Row.fetchCursor(db, sql: mentionsSQL)
        while let row = try cursor.next() {
            let rowID: Int64 = row[0]
            if !removed.isEmpty, removed.contains(rowID) { continue }
            let order = try row.withUnsafeData(atIndex: 3) { data in
                data.flatMap { bytes in bytes.withUnsafeBytes { table.appendFound($0) }.reordered }
            }
            if let order { reordered[rowIDs.count] = order }
            rowIDs.append(rowID)
            let source = (row[2] as String?) ?? (row[1] as String)
            table.endArticle(source: source, event: nil)
        }
        return (table, reordered, rowIDs)
    }

    /// Empties the tables that regrouping writes. Articles' rows are not cleared here but rewritten one by
    /// one (`writeLinked`): one statement over every row would keep a copy of each page it changes (the
    /// statement journal, in memory with `temp_store = MEMORY`) until it ends.
    static func clearGrouping(_ db: Database) throws {
        try db.execute(sql: """
            DELETE FROM events; DELETE FROM library; DELETE FROM entities; DELETE FROM entity_keys;
            DELETE FROM article_entities;
            UPDATE files SET event = NULL, linked = NULL, pending = 0
                WHERE skipped IS NOT NULL AND (event IS NOT NULL OR linked IS NOT NULL OR pending != 0);
            """)
    }

    /// Entity rows, their search keys and their mention counts per article.
    ///
    /// The counts come entity by entity, which is the order of their table's key but not of its index by
    /// article: the index is dropped while they are written and built again afterwards from the sorted
    /// rows (about a million at 100,000 articles), instead of taking each row in at a random place.
    static func writeEntities(_ db: Database, _ linked: LinkedMentions, rowIDs: [Int64]) throws {
        // Inside the regroup's transaction: should a write fail, the drop is rolled back with it.
        try db.execute(sql: "DROP INDEX IF EXISTS article_entities_by_article")
        let insert = try db.makeStatement(sql: "INSERT INTO entities(id, name, type, variants, articles, mentions) VALUES (?, ?, ?, ?, ?, ?)")
        let key = try db.makeStatement(sql: "INSERT OR IGNORE INTO entity_keys(key, entity) VALUES (?, ?)")
        var counts = CountRows(db)
        for (e, entity) in linked.entities.enumerated() {
            let id = Int64(e)
            try insert.execute(arguments: [id, entity.name, entity.type.rawValue, entity.variants.joined(separator: "\u{1F}"),
                                           entity.articles.count, entity.totalMentions])
            var keys: Set<String> = [SearchFolding.key(entity.name)]
            for variant in entity.variants { keys.insert(SearchFolding.key(variant)) }
            for k in keys where !k.isEmpty { try key.execute(arguments: [k, id]) }
            for (article, mentions) in entity.articles {
                try counts.add(entity: id, article: rowIDs[Int(article)], mentions: Int64(mentions))
            }
        }
        try counts.flush()
        try db.execute(sql: IndexSchema.articleEntitiesByArticle)
    }

    /// Rows of `article_entities`, written `perStatement` at a time by one multi-row INSERT (a million rows
    /// at 100,000 articles: one statement a row spent more on binding and stepping than on the rows).
    struct CountRows {
        /// Rows per statement (three values each, well under SQLite's limit of 32,766 variables).
        static let perStatement = 128
        /// The connection, inside the regroup's transaction.
        let db: Database
        /// The statement for `perStatement` rows, prepared on first use.
        private var full: Statement?
        /// Values of the rows not yet written: entity, article, mentions, row after row.
        private var values: [Int64] = []

        /// Rows for `db`.
        init(_ db: Database) {
            self.db = db
            values.reserveCapacity(3 * Self.perStatement)
        }

        /// The INSERT for `rows` rows; a row repeated later in one statement replaces the earlier, as it would
        /// row by row.
        private static func sql(rows: Int) -> String {
            "INSERT OR REPLACE INTO article_entities(entity, article, mentions) VALUES "
                + repeatElement("(?, ?, ?)", count: rows).joined(separator: ", ")
        }

        /// Adds a row, writing a full statement's worth when there is one.
        mutating func add(entity: Int64, article: Int64, mentions: Int64) throws {
            values.append(entity)
            values.append(article)
            values.append(mentions)
            guard values.count == 3 * Self.perStatement else { return }
            if full == nil { full = try db.makeStatement(sql: Self.sql(rows: Self.perStatement)) }
            try full?.execute(arguments: StatementArguments(values))
            values.removeAll(keepingCapacity: true)
        }

        /// Writes the rows left.
        mutating func flush() throws {
            guard !values.isEmpty else { return }
            try db.execute(sql: Self.sql(rows: values.count / 3), arguments: StatementArguments(values))
            values.removeAll(keepingCapacity: true)
        }
    }

    /// Each article's linked mentions (`LinkedBlobs`) and event.
    static func writeLinked(_ db: Database, _ blobs: LinkedBlobs, articles: RegroupArticles) throws {
        let update = try db.makeStatement(sql: "UPDATE files SET linked = ?, event = ?, pending = 0 WHERE id = ?")
        for (position, rowID) in articles.rowIDs.enumerated() {
            let event = articles.eventOf[position]
            try update.execute(arguments: [blobs.data(position), event < 0 ? nil : Int(event), rowID])
        }
    }

    /// Events with their labels, and the library's rows as `LibraryRow.rows` orders them; returns the row count.
    static func writeLibrary(_ db: Database, events: [GroupedEvent], texts: EventTexts, articles: RegroupArticles) throws -> Int {
        let insertEvent = try db.makeStatement(sql: """
            INSERT INTO events(idx, id, heading, keywords, first_day, last_day, label, articles) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertRow = try db.makeStatement(sql: "INSERT INTO library(pos, kind, event, article) VALUES (?, ?, ?, ?)")
        var pos = 0
        for (e, event) in events.enumerated() {
            let empty = event.members.isEmpty
            if !empty, pos > 0 {
                try insertRow.execute(arguments: [pos, IndexSchema.RowKind.spacer.rawValue, nil, nil])
                pos += 1
            }
            try insertEvent.execute(arguments: [
                e, event.id, empty ? -1 : pos, texts.keywords[e],
                event.dates?.lowerBound.description, event.dates?.upperBound.description, texts.label[e], texts.members[e],
            ])
            if empty { continue }
            try insertRow.execute(arguments: [pos, IndexSchema.RowKind.event.rawValue, e, nil])
            pos += 1
            for member in event.members {
                try insertRow.execute(arguments: [pos, IndexSchema.RowKind.article.rawValue, e,
                                                  articles.rowIDs[Int(articles.positions[Int(member)])]])
                pos += 1
            }
        }
        return pos
    }
}

/// Every article's linked mentions (in raw-range order, as `EntityIndex` lists them), encoded as the
/// `files.linked` column stores them, one after another in one buffer; by position.
struct LinkedBlobs: Sendable {
    private var bytes: [UInt8] = []
    /// Where each article's blob ends; one entry per article.
    private var ends: [Int] = []

    /// The blobs of `articles`, whose mentions start at `starts` in `linked`.
    init(_ linked: LinkedMentions, starts: [Int], articles: RegroupArticles) {
        ends.reserveCapacity(articles.rowIDs.count)
        var mentions: [EntityMention] = []
        for position in articles.rowIDs.indices {
            let start = starts[position]
            let order = articles.reordered[position]
            mentions.removeAll(keepingCapacity: true)
            for k in 0..<(starts[position + 1] - start) {
                let m = start + (order.map { Int($0[k]) } ?? k)
                mentions.append(EntityMention(rawRange: 0..<0, text: "", type: EntityType.at(Int(linked.typeOf[m])),
                                              entity: EntityID(linked.entityOf[m])))
            }
            bytes += MentionCoding.encodeLinked(mentions)
            ends.append(bytes.count)
        }
    }

    /// The blob of the article at `position`.
    func data(_ position: Int) -> Data {
        Data(bytes[(position == 0 ? 0 : ends[position - 1])..<ends[position]])
    }
}

/// What the `events` table stores of each event, by event: its label (its top entities' names, or its
/// keywords when no article of it has entities), its keywords and its members' article ids, joined.
struct EventTexts: Sendable {
    private(set) var label: [String] = []
    private(set) var keywords: [String] = []
    private(set) var members: [String] = []

    /// The texts of `events`, whose members are positions in `memberIDs` and in `articles.positions`.
    init(events: [GroupedEvent], memberIDs: PackedStrings, labels: EventLabels, articles: RegroupArticles) {
        for event in events {
            let positions = event.members.map { Int(articles.positions[Int($0)]) }
            let entities = labels.label(positions, articleCount: articles.rowIDs.count)
            label.append((entities.isEmpty ? event.keywords : entities).joined(separator: "\u{1F}"))
            keywords.append(event.keywords.joined(separator: "\u{1F}"))
            members.append(event.members.map { memberIDs[Int($0)] }.joined(separator: "\n"))
        }
    }
}
