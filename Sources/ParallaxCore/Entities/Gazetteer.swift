import Foundation

/// Phrase lists (places, demonyms, name parts, company suffixes) looked up by token hashes.
/// Each phrase carries codes such as `GPE_COUNTRY` or `PER_FIRST:2`; codes are only feature values,
/// so unknown codes are kept and simply hashed.
package struct Gazetteer: Sendable {
    /// Phrase hash → slot; `entryCodes[slot]` is the range of the phrase's codes in `codes`.
    private var phrases: KeyIndex
    /// Per phrase slot, the half-open range into `codes` (start, end); empty when unused.
    private var entryCodes: [UInt32]
    /// Code hashes, grouped by phrase.
    private var codes: [UInt64] = []
    /// First-token hash → slot; `maxLength[slot]` is the longest phrase starting with it.
    private var starts: KeyIndex
    /// Per start slot, the longest phrase length in tokens.
    private var maxLength: [UInt8]

    /// An empty gazetteer.
    package init() {
        phrases = KeyIndex(count: 0)
        entryCodes = [UInt32](repeating: 0, count: phrases.capacity * 2)
        starts = KeyIndex(count: 0)
        maxLength = [UInt8](repeating: 0, count: starts.capacity)
    }

    /// Parses `phrase<TAB>codes` lines; blank lines and `#` comments are skipped.
    package init(tsv data: Data) {
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
        phrases = KeyIndex(count: lines.count)
        starts = KeyIndex(count: lines.count)
        entryCodes = [UInt32](repeating: 0, count: phrases.capacity * 2)
        maxLength = [UInt8](repeating: 0, count: starts.capacity)
        codes.reserveCapacity(lines.count * 2)
        for line in lines {
            guard line.first != UInt8(ascii: "#"), let tab = line.firstIndex(of: 9) else { continue }
            let phraseBytes = line[line.startIndex..<tab]
            let codeBytes = line[(tab + 1)...]
            let phrase = String(decoding: phraseBytes, as: UTF8.self)
            var tokenHashes: [UInt64] = []
            for part in phrase.unicodeScalars.split(separator: " ") {
                var h = ScalarText.seed
                for s in part { h = ScalarText.step(h, ScalarText.fold(s.value)) }
                tokenHashes.append(h)
            }
            guard !tokenHashes.isEmpty, tokenHashes.count < 16 else { continue }
            add(tokenHashes, codes: codeBytes)
        }
    }

    /// Stores one phrase with its comma-separated codes (appending when the phrase repeats).
    private mutating func add(_ tokens: [UInt64], codes codeBytes: Data.SubSequence) {
        var key = ScalarText.seed
        for t in tokens { key = Self.extend(key, t) }
        let slot = phrases.insert(key)
        let s = starts.insert(tokens[0])
        maxLength[s] = max(maxLength[s], UInt8(tokens.count))
        var collected: [UInt64] = []
        if entryCodes[slot * 2 + 1] > entryCodes[slot * 2] {
            collected = Array(codes[Int(entryCodes[slot * 2])..<Int(entryCodes[slot * 2 + 1])])
        }
        for code in codeBytes.split(separator: UInt8(ascii: ",")) {
            var h = ScalarText.seed
            for b in code where b != 13 && b != 32 { h = ScalarText.step(h, UInt32(b)) }
            collected.append(h)
        }
        entryCodes[slot * 2] = UInt32(codes.count)
        codes.append(contentsOf: collected)
        entryCodes[slot * 2 + 1] = UInt32(codes.count)
    }

    /// The running phrase hash after one more token.
    @inline(__always)
    package static func extend(_ phrase: UInt64, _ token: UInt64) -> UInt64 {
        ScalarText.combine(phrase, token)
    }

    /// The longest phrase length that may start with this token (0: none).
    @inline(__always)
    package func longestStart(_ token: UInt64) -> Int {
        let s = starts.find(token)
        return s < 0 ? 0 : Int(maxLength[s])
    }

    /// The codes of the phrase with this hash, as a range into `codeHashes` (empty if absent).
    @inline(__always)
    package func lookup(_ phrase: UInt64) -> Range<Int> {
        let slot = phrases.find(phrase)
        guard slot >= 0 else { return 0..<0 }
        return Int(entryCodes[slot * 2])..<Int(entryCodes[slot * 2 + 1])
    }

    /// All code hashes, grouped by phrase (ranges from `lookup` index into it).
    package var codeTable: [UInt64] { codes }

    /// Whether the list holds no phrase.
    package var isEmpty: Bool { codes.isEmpty }

    /// The code hash at a position of a range returned by `lookup`.
    @inline(__always)
    package func code(at i: Int) -> UInt64 { codes[i] }
}
