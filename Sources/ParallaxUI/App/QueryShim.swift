// TEMPORARY, not committed: stands in for QueryParser until the query branch is merged.
import ParallaxCore
public struct QueryError: Error, Sendable, Equatable { public let message: String; public let position: Int }
enum QueryParser {
    static func parse(_ text: String) -> Result<SearchQuery, QueryError> {
        var q = SearchQuery()
        q.terms = text.split(separator: " ").map { SearchQuery.Term(words: [String($0)]) }
        return .success(q)
    }
}
