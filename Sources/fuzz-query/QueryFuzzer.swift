import ParallaxCore

/// What the search palette does with whatever is typed — parse, and on success render the query back
/// and parse that — with the invariants that must hold for any text.
///
/// A broken invariant stops the process with a message; libFuzzer records the input as a crash.
enum QueryFuzzer {
    /// Runs one input, read as UTF-8.
    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        let text = String(decoding: bytes, as: UTF8.self)
        switch QueryParser.parse(text) {
        case .success(let query): checkQuery(query, text: text)
        case .failure(let error): checkError(error, text: text)
        }
    }

    /// Stops the process when an invariant is broken.
    static func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
        if !condition() { fatalError("fuzz-query: \(message())") }
    }

    /// Words are non-empty and free of whitespace, only the last term may be a prefix, and the canonical
    /// text reads back as the same query (and renders the same again).
    static func checkQuery(_ query: SearchQuery, text: String) {
        for term in query.terms + query.excluded {
            check(!term.words.isEmpty, "a term without words from \(debug(text))")
            for word in term.words {
                check(!word.isEmpty && !word.unicodeScalars.contains { $0.properties.isWhitespace },
                      "word \(debug(word)) from \(debug(text))")
            }
        }
        check(query.terms.dropLast().allSatisfy { !$0.isPrefix } && query.excluded.allSatisfy { !$0.isPrefix },
              "a prefix term other than the last from \(debug(text))")
        let canonical = QueryParser.render(query)
        switch QueryParser.parse(canonical) {
        case .success(let again):
            check(again == query, "\(debug(text)) renders as \(debug(canonical)), which reads differently")
            check(QueryParser.render(again) == canonical, "\(debug(canonical)) does not render as itself")
        case .failure(let error):
            check(false, "\(debug(text)) renders as \(debug(canonical)), which fails: \(error)")
        }
    }

    /// An error points inside the text (or just past it) and says something, on one line.
    static func checkError(_ error: QueryError, text: String) {
        check((0...text.count).contains(error.position), "position \(error.position) of \(text.count) for \(debug(text))")
        check(!error.message.isEmpty && !error.message.contains("\n"), "message \(debug(error.message))")
    }

    /// A text as Swift source with escapes, for a readable crash message.
    static func debug(_ text: String) -> String {
        String(reflecting: text.count > 200 ? String(text.prefix(200)) + "…" : text)
    }
}
