/// Phrase-list matches on a document's tokens: each token's own codes, and the codes of the longest
/// multi-token phrase covering it, as ranges into the list's code table.
package struct PhraseMatches: Sendable {
    /// Codes of the token alone, as a range into `codes` (start, end) per token.
    package var single: [Int32] = []
    /// Codes of the longest multi-token phrase covering the token (start, end) per token.
    package var phrase: [Int32] = []
    /// Position in that phrase (0 none, 1 first, 2 inside, 3 last) and its length × 4.
    package var position: [UInt8] = []
    /// The phrase list's code hashes (shared storage, not copied).
    package var codes: [UInt64] = []

    /// No matches on `count` tokens.
    package init(count: Int, codes: [UInt64] = []) {
        single = [Int32](repeating: 0, count: count * 2)
        phrase = [Int32](repeating: 0, count: count * 2)
        position = [UInt8](repeating: 0, count: count)
        self.codes = codes
    }

    /// The range of token `i`'s own codes in `codes`.
    @inline(__always)
    package func singleRange(_ i: Int) -> Range<Int> { Int(single[2 * i])..<Int(single[2 * i + 1]) }

    /// The range of the covering phrase's codes in `codes`.
    @inline(__always)
    package func phraseRange(_ i: Int) -> Range<Int> { Int(phrase[2 * i])..<Int(phrase[2 * i + 1]) }

    /// Whether token `i` alone carries the code hash `code`.
    package func has(_ i: Int, code: UInt64) -> Bool {
        singleRange(i).contains { codes[$0] == code }
    }
}
