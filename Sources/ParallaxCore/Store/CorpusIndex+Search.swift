import Foundation
import GRDB

extension CorpusIndex {
    /// Ranked full-text search; `limit` hits from `offset`. Throws only for a query the index cannot run.
    public func search(_ query: SearchQuery, limit: Int, offset: Int) throws -> [SearchHit] {
        []
    }
}
