import Foundation
import ParallaxCore

/// One annotated document: sentences as segments (tokens joined by spaces) and gold labels.
struct LabeledDocument {
    /// Source corpus named on the `#doc` line.
    var source: String
    /// Document id from the `#doc` line ("btc-g-17").
    var id = ""
    /// One segment per sentence.
    var segments: [TextSegment] = []
    /// Token ranges per segment.
    var tokens: [[Range<Int>]] = []
    /// Sentence-initial marks per segment.
    var marks: [[UInt8]] = []
    /// Gold label per token, in document order.
    var labels: [UInt8] = []
    /// Update weight of the document in training.
    var weight: Float = 1
}

/// Reads the training TSV format: `#doc <id> <source>`, `token<TAB>label`, blank line between sentences.
enum LabeledCorpus {
    /// Reads one file; hyphenated tokens are split ("Jean-Pierre" → "Jean", "-", "Pierre") as the tokeniser does.
    static func read(_ path: String) throws -> [LabeledDocument] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var docs: [LabeledDocument] = []
        var current = LabeledDocument(source: "")
        var sentence: [(String, UInt8)] = []
        func flushSentence() {
            guard !sentence.isEmpty else { return }
            var scalars: [Unicode.Scalar] = []
            var ranges: [Range<Int>] = []
            var marks: [UInt8] = []
            var seenWord = false
            for (token, label) in sentence {
                if !scalars.isEmpty { scalars.append(" ") }
                let start = scalars.count
                scalars.append(contentsOf: token.unicodeScalars)
                ranges.append(start..<scalars.count)
                let isWord = token.unicodeScalars.first.map { ScalarText.isWordScalar($0) } ?? false
                marks.append((isWord && !seenWord ? SentenceMarker.initialWord : 0) | (ranges.count == 1 ? SentenceMarker.start : 0))
                if isWord { seenWord = true }
                current.labels.append(label)
            }
            current.segments.append(TextSegment(scalars: scalars, kind: .body))
            current.tokens.append(ranges)
            current.marks.append(marks)
            sentence.removeAll()
        }
        func flushDoc() {
            flushSentence()
            if !current.labels.isEmpty { docs.append(current) }
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("#doc") {
                flushDoc()
                let parts = line.split(separator: " ")
                current = LabeledDocument(source: parts.count > 2 ? String(parts[2]) : "")
                current.id = parts.count > 1 ? String(parts[1]) : ""
            } else if line.isEmpty {
                flushSentence()
            } else if let tab = line.lastIndex(of: "\t") {
                let token = line[line.startIndex..<tab]
                let label = TagLabel.parse(line[line.index(after: tab)...]) ?? 0
                appendSplit(token, label, to: &sentence)
            }
        }
        flushDoc()
        return docs
    }

    /// Appends a token, split at hyphens between word characters; later parts continue the entity.
    private static func appendSplit(_ token: Substring, _ label: UInt8, to sentence: inout [(String, UInt8)]) {
        let scalars = Array(token.unicodeScalars)
        var parts: [String] = []
        var start = 0
        for k in 1..<max(scalars.count - 1, 1) where ScalarText.isHyphen(scalars[k])
            && ScalarText.isWordScalar(scalars[k - 1]) && ScalarText.isWordScalar(scalars[k + 1]) {
            parts.append(String(String.UnicodeScalarView(scalars[start..<k])))
            parts.append(String(String.UnicodeScalarView(scalars[k...k])))
            start = k + 1
        }
        if parts.isEmpty { sentence.append((String(token), label)); return }
        parts.append(String(String.UnicodeScalarView(scalars[start...])))
        let inside: UInt8 = label == 0 ? 0 : (TagLabel.isInside(label) ? label : label + 1)
        for (n, p) in parts.enumerated() { sentence.append((p, n == 0 ? label : inside)) }
    }

    /// Update weight by source corpus: news-like sources count more.
    static func weight(source: String, file: String) -> Float {
        if file.contains("crossner-politics") { return 1.5 }
        switch source {
        case "gum": return 2.0
        case "uner-ewt": return 1.2
        case "wikigold": return 1.0
        case "btc": return 0.8
        case "re3d": return 0.8
        case "crossner": return 0.7
        case "wnut17": return 0.5
        case "sec-filings": return 0.4
        default: return 1.0
        }
    }
}
