import Foundation
import GRDB

extension CorpusIndex {
    /// An entity with its name, type, variants and mentions per article.
    public func entity(_ id: EntityID) -> LinkedEntity? {
        try? db.read { try Self.entity(id, $0) } ?? nil
    }

    /// Reads one entity with its mention counts.
    static func entity(_ id: EntityID, _ db: Database) throws -> LinkedEntity? {
        guard let row = try Row.fetchOne(db, sql: "SELECT name, type, variants FROM entities WHERE id = ?", arguments: [id.rawValue]),
              let type = EntityType(rawValue: row[1]) else { return nil }
        var counts: [String: Int] = [:]
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT f.article_id, ae.mentions FROM article_entities ae JOIN files f ON f.id = ae.article WHERE ae.entity = ?
            """, arguments: [id.rawValue])
        while let r = try cursor.next() {
            guard let article = r[0] as String? else { continue }
            counts[article, default: 0] += r[1] as Int
        }
        return LinkedEntity(id: id, name: row[0], type: type, variants: split((row[2] as String?) ?? "", "\u{1F}"),
                            mentionCounts: counts)
    }

    /// Entities the articles mention, most mentioned first (then by name), at most `limit`.
    public func entities(inArticles articleIDs: [String], limit: Int) -> [LinkedEntity] {
        let ids = entityIDs(inArticles: articleIDs, limit: limit)
        return (try? db.read { db in try ids.compactMap { try Self.entity($0, db) } }) ?? []
    }

    /// Ids of the entities the articles mention, most mentioned first (then by name), at most `limit`.
    public func entityIDs(inArticles articleIDs: [String], limit: Int) -> [EntityID] {
        guard limit > 0, !articleIDs.isEmpty else { return [] }
        return (try? db.read { db -> [EntityID] in
            var totals: [Int32: Int] = [:]
            for chunk in stride(from: 0, to: articleIDs.count, by: 500) {
                let ids = Array(articleIDs[chunk..<min(articleIDs.count, chunk + 500)])
                let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
                let rows = try Row.fetchAll(db, sql: """
                    SELECT ae.entity, SUM(ae.mentions) FROM files f JOIN article_entities ae ON ae.article = f.id
                    WHERE f.article_id IN (\(marks)) AND f.skipped IS NULL GROUP BY ae.entity
                    """, arguments: StatementArguments(ids))
                for row in rows { totals[row[0], default: 0] += row[1] as Int }
            }
            var names: [Int32: String] = [:]
            for id in totals.keys {
                names[id] = try String.fetchOne(db, sql: "SELECT name FROM entities WHERE id = ?", arguments: [id]) ?? ""
            }
            let ranked = totals.sorted { a, b in
                a.value != b.value ? a.value > b.value : (names[a.key] ?? "", a.key) < (names[b.key] ?? "", b.key)
            }
            return ranked.prefix(limit).map { EntityID($0.key) }
        }) ?? []
    }

    /// Entities of the corpus, mentioned by the most articles first, at most `limit`.
    public func topEntities(limit: Int) -> [LinkedEntity] {
        guard limit > 0 else { return [] }
        return (try? db.read { db in
            try Int32.fetchAll(db, sql: "SELECT id FROM entities ORDER BY articles DESC, name LIMIT ?", arguments: [limit])
                .compactMap { try Self.entity(EntityID($0), db) }
        }) ?? []
    }

    /// An entity's name, type, variants and totals from its row.
    public func entitySummary(_ id: EntityID) -> EntitySummary? {
        (try? db.read { db -> EntitySummary? in
            guard let row = try Row.fetchOne(db, sql: "SELECT name, type, variants, articles, mentions FROM entities WHERE id = ?",
                                             arguments: [id.rawValue]),
                  let type = EntityType(rawValue: row[1]) else { return nil }
            return EntitySummary(id: id, name: row[0], type: type, variants: Self.split((row[2] as String?) ?? "", "\u{1F}"),
                                 articles: row[3], mentions: row[4])
        }) ?? nil
    }

    /// Mentions of an entity in each of the given articles.
    public func mentionCounts(of id: EntityID, inArticles articleIDs: [String]) -> [String: Int] {
        guard !articleIDs.isEmpty else { return [:] }
        return (try? db.read { db -> [String: Int] in
            var counts: [String: Int] = [:]
            for chunk in stride(from: 0, to: articleIDs.count, by: 500) {
                let ids = Array(articleIDs[chunk..<min(articleIDs.count, chunk + 500)])
                let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
                for row in try Row.fetchAll(db, sql: """
                    SELECT f.article_id, ae.mentions FROM files f JOIN article_entities ae ON ae.article = f.id
                    WHERE ae.entity = ? AND f.article_id IN (\(marks)) AND f.skipped IS NULL
                    """, arguments: StatementArguments([id.rawValue] as [DatabaseValueConvertible]) + StatementArguments(ids)) {
                    if let article = row[0] as String? { counts[article, default: 0] += row[1] as Int }
                }
            }
            return counts
        }) ?? [:]
    }

    /// Ids of the entities mentioned by the most articles.
    public func topEntityIDs(limit: Int) -> [EntityID] {
        guard limit > 0 else { return [] }
        return (try? db.read { db in
            try Int32.fetchAll(db, sql: "SELECT id FROM entities ORDER BY articles DESC, name LIMIT ?", arguments: [limit]).map(EntityID.init)
        }) ?? []
    }

    /// Articles that mention an entity, in path order.
    public func articles(mentioning entity: EntityID) -> [String] {
        (try? db.read { db in
            try String.fetchAll(db, sql: """
                SELECT f.article_id FROM article_entities ae JOIN files f ON f.id = ae.article
                WHERE ae.entity = ? AND f.article_id IS NOT NULL ORDER BY f.path
                """, arguments: [entity.rawValue])
        }) ?? []
    }

    /// Every listed article with the texts the library's fuzzy filter matches (headline, outlet, entity
    /// names in the order the article first mentions them), in library order.
    public func filterCandidates() -> [(articleID: String, fields: [String])] {
        (try? db.read { db -> [(articleID: String, fields: [String])] in
            var names: [Int32: String] = [:]
            let entityRows = try Row.fetchCursor(db, sql: "SELECT id, name FROM entities")
            while let row = try entityRows.next() { names[row[0]] = row[1] }
            var out: [(articleID: String, fields: [String])] = []
            let columns = "f.article_id, f.filter_title, f.outlet, f.linked"
            for sql in ["SELECT \(columns) FROM library l JOIN files f ON f.id = l.article ORDER BY l.pos",
                        "SELECT \(columns) FROM files f WHERE f.pending = 1 ORDER BY f.id"] {
                let cursor = try Row.fetchCursor(db, sql: sql)
                while let row = try cursor.next() {
                    guard let id = row[0] as String? else { continue }
                    var fields = [(row[1] as String?) ?? "", (row[2] as String?) ?? ""]
                    var seen: Set<Int32> = []
                    let linked = (row[3] as Data?).flatMap { MentionCoding.decodeLinked([UInt8]($0)) } ?? []
                    for m in linked where seen.insert(m.entity.rawValue).inserted {
                        if let name = names[m.entity.rawValue] { fields.append(name) }
                    }
                    out.append((id, fields))
                }
            }
            return out
        }) ?? []
    }
}
