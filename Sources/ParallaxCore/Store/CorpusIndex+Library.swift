import Foundation
import GRDB

/// Where the sections of the unfiltered library start: grouped events, then pending articles, then
/// skipped files.
struct LibraryLayout {
    /// Rows of the grouped part (the `library` table).
    let grouped: Int
    /// Position of the pending heading, if any article waits for grouping.
    let pendingHeading: Int?
    /// Articles waiting.
    let pending: Int
    /// Position of the skipped heading, if any file was skipped.
    let skippedHeading: Int?
    /// Files skipped.
    let skipped: Int
    /// All rows.
    let total: Int

    /// Lays out the sections from the counters.
    init(_ c: CorpusIndex.Counters) {
        var pos = c.libraryRows
        grouped = c.libraryRows
        pending = max(0, c.pending)
        skipped = max(0, c.skipped)
        if pending > 0 {
            if pos > 0 { pos += 1 }
            pendingHeading = pos
            pos += 1 + pending
        } else {
            pendingHeading = nil
        }
        if skipped > 0 {
            if pos > 0 { pos += 1 }
            skippedHeading = pos
            pos += 1 + skipped
        } else {
            skippedHeading = nil
        }
        total = pos
    }
}

/// The library's rows filtered by one entity, as positions in the `library` table and spacers.
struct FilteredLibrary: Sendable {
    /// A filtered row: a row of the `library` table, or a spacer between events.
    enum Row: Sendable { case library(Int), spacer }
    /// The entity.
    let entity: EntityID
    /// The generation the rows were built for.
    let generation: Int
    /// The rows.
    let rows: [Row]
    /// Filtered position of each listed article's file row id.
    let positions: [Int64: Int]
}

extension CorpusIndex {
    /// Rows of the library (only articles mentioning `entity` and their events, when given).
    public func libraryCount(mentioning entity: EntityID?) -> Int {
        if let entity { return filteredLibrary(entity)?.rows.count ?? 0 }
        return LibraryLayout(counters()).total
    }

    /// The library's rows in `range` (clamped).
    public func library(_ range: Range<Int>, mentioning entity: EntityID?) -> [LibraryEntry] {
        if let entity { return filteredRows(range, entity: entity) }
        return (try? db.read { db -> [LibraryEntry] in
            let layout = LibraryLayout(try Self.readCounters(db))
            let lower = max(0, range.lowerBound), upper = min(layout.total, range.upperBound)
            guard lower < upper else { return [] }
            var out: [LibraryEntry] = []
            if lower < layout.grouped {
                out += try Self.libraryRows(db, sql: "l.pos >= ? AND l.pos < ? ORDER BY l.pos",
                                            arguments: [lower, min(upper, layout.grouped)]).map(\.entry)
            }
            var pos = max(lower, layout.grouped)
            while pos < upper {
                let before = out.count
                out.append(try Self.tailRow(db, at: pos, upper: upper, layout: layout, into: &out) ?? .spacer)
                pos += out.count - before
            }
            return out
        }) ?? []
    }

    /// The row at `pos` past the grouped part; pending and skipped runs are fetched in one query each
    /// (appended to `out`, returning their last row).
    static func tailRow(_ db: Database, at pos: Int, upper: Int, layout: LibraryLayout,
                        into out: inout [LibraryEntry]) throws -> LibraryEntry? {
        if let heading = layout.pendingHeading {
            if pos == heading { return .pendingHeading(layout.pending) }
            if pos > heading, pos <= heading + layout.pending {
                let offset = pos - heading - 1
                let count = min(upper, heading + 1 + layout.pending) - pos
                var rows = try Row.fetchAll(db, sql: "SELECT \(summaryColumns) FROM files f LEFT JOIN events e ON e.idx = f.event WHERE f.pending = 1 ORDER BY f.id LIMIT ? OFFSET ?", arguments: [count, offset]).map { LibraryEntry.article(summary($0)) }
                guard let last = rows.popLast() else { return nil }
                out += rows
                return last
            }
        }
        if let heading = layout.skippedHeading {
            if pos == heading { return .skippedHeading(layout.skipped) }
            if pos > heading {
                let offset = pos - heading - 1
                let count = min(upper, heading + 1 + layout.skipped) - pos
                var rows = try Row.fetchAll(db, sql: "SELECT path, skipped FROM files WHERE skipped IS NOT NULL ORDER BY path LIMIT ? OFFSET ?", arguments: [count, offset]).map { LibraryEntry.skipped(SkippedFile(path: $0[0], reason: $0[1])) }
                guard let last = rows.popLast() else { return nil }
                out += rows
                return last
            }
        }
        return .spacer
    }

    /// The row index of an article in the library, if listed.
    public func libraryPosition(of articleID: String, mentioning entity: EntityID?) -> Int? {
        if let entity {
            guard let filtered = filteredLibrary(entity),
                  let rowID = try? db.read({ try Self.fileRow(of: articleID, $0) }) else { return nil }
            return filtered.positions[rowID]
        }
        return try? db.read { db -> Int? in
            guard let rowID = try Self.fileRow(of: articleID, db) else { return nil }
            if let pos = try Int.fetchOne(db, sql: "SELECT pos FROM library WHERE article = ?", arguments: [rowID]) { return pos }
            let layout = LibraryLayout(try Self.readCounters(db))
            guard let heading = layout.pendingHeading,
                  try Bool.fetchOne(db, sql: "SELECT pending FROM files WHERE id = ?", arguments: [rowID]) == true else { return nil }
            let before = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM files WHERE pending = 1 AND id < ?", arguments: [rowID]) ?? 0
            return heading + 1 + before
        } ?? nil
    }

    /// The file row of an article id (the last by path when two files share an id, as `Corpus` keeps it).
    static func fileRow(of articleID: String, _ db: Database) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT id FROM files WHERE article_id = ? AND skipped IS NULL ORDER BY path DESC LIMIT 1",
                           arguments: [articleID])
    }

    /// Library rows (joined with their articles and events) selected by a condition on `l`.
    static func libraryRows(_ db: Database, sql condition: String,
                            arguments: StatementArguments) throws -> [(pos: Int, entry: LibraryEntry)] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT l.pos, l.kind, l.event, \(summaryColumns) FROM library l LEFT JOIN files f ON f.id = l.article
            LEFT JOIN events e ON e.idx = f.event WHERE \(condition)
            """, arguments: arguments)
        var events: [Int: (Event, [String])] = [:]
        let wanted = Set(rows.filter { ($0[1] as Int) == IndexSchema.RowKind.event.rawValue }.compactMap { $0[2] as Int? })
        if !wanted.isEmpty {
            let list = wanted.sorted().map(String.init).joined(separator: ",")
            for row in try Row.fetchAll(db, sql: "SELECT \(eventColumns) FROM events WHERE idx IN (\(list))") {
                if let decoded = event(row) { events[row[0]] = decoded }
            }
        }
        return rows.map { row in
            let entry: LibraryEntry
            switch IndexSchema.RowKind(rawValue: row[1]) {
            case .event?:
                if let e = row[2] as Int?, let (event, label) = events[e] { entry = .event(event, label: label) } else { entry = .spacer }
            case .article?:
                entry = .article(summary(row, offset: 3))
            default:
                entry = .spacer
            }
            return (row[0], entry)
        }
    }

    /// The filtered library for an entity, built once per generation.
    func filteredLibrary(_ entity: EntityID) -> FilteredLibrary? {
        let generation = counters().generation
        if let hit = filtered.withLock({ $0.first { $0.entity == entity && $0.generation == generation } }) { return hit }
        guard let built = try? db.read({ db -> FilteredLibrary in
            let rows = try Row.fetchAll(db, sql: """
                SELECT l.pos, e.heading, l.article FROM article_entities ae JOIN library l ON l.article = ae.article
                JOIN events e ON e.idx = l.event WHERE ae.entity = ? ORDER BY l.pos
                """, arguments: [entity.rawValue])
            var out: [FilteredLibrary.Row] = []
            var positions: [Int64: Int] = [:]
            var lastHeading = -1
            for row in rows {
                let heading: Int = row[1]
                if heading != lastHeading {
                    if !out.isEmpty { out.append(.spacer) }
                    out.append(.library(heading))
                    lastHeading = heading
                }
                positions[row[2]] = out.count
                out.append(.library(row[0]))
            }
            return FilteredLibrary(entity: entity, generation: generation, rows: out, positions: positions)
        }) else { return nil }
        filtered.withLock { cache in
            cache.removeAll { $0.entity == entity || $0.generation != generation }
            cache.append(built)
            if cache.count > 4 { cache.removeFirst() }
        }
        return built
    }

    /// A range of the filtered library.
    func filteredRows(_ range: Range<Int>, entity: EntityID) -> [LibraryEntry] {
        guard let filtered = filteredLibrary(entity) else { return [] }
        let lower = max(0, range.lowerBound), upper = min(filtered.rows.count, range.upperBound)
        guard lower < upper else { return [] }
        let slice = filtered.rows[lower..<upper]
        let positions = slice.compactMap { row -> Int? in if case .library(let p) = row { return p } else { return nil } }
        guard !positions.isEmpty else { return slice.map { _ in .spacer } }
        let list = positions.map(String.init).joined(separator: ",")
        let fetched = (try? db.read { try Self.libraryRows($0, sql: "l.pos IN (\(list)) ORDER BY l.pos", arguments: []) }) ?? []
        var byPos: [Int: LibraryEntry] = [:]
        for (p, entry) in fetched { byPos[p] = entry }
        return slice.map { row in
            if case .library(let p) = row { return byPos[p] ?? .spacer }
            return .spacer
        }
    }
}
