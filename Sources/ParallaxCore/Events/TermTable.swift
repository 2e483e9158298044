/// An article's content words, packed: for each distinct word, in order of first appearance, its
/// UTF-8 bytes and how often it occurs, capitalised mid-sentence and in capitals.
///
/// Packed bytes rather than an array of strings keep a large corpus's features small in memory; the
/// grouper numbers terms by a hash of their bytes and makes a `String` only for the few it shows.
struct TermTable: Sendable, Equatable {
    /// One word of the table, read in place.
    struct Term {
        /// The word's stored bytes, which identify it (its lower-cased UTF-8).
        let key: ArraySlice<UInt8>
        /// Where the entry starts in the table's bytes, to find the word again later (`word(at:)`).
        let offset: Int
        /// How many times it occurs.
        let occurrences: Int
        /// How many of those are capitalised mid-sentence.
        let capitalised: Int
        /// How many are written in capitals.
        let allCapitals: Int
    }

    /// The packed entries: length-prefixed word, then `occurrences << 2 | shape`, where the shape says
    /// which occurrences are capitalised (0: none, 1: all, 2: all, and all in capitals, 3: counts follow).
    let bytes: [UInt8]
    /// Number of distinct words.
    let count: Int

    /// A table without words.
    static let empty = TermTable(bytes: [], count: 0)

    /// A table from packed bytes already checked by `validated` or written by `TermCounter`.
    init(bytes: [UInt8], count: Int) {
        self.bytes = bytes
        self.count = count
    }

    /// Reads a table from stored bytes, checking every entry.
    static func validated(_ bytes: ArraySlice<UInt8>, count: Int) throws(GroupingFeaturesError) -> TermTable {
        let table = TermTable(bytes: Array(bytes), count: count)
        var reader = ByteReader(table.bytes)
        for _ in 0..<count {
            let term = try Self.read(&reader)
            guard !term.key.isEmpty else { throw .malformed("empty term") }
        }
        guard reader.atEnd else { throw .malformed("bytes after the last term") }
        return table
    }

    /// Writes one entry.
    static func write<Word: Collection<UInt8>>(_ word: Word, _ c: (n: Int, c: Int, a: Int), into writer: inout ByteWriter) {
        writer.lengthPrefixed(word)
        let shape: Int
        switch (c.c, c.a) {
        case (0, 0): shape = 0
        case (c.n, 0): shape = 1
        case (c.n, c.n): shape = 2
        default: shape = 3
        }
        writer.varint(c.n << 2 | shape)
        if shape == 3 {
            writer.varint(c.c)
            writer.varint(c.a)
        }
    }

    /// Reads one entry, throwing when it is cut short or its counts do not add up.
    private static func read(_ reader: inout ByteReader) throws(GroupingFeaturesError) -> Term {
        let offset = reader.position
        let length = try reader.count(atMost: 1 << 16)
        let text = try reader.slice(length)
        let head = try reader.count(atMost: Int(Int32.max))
        let n = head >> 2
        guard n > 0 else { throw .malformed("term without occurrences") }
        var c = 0, a = 0
        switch head & 3 {
        case 0: break
        case 1: c = n
        case 2: c = n; a = n
        default:
            c = try reader.count(atMost: n)
            a = try reader.count(atMost: n)
        }
        return Term(key: text, offset: offset, occurrences: n, capitalised: c, allCapitals: a)
    }

    /// Calls `body` with each word, in order of first appearance.
    func forEach(_ body: (Term) -> Void) {
        var reader = ByteReader(bytes)
        for _ in 0..<count {
            // Checked when the table was made; a failure here cannot happen, and stops quietly if it did.
            guard let term = try? Self.read(&reader) else { return }
            body(term)
        }
    }

    /// The word of the entry that starts at `offset`.
    func word(at offset: Int) -> String {
        var reader = ByteReader(bytes, from: offset)
        guard let length = try? reader.count(atMost: 1 << 16), let text = try? reader.slice(length) else { return "" }
        return String(decoding: text, as: UTF8.self)
    }
}
