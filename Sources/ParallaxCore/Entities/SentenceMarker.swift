/// Marks sentences in a tokenised segment. A sentence ends at ".", "!", "?" or "…" (closing quotes and
/// brackets after it still belong to it), or at a spaced dash closing a dateline near the segment start.
package enum SentenceMarker {
    /// Mark bit: the token is the first word of its sentence.
    package static let initialWord: UInt8 = 1
    /// Mark bit: the token is the first token of its sentence.
    package static let start: UInt8 = 2

    /// One mark per token (a combination of `initialWord` and `start`).
    package static func mark(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ tokens: [Range<Int>]) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: tokens.count)
        var ended = true
        var wantWord = true
        for (k, r) in tokens.enumerated() {
            let first = text[r.lowerBound]
            let isWord = ScalarText.isWordScalar(first)
            if ended && (isWord || !isClosing(first.value)) {
                out[k] |= start
                ended = false
                wantWord = true
            }
            if isWord {
                if wantWord { out[k] |= initialWord }
                wantWord = false
                continue
            }
            switch first.value {
            case 0x2E, 0x21, 0x3F, 0x2026:
                ended = true
            case 0x2D, 0x2013, 0x2014:
                if k < 10 && isSpaced(text, r) { ended = true }
            default:
                break
            }
        }
        return out
    }

    /// Closing punctuation that stays with the sentence it follows.
    private static func isClosing(_ v: UInt32) -> Bool {
        v == 0x22 || v == 0x27 || v == 0x29 || v == 0x5D || v == 0x2019 || v == 0x201D || v == 0xBB
            || v == 0x2E || v == 0x21 || v == 0x3F || v == 0x2026
    }

    /// Whether a dash stands between spaces (a dash) rather than inside a word (a hyphen).
    private static func isSpaced(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ r: Range<Int>) -> Bool {
        (r.lowerBound == 0 || ScalarText.isSpace(text[r.lowerBound - 1])) && (r.upperBound == text.count || ScalarText.isSpace(text[r.upperBound]))
    }
}
