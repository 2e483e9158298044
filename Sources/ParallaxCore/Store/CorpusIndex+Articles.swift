import Foundation
import GRDB

extension CorpusIndex {
    /// Columns `summary(_:offset:)` reads, from `files f` left-joined with `events e`.
    static let summaryColumns = "f.article_id, f.path, f.outlet, f.day, f.title, f.words, e.id, f.skipped, f.filter_title"
    /// Columns `event(_:)` reads from `events`.
    static let eventColumns = "idx, id, keywords, first_day, last_day, label, articles"

    /// A summary from a row of `summaryColumns` starting at `offset`.
    static func summary(_ row: Row, offset: Int = 0) -> ArticleSummary {
        let path = (row[offset + 1] as String?) ?? ""
        let id = (row[offset] as String?) ?? CorpusLoader.id(for: path)
        // `title` is the headline or the first twelve words, `filter_title` the headline or the first twenty:
        // they differ exactly when there is no headline (or a body of twelve words or fewer, shown whole).
        let display = row[offset + 4] as String?
        let long = row[offset + 8] as String?
        let title = long ?? display ?? TextSanitizer.displaySafe(path)
        return ArticleSummary(id: id, path: path, outlet: row[offset + 2], date: (row[offset + 3] as Int?).flatMap(date(fromDay:)),
                              title: title, words: (row[offset + 5] as Int?) ?? 0, eventID: row[offset + 6],
                              hasHeadline: display == nil || display == long)
    }

    /// An event and its label from a row of `eventColumns`.
    static func event(_ row: Row) -> (Event, [String])? {
        guard let id = row[1] as String? else { return nil }
        let keywords = split((row[2] as String?) ?? "", "\u{1F}")
        var dates: ClosedRange<NewsDate>?
        if let first = (row[3] as String?).flatMap(NewsDate.init(iso:)), let last = (row[4] as String?).flatMap(NewsDate.init(iso:)),
           first <= last {
            dates = first...last
        }
        let articles = split((row[6] as String?) ?? "", "\n")
        return (Event(id: id, articleIDs: articles, keywords: keywords, dates: dates), split((row[5] as String?) ?? "", "\u{1F}"))
    }

    /// A joined list split again (an empty text is an empty list).
    static func split(_ text: String, _ separator: Character) -> [String] {
        text.isEmpty ? [] : text.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
    }

    /// The date of a day number (days since 1970-01-01), the inverse of `NewsDate.dayNumber`.
    static func date(fromDay day: Int) -> NewsDate? {
        let z = day + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return NewsDate(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// One article's summary.
    public func summary(id: String) -> ArticleSummary? {
        try? db.read { db in
            try Row.fetchOne(db, sql: """
                SELECT \(Self.summaryColumns) FROM files f LEFT JOIN events e ON e.idx = f.event
                WHERE f.article_id = ? AND f.skipped IS NULL ORDER BY f.path DESC LIMIT 1
                """, arguments: [id]).map { Self.summary($0) }
        } ?? nil
    }

    /// An event by id.
    public func event(id: String) -> Event? {
        try? db.read { db in
            try Row.fetchOne(db, sql: "SELECT \(Self.eventColumns) FROM events WHERE id = ? LIMIT 1", arguments: [id])
                .flatMap { Self.event($0)?.0 }
        } ?? nil
    }

    /// The event an article belongs to.
    public func event(ofArticle articleID: String) -> Event? {
        try? db.read { db in
            try Row.fetchOne(db, sql: """
                SELECT \(Self.eventColumns.split(separator: ",").map { "e." + $0.trimmingCharacters(in: .whitespaces) }.joined(separator: ", "))
                FROM files f JOIN events e ON e.idx = f.event WHERE f.article_id = ? AND f.skipped IS NULL ORDER BY f.path DESC LIMIT 1
                """, arguments: [articleID]).flatMap { Self.event($0)?.0 }
        } ?? nil
    }

    /// Finds an article by id, relative path, or a prefix of exactly one id (throws `CorpusError`).
    public func resolve(_ key: String) throws -> ArticleSummary {
        if let hit = summary(id: key) ?? summary(id: TextSanitizer.displaySafe(key)) { return hit }
        let byPath = try? db.read { db in
            try Row.fetchOne(db, sql: """
                SELECT \(Self.summaryColumns) FROM files f LEFT JOIN events e ON e.idx = f.event
                WHERE f.path = ? AND f.skipped IS NULL
                """, arguments: [key]).map { Self.summary($0) }
        }
        if let hit = byPath ?? nil { return hit }
        let prefixed = (try? db.read { db in
            try String.fetchAll(db, sql: """
                SELECT DISTINCT article_id FROM files WHERE article_id >= ? AND article_id < ? AND skipped IS NULL
                ORDER BY article_id LIMIT 4
                """, arguments: [key, key + "\u{10FFFF}"])
        }) ?? []
        let safe = TextSanitizer.displaySafe(key)
        if prefixed.count == 1, let only = summary(id: prefixed[0]) { return only }
        if prefixed.count > 1 { throw CorpusError.ambiguous(safe, prefixed) }
        throw CorpusError.noSuchArticle(safe)
    }

    /// Reads and parses an article, with its stored mentions (throws when the file is gone or unreadable).
    public func loadArticle(id: String) throws -> StoredArticle {
        let stored = try? db.read { db in
            try Row.fetchOne(db, sql: """
                SELECT f.path, f.size, f.mtime, a.found, f.linked FROM files f LEFT JOIN analysis a ON a.id = f.id
                WHERE f.article_id = ? AND f.skipped IS NULL ORDER BY f.path DESC LIMIT 1
                """, arguments: [id])
        }
        guard let row = stored ?? nil else { throw CorpusError.noSuchArticle(TextSanitizer.displaySafe(id)) }
        let path: String = row[0]
        let analyser = FileAnalyser(root: root, recognizer: nil)
        let read = analyser.read(path)
        guard let data = read.data else {
            let reason = read.stat == nil && read.reason?.contains("no such file") == true ? "the file is gone" : (read.reason ?? "unreadable")
            throw CorpusError.unreadable(path: TextSanitizer.displaySafe(path), reason: reason)
        }
        let article: Article
        switch FileAnalyser.parse(data, path: path) {
        case .success(let parsed): article = parsed
        case .failure(let skip): throw CorpusError.unreadable(path: skip.path, reason: skip.reason)
        }
        let changed = read.stat != FileStat(size: row[1], mtime: row[2])
        guard !changed else { return StoredArticle(article: article, mentions: [], changedOnDisk: true) }
        return StoredArticle(article: article, mentions: Self.mentions(found: row[3], linked: row[4]), changedOnDisk: false)
    }

    /// Stored mentions with their entities; empty when not linked yet or when the two lists disagree.
    static func mentions(found: Data?, linked: Data?) -> [EntityMention] {
        guard let found = found.flatMap({ MentionCoding.decodeFound([UInt8]($0)) }),
              let linked = linked.flatMap({ MentionCoding.decodeLinked([UInt8]($0)) }),
              found.count == linked.count else { return [] }
        return zip(found, linked).map { EntityMention(rawRange: $0.rawRange, text: $0.text, type: $1.type, entity: $1.entity) }
    }
}
