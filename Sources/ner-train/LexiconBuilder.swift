import Foundation
import ParallaxCore

/// Builds the name lexicon from annotated documents: every entity phrase with, per type, a code
/// `TYPE:fr` — f the frequency bucket of the phrase as that type (1: once, 2: 2–4, 3: 5+), r how often
/// the phrase is that type among all its occurrences, annotated or not (1: < 30%, 2: < 70%, 3: more).
struct LexiconBuilder {
    /// Longest phrase kept, in tokens.
    static let maxLength = 8
    /// Share of occurrences below which a type is not listed for a phrase.
    static let minShare = 0.1

    /// Counts for one phrase.
    private struct Entry {
        var text: String
        var types = [Int](repeating: 0, count: 5)
        var occurrences = 0
    }

    /// Phrase hash → counts.
    private var entries: [UInt64: Entry] = [:]
    /// First-token hash → longest phrase starting with it.
    private var starts: [UInt64: Int] = [:]

    /// Collects the entity phrases of the documents `selected` names, then counts all their occurrences there.
    init(_ labelled: [LabeledDocument], _ docs: [DocumentTokens], selected: (Int) -> Bool) {
        for d in docs.indices where selected(d) {
            let doc = docs[d]
            for span in TokenSpan.spans(labelled[d].labels, segments: doc.sentence) where span.end - span.start <= Self.maxLength {
                var key = ScalarText.seed
                var words: [String] = []
                for k in span.start..<span.end {
                    key = Gazetteer.extend(key, doc.exact[k])
                    let scalars = labelled[d].segments[Int(doc.segment[k])].scalars[Int(doc.start[k])..<Int(doc.end[k])]
                    words.append(String(String.UnicodeScalarView(scalars)))
                }
                guard words.contains(where: { $0.unicodeScalars.contains { ScalarText.isWordScalar($0) } }) else { continue }
                entries[key, default: Entry(text: words.joined(separator: " "))].types[span.type] += 1
                starts[doc.exact[span.start]] = max(starts[doc.exact[span.start]] ?? 0, span.end - span.start)
            }
        }
        for d in docs.indices where selected(d) { countOccurrences(docs[d], labels: labelled[d].labels) }
    }

    /// Adds one to every phrase occurrence in the document that is an entity or lies outside entities;
    /// occurrences strictly inside a longer entity ("Mediterranean" in "Mediterranean Sea") say nothing.
    private mutating func countOccurrences(_ doc: DocumentTokens, labels: [UInt8]) {
        var entity = [Int](repeating: -1, count: doc.count)
        var bounds: [Range<Int>] = []
        for span in TokenSpan.spans(labels, segments: doc.sentence) {
            for k in span.start..<span.end { entity[k] = bounds.count }
            bounds.append(span.start..<span.end)
        }
        for i in 0..<doc.count {
            guard let longest = starts[doc.exact[i]] else { continue }
            var key = ScalarText.seed
            var k = i
            while k < doc.count, k - i < longest, doc.segment[k] == doc.segment[i] {
                key = Gazetteer.extend(key, doc.exact[k])
                let e = entity[i]
                let inside = e >= 0 && entity[k] == e && bounds[e] != i..<(k + 1)
                if !inside { entries[key]?.occurrences += 1 }
                k += 1
            }
        }
    }

    /// The lexicon as `phrase<TAB>codes` lines, sorted by phrase.
    func tsv() -> String {
        var lines: [String] = []
        lines.reserveCapacity(entries.count)
        for entry in entries.values {
            let total = max(entry.occurrences, entry.types.reduce(0, +))
            var codes: [String] = []
            for t in 0..<5 where entry.types[t] > 0 {
                let share = Double(entry.types[t]) / Double(total)
                guard share >= Self.minShare else { continue }
                let f = entry.types[t] == 1 ? 1 : entry.types[t] < 5 ? 2 : 3
                let r = share < 0.3 ? 1 : share < 0.7 ? 2 : 3
                codes.append("\(EntityType.at(t).rawValue):\(f)\(r)")
            }
            if !codes.isEmpty, !entry.text.contains("\t") { lines.append("\(entry.text)\t\(codes.joined(separator: ","))") }
        }
        lines.sort { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The lexicon as a phrase list.
    func gazetteer() -> Gazetteer { Gazetteer(tsv: Data(tsv().utf8)) }
}
