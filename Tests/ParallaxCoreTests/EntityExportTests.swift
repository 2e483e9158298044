import Foundation
import Testing
@testable import ParallaxCore

/// `parallax entities --json` and event labels, with a stand-in recogniser.
struct EntityExportTests {
    static let recognizer = DictionaryRecognizer([
        "Antony Blinken": .person, "Blinken": .person, "Wang Yi": .person, "United States": .gpe, "U.S.": .gpe,
        "European Union": .org, "EU": .org, "AT&T": .org, "Beijing": .gpe, "Chinese": .norp, "Jane Roe": .person,
    ])

    @Test func entitiesJSONListsEveryMentionWithRawOffsetsAndItsEntity() throws {
        let corpus = try CorpusLoader(root: TestSupport.fixtures.appendingPathComponent("entities"),
                                      recognizer: Self.recognizer).load()
        let data = try EntityJSON.document(corpus)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Array(json.keys) == ["articles"])
        let articles = try #require(json["articles"] as? [String: [String: [[String: Any]]]])
        #expect(Set(articles.keys) == ["marked.md", "spaced.txt"])
        for (path, entry) in articles {
            #expect(Array(entry.keys) == ["entities"])
            let bytes = try Data(contentsOf: TestSupport.fixtures.appendingPathComponent("entities/" + path))
            let raw = try FileDecoder.decode(bytes).get()
            let mentions = try #require(entry["entities"])
            #expect(!mentions.isEmpty)
            var previous = -1
            for mention in mentions {
                #expect(Set(mention.keys) == ["text", "type", "start", "end", "entity"])
                let start = try #require(mention["start"] as? Int), end = try #require(mention["end"] as? Int)
                #expect(mention["text"] as? String == String(String.UnicodeScalarView(raw[start..<end])))
                #expect(start >= previous)
                previous = start
            }
        }
        let spaced = try #require(articles["spaced.txt"]?["entities"])
        let blinken = spaced.filter { ($0["text"] as? String)?.hasPrefix("Blinken") == true }
        #expect(blinken.count == 2 && blinken.allSatisfy { $0["entity"] as? String == "Antony Blinken" })
        #expect(spaced.contains { $0["text"] as? String == "AT&amp;T" && $0["entity"] as? String == "AT&T" })
        let us = try #require(spaced.first { $0["text"] as? String == "U.S." })
        #expect(us["entity"] as? String == "United States" && us["type"] as? String == "GPE")
    }

    @Test func theTextReportHasATablePerArticleAndASummary() throws {
        let corpus = try CorpusLoader(root: TestSupport.fixtures.appendingPathComponent("entities"),
                                      recognizer: Self.recognizer).load()
        let text = EntityText.report(corpus)
        #expect(text.contains("# spaced.txt\n"))
        #expect(text.contains("  Antony Blinken\tPERSON\t"))
        #expect(text.contains("# corpus: 2 articles, "))
    }

    @Test func anEventIsLabelledByTheEntitiesItsSourcesShareAndOthersDoNot() {
        let index = EntityLinker().link([
            LinkInput.article("a", event: 0, [("Kurt Campbell", .person), ("Russia", .gpe), ("China", .gpe),
                                              ("Ma Zhaoxu", .person)]),
            LinkInput.article("b", event: 0, [("Kurt Campbell", .person), ("Russia", .gpe), ("China", .gpe),
                                              ("State Department", .org)]),
            LinkInput.article("c", event: 0, [("Russia", .gpe), ("State Department", .org)]),
            LinkInput.article("d", event: 1, [("Russia", .gpe), ("China", .gpe)]),
            LinkInput.article("e", event: 1, [("Russia", .gpe), ("China", .gpe)]),
        ])
        let event = Event(id: "e0", articleIDs: ["a", "b", "c"], keywords: [], dates: nil)
        let label = EventLabeler.label(event, entities: index, articleCount: 5)
        // Campbell and State Department: 2 × log(6/2) × log 3; Ma Zhaoxu: 1 × log 6 × log 2; China:
        // 2 × log(6/4) × log 3; Russia, in every article of the corpus, last: 3 × log(6/5) × log 4.
        #expect(label.map(\.name) == ["Kurt Campbell", "State Department", "Ma Zhaoxu"])
        let empty = Event(id: "none", articleIDs: ["zzz"], keywords: ["x"], dates: nil)
        #expect(EventLabeler.label(empty, entities: index, articleCount: 5).isEmpty)
    }

    @Test func personAndOrgWinTiesInEventLabels() {
        let index = EntityLinker().link([
            LinkInput.article("a", event: 0, [("Geneva", .gpe), ("Red Cross", .org), ("Swiss", .norp)]),
            LinkInput.article("b", event: 1, [("Paris", .gpe)]),
        ])
        let event = Event(id: "e0", articleIDs: ["a"], keywords: [], dates: nil)
        #expect(EventLabeler.label(event, entities: index, articleCount: 2).first?.name == "Red Cross")
    }
}
