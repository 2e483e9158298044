/// Counts an article's content words into `TermTable`'s packed bytes, with exactly the words, order and
/// counts of `ContentWords.words` over the headline and body joined by newlines, less the outlet's words.
///
/// The words are read from scalars already decoded, and counted by their lower-case UTF-8 bytes in a
/// small open-addressing table, instead of a `String` and a `Dictionary` probe per word (most of what
/// computing an article's features used to cost). A word whose lower-case form is not ASCII (rare in
/// English news) goes through `String` as before, so that canonically equivalent spellings still count
/// as one word: `String` equality is canonical equivalence, and no lower-case word of letters that is
/// not ASCII is equivalent to one that is, so ASCII words can be compared byte for byte.
struct TermCounter {
    /// Lower-case UTF-8 of each distinct word, in order of first appearance.
    private var arena: [UInt8] = []
    /// Where each word's bytes start in `arena`; one extra entry marks the end.
    private var starts: [Int32] = [0]
    /// Occurrences, capitalised mid-sentence, in capitals, per word.
    private var counts: [(n: Int, c: Int, a: Int)] = []
    /// Word number + 1 per slot (0: empty), for ASCII words.
    private var slots: [Int32]
    /// The hash of the word in each slot.
    private var slotHashes: [UInt64]
    /// Word numbers of words whose lower-case form is not ASCII, keyed as `String`s.
    private var others: [String: Int] = [:]
    /// The outlet's content words that are ASCII, as bytes.
    private let outletASCII: [[UInt8]]
    /// All of the outlet's content words.
    private let outletWords: Set<String>
    /// Whether no word has been read yet (the text's first word is not "capitalised mid-sentence").
    private var isFirst = true

    /// A counter that leaves out the content words of the outlet's name.
    init(outlet: String?) {
        outletWords = Set(ContentWords.words(in: outlet ?? "").map(\.text))
        outletASCII = outletWords.map { Array($0.utf8) }.filter { $0.allSatisfy { $0 < 0x80 } }
        slots = [Int32](repeating: 0, count: 1_024)
        slotHashes = [UInt64](repeating: 0, count: 1_024)
        arena.reserveCapacity(4_096)
        counts.reserveCapacity(256)
    }

    /// Number of distinct words counted.
    var count: Int { counts.count }

    /// Counts the words of one more piece of text (pieces are read as if joined by newlines).
    mutating func add(_ s: UnsafeBufferPointer<Unicode.Scalar>) {
        let n = s.count
        var i = 0
        while i < n {
            guard ContentWords.isLetter(s[i]) else { i += 1; continue }
            let start = i
            i += 1
            while i < n, ContentWords.isLetter(s[i]) || ContentWords.isJoiner(s[i]) { i += 1 }
            var end = i
            if end - start > 2, s[end - 1] == "s", s[end - 2] == "'" || s[end - 2] == "’" { end -= 2 }
            while end > start, ContentWords.isJoiner(s[end - 1]) { end -= 1 }
            let capitalised = !isFirst && ContentWords.isUppercase(s[start])
            isFirst = false
            guard end - start >= 3 else { continue }
            countWord(s, start..<end, capitalised: capitalised)
        }
    }

    /// Counts one word of at least three scalars, unless it is a stop word or the outlet's.
    private mutating func countWord(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ r: Range<Int>, capitalised: Bool) {
        // One pass for an ASCII word: its lower-case hash, its first 16 lower-case bytes packed (for the
        // stop words), and whether it has a lower-case letter.
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        var packed: (UInt64, UInt64) = (0, 0)
        var hasLower = false
        for k in r {
            var v = s[k].value
            guard v < 0x80 else { return countOther(s, r, capitalised: capitalised) }
            if v >= 0x61 && v <= 0x7A { hasLower = true } else if v >= 0x41 && v <= 0x5A { v += 32 }
            h = (h ^ UInt64(v)) &* 0x0000_0100_0000_01B3
            let at = k - r.lowerBound
            if at < 8 { packed.0 |= UInt64(v) << (8 * UInt64(at)) } else if at < 16 { packed.1 |= UInt64(v) << (8 * UInt64(at - 8)) }
        }
        if r.count <= 16, StopWordTable.contains(packed) { return }
        for outlet in outletASCII where Self.equal(outlet, s, r) { return }
        record(asciiNumber(ScalarText.mix(h), s, r), capitalised: capitalised, allCapitals: !hasLower)
    }

    /// Adds one occurrence to word `number`'s counts.
    @inline(__always)
    private mutating func record(_ number: Int, capitalised: Bool, allCapitals: Bool) {
        counts[number].n += 1
        if capitalised { counts[number].c += 1 }
        if allCapitals { counts[number].a += 1 }
    }

    /// Whether lower-case ASCII bytes spell the ASCII word at `r`, lower-cased.
    @inline(__always)
    private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ s: UnsafeBufferPointer<Unicode.Scalar>, _ r: Range<Int>) -> Bool {
        guard bytes.count == r.count else { return false }
        var i = 0
        for k in r {
            let v = s[k].value
            if UInt32(bytes[i]) != (v >= 0x41 && v <= 0x5A ? v + 32 : v) { return false }
            i += 1
        }
        return true
    }

    /// Whether lower-case ASCII bytes spell the ASCII word at `r`, lower-cased.
    @inline(__always)
    private static func equal(_ bytes: [UInt8], _ s: UnsafeBufferPointer<Unicode.Scalar>, _ r: Range<Int>) -> Bool {
        bytes.withUnsafeBufferPointer { equal($0, s, r) }
    }

    /// Counts a word with a scalar beyond ASCII, through its `String` lower-case form as `ContentWords` makes it.
    private mutating func countOther(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ r: Range<Int>, capitalised: Bool) {
        let lower = Self.lowerCased(s, r)
        let number: Int
        if lower.utf8.allSatisfy({ $0 < 0x80 }) {
            // Lower-casing can leave only ASCII (the Kelvin sign becomes `k`): then it is an ASCII word.
            let bytes = Array(lower.utf8)
            guard !StopWordTable.contains(bytes), !outletASCII.contains(bytes) else { return }
            number = bytesNumber(bytes)
        } else {
            guard !outletWords.contains(lower) else { return }
            number = otherNumber(lower)
        }
        let allCapitals = r.allSatisfy { !ContentWords.isLetter(s[$0]) || ContentWords.isUppercase(s[$0]) }
        record(number, capitalised: capitalised, allCapitals: allCapitals)
    }

    /// The lower-case form `ContentWords` gives a word with a scalar beyond ASCII.
    private static func lowerCased(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ r: Range<Int>) -> String {
        var text = ""
        for k in r {
            let v = s[k].value
            text.unicodeScalars.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(UInt8(truncatingIfNeeded: v + 32)) : s[k])
        }
        return text.lowercased()
    }

    /// The number of the ASCII word at `r` (lower-cased; `h` its mixed hash), numbering it if new.
    private mutating func asciiNumber(_ h: UInt64, _ s: UnsafeBufferPointer<Unicode.Scalar>, _ r: Range<Int>) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        while slots[slot] != 0 {
            let number = Int(slots[slot]) - 1
            if slotHashes[slot] == h,
               arena.withUnsafeBufferPointer({ Self.equal(UnsafeBufferPointer(rebasing: $0[Int(starts[number])..<Int(starts[number + 1])]), s, r) }) {
                return number
            }
            slot = (slot + 1) & mask
        }
        for k in r {
            let v = s[k].value
            arena.append(UInt8(truncatingIfNeeded: v >= 0x41 && v <= 0x5A ? v + 32 : v))
        }
        return numberNew(hash: h, slot: slot)
    }

    /// The number of an ASCII word given as lower-case bytes, numbering it if new.
    private mutating func bytesNumber(_ bytes: [UInt8]) -> Int {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        h = ScalarText.mix(h)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        while slots[slot] != 0 {
            let number = Int(slots[slot]) - 1
            if slotHashes[slot] == h, arena[Int(starts[number])..<Int(starts[number + 1])].elementsEqual(bytes) { return number }
            slot = (slot + 1) & mask
        }
        arena.append(contentsOf: bytes)
        return numberNew(hash: h, slot: slot)
    }

    /// Numbers the word whose bytes were just appended to `arena`, in the empty `slot`.
    private mutating func numberNew(hash h: UInt64, slot: Int) -> Int {
        starts.append(Int32(arena.count))
        counts.append((0, 0, 0))
        let number = counts.count - 1
        slots[slot] = Int32(number + 1)
        slotHashes[slot] = h
        if 2 * counts.count > slots.count { grow() }
        return number
    }

    /// The number of a non-ASCII word, numbering it if new.
    private mutating func otherNumber(_ text: String) -> Int {
        if let known = others[text] { return known }
        let number = append(Array(text.utf8))
        others[text] = number
        return number
    }

    /// Adds a new word's bytes; returns its number.
    private mutating func append(_ bytes: [UInt8]) -> Int {
        arena.append(contentsOf: bytes)
        starts.append(Int32(arena.count))
        counts.append((0, 0, 0))
        return counts.count - 1
    }

    /// Doubles the table, placing every word again.
    private mutating func grow() {
        let (oldSlots, oldHashes) = (slots, slotHashes)
        slots = [Int32](repeating: 0, count: oldSlots.count * 2)
        slotHashes = [UInt64](repeating: 0, count: oldSlots.count * 2)
        let mask = slots.count - 1
        for (value, h) in zip(oldSlots, oldHashes) where value != 0 {
            var slot = Int(truncatingIfNeeded: h) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = value
            slotHashes[slot] = h
        }
    }

    /// The packed table (see `TermTable`).
    func table() -> TermTable {
        // Each word's bytes, its length and its counts (a few bytes for most words).
        var writer = ByteWriter(capacity: arena.count + 4 * counts.count)
        for (k, c) in counts.enumerated() {
            TermTable.write(arena[Int(starts[k])..<Int(starts[k + 1])], c, into: &writer)
        }
        return TermTable(bytes: writer.bytes, count: counts.count)
    }
}

/// `ContentWords.stopWords` as a table of ASCII bytes packed into two words, so that testing a word
/// costs a hash and a compare rather than building a `String`.
enum StopWordTable {
    /// Packed keys per slot ((0, 0): empty); a stop word is at most 16 bytes and never empty.
    private static let table: [(UInt64, UInt64)] = {
        var slots = [(UInt64, UInt64)](repeating: (0, 0), count: 1_024)
        for word in ContentWords.stopWords {
            let bytes = Array(word.utf8)
            precondition(bytes.count <= 16 && !bytes.isEmpty && bytes.allSatisfy { $0 < 0x80 }, "stop word \(word)")
            bytes.withUnsafeBufferPointer { b in
                let key = pack(b)
                var slot = home(key)
                while slots[slot] != (0, 0) && slots[slot] != key { slot = (slot + 1) & 1_023 }
                slots[slot] = key
            }
        }
        return slots
    }()

    /// The bytes, up to 16, as two little-endian words.
    @inline(__always)
    private static func pack(_ b: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        var lo: UInt64 = 0, hi: UInt64 = 0
        for k in 0..<min(b.count, 8) { lo |= UInt64(b[k]) << (8 * UInt64(k)) }
        if b.count > 8 { for k in 8..<b.count { hi |= UInt64(b[k]) << (8 * UInt64(k - 8)) } }
        return (lo, hi)
    }

    /// The first slot probed for a key.
    @inline(__always)
    private static func home(_ key: (UInt64, UInt64)) -> Int {
        Int(truncatingIfNeeded: ScalarText.mix(key.0 &* 31 ^ key.1)) & 1_023
    }

    /// Whether the ASCII bytes spell a stop word.
    static func contains(_ word: [UInt8]) -> Bool {
        guard word.count <= 16 else { return false }
        return word.withUnsafeBufferPointer { contains(pack($0)) }
    }

    /// Whether the packed bytes of a word of at most 16 ASCII bytes spell a stop word.
    @inline(__always)
    static func contains(_ key: (UInt64, UInt64)) -> Bool {
        table.withUnsafeBufferPointer { t in
            var slot = home(key)
            while t[slot] != (0, 0) {
                if t[slot] == key { return true }
                slot = (slot + 1) & 1_023
            }
            return false
        }
    }
}
