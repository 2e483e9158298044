import Foundation
import XCTest
@testable import ParallaxCore

/// A corpus folder and a cache folder in a temporary directory, removed when done.
final class TempCorpus {
    let base: URL
    let root: URL
    let cache: URL

    init() throws {
        base = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-store-\(UUID().uuidString)")
        root = base.appendingPathComponent("news")
        cache = base.appendingPathComponent("cache")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: base) }

    /// Writes an article with front matter.
    func write(_ name: String, outlet: String? = nil, date: String? = nil, title: String, body: [String]) throws {
        var text = "---\n"
        if let outlet { text += "outlet: \(outlet)\n" }
        if let date { text += "date: \(date)\n" }
        text += "title: \(title)\n---\n\n" + body.joined(separator: "\n\n") + "\n"
        try writeRaw(name, text)
    }

    /// Writes a file as given.
    func writeRaw(_ name: String, _ text: String) throws {
        let url = root.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Removes a file.
    func remove(_ name: String) throws { try FileManager.default.removeItem(at: root.appendingPathComponent(name)) }

    /// Sets a file's modification time.
    func touch(_ name: String, secondsAgo: Double) throws {
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -secondsAgo)],
                                              ofItemAtPath: root.appendingPathComponent(name).path)
    }

    /// An index with its database in the cache folder.
    func index(recognizer: (any MentionRecognizer)? = CapitalisedWordRecognizer()) throws -> CorpusIndex {
        try CorpusIndex(root: root, cache: .directory(cache.path), recognizer: recognizer)
    }

    /// A small corpus: three happenings reported by several outlets, an undated piece, a skipped file.
    func writeSample() throws {
        try write("harbour/one.md", outlet: "Tidewater Daily", date: "2024-03-04", title: "Harbour crane collapses in Velmora port",
                  body: ["A giant harbour crane collapsed on Monday in the Velmora port, injuring three dock workers.",
                         "Port director Ilse Varga said the crane had been inspected in January. The Velmora port authority closed two berths."])
        try write("harbour/two.md", outlet: "Coastline Herald", date: "2024-03-04", title: "Crane falls at Velmora harbour, three hurt",
                  body: ["Three dock workers were hurt when a harbour crane fell at the Velmora port on Monday.",
                         "Ilse Varga, the port director, promised an inquiry. Berths closed while the Velmora port authority inspects cranes."])
        try write("harbour/three.md", outlet: "Northern Wire", date: "2024-03-05", title: "Velmora port reopens berths after crane collapse",
                  body: ["The Velmora port authority reopened one berth a day after a harbour crane collapse hurt three dock workers.",
                         "Director Ilse Varga said the inquiry into the crane would report within a month."])
        try write("vote/a.md", outlet: "Tidewater Daily", date: "2024-05-20", title: "Orland council votes to expand tram network",
                  body: ["The Orland city council voted on Monday to extend the tram network by twelve kilometres.",
                         "Mayor Teodor Brandt called the tram vote a historic day for Orland commuters."])
        try write("vote/b.md", outlet: "Coastline Herald", date: "2024-05-21", title: "Tram expansion approved by Orland council",
                  body: ["Orland council members approved a twelve kilometre tram network expansion after a long debate.",
                         "Teodor Brandt, the mayor, said tram construction would start next spring in Orland."])
        try write("science/comet.md", outlet: "Northern Wire", date: "2023-11-02", title: "Astronomers track bright comet near Saturn",
                  body: ["Astronomers at the Kessel Observatory tracked a bright comet passing near Saturn this week.",
                         "The comet will be visible with binoculars in December, observatory staff said."])
        try write("undated.md", title: "Bakers debate sourdough starters",
                  body: ["A bakery guild in Lindqvist held its yearly sourdough contest, where starters were judged on flavour."])
        try writeRaw("empty.txt", "")
    }
}

/// The rows `LibraryRow.rows` (in ParallaxUI) makes of a corpus, as comparable strings.
enum ExpectedLibrary {
    static func rows(_ corpus: Corpus, mentioning entity: EntityID? = nil) -> [String] {
        let keep = entity.map { Set(corpus.entities.articles(mentioning: $0)) }
        var rows: [String] = []
        for event in corpus.events {
            let articles = event.articleIDs.filter { keep?.contains($0) ?? true }.compactMap { corpus.article(id: $0) }
            if articles.isEmpty { continue }
            if !rows.isEmpty { rows.append("spacer") }
            let entities = corpus.eventLabel(event)
            let label = entities.isEmpty ? event.keywords : entities.map(\.name)
            rows.append("event \(event.id) [\(label.joined(separator: ", "))]")
            rows += articles.map { "article \($0.id)" }
        }
        if !corpus.skipped.isEmpty && entity == nil {
            if !rows.isEmpty { rows.append("spacer") }
            rows.append("skipped \(corpus.skipped.count)")
            rows += corpus.skipped.map { "skip \($0.path)" }
        }
        return rows
    }

    /// The index's rows as the same strings.
    static func rows(_ entries: [LibraryEntry]) -> [String] {
        entries.map { entry in
            switch entry {
            case .event(let event, let label): return "event \(event.id) [\(label.joined(separator: ", "))]"
            case .article(let summary): return "article \(summary.id)"
            case .spacer: return "spacer"
            case .pendingHeading(let n): return "pending \(n)"
            case .skippedHeading(let n): return "skipped \(n)"
            case .skipped(let file): return "skip \(file.path)"
            }
        }
    }
}
