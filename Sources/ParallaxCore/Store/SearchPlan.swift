import Foundation
import GRDB

/// A `SearchQuery` turned into SQL: an FTS5 MATCH expression built only from quoted tokens (user text is
/// never passed raw), and conditions on the article rows for the filters.
struct SearchPlan {
    /// What the full-text index must match, or nil for a query of filters only.
    let match: String?
    /// `match` with every word and phrase in the headline, for listing headline hits first; nil when the
    /// query looks only in entity names (`type:`) or has no words.
    let titleMatch: String?
    /// What it must not match, when there is nothing positive to subtract it from.
    let excludeOnly: String?
    /// Conditions on `files f`, joined with AND.
    let conditions: [String]
    /// Their arguments, in order.
    let arguments: [DatabaseValueConvertible?]

    /// Full-text columns of each entity type.
    static func column(of type: EntityType) -> String {
        switch type {
        case .person: return "person"
        case .org: return "org"
        case .gpe, .loc: return "place"
        case .norp: return "norp"
        }
    }

    /// Plans a query.
    init(_ query: SearchQuery) {
        let positive = query.terms.compactMap(Self.expression)
        let negative = query.excluded.compactMap(Self.expression)
        var columns: [String] = []
        for type in query.types where !columns.contains(Self.column(of: type)) { columns.append(Self.column(of: type)) }
        var match: String?
        if !positive.isEmpty {
            var expr = "(" + positive.joined(separator: " AND ") + ")"
            if !columns.isEmpty { expr = "{" + columns.joined(separator: " ") + "} : " + expr }
            if !negative.isEmpty { expr = "(" + expr + ") NOT (" + negative.joined(separator: " OR ") + ")" }
            match = expr
        }
        self.match = match
        if match != nil, columns.isEmpty {
            // Each word once: FTS5 expands a prefix anew for every place it occurs in an expression.
            let inTitle = "{title} : (" + positive.joined(separator: " AND ") + ")"
            titleMatch = negative.isEmpty ? inTitle : "(" + inTitle + ") NOT (" + negative.joined(separator: " OR ") + ")"
        } else {
            titleMatch = nil
        }
        excludeOnly = match == nil && !negative.isEmpty ? negative.joined(separator: " OR ") : nil
        var conditions = ["f.skipped IS NULL"]
        var arguments: [DatabaseValueConvertible?] = []
        let outlets = query.outlets.map(SearchFolding.key).filter { !$0.isEmpty }
        if !outlets.isEmpty {
            conditions.append("(" + outlets.map { _ in "instr(f.outlet_key, ?) > 0" }.joined(separator: " OR ") + ")")
            arguments += outlets
        }
        if let dates = query.dates {
            conditions.append("f.day BETWEEN ? AND ?")
            arguments += [dates.lowerBound.dayNumber, dates.upperBound.dayNumber]
        }
        for name in query.entities {
            var sql = """
                f.id IN (SELECT ae.article FROM entity_keys k JOIN article_entities ae ON ae.entity = k.entity
                """
            var args: [DatabaseValueConvertible?] = []
            if !query.types.isEmpty {
                sql += " JOIN entities en ON en.id = k.entity WHERE k.key = ? AND en.type IN ("
                    + query.types.map { _ in "?" }.joined(separator: ",") + "))"
                args = [SearchFolding.key(name)] + query.types.map(\.rawValue)
            } else {
                sql += " WHERE k.key = ?)"
                args = [SearchFolding.key(name)]
            }
            conditions.append(sql)
            arguments += args
        }
        if let excludeOnly {
            conditions.append("f.id NOT IN (SELECT rowid FROM fts WHERE fts MATCH ?)")
            arguments.append(excludeOnly)
        }
        self.conditions = conditions
        self.arguments = arguments
    }

    /// A term as a quoted FTS5 string (`"word"`, `"two words"`, `"pref"*`), or nil when it has no word.
    static func expression(_ term: SearchQuery.Term) -> String? {
        let tokens = term.words.flatMap(SearchFolding.words)
        guard !tokens.isEmpty else { return nil }
        let quoted = "\"" + tokens.joined(separator: " ").replacingOccurrences(of: "\"", with: "\"\"") + "\""
        return term.isPrefix ? quoted + "*" : quoted
    }

    /// The folded tokens of each term, for finding matches in text (terms without words left out).
    static func patterns(_ terms: [SearchQuery.Term]) -> [(tokens: [[UInt32]], isPrefix: Bool)] {
        terms.compactMap { term in
            let tokens = term.words.flatMap(SearchFolding.words).map { $0.unicodeScalars.map(\.value) }
            return tokens.isEmpty ? nil : (tokens, term.isPrefix)
        }
    }
}
