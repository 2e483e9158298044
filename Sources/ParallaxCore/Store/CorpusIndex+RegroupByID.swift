import Foundation
import GRDB

/// One stored article as regrouping keeps it while writing: its row and id.
struct GroupingRow {
    let rowID: Int64
    let id: String
}

extension CorpusIndex {
    /// Links, labels and writes a corpus in which two articles share an id (`a.txt` and `a.md`): the
    /// tables are keyed by article id there, so this path keeps the `EntityIndex` and its by-id
    /// dictionaries, which decide what such articles share. Costs more memory than `writeCompact`.
    static func writeByID(_ db: Database, events grouped: [GroupedEvent], input: GroupingInput, linker: EntityLinker,
                          trace: inout PhaseTrace) throws {
        let events = grouped.map { event in
            Event(id: event.id, articleIDs: event.members.map { input.articleIDs[Int($0)] }, keywords: event.keywords,
                  dates: event.dates)
        }
        var eventOf: [String: Int] = [:]
        for (e, event) in events.enumerated() { for id in event.articleIDs { eventOf[id] = e } }
        let (rows, index) = try Self.linkEntities(db, linker: linker, eventOf: eventOf)
        MemoryTrim.releaseFreed()
        trace.mark("link entities")
        try Self.clearGrouping(db)
        var rowOf: [String: Int64] = [:]
        for row in rows { rowOf[row.id] = row.rowID }
        try Self.writeEntities(db, index, rowOf: rowOf)
        try Self.writeLinked(db, rows: rows, index: index, eventOf: eventOf)
        let libraryRows = try Self.writeLibrary(db, events: events, index: index, rowOf: rowOf, articleCount: rows.count)
        try Meta.set(db, "library_rows", libraryRows)
        trace.mark("write")
    }

    /// Every stored article's mentions (path order), linked into entities.
    static func linkEntities(_ db: Database, linker: EntityLinker, eventOf: [String: Int]) throws -> ([GroupingRow], EntityIndex) {
        var rows: [GroupingRow] = []
        var input: [ArticleMentions] = []
        let cursor = try Row.fetchCursor(db, sql: mentionsSQL)
        while let row = try cursor.next() {
            let id: String = row[1]
            let found = (row[3] as Data?).flatMap { MentionCoding.decodeFound([UInt8]($0)) } ?? []
            rows.append(GroupingRow(rowID: row[0], id: id))
            input.append(ArticleMentions(articleID: id, source: (row[2] as String?) ?? id, event: eventOf[id], mentions: found))
        }
        return (rows, linker.link(input))
    }

    /// Entity rows, their search keys and their mention counts per article.
    static func writeEntities(_ db: Database, _ index: EntityIndex, rowOf: [String: Int64]) throws {
        let insert = try db.makeStatement(sql: "INSERT INTO entities(id, name, type, variants, articles, mentions) VALUES (?, ?, ?, ?, ?, ?)")
        let key = try db.makeStatement(sql: "INSERT OR IGNORE INTO entity_keys(key, entity) VALUES (?, ?)")
        let count = try db.makeStatement(sql: "INSERT OR REPLACE INTO article_entities(entity, article, mentions) VALUES (?, ?, ?)")
        for entity in index.entities {
            let id = Int64(entity.id.rawValue)
            try insert.execute(arguments: [id, entity.name, entity.type.rawValue, entity.variants.joined(separator: "\u{1F}"),
                                           entity.mentionCounts.count, entity.totalMentions])
            var keys: Set<String> = [SearchFolding.key(entity.name)]
            for variant in entity.variants { keys.insert(SearchFolding.key(variant)) }
            for k in keys where !k.isEmpty { try key.execute(arguments: [k, id]) }
            for (article, mentions) in entity.mentionCounts {
                guard let row = rowOf[article] else { continue }
                try count.execute(arguments: [id, row, mentions])
            }
        }
    }

    /// Each article's linked mentions and event.
    static func writeLinked(_ db: Database, rows: [GroupingRow], index: EntityIndex, eventOf: [String: Int]) throws {
        let update = try db.makeStatement(sql: "UPDATE files SET linked = ?, event = ?, pending = 0 WHERE id = ?")
        for row in rows {
            let linked = MentionCoding.encodeLinked(index.mentions(in: row.id))
            try update.execute(arguments: [Data(linked), eventOf[row.id], row.rowID])
        }
    }

    /// Events with their labels, and the library's rows as `LibraryRow.rows` orders them; returns the row count.
    static func writeLibrary(_ db: Database, events: [Event], index: EntityIndex, rowOf: [String: Int64],
                             articleCount: Int) throws -> Int {
        let insertEvent = try db.makeStatement(sql: """
            INSERT INTO events(idx, id, heading, keywords, first_day, last_day, label, articles) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertRow = try db.makeStatement(sql: "INSERT INTO library(pos, kind, event, article) VALUES (?, ?, ?, ?)")
        var pos = 0
        for (e, event) in events.enumerated() {
            let articles = event.articleIDs.compactMap { rowOf[$0] }
            if !articles.isEmpty, pos > 0 {
                try insertRow.execute(arguments: [pos, IndexSchema.RowKind.spacer.rawValue, nil, nil])
                pos += 1
            }
            let entities = EventLabeler.label(event, entities: index, articleCount: articleCount)
            let label = entities.isEmpty ? event.keywords : entities.map(\.name)
            try insertEvent.execute(arguments: [
                e, event.id, articles.isEmpty ? -1 : pos, event.keywords.joined(separator: "\u{1F}"),
                event.dates?.lowerBound.description, event.dates?.upperBound.description,
                label.joined(separator: "\u{1F}"), event.articleIDs.joined(separator: "\n"),
            ])
            if articles.isEmpty { continue }
            try insertRow.execute(arguments: [pos, IndexSchema.RowKind.event.rawValue, e, nil])
            pos += 1
            for article in articles {
                try insertRow.execute(arguments: [pos, IndexSchema.RowKind.article.rawValue, e, article])
                pos += 1
            }
        }
        return pos
    }
}
