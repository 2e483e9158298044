import Foundation
import Testing
@testable import ParallaxCore
@testable import ParallaxUI

/// The tests' own corpus (Fixtures/corpus) and a hand-made entity index for it: mentions are found by
/// exact text in the raw files, so the tests do not depend on recognition.
enum FixtureCorpus {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/corpus")
    static let path = folder.path

    /// Entities: canonical name, type, other spellings.
    static let entities: [(name: String, type: EntityType, variants: [String])] = [
        ("Antony Blinken", .person, ["Blinken"]),
        ("Wang Yi", .person, []),
        ("State Department", .org, []),
        ("China", .gpe, []),
        ("Beijing", .gpe, []),
        ("東京", .gpe, []),
        ("Pacific", .loc, []),
        ("South China Sea", .loc, []),
        ("Chinese", .norp, []),
        ("Hanako Yamada", .person, ["山田花子"]),
    ]

    /// The corpus without entities, as loaded.
    static let plain: Corpus? = try? CorpusLoader(root: folder).load()

    /// The corpus with the hand-made entity index.
    static let withEntities: Corpus? = plain.map { corpus in
        Corpus(root: corpus.root, articles: corpus.articles, skipped: corpus.skipped, entities: index(for: corpus))
    }

    /// Finds every surface form in each article's raw file (after its front matter), longest forms first.
    static func index(for corpus: Corpus) -> EntityIndex {
        var mentions: [String: [EntityMention]] = [:]
        var counts: [Int: [String: Int]] = [:]
        for article in corpus.articles {
            guard let raw = try? String(contentsOf: folder.appendingPathComponent(article.path), encoding: .utf8) else { continue }
            let scalars = Array(raw.unicodeScalars)
            let bodyStart = frontMatterEnd(scalars)
            var found: [EntityMention] = []
            let forms = entities.enumerated().flatMap { i, e in ([e.name] + e.variants).map { (i, $0) } }
                .sorted { $0.1.unicodeScalars.count > $1.1.unicodeScalars.count }
            for (i, form) in forms {
                for range in occurrences(of: Array(form.unicodeScalars), in: scalars, from: bodyStart)
                where !found.contains(where: { $0.rawRange.overlaps(range) }) {
                    found.append(EntityMention(rawRange: range, text: form, type: entities[i].type, entity: EntityID(Int32(i))))
                    counts[i, default: [:]][article.id, default: 0] += 1
                }
            }
            mentions[article.id] = found
        }
        let linked = entities.enumerated().map { i, e in
            LinkedEntity(id: EntityID(Int32(i)), name: e.name, type: e.type, variants: e.variants, mentionCounts: counts[i] ?? [:])
        }
        return EntityIndex(entities: linked, mentions: mentions)
    }

    /// Scalar offset just after the closing `---` line of the front matter.
    static func frontMatterEnd(_ scalars: [Unicode.Scalar]) -> Int {
        let marker = Array("\n---\n".unicodeScalars)
        return occurrences(of: marker, in: scalars, from: 1).first?.upperBound ?? 0
    }

    /// Where a pattern occurs, without overlaps.
    static func occurrences(of pattern: [Unicode.Scalar], in text: [Unicode.Scalar], from start: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var i = start
        while i + pattern.count <= text.count {
            if Array(text[i..<(i + pattern.count)]) == pattern {
                result.append(i..<(i + pattern.count))
                i += pattern.count
            } else {
                i += 1
            }
        }
        return result
    }
}
