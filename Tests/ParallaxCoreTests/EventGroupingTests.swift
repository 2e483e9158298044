import Foundation
import Testing
@testable import ParallaxCore

/// Events: articles about one happening together, related happenings apart.
struct EventGroupingTests {
    @Test func reportsOfOneMeetingFromSixOutletsAreOneEvent() throws {
        let corpus = try TestSupport.load("outlets")
        let meeting = ["aljazeera-style", "bbc-style", "cnn2-style", "fox-style", "guardian-style", "nyt-style"]
        let event = try #require(corpus.event(of: meeting[0]))
        for id in meeting { #expect(corpus.event(of: id)?.id == event.id, "\(id)") }
        #expect(event.keywords.contains("Blinken"), "names are shown capitalised")
    }

    @Test func otherHappeningsOnTheSameSubjectStayApart() throws {
        let corpus = try TestSupport.load("outlets")
        let meeting = try #require(corpus.event(of: "bbc-style"))
        for id in ["ap-style", "tass-style", "xinhua-style", "afp-style", "yonhap-style", "dpa-style"] {
            #expect(corpus.event(of: id)?.id != meeting.id, "\(id) is a different happening")
        }
    }

    @Test func eventsWithMoreSourcesComeFirst() throws {
        let counts = try TestSupport.load("outlets").events.map(\.articleIDs.count)
        #expect(counts == counts.sorted(by: >))
        #expect(counts.first ?? 0 >= 6)
    }

    @Test func everyArticleIsInExactlyOneEventWhoseDatesAreClose() throws {
        let corpus = try TestSupport.load("outlets")
        let members = corpus.events.flatMap(\.articleIDs)
        #expect(members.sorted() == corpus.articles.map(\.id).sorted())
        for event in corpus.events {
            if let dates = event.dates { #expect(dates.upperBound.dayNumber - dates.lowerBound.dayNumber <= 3) }
        }
        #expect(Set(corpus.events.map(\.id)).count == corpus.events.count, "event ids are unique")
    }

    @Test func aWireStoryRepublishedManyTimesIsOneEventWithItsOtherReports() throws {
        let corpus = try TestSupport.load("outlets")
        let original = try #require(corpus.article(id: "bbc-style"))
        let copies = (0..<150).map { n in
            Article(id: "copy-\(n)", path: "copy-\(n).txt", metadata: original.metadata, paragraphs: original.paragraphs)
        }
        let events = EventGrouper().group(corpus.articles + copies)
        let event = try #require(events.first { $0.articleIDs.contains("bbc-style") })
        #expect(copies.allSatisfy { event.articleIDs.contains($0.id) })
        #expect(event.articleIDs.contains("cnn2-style"), "the copies do not crowd out the other outlets' reports")
        #expect(!event.articleIDs.contains("tass-style"))
    }

    @Test func nearCopiesOfAStoryAreOneEventHoweverMany() throws {
        let corpus = try TestSupport.load("outlets")
        let original = try #require(corpus.article(id: "cnn2-style"))
        let copies = (0..<150).map { n in
            var paragraphs = original.paragraphs
            paragraphs.append(Paragraph(text: "Local desk note number \(n) for subscribers.", rawRange: 0..<1, role: .body))
            return Article(id: "copy-\(n)", path: "copy-\(n).txt", metadata: original.metadata, paragraphs: paragraphs)
        }
        let events = EventGrouper().group(corpus.articles + copies)
        let event = try #require(events.first { $0.articleIDs.contains("cnn2-style") })
        #expect(copies.allSatisfy { event.articleIDs.contains($0.id) })
        #expect(!event.articleIDs.contains("tass-style"))
    }

    @Test func reportsQuotingTheSameWordsAreOneEventThoughTheirOtherWordsDiffer() {
        let quote1 = "\u{201C}We will not accept any attempt to change the border by force,\u{201D}"
        let quote2 = "\"Our patience with these repeated provocations along the river is running out,\""
        let a = TestSupport.parse("""
        Minister Warns Over Border

        \(quote1) the minister told parliament. Lawmakers applauded loudly after the speech in the capital.

        Later she added: \(quote2) before leaving for talks with farmers about grain prices.
        """, path: "a.txt")
        let b = TestSupport.parse("""
        Tensions Rise At Frontier

        Troops patrolled villages as officials said \(quote1) according to a transcript released overnight.

        \(quote2) the statement continued, while residents queued for water and fuel near the old bridge.
        """, path: "b.txt")
        let other = TestSupport.parse("Harvest Festival Opens\n\nFarmers gathered for the harvest festival with music and food stalls.\n", path: "c.txt")
        let passages = SharedPassages([a, b, other])
        #expect(passages.shared(0, 1) >= 2)
        #expect(passages.shared(0, 2) == 0)
        let events = EventGrouper().group([a, b, other])
        #expect(events.first { $0.articleIDs.contains("a") }?.articleIDs == ["a", "b"])
    }

    @Test func theSeedsCampbellReportsAreOneEventAndTheReutersExclusiveIsAlone() throws {
        let corpus = try CorpusLoader(root: TestSupport.corpusFolder).load()
        let campbell = try #require(corpus.event(of: "000_8a23d2b281cd4ba3"))
        #expect(campbell.articleIDs == ["000_8a23d2b281cd4ba3", "001_935ebd66a5df73d6"])
        #expect(corpus.event(of: "002_48d945f71ade7d43")?.articleIDs == ["002_48d945f71ade7d43"])
    }
}
