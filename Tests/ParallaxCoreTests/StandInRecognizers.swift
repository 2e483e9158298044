import Foundation
@testable import ParallaxCore

/// Marks every run of capitalised words (`Antony Blinken`, `U.S.`) as one mention of a fixed type:
/// a stand-in for the trained recogniser, to test offsets.
struct CapitalisedWordRecognizer: MentionRecognizer {
    var type: EntityType = .org

    func recognize(_ document: [TextSegment]) -> [RecognizedSpan] {
        var spans: [RecognizedSpan] = []
        for (s, segment) in document.enumerated() {
            let scalars = segment.scalars
            var i = 0
            while i < scalars.count {
                guard scalars[i].properties.isUppercase, i == 0 || !scalars[i - 1].properties.isAlphabetic else { i += 1; continue }
                let start = i
                var end = i
                var j = i
                // A run: capitalised words separated by single spaces.
                while j < scalars.count, scalars[j].properties.isUppercase {
                    var k = j
                    while k < scalars.count, scalars[k].properties.isAlphabetic || scalars[k] == "." { k += 1 }
                    end = k
                    guard k + 1 < scalars.count, scalars[k] == " ", scalars[k + 1].properties.isUppercase else { break }
                    j = k + 1
                }
                while end > start + 1, scalars[end - 1] == "." { end -= 1 }
                spans.append(RecognizedSpan(segment: s, range: start..<end, type: type))
                i = max(end, start + 1)
            }
        }
        return spans
    }
}

/// Finds given phrases (whole words, longest first) and gives each its listed type.
struct DictionaryRecognizer: MentionRecognizer {
    let phrases: [(String, EntityType)]

    init(_ phrases: [String: EntityType]) {
        self.phrases = phrases.sorted { ($1.key.count, $0.key) < ($0.key.count, $1.key) }.map { ($0.key, $0.value) }
    }

    func recognize(_ document: [TextSegment]) -> [RecognizedSpan] {
        var spans: [RecognizedSpan] = []
        for (s, segment) in document.enumerated() {
            // Lines joined in a paragraph are matched as if spaced.
            let scalars = segment.scalars.map { $0 == "\n" ? " " : $0 }
            var taken = Array(repeating: false, count: scalars.count)
            for (phrase, type) in phrases {
                let p = Array(phrase.unicodeScalars)
                guard p.count <= scalars.count else { continue }
                for start in 0...(scalars.count - p.count) where Array(scalars[start..<(start + p.count)]) == p {
                    let end = start + p.count
                    let boundaryBefore = start == 0 || !scalars[start - 1].properties.isAlphabetic
                    let boundaryAfter = end == scalars.count || !scalars[end].properties.isAlphabetic
                    guard boundaryBefore, boundaryAfter, !taken[start..<end].contains(true) else { continue }
                    for k in start..<end { taken[k] = true }
                    spans.append(RecognizedSpan(segment: s, range: start..<end, type: type))
                }
            }
        }
        return spans.sorted { ($0.segment, $0.range.lowerBound) < ($1.segment, $1.range.lowerBound) }
    }
}

/// Builds linker input by hand.
enum LinkInput {
    /// An article whose mentions are (text, type) or (text, type, role), at made-up offsets.
    static func article(_ id: String, source: String? = nil, event: Int? = nil,
                        _ mentions: [(String, EntityType, String?)]) -> ArticleMentions {
        var offset = 0
        let found = mentions.map { text, type, role in
            defer { offset += text.unicodeScalars.count + 1 }
            return FoundMention(rawRange: offset..<(offset + text.unicodeScalars.count), text: text, type: type, role: role)
        }
        return ArticleMentions(articleID: id, source: source ?? id, event: event, mentions: found)
    }

    /// Mentions without roles.
    static func article(_ id: String, source: String? = nil, event: Int? = nil,
                        _ mentions: [(String, EntityType)]) -> ArticleMentions {
        article(id, source: source, event: event, mentions.map { ($0.0, $0.1, nil) })
    }
}

extension EntityIndex {
    /// The canonical name each mention of an article links to, in text order.
    func linkedNames(_ article: String) -> [String] {
        mentions(in: article).map { entity($0.entity)?.name ?? "?" }
    }

    /// The entity with this canonical name and type.
    func named(_ name: String, _ type: EntityType? = nil) -> LinkedEntity? {
        entities.first { $0.name == name && (type == nil || $0.type == type) }
    }
}
