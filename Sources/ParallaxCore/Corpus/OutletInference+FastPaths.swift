import Foundation

/// Byte-level answers that stand in for Foundation searches and several literal scans in outlet inference,
/// each exactly what it replaces (`ParserPrefilterTests` checks them against the originals).
extension OutletInference {
    /// The last occurrence of `needle` in an ASCII `text`, byte for byte (an ASCII text never holds a needle
    /// with other scalars).
    static func lastRange(of needle: String, inASCII text: String) -> Range<String.Index>? {
        let n = Array(needle.utf8)
        let h = Array(text.utf8)
        guard !n.isEmpty, n.count <= h.count else { return nil }
        var i = h.count - n.count
        while i >= 0 {
            if h[i] == n[0], h[i..<(i + n.count)].elementsEqual(n) {
                let lower = text.utf8.index(text.utf8.startIndex, offsetBy: i)
                return lower..<text.utf8.index(lower, offsetBy: n.count)
            }
            i -= 1
        }
        return nil
    }

    /// `text.trimmingCharacters(in: set)` where `set` holds `asciiMembers` and maybe other scalars: over
    /// ASCII text only those members can be trimmed, byte by byte; other text goes through Foundation.
    static func trimming(_ text: String, _ set: CharacterSet, asciiMembers: [UInt8]) -> String {
        let bytes = text.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return text.trimmingCharacters(in: set) }
        var start = bytes.startIndex, end = bytes.endIndex
        while start < end, asciiMembers.contains(bytes[start]) { start = bytes.index(after: start) }
        while end > start, asciiMembers.contains(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
        return String(text[start..<end])
    }

    /// The ASCII members of `nameEnds`.
    static let nameEndBytes = Array(" .,;:|-".utf8)

    /// `text.holds("©") || text.holds("copyright") || text.holds("(c)")`, in one pass over the bytes.
    static func mayHoldCopyrightMark(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { h in
            let word = Array("copyright".utf8)
            let n = h.count
            for i in 0..<n {
                switch h[i] {
                case 0xC2:
                    if i + 1 < n, h[i + 1] == 0xA9 { return true }
                case 0x28:
                    if i + 2 < n, h[i + 1] | 0x20 == 0x63, h[i + 2] == 0x29 { return true }
                case 0x43, 0x63:
                    guard i + word.count <= n else { break }
                    var k = 1
                    while k < word.count, (h[i + k] >= 0x41 && h[i + k] <= 0x5A ? h[i + k] | 0x20 : h[i + k]) == word[k] { k += 1 }
                    if k == word.count { return true }
                default:
                    break
                }
            }
            return false
        }
    }
}
