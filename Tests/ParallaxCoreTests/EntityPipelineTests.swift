import Foundation
import Synchronization
import Testing
@testable import ParallaxCore

/// Recognition runs over the story's own text, and every mention maps back to its slice of the raw file.
struct EntityPipelineTests {
    /// Every fixture and bundled folder with articles.
    static let folders: [URL] = [TestSupport.corpusFolder, TestSupport.fixtures.appendingPathComponent("outlets"),
                                 TestSupport.fixtures.appendingPathComponent("bad"),
                                 TestSupport.fixtures.appendingPathComponent("entities")]

    /// Collapses whitespace runs, as cleaning does when it joins lines.
    static func spaced(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }

    /// Whether `text` is what cleaning leaves of `slice`: the same up to spacing, or (after markup and
    /// references are removed) its scalars in order, starting and ending where the slice does.
    static func isCleanedForm(_ text: String, of slice: String) -> Bool {
        if spaced(text) == spaced(slice) { return true }
        let t = Array(text.unicodeScalars), r = Array(slice.unicodeScalars)
        guard t.first == r.first, t.last == r.last else { return false }
        var i = 0
        for scalar in r where i < t.count && (scalar == t[i] || (t[i] == "\n" && scalar == " ")) { i += 1 }
        return i == t.count
    }

    @Test(arguments: folders)
    func mentionTextEqualsTheRawFilesSlice(folder: URL) throws {
        let corpus = try CorpusLoader(root: folder, recognizer: CapitalisedWordRecognizer()).load()
        var checked = 0
        for article in corpus.articles {
            let raw = try #require(EntityJSON.readRaw(article, root: corpus.root))
            for mention in corpus.entities.mentions(in: article.id) {
                let slice = String(String.UnicodeScalarView(raw[mention.rawRange]))
                #expect(Self.isCleanedForm(mention.text, of: slice), "\(article.path) \(mention.rawRange): \(slice)")
                checked += 1
            }
        }
        #expect(checked > 0)
    }

    @Test func cleanedTextMapsBackThroughCollapsedSpacesReferencesAndMarkdown() throws {
        let corpus = try TestSupport.load("entities")
        let recognizer = DictionaryRecognizer(["Antony Blinken": .person, "Blinken": .person, "AT&T": .org,
                                               "Procter & Gamble": .org, "Wang Yi": .person, "United States": .gpe,
                                               "Michael Martina": .person, "Jane Roe": .person])
        let linked = try CorpusLoader(root: corpus.root.isEmpty ? TestSupport.fixtures : URL(fileURLWithPath: corpus.root),
                                      recognizer: recognizer).load()
        let spaced = try linked.resolve("spaced")
        let raw = try #require(EntityJSON.readRaw(spaced, root: linked.root))
        let slices = linked.entities.mentions(in: spaced.id).map { String(String.UnicodeScalarView(raw[$0.rawRange])) }
        #expect(slices == ["Blinken", "Wang Yi", "Jane   Roe", "Antony Blinken", "Wang Yi", "AT&amp;T", "Procter &amp; Gamble",
                           "Blinken", "Michael   Martina"])
        let marked = try linked.resolve("marked")
        let rawMD = try #require(EntityJSON.readRaw(marked, root: linked.root))
        let mdSlices = linked.entities.mentions(in: marked.id).map { String(String.UnicodeScalarView(rawMD[$0.rawRange])) }
        #expect(mdSlices == ["Blinken", "Antony Blinken", "Wang Yi", "United States", "Blinken"])
        #expect(linked.entities.linkedNames(spaced.id).first == "Antony Blinken")
    }

    @Test func theBundledCorpusSlicesAreIdenticalNotJustAlike() throws {
        let corpus = try CorpusLoader(root: TestSupport.corpusFolder, recognizer: CapitalisedWordRecognizer()).load()
        let article = try corpus.resolve("000")
        let raw = try #require(EntityJSON.readRaw(article, root: corpus.root))
        let mentions = corpus.entities.mentions(in: article.id)
        #expect(mentions.count > 20)
        for mention in mentions where !mention.text.contains("\n") {
            #expect(String(String.UnicodeScalarView(raw[mention.rawRange])) == mention.text)
        }
    }

    @Test func creditLinesAreReadAndPageFurnitureIsNot() throws {
        let article = TestSupport.parse("""
        Talks End Without a Deal

        By Jane Roe

        WASHINGTON (Reuters) - Antony Blinken met Wang Yi on Friday.

        Blinken said the talks were frank.

        (Reporting by Michael Martina; Editing by Don Durfee)

        See also Kremlin rejects Western claims about Ukraine

        ©2024 Thomson Reuters. All rights reserved.
        """)
        let document = ArticleEntities(article: article)
        let kinds = document.segments.map(\.kind)
        #expect(kinds == [.headline, .byline, .body, .body, .credit])
        let text = document.segments.map { String(String.UnicodeScalarView($0.scalars)) }.joined(separator: " | ")
        #expect(!text.contains("Kremlin"))
        #expect(!text.contains("Thomson"))
        let recognizer = DictionaryRecognizer(["Antony Blinken": .person, "Blinken": .org, "Michael Martina": .person,
                                               "Kremlin": .org, "Thomson Reuters": .org, "Jane Roe": .person])
        let names = document.mentions(using: recognizer).map(\.text)
        #expect(names == ["Jane Roe", "Antony Blinken", "Blinken", "Michael Martina"])
    }

    @Test(arguments: ["CNN’s Jane Roe contributed to this report.", "Source: Al Jazeera and news agencies"])
    func closingCreditsAreCreditSegments(line: String) {
        let article = TestSupport.parse("Officials met in Geneva on Monday to discuss the plan.\n\n" + line)
        #expect(ArticleEntities(article: article).segments.last?.kind == .credit)
    }

    @Test func theRoleBeforeANameIsKept() {
        let scalars = Array("talks with Secretary of State Antony Blinken".unicodeScalars)
        let start = scalars.count - "Antony Blinken".unicodeScalars.count
        #expect(ArticleEntities.role(before: start, in: scalars) == "secretary of state")
        let plain = Array("talks with Antony Blinken".unicodeScalars)
        #expect(ArticleEntities.role(before: plain.count - 14, in: plain) == nil)
    }

    @Test func withoutARecogniserTheCorpusHasNoEntities() throws {
        let corpus = try CorpusLoader(root: TestSupport.corpusFolder).load()
        #expect(corpus.entities == .empty)
    }

    @Test func progressIsReportedWhileFindingEntities() throws {
        let seen = Mutex<[Int]>([])
        let corpus = try CorpusLoader(root: TestSupport.corpusFolder, recognizer: CapitalisedWordRecognizer())
            .load(progress: { step in
                if case .findingEntities(let done, _) = step { seen.withLock { $0.append(done) } }
            })
        #expect(seen.withLock { $0.first } == 0)
        #expect(seen.withLock { $0.last } == corpus.articles.count)
    }
}
