import Foundation
import Testing
@testable import ParallaxCore

/// Metadata rules on other outlets' conventions.
struct InferenceRuleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let file: String
        let outlet: String?
        let date: String?
        let title: String?
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        Case(file: "ap-dateline.txt", outlet: "Associated Press", date: "2025-03-03", title: nil),
        Case(file: "byline-dateline.txt", outlet: "Example Daily News", date: "2025-03-04", title: "Storm Batters Coast As Residents Flee"),
        Case(file: "front-matter.txt", outlet: "The Example Times", date: "2025-01-02", title: "Front matter wins"),
        Case(file: "cnn.txt", outlet: "CNN", date: nil, title: "Leaders Meet In Geneva"),
        Case(file: "reported-only.txt", outlet: nil, date: nil, title: nil),
        Case(file: "line-per-paragraph.txt", outlet: nil, date: nil, title: "Budget Talks Stall"),
        Case(file: "hard-wrapped.txt", outlet: nil, date: nil, title: "Hard Wrapped Article"),
        Case(file: "ap-style.txt", outlet: "Associated Press", date: nil,
             title: "Biden signs order targeting foreign banks that help Russia"),
        Case(file: "tass-style.txt", outlet: "TASS", date: nil, title: nil),
        Case(file: "xinhua-style.txt", outlet: "Xinhua", date: nil, title: nil),
        Case(file: "dpa-style.txt", outlet: "dpa", date: nil, title: nil),
        Case(file: "afp-style.txt", outlet: "AFP", date: nil, title: nil),
        Case(file: "yonhap-style.txt", outlet: "Yonhap", date: nil, title: "U.S. mulls sanctions on Chinese banks"),
        Case(file: "guardian-style.txt", outlet: nil, date: "2024-04-26",
             title: "US threatens Chinese banks with sanctions over support for Russia"),
        Case(file: "aljazeera-style.txt", outlet: "Al Jazeera", date: "2024-04-26",
             title: "US warns China over support for Russia's war in Ukraine"),
        Case(file: "bbc-style.txt", outlet: "BBC News", date: "2024-04-26", title: "Blinken warns China over Russia support"),
        Case(file: "cnn2-style.txt", outlet: "CNN", date: "2024-04-26",
             title: "Blinken meets Xi in Beijing as tensions simmer over Russia"),
        Case(file: "nyt-style.txt", outlet: nil, date: "2024-04-26", title: "Blinken Meets Xi in Beijing, Warning Over Russia"),
        Case(file: "fox-style.txt", outlet: "Fox News", date: "2024-04-26", title: "Blinken warns China: Stop helping Russia"),
        Case(file: "politico-style.txt", outlet: "POLITICO", date: nil, title: "Blinken heads to China with sanctions threat"),
        Case(file: "scmp-style.txt", outlet: nil, date: "2024-04-24", title: "Blinken to warn China over Russia support"),
    ]

    @Test(arguments: cases)
    func metadataFollowsTheOutletsConventions(_ c: Case) throws {
        let corpus = try TestSupport.load("outlets")
        let article = try #require(corpus.articles.first { $0.path == c.file })
        #expect(article.metadata.outletName == c.outlet)
        #expect(article.metadata.dateValue?.description == c.date)
        #expect(article.metadata.titleText == c.title)
    }

    @Test func aBylineAndAStandAloneDateLineLeaveTheBody() throws {
        let article = try #require(try TestSupport.load("outlets").articles.first { $0.path == "byline-dateline.txt" })
        #expect(article.metadata.byline?.value == "Jane Doe and John Roe")
        #expect(article.metadata.dateline?.value == "KYIV, Ukraine")
        #expect(article.body.count == 3)
        #expect(article.boilerplate.map(\.text) == ["Sign up for our morning newsletter", "Advertisement", "Most Read",
                                                    "© 2025 Example Daily News, Inc."])
    }

    @Test func headerLinesWithoutBlankLinesBetweenThemStaySeparate() throws {
        let corpus = try TestSupport.load("outlets")
        let nyt = try #require(corpus.articles.first { $0.path == "nyt-style.txt" })
        #expect(nyt.standfirst == "The American diplomat said China was helping Russia rebuild its military.")
        #expect(nyt.metadata.byline?.value == "Edward Wong")
        #expect(nyt.metadata.dateline?.value == "Beijing")
        #expect(nyt.body.map(\.text) == ["Secretary of State Antony J. Blinken met with Xi Jinping, China's leader, on Friday."])
        let guardian = try #require(corpus.articles.first { $0.path == "guardian-style.txt" })
        #expect(guardian.metadata.byline?.value == "Julian Borger")
        #expect(guardian.metadata.dateline?.value == "Washington")
        #expect(guardian.body.count == 2)
        #expect(guardian.boilerplate.map(\.text).first == "Explore more on these topics")
    }

    @Test(arguments: [
        ("Laura Bicker, BBC News, Beijing", "Laura Bicker", "BBC News"),
        ("Danielle Wallace | Fox News", "Danielle Wallace", "Fox News"),
        ("Kylie Atwood and Simone McCarthy, CNN", "Kylie Atwood and Simone McCarthy", "CNN"),
        ("Jane Doe, Staff Writer", "Jane Doe", nil),
        ("Jane Doe, Washington", "Jane Doe", nil),
        ("Jane Doe, USA", "Jane Doe", nil),
        ("Jane Doe, NPR", "Jane Doe", "NPR"),
        ("Reuters", "", "Reuters"),
        ("The Associated Press", "", "Associated Press"),
        ("News Desk", "", nil),
    ] as [(String, String, String?)])
    func bylinesNameTheirOutlet(byline: String, people: String, outlet: String?) {
        let parts = OutletInference.bylineParts(byline)
        #expect(parts.people == people)
        #expect(parts.outlet == outlet)
    }

    @Test(arguments: [
        ("US warns China over Russia support - The Washington Post", "US warns China over Russia support", "The Washington Post"),
        ("Markets rally as talks resume | Example Wire", "Markets rally as talks resume", "Example Wire"),
        ("Biden - Xi summit ends without deal - Reuters", "Biden - Xi summit ends without deal", "Reuters"),
    ])
    func pageTitlesNameTheirSite(title: String, head: String, outlet: String) {
        let split = OutletInference.titleSuffix(in: title)
        #expect(split?.title == head)
        #expect(split?.outlet == outlet)
    }

    @Test(arguments: ["Talks on Ukraine stall - again", "Leaders meet in Geneva - Analysis", "China and Russia - a partnership",
                      "The case for a ceasefire now | Opinion", "Rates rise again in Europe | Business"])
    func dashesInHeadlinesAreNotSiteNames(title: String) {
        #expect(OutletInference.titleSuffix(in: title) == nil)
    }

    @Test(arguments: [("Posted 2024/05/31 10:00", "2024-05-31"), ("Published 5/31/2024 10:00 AM", "2024-05-31"),
                      ("Published 31.05.2024", nil), ("Updated 05/06/2024", nil)] as [(String, String?)])
    func numericDatesAreReadOnlyWhenUnambiguous(line: String, date: String?) {
        #expect(DateInference.dateLine(line)?.date.description == date)
    }

    @Test(arguments: [
        ("Politics\n\nBiden signs order targeting foreign banks\n\nWASHINGTON — He signed it on Friday.\n\nMore.\n",
         "Biden signs order targeting foreign banks", nil),
        ("The Guardian\n\nUS warns China over support for Russia\n\nThe US warned China on Friday.\n\nMore.\n",
         "US warns China over support for Russia", "The Guardian"),
        ("Markets Slide\n\nStocks fell sharply on Friday as investors worried.\n\nMore.\n", "Markets Slide", nil),
    ] as [(String, String, String?)])
    func aSectionLabelOrSiteNameAboveTheHeadlineIsNotTheHeadline(text: String, title: String, outlet: String?) {
        let article = TestSupport.parse(text)
        #expect(article.metadata.titleText == title)
        #expect(article.metadata.outletName == outlet)
    }

    @Test(arguments: [
        ("By Jane Doe", "Jane Doe"), ("Written by Jane Doe and John Roe", "Jane Doe and John Roe"),
        ("Story by Ann Lee | Example News", "Ann Lee"), ("Author: Jane van der Berg", "Jane van der Berg"),
        ("BY JANE DOE", "JANE DOE"),
    ])
    func bylinesInTheirUsualForms(line: String, byline: String) {
        let article = TestSupport.parse("Leaders Agree On Talks\n\n\(line)\n\nLeaders agreed to talk on Friday.\n")
        #expect(article.metadata.byline?.value == byline)
        #expect(article.body.map(\.text) == ["Leaders agreed to talk on Friday."])
    }

    @Test(arguments: [
        ("Leaders Agree On Talks\n\nThe meeting ends months of stalemate over the border\n\nLeaders agreed on Friday.\n",
         "The meeting ends months of stalemate over the border"),
        ("Leaders Agree On Talks\n\nLeaders agreed on Friday to meet again.\n\nMore talks follow.\n", nil),
        ("Leaders Agree On Talks\n\nGENEVA — Leaders agreed on Friday to meet again\n\nMore talks follow.\n", nil),
    ] as [(String, String?)])
    func aSummaryLineUnderTheHeadlineIsItsStandfirst(text: String, standfirst: String?) {
        #expect(TestSupport.parse(text).standfirst == standfirst)
    }

    @Test func proseThatBeginsWithByIsNotAByline() {
        let article = TestSupport.parse("Leaders Agree On Talks\n\nBy the time they arrived the hall was full\n\nLeaders agreed.\n")
        #expect(article.metadata.byline == nil)
    }

    @Test(arguments: [("Source: Al Jazeera and news agencies", "Al Jazeera"), ("Source: Getty Images", nil),
                      ("Sources: officials", nil), ("Credit: Reuters", "Reuters")] as [(String, String?)])
    func sourceCreditsNameOutletsNotPictureAgencies(line: String, outlet: String?) {
        #expect(OutletInference.sourceCredit(in: line) == outlet)
    }

    @Test func aSavedPagesAddressIsKeptAsItsURL() {
        let top = TestSupport.parse("https://www.example.com/world/story-123\nLeaders Agree On Talks\n\nLeaders agreed to talk.\n")
        #expect(top.metadata.url?.value == "https://www.example.com/world/story-123")
        #expect(top.metadata.titleText == "Leaders Agree On Talks")
        #expect(top.body.map(\.text) == ["Leaders agreed to talk."])
        let end = TestSupport.parse("Leaders Agree On Talks\n\nLeaders agreed to talk.\n\nSource: <https://example.org/a>\n")
        #expect(end.metadata.url?.value == "https://example.org/a")
        #expect(end.metadata.outletName == nil)
        #expect(end.body.map(\.text) == ["Leaders agreed to talk."])
    }

    @Test func hardWrappedLinesAreJoinedIntoParagraphs() throws {
        let article = try #require(try TestSupport.load("outlets").articles.first { $0.path == "hard-wrapped.txt" })
        #expect(article.body.count == 2)
        #expect(article.body[0].text.hasSuffix("as plain-text archives often are."))
    }

    @Test func anOutletMentionedInTheTextIsNotThePublisher() {
        let article = TestSupport.parse("Talks Stall Again\n\nThe talks stalled, The Wall Street Journal reported.\n\nMore later.\n")
        #expect(article.metadata.outletName == nil)
    }

    @Test(arguments: [
        ("©2024 Bloomberg L.P.", "Bloomberg"),
        ("© 2024 Newsmax. All rights reserved.", "Newsmax"),
        ("Copyright 2023 The Associated Press. All rights reserved.", "Associated Press"),
        ("(c) 2021-2024 Example Media Group", "Example"),
        ("Copyright © 2022 Daily Planet LLC", "Daily Planet"),
    ])
    func copyrightLinesNameTheirHolder(line: String, outlet: String) {
        #expect(OutletInference.copyrightHolder(in: line) == outlet)
    }

    @Test(arguments: [
        ("WASHINGTON (Reuters) – The United States said", "Reuters"),
        ("(Bloomberg) -- The US will coordinate", "Bloomberg"),
        ("LONDON, May 31 (Reuters) - Shares fell", "Reuters"),
        ("NEW YORK (AP) — A man was", "Associated Press"),
    ])
    func datelinesNameTheAgency(text: String, agency: String) {
        #expect(OutletInference.dateline(in: text)?.agency == agency)
    }

    @Test(arguments: [
        ("WASHINGTON, May 31 — The president said", "WASHINGTON, May 31"),
        ("GENEVA, Switzerland, June 1, 2024 - Talks began", "GENEVA, Switzerland, June 1, 2024"),
        ("KYIV, Ukraine — Drones struck", "KYIV, Ukraine"),
        ("NEW YORK -- Shares rose", "NEW YORK"),
    ])
    func datelinesWithoutAnAgencyGiveThePlace(text: String, place: String) {
        #expect(OutletInference.dateline(in: text)?.place == place)
        #expect(OutletInference.dateline(in: text)?.agency == nil)
    }

    @Test func aDatelineDateGetsItsYearFromTheCopyrightLine() {
        let article = TestSupport.parse("Talks Open In Geneva\n\nGENEVA, June 1 — Talks began on Saturday.\n\nMore.\n\n© 2024 Example Wire\n")
        #expect(article.metadata.dateValue?.description == "2024-06-01")
        let dated = TestSupport.parse("Talks Open In Geneva\n\nGENEVA, Switzerland, June 1, 2024 - Talks began.\n\nMore.\n")
        #expect(dated.metadata.dateValue?.description == "2024-06-01")
    }

    @Test(arguments: [
        "Sen. Ted Cruz (R-Texas) - a critic of the bill, said it would fail.",
        "The company (which declined to comment) - and its rivals - fell.",
    ])
    func parenthesesInProseAreNotDatelines(text: String) {
        #expect(OutletInference.dateline(in: text)?.agency == nil)
    }

    @Test(arguments: [
        ("Published May 31, 2024", "2024-05-31"),
        ("Updated: 2024-06-01T10:00:00Z", "2024-06-01"),
        ("Friday, 31 May 2024 14:02 BST", "2024-05-31"),
        ("June 1, 2024 at 3:15 p.m. ET", "2024-06-01"),
    ])
    func standAloneDateLinesGiveTheDate(line: String, date: String) {
        #expect(DateInference.dateLine(line)?.date.description == date)
    }

    @Test func aSentenceWithADateIsNotADateLine() {
        #expect(DateInference.dateLine("The summit was held on May 31, 2024 in Geneva.") == nil)
    }

    @Test func aDatelineMonthAndDayTakeTheCopyrightYear() {
        let article = TestSupport.parse("LONDON, May 31 (Reuters) - Shares fell sharply on Friday.\n\nMore text here.\n\n© 2024 Reuters\n")
        #expect(article.metadata.dateValue?.description == "2024-05-31")
        #expect(article.metadata.outletName == "Reuters")
    }

    @Test func impossibleDatesAreUnknown() {
        let article = TestSupport.parse("date 2024-02-30 Something happened on a day that does not exist.\n")
        #expect(article.metadata.dateValue == nil)
    }

    @Test func aFirstLineEndingInAPeriodIsNotAHeadline() {
        let article = TestSupport.parse("The minister resigned on Friday.\n\nHe gave no reason.\n")
        #expect(article.metadata.titleText == nil)
        #expect(article.displayTitle == "The minister resigned on Friday.")
    }

    @Test func aTitleWithAnOutletSuffixIsSplit() {
        let article = TestSupport.parse("Markets Slide As Rates Rise | Example Gazette\n\nStocks fell on Monday.\n")
        #expect(article.metadata.titleText == "Markets Slide As Rates Rise")
        #expect(article.metadata.outletName == "Example Gazette")
    }
}
