import Foundation
import GRDB

extension CorpusIndex {
    /// Ranked full-text search; `limit` hits from `offset`. Throws only for a query the index cannot run.
    ///
    /// Words and phrases go through the FTS5 index (BM25, headline above body, times a mild recency boost);
    /// a query of filters only lists the matching articles newest first. Snippets are cut from the hits'
    /// files, read through a small cache.
    public func search(_ query: SearchQuery, limit: Int, offset: Int) throws -> [SearchHit] {
        guard !query.isEmpty, limit > 0 else { return [] }
        let plan = SearchPlan(query)
        // Terms without a word ("—") ask for nothing; with nothing else asked there is nothing to list.
        if plan.match == nil && plan.excludeOnly == nil && plan.conditions.count == 1 { return [] }
        let newest = counters().newestDay
        let ranked: [(summary: ArticleSummary, score: Double)]
        do {
            ranked = try db.read { db in try Self.rankedRows(db, plan: plan, newest: newest, limit: limit, offset: max(0, offset)) }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
            throw SearchError.cannotRun(Self.describe(error))
        } catch {
            // A damaged index answers nothing rather than failing the caller.
            return []
        }
        let finder = SnippetFinder(patterns: SearchPlan.patterns(query.terms))
        let generation = counters().generation
        return ranked.map { hit in
            let found: SnippetFinder.Found
            if let stored = try? snippetArticles.value("\(generation)\u{1F}\(hit.summary.id)", load: { try loadArticle(id: hit.summary.id) }) {
                found = finder.snippet(stored.article)
            } else {
                found = SnippetFinder.plain(hit.summary.title)
            }
            return SearchHit(article: hit.summary, score: hit.score, snippet: found.snippet, highlights: found.highlights,
                             rawRange: found.rawRange)
        }
    }

    /// The hits' summaries and scores, best first.
    static func rankedRows(_ db: Database, plan: SearchPlan, newest: Int, limit: Int,
                           offset: Int) throws -> [(summary: ArticleSummary, score: Double)] {
        let filters = plan.conditions.joined(separator: " AND ")
        if let match = plan.match {
            let sql = """
                SELECT \(summaryColumns), -bm25(fts, \(SearchRanking.weights)) * parallax_boost(f.day, ?) AS score
                FROM fts JOIN files f ON f.id = fts.rowid LEFT JOIN events e ON e.idx = f.event
                WHERE fts MATCH ? AND \(filters) ORDER BY score DESC, f.path LIMIT ? OFFSET ?
                """
            let arguments = StatementArguments([newest, match] + plan.arguments + [limit, offset])
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map { (summary($0), $0[8]) }
        }
        let sql = """
            SELECT \(summaryColumns) FROM files f LEFT JOIN events e ON e.idx = f.event
            WHERE \(filters) ORDER BY f.day IS NULL, f.day DESC, f.path LIMIT ? OFFSET ?
            """
        return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(plan.arguments + [limit, offset]))
            .map { (summary($0), 0) }
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
