import Foundation
import GRDB

/// Writes analysed files into the index inside one transaction, with statements prepared once per connection.
struct BatchWriter {
    /// The connection, inside a transaction.
    let db: Database

    /// Prepares for writing.
    init(_ db: Database) throws { self.db = db }

    /// Records a new size and modification time for a file whose bytes did not change.
    func updateStat(path: String, stat: FileStat) throws {
        try db.cachedStatement(sql: "UPDATE files SET size = ?, mtime = ? WHERE path = ?")
            .execute(arguments: [stat.size, stat.mtime, path])
    }

    /// Inserts a new file or replaces a changed one (keeping its row id, so that the library's rows stay valid
    /// until the next regrouping), with its full-text row.
    func write(_ file: AnalysedFile, replacing rowID: Int64?, pending: Bool) throws {
        let f = file.fields
        let values: [DatabaseValueConvertible?] = [
            file.stat.size, file.stat.mtime, Int64(bitPattern: file.hash), file.skipped,
            f?.id, f?.outlet, f?.outletKey, f?.day, f?.title, f?.filterTitle, f?.words ?? 0, pending,
        ]
        let id: Int64
        if let rowID {
            try db.cachedStatement(sql: """
                UPDATE files SET size = ?, mtime = ?, hash = ?, skipped = ?, article_id = ?, outlet = ?,
                outlet_key = ?, day = ?, title = ?, filter_title = ?, words = ?, pending = ?,
                linked = NULL WHERE id = ?
                """).execute(arguments: StatementArguments(values + [rowID]))
            try db.cachedStatement(sql: "DELETE FROM fts WHERE rowid = ?").execute(arguments: [rowID])
            try db.cachedStatement(sql: "DELETE FROM analysis WHERE id = ?").execute(arguments: [rowID])
            id = rowID
        } else {
            try db.cachedStatement(sql: """
                INSERT INTO files(size, mtime, hash, skipped, article_id, outlet, outlet_key, day, title,
                filter_title, words, pending, path) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: StatementArguments(values + [file.path]))
            id = db.lastInsertedRowID
        }
        guard let f else { return }
        try db.cachedStatement(sql: "INSERT INTO analysis(id, features, found, spans) VALUES (?, ?, ?, ?)")
            .execute(arguments: [id, f.features.map { Data($0) }, Data(f.found), Data(f.spans)])
        try db.cachedStatement(sql: "INSERT INTO fts(rowid, title, body, outlet, person, org, place, norp) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            .execute(arguments: StatementArguments([id] + f.fts))
    }
}
