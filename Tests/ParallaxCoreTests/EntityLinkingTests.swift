import Foundation
import Testing
@testable import ParallaxCore

/// Mentions of one entity become one entity, within an article and across the corpus.
struct EntityLinkingTests {
    @Test(arguments: [
        ("Secretary of State Antony Blinken", "Antony Blinken", "antony blinken"),
        ("Blinken's", "Blinken", "blinken"),
        ("Vice Foreign Minister Ma Zhaoxu", "Ma Zhaoxu", "ma zhaoxu"),
        ("Treasury Secretary Janet Yellen", "Janet Yellen", "janet yellen"),
        ("President Biden", "Biden", "biden"),
    ])
    func peoplesNamesLoseTitlesAndPossessives(text: String, display: String, key: String) {
        let name = EntityName(text, type: .person)
        #expect(name.display == display)
        #expect(name.key == key)
    }

    @Test(arguments: [
        ("the U.S.", "U.S.", "us", true), ("US", "US", "us", true), ("U.S.A.", "U.S.A.", "usa", true),
        ("the United States'", "United States", "united states", false),
        ("National Security Council", "National Security Council", "national security council", false),
        ("Kremlin's", "Kremlin", "kremlin", false),
    ])
    func otherNamesLoseTheAndPossessivesButKeepTheirWords(text: String, display: String, key: String, acronym: Bool) {
        let name = EntityName(text, type: .org)
        #expect(name.display == display)
        #expect(name.key == key)
        #expect(name.isAcronym == acronym)
    }

    @Test func titlesShortFormsAndPossessivesLinkToOnePerson() {
        let index = EntityLinker().link([LinkInput.article("a", [
            ("Secretary of State Antony Blinken", .person), ("Blinken", .org), ("Blinken's", .person),
        ])])
        #expect(index.linkedNames("a") == ["Antony Blinken", "Antony Blinken", "Antony Blinken"])
        #expect(index.mentions(in: "a").map(\.type) == [.person, .person, .person])
        #expect(index.entities.count == 1)
        #expect(index.named("Antony Blinken")?.variants == ["Blinken", "Blinken's"].map { EntityName($0).display }.uniqued())
    }

    @Test func aShortFormTakesTheNearestFullNameBeforeIt() {
        let index = EntityLinker().link([LinkInput.article("a", [
            ("Joe Biden", .person), ("Biden", .person), ("Jill Biden", .person), ("Biden", .person),
        ])])
        #expect(index.linkedNames("a") == ["Joe Biden", "Joe Biden", "Jill Biden", "Jill Biden"])
    }

    @Test func dottedAcronymsAndTheirExpansionAreOneEntity() {
        let index = EntityLinker().link([
            LinkInput.article("a", [("U.S.", .gpe), ("United States", .gpe), ("the US", .gpe)]),
            LinkInput.article("b", [("US", .gpe), ("European Union", .org), ("EU", .org)]),
            LinkInput.article("c", [("the United States'", .gpe), ("EU's", .org)]),
        ])
        #expect(index.linkedNames("a") == ["United States", "United States", "United States"])
        #expect(index.linkedNames("b") == ["United States", "European Union", "European Union"])
        #expect(index.linkedNames("c") == ["United States", "European Union"])
        #expect(Set(index.named("United States")?.variants ?? []) == ["U.S.", "US"])
    }

    @Test func anAcronymDoesNotJoinANameItNeverMeets() {
        let index = EntityLinker().link([
            LinkInput.article("a", event: 0, [("EU", .org)]),
            LinkInput.article("b", event: 1, [("Eastern Ukraine", .loc)]),
        ])
        #expect(index.entities.count == 2)
    }

    @Test func anAliasTableJoinsOtherNames() {
        let linker = EntityLinker(aliases: ["Britain": "United Kingdom", "USA": "United States"])
        let index = linker.link([
            LinkInput.article("a", [("Britain", .gpe), ("U.S.A.", .gpe)]),
            LinkInput.article("b", [("United Kingdom", .gpe), ("United States", .gpe), ("UK", .gpe)]),
        ])
        #expect(index.linkedNames("a") == ["United Kingdom", "United States"])
        #expect(index.linkedNames("b") == ["United Kingdom", "United States", "United Kingdom"])
    }

    @Test func aLoneSurnameJoinsTheOnlyPersonOfThatNameInItsEvent() {
        let index = EntityLinker().link([
            LinkInput.article("a", event: 0, [("Boris Johnson", .person)]),
            LinkInput.article("b", event: 0, [("Johnson", .person)]),
            LinkInput.article("c", event: 1, [("Johnson", .person)]),
            LinkInput.article("d", [("Johnson", .person)]),
        ])
        #expect(index.linkedNames("b") == ["Boris Johnson"])
        #expect(index.linkedNames("c") == ["Johnson"])
        #expect(index.linkedNames("d") == ["Johnson"])
        #expect(index.named("Boris Johnson")?.mentionCounts == ["a": 1, "b": 1])
    }

    @Test func aLoneSurnameWithTwoCandidatesInItsEventStaysApart() {
        let index = EntityLinker().link([
            LinkInput.article("a", event: 0, [("Boris Johnson", .person), ("Mike Johnson", .person)]),
            LinkInput.article("b", event: 0, [("Johnson", .person)]),
        ])
        #expect(index.linkedNames("b") == ["Johnson"])
    }

    @Test func aVariantSpellingInTheSameEventIsLinkedAndShownAsAVariant() {
        let index = EntityLinker().link([
            LinkInput.article("a", source: "Reuters", event: 0, [("Antony Blinken", .person)]),
            LinkInput.article("b", source: "AP", event: 0, [("Antony Blinken", .person), ("Blinken", .person)]),
            LinkInput.article("c", source: "Newsmax", event: 0, [("Anthony Blinken", .person)]),
        ])
        let blinken = index.named("Antony Blinken")
        #expect(index.entities.count == 1)
        #expect(blinken?.variants == ["Anthony Blinken", "Blinken"])
        #expect(index.linkedNames("c") == ["Antony Blinken"])
    }

    @Test func aVariantSpellingWithTheSameRoleIsLinkedAcrossEvents() {
        let index = EntityLinker().link([
            LinkInput.article("a", event: 0, [("Antony Blinken", .person, "secretary of state")]),
            LinkInput.article("b", event: 1, [("Secretary of State Anthony Blinken", .person, nil)]),
        ])
        #expect(index.entities.count == 1)
    }

    @Test func aVariantSpellingWithoutEvidenceStaysApart() {
        let index = EntityLinker().link([
            LinkInput.article("a", event: 0, [("Antony Blinken", .person, "secretary of state")]),
            LinkInput.article("b", event: 1, [("Anthony Blinken", .person, "actor")]),
            LinkInput.article("c", event: 0, [("Jill Biden", .person)]),
            LinkInput.article("d", event: 0, [("Joe Biden", .person)]),
        ])
        #expect(index.entities.map(\.name) == ["Anthony Blinken", "Antony Blinken", "Jill Biden", "Joe Biden"])
    }

    @Test func aNameTakesTheTypeMostOfItsMentionsHaveAndPeopleStayApart() {
        let index = EntityLinker().link([
            LinkInput.article("a", [("Washington", .gpe), ("Washington", .gpe)]),
            LinkInput.article("b", [("Washington", .org)]),
            LinkInput.article("c", [("Jordan", .gpe), ("Jordan", .person)]),
            LinkInput.article("d", [("Georgia", .gpe), ("Georgia", .loc)]),
        ])
        #expect(index.named("Washington", .gpe)?.mentionCounts == ["a": 2, "b": 1])
        #expect(index.named("Washington", .org) == nil)
        #expect(index.named("Jordan", .gpe) != nil && index.named("Jordan", .person) != nil)
        #expect(index.named("Georgia", .gpe) != nil && index.named("Georgia", .loc) != nil)
    }

    @Test func linkingIsDeterministicWhateverTheOrderOfWork() {
        let articles = (0..<30).map { i in
            LinkInput.article("a\(i)", source: "s\(i % 4)", event: i % 5, [
                ("Antony Blinken", .person), ("Anthony Blinken", .person), ("Blinken", .person),
                ("U.S.", .gpe), ("United States", .gpe), ("Kurt Campbell", .person), ("Campbell", .org),
                ("EU", .org), ("European Union", .org),
            ].shuffled())
        }
        let first = EntityLinker().link(articles)
        for _ in 0..<3 { #expect(EntityLinker().link(articles) == first) }
        #expect(first.entities.map(\.id.rawValue) == Array(0..<Int32(first.entities.count)))
    }
}

extension Array where Element: Hashable {
    /// The elements without repeats, first occurrence kept.
    func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}

/// The bundled country aliases join other names of a country with its common name.
struct CountryAliasTests {
    @Test func officialAndAlternateNamesJoinTheCommonName() throws {
        let aliases = try CountryAliases.bundled()
        #expect(aliases["Russian Federation"] == "Russia")
        #expect(aliases["Great Britain"] == "United Kingdom")
        let index = EntityLinker(aliases: aliases).link([
            LinkInput.article("a", source: "s1", event: 0, [("Russian Federation", .gpe)]),
            LinkInput.article("b", source: "s2", event: 1, [("Russia", .gpe)]),
        ])
        #expect(index.entities.count == 1)
        #expect(index.entities.first?.name == "Russia")
    }
}

/// A dateline's capitals do not become the entity's name.
struct CanonicalNameTests {
    @Test func aShoutedDatelineFormLosesToTheNameAsNormallyWritten() {
        let index = EntityLinker().link([
            LinkInput.article("a", source: "s1", event: 0, [("NAIROBI", .gpe), ("Nairobi", .gpe)]),
            LinkInput.article("b", source: "s2", event: 1, [("NAIROBI", .gpe)]),
        ])
        #expect(index.entities.map(\.name) == ["Nairobi"])
        #expect(index.entities.first?.variants == ["NAIROBI"])
        let acronym = EntityLinker().link([LinkInput.article("c", source: "s1", event: 0, [("NATO", .org)])])
        #expect(acronym.entities.map(\.name) == ["NATO"])
    }
}
