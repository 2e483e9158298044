import Foundation
import ParallaxCore

/// A plain-text article split into segments, with each segment's scalar offset in the file.
struct ArticleText {
    /// Segments in reading order.
    var segments: [TextSegment] = []
    /// Offset of each segment's first scalar in the file.
    var offsets: [Int] = []
    /// Whitespace-separated words in the file.
    var words = 0

    /// Splits at blank lines; a short first line without a final period is the headline.
    init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        var start = 0
        var i = 0
        var lineStart = 0
        var blank = true
        var inWord = false
        func flush(_ end: Int) {
            var s = start, e = end
            while s < e, ScalarText.isSpace(scalars[s]) { s += 1 }
            while e > s, ScalarText.isSpace(scalars[e - 1]) { e -= 1 }
            guard e > s else { return }
            let isFirst = segments.isEmpty
            let piece = Array(scalars[s..<e])
            let wordCount = piece.split(whereSeparator: ScalarText.isSpace).count
            let headline = isFirst && wordCount <= 25 && piece.last != "." && !piece.contains("\n")
            segments.append(TextSegment(scalars: piece, kind: headline ? .headline : .body))
            offsets.append(s)
        }
        while i < scalars.count {
            let c = scalars[i]
            if ScalarText.isSpace(c) { inWord = false } else if !inWord { inWord = true; words += 1 }
            if c == "\n" {
                if blank && i > lineStart { } // whitespace-only line
                if blank { flush(lineStart); start = i + 1 }
                lineStart = i + 1
                blank = true
            } else if !ScalarText.isSpace(c) {
                blank = false
            }
            i += 1
        }
        flush(scalars.count)
    }
}
