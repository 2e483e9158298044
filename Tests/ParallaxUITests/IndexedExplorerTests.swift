import Foundation
import Testing
@testable import ParallaxCore
@testable import ParallaxUI

/// Finds the fixture corpus's entity forms by exact text, so that tests do not depend on the model.
struct FixtureRecognizer: MentionRecognizer {
    func recognize(_ document: [TextSegment]) -> [RecognizedSpan] {
        let forms = FixtureCorpus.entities.flatMap { e in ([e.name] + e.variants).map { (Array($0.unicodeScalars), e.type) } }
            .sorted { $0.0.count > $1.0.count }
        var spans: [RecognizedSpan] = []
        for (i, segment) in document.enumerated() {
            var taken: [Range<Int>] = []
            for (form, type) in forms {
                for range in FixtureCorpus.occurrences(of: form, in: segment.scalars, from: 0)
                where !taken.contains(where: { $0.overlaps(range) }) {
                    taken.append(range)
                    spans.append(RecognizedSpan(segment: i, range: range, type: type))
                }
            }
        }
        return spans.sorted { ($0.segment, $0.range.lowerBound) < ($1.segment, $1.range.lowerBound) }
    }
}

/// The explorer over the real SQLite index (in memory): what the double stands for in the other tests.
@Suite(.serialized)
struct IndexedExplorerTests {
    /// The fixture corpus indexed in memory with the fixture recogniser, opened through the runner.
    static func runner(keys: String, width: Int = 80, height: Int = 24, theme: Theme = .monochrome) throws -> (AppRunner, MemoryBackend) {
        let service = CorpusService(
            open: { path in
                let index = try CorpusIndex(root: URL(fileURLWithPath: path), cache: .memory, recognizer: FixtureRecognizer())
                return (index, index.notices)
            },
            refresh: { source, progress in try (source as! CorpusIndex).refresh(progress: progress) })
        let backend = MemoryBackend(width: width, height: height, keys: try KeyScript.parse(keys))
        let runner = AppRunner(state: AppState(corpusPath: FixtureCorpus.path, width: width, height: height), backend: backend,
                               theme: theme, runEffect: AppRunner.inline(service))
        runner.start()
        while !backend.pendingKeys.isEmpty, runner.step(timeoutMilliseconds: 0) {}
        runner.redraw()
        return (runner, backend)
    }

    @Test func theIndexListsTheLibraryAsTheDoubleDoes() throws {
        let (runner, _) = try Self.runner(keys: "")
        let indexed = runner.state.allRows.map { row -> String in
            switch row {
            case .article(let a): return a.id
            case .event(let e, _): return "event:" + e.articleIDs.joined(separator: ",")
            default: return "\(row)"
            }
        }
        let double = try UITestSupport.loadedState(FixtureCorpus.plain).allRows.map { row -> String in
            switch row {
            case .article(let a): return a.id
            case .event(let e, _): return "event:" + e.articleIDs.joined(separator: ",")
            default: return "\(row)"
            }
        }
        #expect(indexed == double)
        #expect(runner.state.indexing == false)
    }

    @Test func theReaderFetchesItsArticleAndHighlightsItsEntities() throws {
        let (runner, backend) = try Self.runner(keys: "Enter")
        let grid = try #require(backend.lastGrid)
        let text = UITestSupport.lines(grid).joined(separator: "\n")
        #expect(text.contains("Blinken Presses China on Pacific Shipping"))
        #expect(!text.contains("Opening"))
        let mentions = runner.state.mentions(in: "a-harbour")
        #expect(mentions.contains { $0.text == "Antony Blinken" && $0.type == .person })
        let blinken = try #require(mentions.first { $0.text == "Blinken" })
        #expect(runner.state.entity(blinken.entity)?.name == "Antony Blinken", "the surname links to the full name")
    }

    @Test func aCorpusSearchOpensTheHitScrolledToItAndHighlighted() throws {
        let (runner, backend) = try Self.runner(keys: ": l a n e s Enter")
        let reader = try #require(runner.state.reader)
        #expect(reader.articleID == "c-gazette")
        #expect(reader.search?.query.lowercased() == "lanes")
        let grid = try #require(backend.lastGrid)
        #expect(UITestSupport.lines(grid).joined().contains("Lanes"))
        #expect(runner.state.overlay == nil)
    }

    @Test func aBadQuerySaysWhyAndKeepsTheResults() throws {
        let (runner, backend) = try Self.runner(keys: ": b e i j i n g Space \" p a c")
        guard case .palette(let palette)? = runner.state.overlay else {
            Issue.record("the palette closed")
            return
        }
        #expect(palette.error != nil)
        #expect(!palette.hits.isEmpty, "the results for “beijing” stay")
        let text = UITestSupport.lines(try #require(backend.lastGrid)).joined(separator: "\n")
        #expect(text.contains("✗"))
        #expect(text.contains("last results kept"))
    }
}

extension IndexedExplorerTests {
    @Test func arrowsMoveThroughTheHitsAndEnterOpensTheSelectedOne() throws {
        let (runner, _) = try Self.runner(keys: ": l a n e s Down Down")
        guard case .palette(let palette)? = runner.state.overlay else {
            Issue.record("the palette closed")
            return
        }
        #expect(palette.hits.count == 3)
        #expect(palette.selection == 2)
        let (opened, _) = try Self.runner(keys: ": l a n e s Down Enter")
        #expect(opened.state.reader?.articleID == palette.hits[1].article.id)
    }
}

/// Golden screens of the corpus search palette over the real index (text and styles).
struct PaletteGoldenTests {
    @Test(arguments: [
        ("palette-empty-80x24", ":"),
        ("palette-hits-80x24", ": l a n e s"),
        ("palette-second-hit-80x24", ": b e i j i n g Down"),
        ("palette-bad-query-80x24", ": b e i j i n g Space \" p a c"),
        ("palette-opened-hit-80x24", ": h e a r t Space o f Enter"),
    ])
    func screen(name: String, keys: String) throws {
        let (_, backend) = try IndexedExplorerTests.runner(keys: keys, theme: .standard)
        UITestSupport.assertSnapshot(try #require(backend.lastGrid), named: name)
    }
}
