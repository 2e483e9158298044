import ArgumentParser
import Foundation
import ParallaxCore

/// `parallax search QUERY [PATH]`: ranked full-text search over the corpus's index.
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Search the corpus (the index is refreshed first): words, \"phrases\", -exclusions, outlet:, date:, entity:, type:.")

    @Flag(help: "Print JSON: {\"results\":[{\"path\",\"title\",\"outlet\",\"date\",\"score\",\"snippet\",\"start\",\"end\"}]}.")
    var json = false

    @Option(help: "Most results to print.")
    var limit = 20

    @OptionGroup var cacheOptions: CacheOptions

    @Argument(help: "The query.")
    var query: String

    @OptionGroup var corpus: CorpusOptions

    /// Refreshes the index quietly, runs the query and prints the hits.
    func run() throws {
        let parsed: SearchQuery
        switch QueryParser.parse(query) {
        case .success(let q): parsed = q
        case .failure(let error): throw fail("bad query: \(error.message) (at \(error.position))")
        }
        let index = try cacheOptions.open(corpus, recognizer: try requireIndexRecognizer())
        do { _ = try index.refresh(progress: nil) } catch { throw fail("\(error)") }
        let hits: [SearchHit]
        do { hits = try index.search(parsed, limit: max(0, limit), offset: 0) } catch { throw fail("\(error)") }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.withoutEscapingSlashes]
            FileHandle.standardOutput.write(try encoder.encode(Results(results: hits.map(Result.init))))
            print()
        } else {
            for hit in hits { print(Self.line(hit)) }
        }
    }

    /// `title — outlet, date, score` then the snippet, indented.
    static func line(_ hit: SearchHit) -> String {
        let a = hit.article
        let facts = [a.outlet ?? "unknown outlet", a.date?.description ?? "undated", "score " + String(format: "%.3g", hit.score)]
        return TextSanitizer.displaySafe(a.title) + " — " + TextSanitizer.displaySafe(facts.joined(separator: ", "))
            + "\n    " + hit.snippet
    }

    /// The JSON document.
    struct Results: Encodable {
        let results: [Result]
    }

    /// One hit in JSON; unknown values are null.
    struct Result: Encodable {
        let hit: SearchHit

        init(_ hit: SearchHit) { self.hit = hit }

        enum Keys: String, CodingKey { case path, title, outlet, date, score, snippet, start, end }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(hit.article.path, forKey: .path)
            try c.encode(hit.article.title, forKey: .title)
            try c.encode(hit.article.outlet, forKey: .outlet)
            try c.encode(hit.article.date?.description, forKey: .date)
            try c.encode(hit.score, forKey: .score)
            try c.encode(hit.snippet, forKey: .snippet)
            try c.encode(hit.rawRange?.lowerBound, forKey: .start)
            try c.encode(hit.rawRange?.upperBound, forKey: .end)
        }
    }
}
