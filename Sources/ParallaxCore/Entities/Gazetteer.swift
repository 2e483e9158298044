import Foundation

/// Phrase lists (places, demonyms, name parts, company suffixes) looked up by token hashes.
/// Each phrase carries codes such as `GPE_COUNTRY` or `PER_FIRST:2`; codes are only feature values,
/// so unknown codes are kept and simply hashed.
package struct Gazetteer: Sendable {
    /// Phrase hash → the half-open range of the phrase's codes in `codes`, packed by `packRange`
    /// (key and range side by side: one cache miss per lookup).
    private var phrases: KeyValueIndex
    /// Code hashes, grouped by phrase.
    private var codes: [UInt64] = []
    /// First-token hash → the longest phrase length (in tokens) starting with it.
    private var starts: KeyValueIndex
    /// One bit per `startFilterBits` bucket of first-token hashes, set when some phrase starts with a
    /// token of that bucket: a small (128 KB) filter that most tokens fail, sparing them a cache miss in `starts`.
    private var startFilter = [UInt64](repeating: 0, count: Gazetteer.startFilterBits / 64)

    /// Hashes of the proper prefixes of phrases (a phrase's first k tokens, when it has more than k).
    private var prefixes = KeyIndex(count: 0)
    /// Like `startFilter`, over the hashes of phrases and of their proper prefixes.
    private var phraseFilter = [UInt64](repeating: 0, count: Gazetteer.startFilterBits / 32)

    /// Number of buckets of `startFilter` (a power of two); `phraseFilter` has twice as many.
    private static let startFilterBits = 1 << 20

    /// Sets the bit of `hash` in `filter`.
    private static func setBit(_ filter: inout [UInt64], _ hash: UInt64) {
        let bucket = bucket(hash, filter.count * 64)
        filter[bucket >> 6] |= 1 << UInt64(bucket & 63)
    }

    /// Whether the bit of `hash` in `filter` is set.
    @inline(__always)
    private static func testBit(_ filter: [UInt64], _ hash: UInt64) -> Bool {
        filter.withUnsafeBufferPointer { buf in
            let bucket = bucket(hash, buf.count * 64)
            return buf[bucket >> 6] & (1 << UInt64(bucket & 63)) != 0
        }
    }

    /// The bucket of a hash among `buckets` (a power of two; 0 shares 1's, as in `KeyIndex`).
    @inline(__always)
    private static func bucket(_ hash: UInt64, _ buckets: Int) -> Int {
        let k = hash == 0 ? 1 : hash
        return Int(truncatingIfNeeded: k ^ k >> 31) & (buckets - 1)
    }


    /// An empty gazetteer.
    package init() {
        phrases = KeyValueIndex(count: 0)
        starts = KeyValueIndex(count: 0)
    }

    /// Parses `phrase<TAB>codes` lines; blank lines and `#` comments are skipped.
    package init(tsv data: Data) {
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
        phrases = KeyValueIndex(count: lines.count)
        starts = KeyValueIndex(count: lines.count)
        // A phrase has fewer proper prefixes than spaces, so this bounds the prefixes.
        prefixes = KeyIndex(count: data.withUnsafeBytes { raw in raw.reduce(0) { $0 + ($1 == 32 ? 1 : 0) } })
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
        Self.setBit(&startFilter, tokens[0])
        Self.setBit(&phraseFilter, key)
        var prefix = ScalarText.seed
        for t in tokens.dropLast() {
            prefix = Self.extend(prefix, t)
            _ = prefixes.insert(prefix)
            Self.setBit(&phraseFilter, prefix)
        }
        starts.setValue(max(starts.value(at: s), UInt64(tokens.count)), at: s)
        var collected: [UInt64] = []
        let old = Self.unpackRange(phrases.value(at: slot))
        if !old.isEmpty { collected = Array(codes[old]) }
        for code in codeBytes.split(separator: UInt8(ascii: ",")) {
            var h = ScalarText.seed
            for b in code where b != 13 && b != 32 { h = ScalarText.step(h, UInt32(b)) }
            collected.append(h)
        }
        let first = codes.count
        codes.append(contentsOf: collected)
        phrases.setValue(Self.packRange(first..<codes.count), at: slot)
    }

    /// A range of `codes` as one word: start in the low 32 bits, end in the high 32 (0 is empty).
    @inline(__always)
    package static func packRange(_ r: Range<Int>) -> UInt64 {
        UInt64(UInt32(truncatingIfNeeded: r.lowerBound)) | UInt64(UInt32(truncatingIfNeeded: r.upperBound)) << 32
    }

    /// The range `packRange` packed.
    @inline(__always)
    package static func unpackRange(_ packed: UInt64) -> Range<Int> {
        let lower = Int(UInt32(truncatingIfNeeded: packed)), upper = Int(UInt32(truncatingIfNeeded: packed >> 32))
        return lower..<max(lower, upper)
    }

    /// The running phrase hash after one more token.
    @inline(__always)
    package static func extend(_ phrase: UInt64, _ token: UInt64) -> UInt64 {
        ScalarText.combine(phrase, token)
    }

    /// The longest phrase length that may start with this token (0: none).
    @inline(__always)
    package func longestStart(_ token: UInt64) -> Int {
        guard Self.testBit(startFilter, token) else { return 0 }
        return Int(truncatingIfNeeded: starts.value(for: token))
    }

    /// The codes of the phrase with this hash, as a range into `codeHashes` (empty if absent).
    @inline(__always)
    package func lookup(_ phrase: UInt64) -> Range<Int> {
        guard Self.testBit(phraseFilter, phrase) else { return 0..<0 }
        return Self.unpackRange(phrases.value(for: phrase))
    }

    /// Whether some phrase is longer than, and starts with, the tokens of this running phrase hash.
    @inline(__always)
    package func continues(_ prefix: UInt64) -> Bool {
        Self.testBit(phraseFilter, prefix) && prefixes.find(prefix) >= 0
    }

    /// All code hashes, grouped by phrase (ranges from `lookup` index into it).
    package var codeTable: [UInt64] { codes }

    /// Whether the list holds no phrase.
    package var isEmpty: Bool { codes.isEmpty }

    /// The code hash at a position of a range returned by `lookup`.
    @inline(__always)
    package func code(at i: Int) -> UInt64 { codes[i] }
}
