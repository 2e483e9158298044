import Foundation

/// Folds text for matching, one Unicode scalar at a time: combining accents are dropped (`é` → `e`),
/// curly quotes become straight ones (‘ ’ → ', “ ” → "), and letters are lower-cased unless the
/// match is case-sensitive. Every folded scalar remembers the source scalar it came from, so a match
/// in folded text maps back to the displayed text's offsets.
public struct TextFolding: Sendable {
    /// Whether case is kept (smart case: a query with a capital letter).
    public let caseSensitive: Bool
    /// Folds of non-ASCII scalars already worked out (decomposition goes through Foundation).
    private var cache: [UInt32: UInt32] = [:]
    /// Marks a scalar that folds to nothing (a combining mark) in `cache`.
    private static let dropped: UInt32 = .max

    /// A folding that lower-cases unless `caseSensitive`.
    public init(caseSensitive: Bool) { self.caseSensitive = caseSensitive }

    /// Smart case: a text with an upper-case letter is matched case-sensitively.
    public static func isCaseSensitive(_ query: String) -> Bool {
        query.unicodeScalars.contains { $0.properties.isUppercase }
    }

    /// The folded form of a scalar, or nil when it folds to nothing.
    public mutating func fold(_ scalar: Unicode.Scalar) -> UInt32? {
        let value = scalar.value
        if value < 0x80 {
            if !caseSensitive, value >= 0x41, value <= 0x5A { return value | 0x20 }
            return value
        }
        if let hit = cache[value] { return hit == Self.dropped ? nil : hit }
        let folded = Self.foldSlow(scalar, caseSensitive: caseSensitive)
        cache[value] = folded ?? Self.dropped
        return folded
    }

    /// Folds a non-ASCII scalar: quotes, combining marks, decomposition to the base letter, case.
    private static func foldSlow(_ scalar: Unicode.Scalar, caseSensitive: Bool) -> UInt32? {
        switch scalar.value {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC: return 0x27 // ‘ ’ ‚ ‛ ′ ʼ → '
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: return 0x22 // “ ” „ ‟ ″ « » → "
        default: break
        }
        let category = scalar.properties.generalCategory
        if category == .nonspacingMark || category == .enclosingMark { return nil }
        var base = scalar
        if let first = String(Character(scalar)).decomposedStringWithCanonicalMapping.unicodeScalars.first {
            base = first
        }
        if !caseSensitive, base.properties.changesWhenLowercased {
            let lower = base.properties.lowercaseMapping.unicodeScalars
            if lower.count == 1, let only = lower.first { base = only }
        }
        return base.value
    }

    /// Folds a whole text; `from` skips leading scalars (they are neither folded nor matched).
    public mutating func fold(_ text: String, from start: Int = 0) -> FoldedText {
        if let ascii = foldASCII(text, from: start) { return ascii }
        var scalars: [UInt32] = []
        scalars.reserveCapacity(text.utf8.count)
        var origin: [Int32] = []
        var index = 0
        var identity = true
        for scalar in text.unicodeScalars {
            defer { index += 1 }
            if index < start { continue }
            guard let folded = fold(scalar) else {
                if identity { identity = false; origin = (0..<scalars.count).map { Int32(start + $0) } }
                continue
            }
            scalars.append(folded)
            if !identity { origin.append(Int32(index)) }
        }
        return FoldedText(scalars: scalars, origin: identity ? nil : origin, start: start, sourceCount: index)
    }

    /// The fast path for all-ASCII text (most of an English corpus): one pass over the bytes; nil when
    /// the text has other scalars.
    private func foldASCII(_ text: String, from start: Int) -> FoldedText? {
        var text = text
        return text.withUTF8 { bytes -> FoldedText? in
            var scalars = [UInt32](repeating: 0, count: max(0, bytes.count - start))
            let lower = !caseSensitive
            for i in 0..<bytes.count {
                let b = bytes[i]
                if b >= 0x80 { return nil }
                guard i >= start else { continue }
                scalars[i - start] = lower && b >= 0x41 && b <= 0x5A ? UInt32(b | 0x20) : UInt32(b)
            }
            return FoldedText(scalars: scalars, origin: nil, start: min(start, bytes.count), sourceCount: bytes.count)
        }
    }
}

/// A folded text: its scalars and where each came from in the source text.
public struct FoldedText: Sendable {
    /// The folded scalars.
    public let scalars: [UInt32]
    /// Source scalar of each folded scalar; nil when folding dropped nothing (folded `i` is source `start + i`).
    let origin: [Int32]?
    /// Source scalars skipped at the start.
    public let start: Int
    /// Scalars in the source text.
    public let sourceCount: Int

    /// The source scalar of a folded position (`scalars.count` maps to the source's end).
    public func source(_ position: Int) -> Int {
        guard position < scalars.count else { return sourceCount }
        guard let origin else { return start + position }
        return Int(origin[position])
    }

    /// The source scalars a folded range covers; combining marks after its last scalar are included.
    public func sourceRange(_ range: Range<Int>) -> Range<Int> {
        source(range.lowerBound)..<source(range.upperBound)
    }

    /// Folded start positions where `pattern` occurs, overlapping ones included (as vim counts them):
    /// a longer query's matches are then always among a shorter prefix's, which makes typing incremental.
    public func occurrences(of pattern: [UInt32]) -> [Int] {
        guard let first = pattern.first, pattern.count <= scalars.count else { return [] }
        var found: [Int] = []
        scalars.withUnsafeBufferPointer { text in
            pattern.withUnsafeBufferPointer { p in
                for i in 0...(text.count - p.count) where text[i] == first && Self.matches(p, in: text, at: i) {
                    found.append(i)
                }
            }
        }
        return found
    }

    /// The candidate positions where `pattern` occurs (the matches of a prefix of it, say).
    public func occurrences(of pattern: [UInt32], among candidates: [Int]) -> [Int] {
        guard !pattern.isEmpty else { return [] }
        return scalars.withUnsafeBufferPointer { text in
            pattern.withUnsafeBufferPointer { p in
                candidates.filter { $0 >= 0 && $0 + p.count <= text.count && Self.matches(p, in: text, at: $0) }
            }
        }
    }

    /// Whether `pattern` occurs at a folded position.
    public func hasOccurrence(of pattern: [UInt32], at position: Int) -> Bool {
        guard position >= 0, position + pattern.count <= scalars.count else { return false }
        return scalars.withUnsafeBufferPointer { text in pattern.withUnsafeBufferPointer { Self.matches($0, in: text, at: position) } }
    }

    /// Whether `pattern` is at `position` of `text`.
    private static func matches(_ pattern: UnsafeBufferPointer<UInt32>, in text: UnsafeBufferPointer<UInt32>,
                                at position: Int) -> Bool {
        for j in 0..<pattern.count where text[position + j] != pattern[j] { return false }
        return true
    }
}
