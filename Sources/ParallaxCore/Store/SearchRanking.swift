import Foundation
import GRDB

/// How search results are ordered: BM25 (the headline weighted above the body) with a mild boost for
/// recent articles.
enum SearchRanking {
    /// BM25 weights of the full-text columns: title, body, outlet, person, org, place, norp.
    static let weights = "10.0, 1.0, 2.0, 1.0, 1.0, 1.0, 1.0"

    /// The recency factor of an article dated `day` when the newest article is dated `newest`.
    static func boost(day: Int?, newest: Int) -> Double {
        guard let day, newest >= 0 else { return 1 }
        return 1.0 + 0.2 * exp(-Double(max(0, newest - day)) / 180.0)
    }

    /// The most matches a query may have and still be ranked by BM25; a broader one (a common word, a
    /// short prefix) is listed headline matches first, then newest first, since scoring every match of a
    /// word in most of a large corpus takes far longer than a keystroke.
    static let rankedMatches = 2_000

    /// The most the recency factor multiplies a score by.
    static let maxBoost = 1.2

    /// `parallax_boost(day, newest)`: 1 + 0.2·exp(−age/180) for a dated article, 1 for an undated one.
    static let boostFunction = DatabaseFunction("parallax_boost", argumentCount: 2, pure: true) { values in
        guard let newest = Int.fromDatabaseValue(values[1]) else { return 1.0 }
        return boost(day: Int.fromDatabaseValue(values[0]), newest: newest)
    }
}
