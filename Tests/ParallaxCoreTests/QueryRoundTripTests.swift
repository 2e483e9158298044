import Testing
@testable import ParallaxCore

/// A parsed query written back as text reads as the same query, and no text makes the parser trap.
struct QueryRoundTripTests {
    @Test(arguments: [
        ("minister", "minister"),
        ("minister ", "\"minister\""),
        ("Minister  talks", "Minister talks"),
        ("two-sta", "two-sta"),
        ("two-state ", "\"two state\""),
        ("“live blog”  -opinion -\"op ed\"", "\"live blog\" -opinion -\"op ed\""),
        ("minis outlet:planet", "minis outlet:planet"),
        ("OUTLET:\"Daily   Planet\" entity:doe", "outlet:\"Daily Planet\" entity:doe"),
        ("type:people|place type:person", "type:person|gpe|loc"),
        ("date:2024-04-01..2024-04-30", "date:2024-04"),
        ("date:2024-01..2024-12", "date:2024"),
        ("date:2024-01..2024-01", "date:2024-01"),
        ("date:2024-01-01..2024-01-31 talks", "date:2024-01 talks"),
        ("date:2024-04-02..2024-05", "date:2024-04-02..2024-05"),
        ("date:..2100", "date:1900.."),
        ("date:1900..", "date:1900.."),
        ("date:..2024-05-07", "date:..2024-05-07"),
        ("date:2024-02-29..", "date:2024-02-29.."),
    ])
    func aQueryRendersAsCanonicalText(_ text: String, _ canonical: String) throws {
        let query = try QueryParser.parse(text).get()
        #expect(QueryParser.render(query) == canonical)
        #expect(query.description == canonical)
        #expect(try QueryParser.parse(canonical).get() == query)
    }

    @Test(arguments: [
        "minister \"two-state solution\" -opinion outlet:planet date:2024-04..2024-05 entity:\"Jane Doe\" type:person",
        "outlet:„Daily Planet“ outlet:x:y entity:-doe entity:\"a„b\" two-sta",
        "talks 10:30 U.S.-led snake_case cafe\u{301} 北京市 שלום 🕊️ ",
        "-\"a b\" -c -d\"e f\" \"g h\"i",
        "type:place type:org date:2023..2024-02-10 -x",
    ])
    func renderingThenParsingGivesTheSameQuery(_ text: String) throws {
        let query = try QueryParser.parse(text).get()
        #expect(try QueryParser.parse(QueryParser.render(query)).get() == query)
    }

    /// Pieces random queries are made of: syntax, keys, dates, odd characters.
    static let pieces: [String] = [
        " ", "  ", "\t", "\n", "\u{00A0}", "\u{3000}", "\"", "“", "”", "„", "-", "--", ":", "..", ".", "|", ",",
        "outlet:", "date:", "entity:", "type:", "Type:", "foo:", "10:30", "word", "Ab", "two-state", "é", "e\u{301}",
        "\u{301}", "\u{20DD}", "🇺🇳", "👩‍👩‍👧", "🕊️", "北京", "שלום", "\u{202E}", "\u{200B}", "\u{0}", "\u{1B}", "\u{7F}",
        "\u{85}", "\u{E000}", "2024", "2024-04", "-05", "-31", "13", "1899", "person", "place", "people", "robot",
    ]

    @Test func randomTextsParseOrFailCleanlyAndParsedOnesRoundTrip() throws {
        var random = SplitMix64(seed: 20_240_405)
        var parsed = 0
        for _ in 0..<20_000 {
            let count = Int.random(in: 0...12, using: &random)
            let text = (0..<count).map { _ in Self.pieces.randomElement(using: &random) ?? "" }.joined()
            switch QueryParser.parse(text) {
            case .success(let query):
                parsed += 1
                let canonical = QueryParser.render(query)
                #expect(QueryParser.parse(canonical) == .success(query), "'\(text)' → '\(canonical)'")
                let words = (query.terms + query.excluded).flatMap(\.words)
                #expect(words.allSatisfy { !$0.isEmpty && !$0.unicodeScalars.contains { $0.properties.isWhitespace } })
            case .failure(let error):
                #expect((0...text.count).contains(error.position), "'\(text)': \(error)")
                #expect(!error.message.isEmpty && !error.message.contains("\n"))
            }
        }
        #expect(parsed > 2_000)
    }

    @Test func aHugeQueryParsesInLinearTime() throws {
        let words = String(repeating: "talks -op \"a b\" outlet:x type:person ", count: 20_000)
        let query = try QueryParser.parse(words).get()
        #expect(query.terms.count == 40_000 && query.types == [.person])
        let unclosed = String(repeating: "\"a ", count: 50_001)
        #expect(QueryParser.parse(unclosed).map(\.terms.count) == .failure(
            QueryError(message: "unclosed quote — add a closing \"", position: 150_000)))
        let noise = String(repeating: "\u{0}\u{1B}\u{202E}👩‍👩‍👧e\u{301}", count: 30_000)
        #expect(try QueryParser.parse(noise).get().terms.count == 1)
    }
}
