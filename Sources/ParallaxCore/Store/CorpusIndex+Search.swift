import Foundation
import GRDB

/// One ranked hit before its snippet: the file row, its summary and score.
struct RankedRow {
    let rowID: Int64
    let summary: ArticleSummary
    let score: Double
}

extension CorpusIndex {
    /// Ranked full-text search; `limit` hits from `offset`. Throws only for a query the index cannot run.
    ///
    /// Words and phrases go through the FTS5 index (BM25, headline above body, times a mild recency boost);
    /// a query that matches more than `SearchRanking.rankedMatches` articles lists them instead, headline
    /// matches first, then newest first (score 0), so a broad word costs about as much as a rare one; a
    /// query of filters only lists the matching articles newest first. Snippets are cut from the hits'
    /// files, inside the stored ranges of their paragraphs.
    public func search(_ typed: SearchQuery, limit: Int, offset: Int) throws -> [SearchHit] {
        // A word being typed is searched from its second character (`SearchQuery.searched`).
        let query = typed.searched
        guard !query.isEmpty, limit > 0 else { return [] }
        let plan = SearchPlan(query)
        // Terms without a word ("—") ask for nothing; with nothing else asked there is nothing to list.
        if plan.match == nil && plan.excludeOnly == nil && plan.conditions.count == 1 { return [] }
        let newest = counters().newestDay
        let ranked: [RankedRow]
        var snippetFacts: [Int64: Row] = [:]
        do {
            ranked = try db.read { db -> [RankedRow] in
                let rows = try Self.rankedRows(db, plan: plan, newest: newest, limit: limit, offset: max(0, offset))
                if !rows.isEmpty {
                    let list = rows.map { String($0.rowID) }.joined(separator: ",")
                    for row in try Row.fetchAll(db, sql: "SELECT f.id, f.path, f.size, f.mtime, a.spans FROM files f LEFT JOIN analysis a ON a.id = f.id WHERE f.id IN (\(list))") {
                        snippetFacts[row[0]] = row
                    }
                }
                return rows
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
            throw SearchError.cannotRun(Self.describe(error))
        } catch {
            // A damaged index answers nothing rather than failing the caller.
            return []
        }
        let finder = SnippetFinder(patterns: SearchPlan.patterns(query.terms))
        return ranked.map { hit in
            let found = snippet(hit, facts: snippetFacts[hit.rowID], finder: finder)
            return SearchHit(article: hit.summary, score: hit.score, snippet: found.snippet, highlights: found.highlights,
                             rawRange: found.rawRange)
        }
    }

    /// A hit's snippet: from the file's scalars and the stored paragraph ranges when the file is as indexed,
    /// from a fresh parse when it changed, the title when it is gone.
    func snippet(_ hit: RankedRow, facts: Row?, finder: SnippetFinder) -> SnippetFinder.Found {
        let title = hit.summary.title
        guard let facts else { return SnippetFinder.plain(title) }
        let path: String = facts[1]
        let read = FileAnalyser(root: root, recognizer: nil).read(path)
        guard let data = read.data else { return SnippetFinder.plain(title) }
        if read.stat == FileStat(size: facts[2], mtime: facts[3]),
           let spans = (facts[4] as Data?).flatMap({ MentionCoding.decodeRanges([UInt8]($0)) }),
           case .success(let scalars) = FileDecoder.decode(data) {
            return finder.snippet(raw: scalars, spans: spans, title: title)
        }
        guard case .success(let article) = FileAnalyser.parse(data, path: path) else { return SnippetFinder.plain(title) }
        return finder.snippet(article)
    }

    /// The hits' rows and scores, best first; a match of more than `rankedMatches` articles is listed instead.
    static func rankedRows(_ db: Database, plan: SearchPlan, newest: Int, limit: Int, offset: Int,
                           rankedMatches: Int = SearchRanking.rankedMatches) throws -> [RankedRow] {
        let filters = plan.conditions.joined(separator: " AND ")
        let select = "SELECT f.id, \(summaryColumns) FROM files f LEFT JOIN events e ON e.idx = f.event"
        if let match = plan.match {
            if try matchCount(db, match: match, cap: rankedMatches) > rankedMatches {
                return try listed(db, plan: plan, match: match, limit: limit, offset: offset, cap: rankedMatches)
            }
            if plan.conditions.count == 1 {
                let top = try topByRank(db, match: match, newest: newest, want: limit + offset).dropFirst(offset).prefix(limit)
                guard !top.isEmpty else { return [] }
                let list = top.map { String($0.rowID) }.joined(separator: ",")
                var summaries: [Int64: ArticleSummary] = [:]
                for row in try Row.fetchAll(db, sql: "\(select) WHERE f.id IN (\(list))") { summaries[row[0]] = summary(row, offset: 1) }
                return top.compactMap { hit in summaries[hit.rowID].map { RankedRow(rowID: hit.rowID, summary: $0, score: hit.score) } }
            }
            let sql = """
                SELECT f.id, \(summaryColumns), -bm25(fts, \(SearchRanking.weights)) * parallax_boost(f.day, ?) AS score
                FROM fts JOIN files f ON f.id = fts.rowid LEFT JOIN events e ON e.idx = f.event
                WHERE fts MATCH ? AND \(filters) ORDER BY score DESC, f.path LIMIT ? OFFSET ?
                """
            let arguments = StatementArguments([newest, match] + plan.arguments + [limit, offset])
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map { RankedRow(rowID: $0[0], summary: summary($0, offset: 1), score: $0["score"]) }
        }
        return try newestFirst(db, plan: plan, limit: limit, offset: offset)
    }

    /// The best `want` matches by boosted score, without computing the boost for every match: the index's
    /// own BM25 order gives candidates, and more are fetched until no unfetched match could outrank the
    /// last wanted one (the boost is at most ×1.2). Ties go to the path order.
    static func topByRank(_ db: Database, match: String, newest: Int, want: Int) throws -> [(rowID: Int64, score: Double)] {
        var k = max(64, want * 2)
        while true {
            let rows = try Row.fetchAll(db, sql: """
                SELECT rowid, bm25(fts, \(SearchRanking.weights)) AS rank FROM fts WHERE fts MATCH ? ORDER BY rank LIMIT ?
                """, arguments: [match, k])
            guard !rows.isEmpty else { return [] }
            let list = rows.map { String($0[0] as Int64) }.joined(separator: ",")
            var facts: [Int64: (day: Int?, path: String)] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, day, path FROM files WHERE id IN (\(list))") {
                facts[row[0]] = (row[1], row[2])
            }
            let scored = rows.map { row -> (rowID: Int64, score: Double, path: String) in
                let id: Int64 = row[0]
                let fact = facts[id]
                return (id, -(row[1] as Double) * SearchRanking.boost(day: fact?.day, newest: newest), fact?.path ?? "")
            }.sorted { $0.score != $1.score ? $0.score > $1.score : $0.path < $1.path }
            let floor = -(rows[rows.count - 1][1] as Double) * SearchRanking.maxBoost
            if rows.count < k || (scored.count >= want && scored[want - 1].score > floor) {
                return scored.map { ($0.rowID, $0.score) }
            }
            k *= 4
        }
    }
}

/// Why a search could not run.
public enum SearchError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The index rejected the query (one line).
    case cannotRun(String)

    /// The error in words.
    public var description: String {
        switch self {
        case .cannotRun(let reason): return "the search could not run: \(reason)"
        }
    }
}
