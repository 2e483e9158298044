import Foundation
import Testing
@testable import ParallaxCore

/// `CleanText(raw:)`, which writes straight into its arrays' storage, gives the scalars, raw offsets and
/// wide-scalar ends of the straightforward append-as-you-go cleaning, on varied text.
struct CleanTextFastPathTests {
    /// The cleaning as it was written before: appending each kept scalar and its offset.
    static func reference(_ raw: [Unicode.Scalar]) -> (scalars: [Unicode.Scalar], offsets: [Int32], ends: [Int: Int32]) {
        var out: [Unicode.Scalar] = []
        var offsets: [Int32] = []
        var ends: [Int: Int32] = [:]
        var previousWasCR = false
        var index = 0
        while index < raw.count {
            var scalar = raw[index]
            var next = index + 1
            if scalar == "&", let reference = HTMLEntities.decode(raw, at: index) {
                scalar = reference.scalar
                next = reference.end
            }
            defer { index = next }
            let wasCR = previousWasCR
            previousWasCR = scalar == "\r"
            let emitted = out.count
            switch TextSanitizer.classify(scalar) {
            case .keep: out.append(scalar); offsets.append(Int32(index))
            case .replace(let replacement): out.append(replacement); offsets.append(Int32(index))
            case .newline: out.append("\n"); offsets.append(Int32(index))
            case .crlfTail: if !wasCR { out.append("\n"); offsets.append(Int32(index)) }
            case .drop: continue
            }
            if next > index + 1, out.count > emitted { ends[emitted] = Int32(next) }
        }
        offsets.append(Int32(raw.count))
        return (out, offsets, ends)
    }

    /// Checks one text against the reference.
    static func check(_ text: String) {
        let raw = Array(text.unicodeScalars)
        let clean = CleanText(raw: raw)
        let expected = reference(raw)
        #expect(clean.scalars == expected.scalars, "\(text.debugDescription)")
        #expect(clean.rawOffsets == expected.offsets, "\(text.debugDescription)")
        #expect(clean.rawEnds == expected.ends, "\(text.debugDescription)")
    }

    @Test(arguments: [
        "", " ", "\n", "\r", "\r\n", "\r\r\n\n", "plain ascii line", "a&amp;b &lt;tag&gt; &#8217; &#x2014; &bogus; &amp",
        "&", "&&amp;&", "&#0; &#xD800; &#1114112; &NBSP; &Amp;", "\u{FEFF}BOM first", "bidi \u{202E}override\u{202C} end",
        "tabs\tand\u{0B}vertical\u{0C}feeds", "controls \u{01}\u{1B}\u{7F}\u{85}\u{2028}\u{2029}", "Zoë Ångström’s 日本 \u{1F600}",
        "line one\r\nline two\rline three\nline four", String(repeating: "long line with words ", count: 500),
        String(repeating: "&amp;", count: 300), "\u{00A0}nbsp\u{2009}thin\u{200B}zero",
    ])
    func cleaningIsTheAppendingCleaning(text: String) {
        Self.check(text)
    }

    @Test func randomTextCleansAsBefore() {
        var random = SplitMix64(seed: 3)
        func next(_ n: Int) -> Int { Int(random.next() % UInt64(n)) }
        let pieces = ["a", " ", "&", "amp;", "&#39;", "&#x41;", "\r", "\n", "\r\n", "\t", "\u{0}", "\u{FEFF}", "\u{202E}",
                      "é", "日", "\u{1F600}", "\u{85}", "\u{2028}", ";", "#", "x", "&lt;"]
        for _ in 0..<2_000 {
            Self.check((0..<next(30)).map { _ in pieces[next(pieces.count)] }.joined())
        }
    }
}
