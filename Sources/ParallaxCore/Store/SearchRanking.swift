import Foundation
import GRDB

/// How search results are ordered: BM25 (the headline weighted above the body) with a mild boost for
/// recent articles.
enum SearchRanking {
    /// BM25 weights of the full-text columns: title, body, outlet, person, org, place, norp.
    static let weights = "10.0, 1.0, 2.0, 1.0, 1.0, 1.0, 1.0"

    /// `parallax_boost(day, newest)`: 1 + 0.2·exp(−age/180) for a dated article, 1 for an undated one.
    static let boostFunction = DatabaseFunction("parallax_boost", argumentCount: 2, pure: true) { values in
        guard let day = Int.fromDatabaseValue(values[0]), let newest = Int.fromDatabaseValue(values[1]), newest >= 0 else { return 1.0 }
        let age = Double(max(0, newest - day))
        return 1.0 + 0.2 * exp(-age / 180.0)
    }
}
