import Testing
@testable import ParallaxCore

/// What the search palette shows for a query it cannot read: one line, and the character to point at.
struct QueryParserErrorTests {
    /// The error a text gives, or nil when it parses.
    static func error(_ text: String) -> QueryError? {
        if case .failure(let error) = QueryParser.parse(text) { return error }
        return nil
    }

    @Test(arguments: [
        ("talks \"two state", 6),
        ("-\"op ed", 1),
        ("“live blog", 0),
        ("outlet:\"Daily Planet", 7),
        ("entity:“Jane", 7),
        ("\"a\" \"b", 4),
        ("🇺🇳 e\u{301} \"x", 4),
        ("\"\u{301}abc", 0),
    ])
    func anUnclosedQuoteIsReportedAtTheQuote(_ text: String, _ position: Int) {
        #expect(Self.error(text) == QueryError(message: "unclosed quote — add a closing \"", position: position))
    }

    @Test(arguments: [
        ("foo:bar", "foo", 0),
        ("talks Foo:", "Foo", 6),
        ("http://example.com", "http", 0),
        ("source:\"Daily Planet\"", "source", 0),
        ("ÉTAT:x", "ÉTAT", 0),
    ])
    func anUnknownFilterNamesTheKnownOnes(_ text: String, _ key: String, _ position: Int) {
        let expected = "unknown filter '\(key):' — use outlet:, date:, entity:, type:"
        #expect(Self.error(text) == QueryError(message: expected, position: position))
    }

    @Test(arguments: [
        ("outlet:", 7),
        ("outlet: talks", 7),
        ("talks entity:", 13),
        ("entity:\"  \"", 7),
        ("date:\"\"", 5),
        ("type:", 5),
        ("type:|,", 5),
    ])
    func anEmptyFilterValueIsAnError(_ text: String, _ position: Int) throws {
        let error = try #require(Self.error(text))
        #expect(error.message.hasPrefix("empty filter value — e.g. "))
        #expect(error.position == position)
    }

    @Test(arguments: [
        ("date:2024-13", "no such date '2024-13' — months run 01–12", 5),
        ("date:2024-00-10", "no such date '2024-00-10' — months run 01–12", 5),
        ("date:2023-02-29", "no such date '2023-02-29'", 5),
        ("date:2024-04-31", "no such date '2024-04-31'", 5),
        ("date:1899", "date '1899' out of range — years 1900–2100", 5),
        ("date:2024/04", "malformed date '2024/04' — use YYYY, YYYY-MM, YYYY-MM-DD or a range A..B", 5),
        ("date:24", "malformed date '24' — use YYYY, YYYY-MM, YYYY-MM-DD or a range A..B", 5),
        ("date:2024-", "malformed date '2024-' — use YYYY, YYYY-MM, YYYY-MM-DD or a range A..B", 5),
        ("date:2024-04-05-06", "malformed date '2024-04-05-06' — use YYYY, YYYY-MM, YYYY-MM-DD or a range A..B", 5),
        ("date:..", "malformed date '..' — use YYYY, YYYY-MM, YYYY-MM-DD or a range A..B", 5),
        ("date:２０２４", "malformed date '２０２４' — use YYYY, YYYY-MM, YYYY-MM-DD or a range A..B", 5),
        ("date:2024...2025", "malformed date '.2025' — use YYYY, YYYY-MM, YYYY-MM-DD or a range A..B", 11),
        ("date:2024-04..2024-13", "no such date '2024-13' — months run 01–12", 14),
        ("talks date:\" 2024-13\"", "no such date '2024-13' — months run 01–12", 13),
        ("date:2024-05..2024-04", "date range '2024-05..2024-04' ends before it starts", 5),
        ("date:2024 date:2025", "only one date: filter — use a range such as date:2024-04..2024-05", 10),
    ])
    func aBadDateSaysWhatIsWrongWhereItIs(_ text: String, _ message: String, _ position: Int) {
        #expect(Self.error(text) == QueryError(message: message, position: position))
    }

    @Test(arguments: [
        ("type:robot", "robot", 5),
        ("type:person|robot", "robot", 12),
        ("talks type:\"org droid\"", "droid", 16),
    ])
    func anUnknownTypeIsReportedAtItsName(_ text: String, _ name: String, _ position: Int) {
        let expected = "unknown type '\(name)' — use person, org, gpe, loc, norp (or people, organisation, place, country, nationality)"
        #expect(Self.error(text) == QueryError(message: expected, position: position))
    }

    @Test func aFilterCannotBeExcluded() {
        #expect(Self.error("talks -outlet:planet") == QueryError(
            message: "a filter cannot be excluded — remove the '-' before 'outlet:'", position: 6))
    }

    @Test func theFirstProblemInTheTextIsTheOneReported() {
        #expect(Self.error("foo:x \"open")?.position == 0)
        #expect(Self.error("\"open foo:x")?.position == 0)
    }

    @Test func messagesStayOnOneLineAndShort() throws {
        let error = try #require(Self.error("date:\"2024\u{1B}[2J\n" + String(repeating: "9", count: 500) + "\""))
        #expect(!error.message.contains("\n") && !error.message.contains("\u{1B}"))
        #expect(error.message.count < 120)
    }

    @Test func positionsCountCharactersNotScalars() {
        // The flag is two scalars and one character; e + combining acute likewise.
        #expect(Self.error("🇺🇳 e\u{301} foo:x")?.position == 4)
        #expect(Self.error("👩‍👩‍👧 date:2024-13")?.position == 7)
    }
}
