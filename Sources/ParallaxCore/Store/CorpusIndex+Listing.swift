import GRDB

extension CorpusIndex {
    /// How many articles a MATCH expression matches, counting no further than `cap + 1` (so the answer
    /// costs about as much for a word in every article as for a rarer one).
    static func matchCount(_ db: Database, match: String, cap: Int = SearchRanking.rankedMatches) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT 1 FROM fts WHERE fts MATCH ? LIMIT ?)",
                         arguments: [match, cap + 1]) ?? 0
    }

    /// The hits of a broad query without BM25: articles with every word or phrase in the headline first,
    /// then the others, each newest first (score 0).
    /// A headline tier of more than `cap` matches is walked in day order, a smaller one fetched by rowid.
    static func listed(_ db: Database, plan: SearchPlan, match: String, limit: Int, offset: Int,
                       cap: Int = SearchRanking.rankedMatches) throws -> [RankedRow] {
        let want = limit + offset
        var rows: [RankedRow] = []
        if let title = plan.titleMatch {
            let many = try matchCount(db, match: title, cap: cap) > cap
            rows = try newestFirst(db, plan: plan, match: (title, many), limit: want, offset: 0)
        }
        if rows.count < want {
            let seen = Set(rows.map(\.rowID))
            rows += try newestFirst(db, plan: plan, match: (match, true), limit: want + rows.count, offset: 0)
                .filter { !seen.contains($0.rowID) }
        }
        return Array(rows.dropFirst(offset).prefix(limit))
    }

    /// Articles that meet the plan's filters (and match `match.text` when given), newest first, undated
    /// last, ties in path order.
    ///
    /// The order is the `files_day` index's: SQLite walks it from the newest day and stops after `limit`
    /// rows instead of sorting every article. A match known to be `many` is only probed on that walk; a
    /// narrower one drives the query by its rowids (a walk could pass most of the corpus to find them).
    static func newestFirst(_ db: Database, plan: SearchPlan, match: (text: String, many: Bool)? = nil, limit: Int,
                       offset: Int) throws -> [RankedRow] {
        var conditions = plan.conditions
        var arguments = plan.arguments
        if let match {
            // `+` keeps SQLite from driving the query by the matches' rowids (then sorting them all).
            conditions.append((match.many ? "+" : "") + "f.id IN (SELECT rowid FROM fts WHERE fts MATCH ?)")
            arguments.append(match.text)
        }
        let sql = """
            SELECT f.id, \(summaryColumns) FROM files f LEFT JOIN events e ON e.idx = f.event
            WHERE \(conditions.joined(separator: " AND ")) ORDER BY f.day DESC, f.path LIMIT ? OFFSET ?
            """
        return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments + [limit, offset]))
            .map { RankedRow(rowID: $0[0], summary: summary($0, offset: 1), score: 0) }
    }
}
