import Testing
@testable import ParallaxCore

/// The (text, type) pairs recognised in a one-segment document.
private func entities(_ text: String, kind: SegmentKind = .body) throws -> [String] {
    try entities([TextSegment(text, kind: kind)])
}

/// The "TYPE text" strings recognised in a document.
private func entities(_ segments: [TextSegment]) throws -> [String] {
    let recognizer = try EntityRecognizer.bundled()
    return recognizer.recognize(segments).map { span in
        "\(span.type.rawValue) " + String(String.UnicodeScalarView(segments[span.segment].scalars[span.range]))
    }
}

@Test func titlesStayOutsideThePersonName() throws {
    let found = try entities("Foreign Minister Annalena Baerbock said on Tuesday that Germany would send more aid.")
    #expect(found.contains("PERSON Annalena Baerbock"))
    #expect(found.contains("GPE Germany"))
    #expect(!found.contains { $0.contains("Minister") })
}

@Test func honorificsStayOutsideThePersonName() throws {
    let found = try entities("Mr. Okonjo told reporters in Lagos that the plan would fail.")
    #expect(found.contains("PERSON Okonjo"))
    #expect(found.contains("GPE Lagos"))
}

@Test func allCapsDatelineAndCreditAreRecognised() throws {
    let found = try entities("NAIROBI, Kenya (AP) — Kenya’s president said on Monday that talks would resume.")
    #expect(found.contains("GPE NAIROBI"))
    #expect(found.contains("ORG AP"))
    #expect(found.contains("GPE Kenya"))
}

@Test(arguments: ["Earlier Friday, the minister met farmers in the north.", "Asked about the deal, he declined to comment on it."])
func sentenceInitialWordsAreNotEntities(text: String) throws {
    #expect(try entities(text).isEmpty)
}

@Test func titleCaseHeadlineWordsAreNotEntities() throws {
    let found = try entities([
        TextSegment("Germany Targets Russian Banks Over Sanctions Evasion", kind: .headline),
        TextSegment("Germany is preparing new measures against banks that help Russian firms evade sanctions.", kind: .body),
    ])
    #expect(found.contains("GPE Germany"))
    #expect(found.contains("NORP Russian"))
    #expect(!found.contains { $0.hasSuffix("Banks") || $0.contains("Targets") || $0.contains("Sanctions") })
}

@Test func unseenNamesAreFoundFromContext() throws {
    let found = try entities("“We will not give up,” said Tomasz Wrobel, a spokesman for the company, in Warsaw.")
    #expect(found.contains("PERSON Tomasz Wrobel"))
    #expect(found.contains("GPE Warsaw"))
}

@Test func hyphenatedNamesStayWhole() throws {
    let found = try entities("Jean-Pierre Dumoulin, the French finance minister, said the budget was balanced.")
    #expect(found.contains("PERSON Jean-Pierre Dumoulin"))
    #expect(found.contains("NORP French"))
}

@Test func organisationSuffixesMarkOrganisations() throws {
    let found = try entities("She worked at Deutsche Bank after studying at Stanford University and joining Acme Widgets Inc. in Ohio.")
    #expect(found.contains("ORG Deutsche Bank"))
    #expect(found.contains("ORG Stanford University"))
    #expect(found.contains { $0.hasPrefix("ORG Acme Widgets") })
}

@Test func possessivesStayOutsideSpans() throws {
    let found = try entities("Germany's economy shrank while Poland’s grew, the European Commission said.")
    #expect(found.contains("GPE Germany"))
    #expect(found.contains("GPE Poland"))
    #expect(found.contains("ORG European Commission"))
}

@Test func aSurnameTakesTheTypeOfTheFullNameItCompletes() throws {
    let found = try entities([
        TextSegment("Kwame Asante arrived in Accra on Monday for the talks.", kind: .body),
        TextSegment("Asante said the agreement was close.", kind: .body),
    ])
    #expect(found.filter { $0 == "PERSON Asante" }.count == 1)
    #expect(found.contains("PERSON Kwame Asante"))
}

@Test func quotedNamesAreFound() throws {
    let found = try entities("The group known as “Green Dawn” was banned by the Interior Ministry in Ankara.")
    #expect(found.contains("ORG Interior Ministry"))
    #expect(found.contains("GPE Ankara"))
}

@Test func aGivenNameAfterAChainOfTitlesStaysInTheName() throws {
    let found = try entities("Deputy Treasury Secretary Wally Adeyemo urged business leaders to act.")
    #expect(found.contains("PERSON Wally Adeyemo"))
    #expect(!found.contains("PERSON Adeyemo"))
    let month = try entities("Officials said that in June Okonkwo had already left the ministry.")
    #expect(!month.contains { $0.hasPrefix("PERSON June") })
}
