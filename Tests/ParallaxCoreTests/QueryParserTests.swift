import Testing
@testable import ParallaxCore

/// The search palette's query language: every construct, every error with its position, the prefix
/// rule, FTS5-style word splitting and the render → parse round trip.
struct QueryParserTests {
    /// The parsed query, or a test failure.
    static func query(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> SearchQuery {
        switch QueryParser.parse(text) {
        case .success(let query): return query
        case .failure(let error):
            Issue.record("'\(text)' failed: \(error)", sourceLocation: sourceLocation)
            throw error
        }
    }

    /// A term.
    static func term(_ words: String..., prefix: Bool = false) -> SearchQuery.Term {
        SearchQuery.Term(words: words, isPrefix: prefix)
    }

    /// A date range from ISO days.
    static func days(_ from: String, _ to: String) -> ClosedRange<NewsDate>? {
        guard let a = NewsDate(iso: from), let b = NewsDate(iso: to) else { return nil }
        return a...b
    }

    // MARK: words, phrases, exclusions

    @Test(arguments: [
        ("minister ", [term("minister")]),
        ("minister", [term("minister", prefix: true)]),
        ("ceasefire talks ", [term("ceasefire"), term("talks")]),
        ("\"two-state solution\" ", [term("two", "state", "solution")]),
        ("“two-state solution” ", [term("two", "state", "solution")]),
        ("„two state“ ", [term("two", "state")]),
        ("\"two state” ", [term("two", "state")]),
        ("two-state ", [term("two", "state")]),
        ("two-sta", [term("two", "sta", prefix: true)]),
        ("Minister ", [term("Minister")]),
        ("\"a b\"c", [term("a", "b"), term("c", prefix: true)]),
        ("word\"a b\"", [term("word"), term("a", "b")]),
        ("\"\" \" \" -- ... ", []),
    ])
    func wordsAndPhrasesBecomeTerms(_ text: String, _ terms: [SearchQuery.Term]) throws {
        let q = try Self.query(text)
        #expect(q.terms == terms)
        #expect(q.excluded.isEmpty)
    }

    @Test func aDashExcludesAWordOrAPhrase() throws {
        let q = try Self.query("talks -opinion -\"op ed\" -“live blog” -non-stop")
        #expect(q.terms == [Self.term("talks")])
        #expect(q.excluded == [Self.term("opinion"), Self.term("op", "ed"), Self.term("live", "blog"), Self.term("non", "stop")])
    }

    @Test func aLoneDashOrADashInsideAWordExcludesNothing() throws {
        let q = try Self.query("- talks - well-known ")
        #expect(q.terms == [Self.term("talks"), Self.term("well", "known")])
        #expect(q.excluded.isEmpty)
    }

    @Test func anExcludedWordIsNeverAPrefix() throws {
        let q = try Self.query("talks -opin")
        #expect(q.terms == [Self.term("talks")])
        #expect(q.excluded == [Self.term("opin")])
    }

    // MARK: the prefix rule

    @Test(arguments: [
        ("talks minis", true),
        ("talks minis ", false),
        ("talks minis\t", false),
        ("talks minis\n", false),
        ("talks minis\u{00A0}", false),
        ("talks \"minis\"", false),
        ("talks minis.", false),
        ("talks minis outlet:x", false),
        ("talks minis -x", false),
        ("talks minis ...", false),
        ("cafe\u{301}", true),
    ])
    func theLastBareWordIsAPrefixWhileItIsBeingTyped(_ text: String, _ isPrefix: Bool) throws {
        let q = try Self.query(text)
        #expect(q.terms.last?.isPrefix == isPrefix)
        #expect(q.terms.dropLast().allSatisfy { !$0.isPrefix })
    }

    // MARK: word splitting as FTS5 unicode61

    @Test(arguments: [
        ("two-state", ["two", "state"]),
        ("U.S.-led", ["U", "S", "led"]),
        ("snake_case", ["snake", "case"]),
        ("10:30", ["10", "30"]),
        ("3.5%", ["3", "5"]),
        ("l’Élysée", ["l", "Élysée"]),
        ("cafe\u{301}", ["cafe\u{301}"]),
        ("\u{301}x", ["x"]),
        ("peace😀talks", ["peace", "talks"]),
        ("peace🕊️talks", ["peace🕊", "talks"]),
        ("北京市 政府", ["北京市", "政府"]),
        ("שלום עולם", ["שלום", "עולם"]),
        ("½ ²", ["½", "²"]),
        ("\u{E000}x", ["\u{E000}x"]),
        ("a\u{200B}b", ["a", "b"]),
        ("—…!?", []),
    ])
    func wordsSplitAsTheIndexSplitsThem(_ text: String, _ words: [String]) {
        #expect(Unicode61Words.words(in: text) == words)
    }

    @Test func punctuationOnlyItemsAreDropped() throws {
        let q = try Self.query("talks — ... !! “” ")
        #expect(q.terms == [Self.term("talks")])
    }

    @Test func tenThirtyIsPlainWordsNotAFilter() throws {
        let q = try Self.query("10:30 ")
        #expect(q.terms == [Self.term("10", "30")])
        #expect(q.isEmpty == false)
    }

    // MARK: filters

    @Test func outletTakesABareOrAQuotedName() throws {
        let q = try Self.query("outlet:planet OUTLET:\"Daily  Planet\" Outlet:“The Globe”")
        #expect(q.outlets == ["planet", "Daily Planet", "The Globe"])
        #expect(q.terms.isEmpty)
    }

    @Test func entityTakesABareOrAQuotedName() throws {
        let q = try Self.query("entity:doe Entity:\" Jane Doe \" talks ")
        #expect(q.entities == ["doe", "Jane Doe"])
        #expect(q.terms == [Self.term("talks")])
    }

    @Test(arguments: [
        ("date:2024", "2024-01-01", "2024-12-31"),
        ("date:2024-04", "2024-04-01", "2024-04-30"),
        ("date:2024-02", "2024-02-01", "2024-02-29"),
        ("date:2023-02", "2023-02-01", "2023-02-28"),
        ("date:2024-04-05", "2024-04-05", "2024-04-05"),
        ("date:2024-4-5", "2024-04-05", "2024-04-05"),
        ("date:2024-04..2024-05", "2024-04-01", "2024-05-31"),
        ("date:2024-04-05..2024-04-05", "2024-04-05", "2024-04-05"),
        ("date:2023..2024-02-10", "2023-01-01", "2024-02-10"),
        ("date:..2024-05", "1900-01-01", "2024-05-31"),
        ("date:2024-04..", "2024-04-01", "2100-12-31"),
        ("DATE:\"2024-04\"", "2024-04-01", "2024-04-30"),
    ])
    func dateStandsForAllTheDaysItNames(_ text: String, _ from: String, _ to: String) throws {
        #expect(try Self.query(text).dates == Self.days(from, to))
    }

    @Test(arguments: [
        ("type:person", [EntityType.person]),
        ("type:PEOPLE", [.person]),
        ("type:org", [.org]),
        ("type:organisation type:organization", [.org]),
        ("type:place", [.gpe, .loc]),
        ("type:places", [.gpe, .loc]),
        ("type:country", [.gpe]),
        ("type:loc", [.loc]),
        ("type:nationality", [.norp]),
        ("type:norp", [.norp]),
        ("type:person|org", [.person, .org]),
        ("type:person,gpe type:loc", [.person, .gpe, .loc]),
        ("type:\"person org\"", [.person, .org]),
        ("type:gpe type:place type:gpe", [.gpe, .loc]),
    ])
    func typeFiltersUnionTheirTypes(_ text: String, _ types: [EntityType]) throws {
        #expect(try Self.query(text).types == types)
    }

    @Test func everythingTogether() throws {
        let q = try Self.query("minister \"two-state solution\" -opinion outlet:planet date:2024-04..2024-05 entity:\"Jane Doe\" type:person")
        var expected = SearchQuery()
        expected.terms = [Self.term("minister"), Self.term("two", "state", "solution")]
        expected.excluded = [Self.term("opinion")]
        expected.outlets = ["planet"]
        expected.dates = Self.days("2024-04-01", "2024-05-31")
        expected.entities = ["Jane Doe"]
        expected.types = [.person]
        #expect(q == expected)
    }

    @Test func anEmptyTextIsAnEmptyQuery() throws {
        #expect(try Self.query("").isEmpty)
        #expect(try Self.query("  \n\t ").isEmpty)
    }
}
