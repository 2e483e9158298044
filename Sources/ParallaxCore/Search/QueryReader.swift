/// Reads the items of a query text into a `SearchQuery`, stopping at the first problem.
struct QueryReader {
    /// The query's scalars.
    private let scalars: [Unicode.Scalar]
    /// The query built so far.
    private var query = SearchQuery()
    /// Where the last item's last word ends, when that item was bare words that may still be typed.
    private var openWordEnd: Int?

    /// Creates a reader of the text's scalars.
    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// The query the whole text stands for.
    mutating func read() throws(QueryProblem) -> SearchQuery {
        var scanner = QueryScanner(scalars)
        while let item = try scanner.next() {
            openWordEnd = nil
            switch item.kind {
            case .bare(let range): addTerm(range, excluded: item.isExcluded, bare: true)
            case .quoted(let range): addTerm(range, excluded: item.isExcluded, bare: false)
            case .filter(let key, let value): try addFilter(item, key: key, value: value)
            }
        }
        // The last bare word is still being typed when nothing follows it, not even a space.
        if openWordEnd == scalars.count, !query.terms.isEmpty {
            query.terms[query.terms.count - 1].isPrefix = true
        }
        return query
    }

    /// Adds the words of an item as a term (one word or a phrase); an item without words adds nothing.
    private mutating func addTerm(_ range: Range<Int>, excluded: Bool, bare: Bool) {
        let tokens = Unicode61Words.ranges(in: scalars[range])
        guard let last = tokens.last else { return }
        let term = SearchQuery.Term(words: tokens.map { Unicode61Words.string(scalars[$0]) })
        if excluded {
            query.excluded.append(term)
        } else {
            query.terms.append(term)
            if bare { openWordEnd = last.upperBound }
        }
    }

    /// Adds a `key:value` filter.
    private mutating func addFilter(_ item: QueryItem, key: Range<Int>, value: Range<Int>) throws(QueryProblem) {
        let name = Unicode61Words.string(scalars[key]).lowercased()
        guard ["outlet", "date", "entity", "type"].contains(name) else {
            throw QueryProblem("unknown filter '\(QueryProblem.snippet(scalars[key])):' — use outlet:, date:, entity:, type:",
                               at: key.lowerBound)
        }
        guard !item.isExcluded else {
            throw QueryProblem("a filter cannot be excluded — remove the '-' before '\(name):'", at: item.start)
        }
        let trimmed = trim(value)
        guard !trimmed.isEmpty else {
            throw QueryProblem("empty filter value — e.g. \(Self.example[name] ?? name + ":…")", at: key.upperBound + 1)
        }
        switch name {
        case "outlet": query.outlets.append(text(trimmed))
        case "entity": query.entities.append(text(trimmed))
        case "date":
            guard query.dates == nil else {
                throw QueryProblem("only one date: filter — use a range such as date:2024-04..2024-05", at: item.start)
            }
            query.dates = try QueryDates.parse(scalars[trimmed])
        default:
            guard try addTypes(trimmed) > 0 else {
                throw QueryProblem("empty filter value — e.g. type:person", at: key.upperBound + 1)
            }
        }
    }

    /// An example of each filter for the empty-value message.
    private static let example = [
        "outlet": "outlet:\"Daily Planet\"", "date": "date:2024-04", "entity": "entity:\"Jane Doe\"", "type": "type:person",
    ]

    /// Adds the types a `type:` value names (`person`, `people|org`, `places`), each once; returns how
    /// many names the value held.
    private mutating func addTypes(_ value: Range<Int>) throws(QueryProblem) -> Int {
        var names = 0
        var i = value.lowerBound
        while i < value.upperBound {
            guard !QueryTypeNames.isSeparator(scalars[i]) else {
                i += 1
                continue
            }
            let start = i
            while i < value.upperBound, !QueryTypeNames.isSeparator(scalars[i]) { i += 1 }
            let name = Unicode61Words.string(scalars[start..<i])
            guard let types = QueryTypeNames.types(named: name) else {
                throw QueryProblem("unknown type '\(QueryProblem.snippet(scalars[start..<i]))' — use person, org, gpe, loc, "
                                   + "norp (or people, organisation, place, country, nationality)", at: start)
            }
            for type in types where !query.types.contains(type) { query.types.append(type) }
            names += 1
        }
        return names
    }

    /// The range without leading and trailing whitespace.
    private func trim(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, QueryScanner.isSpace(scalars[lower]) { lower += 1 }
        while upper > lower, QueryScanner.isSpace(scalars[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// A value's text with each run of whitespace inside it made one space.
    private func text(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        var afterSpace = false
        for s in scalars[range] {
            if QueryScanner.isSpace(s) {
                afterSpace = true
                continue
            }
            if afterSpace { view.append(" ") }
            afterSpace = false
            view.append(s)
        }
        return String(view)
    }
}
