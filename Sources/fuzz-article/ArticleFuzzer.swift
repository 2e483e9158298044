import Foundation
import ParallaxCore

/// What a user's path does with one untrusted file — decode, clean, parse, map offsets, export JSON —
/// with the invariants that must hold whatever the bytes are. Entity recognition, ten times slower, has
/// its own target (`fuzz-entities`).
///
/// A broken invariant stops the process with a message; libFuzzer records the input as a crash.
enum ArticleFuzzer {
    /// Runs one input. The first byte's low bit picks the file kind (`.txt` or `.md`).
    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard case .success(let raw) = FileDecoder.decode(bytes) else { return }
        check(!raw.isEmpty, "decode succeeded with no scalars")
        let clean = CleanText(raw: raw)
        checkClean(clean, rawCount: raw.count)
        let path = (bytes.first ?? 0) & 1 == 0 ? "fuzz.txt" : "fuzz.md"
        let article = ArticleParser.parse(clean, id: "fuzz", path: path)
        checkParagraphs(article, rawCount: raw.count)
        checkJSON(article)
    }

    /// Stops the process when an invariant is broken.
    static func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
        if !condition() { fatalError("fuzz-article: \(message())") }
    }

    /// One raw offset per cleaned scalar plus the raw end, never decreasing, inside the file.
    static func checkClean(_ clean: CleanText, rawCount: Int) {
        check(clean.rawOffsets.count == clean.scalars.count + 1, "clean offsets \(clean.rawOffsets.count) for \(clean.scalars.count) scalars")
        check(clean.rawOffsets.last.map(Int.init) == rawCount, "clean text does not end at the raw end")
        var previous: Int32 = 0
        for offset in clean.rawOffsets {
            check(offset >= previous && Int(offset) <= rawCount, "clean offset \(offset) after \(previous) of \(rawCount)")
            previous = offset
        }
        let whole = clean.rawRange(0..<clean.scalars.count)
        check(whole.lowerBound >= 0 && whole.upperBound <= rawCount, "clean raw range \(whole) outside \(rawCount)")
    }

    /// Paragraphs in file order, each scalar mapped inside its paragraph, no terminal control left.
    static func checkParagraphs(_ article: Article, rawCount: Int) {
        var last = 0
        for (n, p) in article.paragraphs.enumerated() {
            let range = p.rawRange
            check(range.lowerBound >= last && range.upperBound <= rawCount,
                  "paragraph \(n) range \(range) after \(last), file has \(rawCount) scalars")
            last = range.upperBound
            let text = Array(p.text.unicodeScalars)
            check(p.offsets.count == text.count, "paragraph \(n): \(p.offsets.count) offsets for \(text.count) scalars")
            var previous = range.lowerBound
            for i in text.indices {
                check(!isUnsafe(text[i]), "paragraph \(n): control U+\(String(text[i].value, radix: 16)) survived")
                let start = p.offsets.rawStart(i)
                let end = p.offsets.rawEnd(i)
                check(start >= previous && range.contains(start) && end > start && end <= range.upperBound,
                      "paragraph \(n) scalar \(i): raw \(start)..<\(end) after \(previous), paragraph \(range)")
                previous = start
                let back = p.offsets.textRange(start..<end)
                check(back.contains(i), "paragraph \(n) scalar \(i): raw \(start)..<\(end) maps back to \(back)")
            }
            let all = p.offsets.rawRange(0..<text.count)
            check(all.lowerBound >= range.lowerBound && all.upperBound <= range.upperBound,
                  "paragraph \(n): text maps to \(all), outside \(range)")
            check(p.offsets.textRange(range).upperBound <= text.count, "paragraph \(n): textRange past the text")
        }
    }

    /// Scalars that would act on a terminal: C0 (but `\n`) and C1 controls, DEL, bidi overrides.
    static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0A: return false
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// `show --json` encodes, parses back, and lists the body paragraphs with offsets in order.
    static func checkJSON(_ article: Article) {
        let corpus = Corpus(root: "/fuzz", articles: [article], skipped: [])
        let data: Data
        do {
            data = try ArticleJSON.show(article, in: corpus)
        } catch {
            fatalError("fuzz-article: show --json failed: \(error)")
        }
        let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        let paragraphs = object?["paragraphs"] as? [[String: Any]]
        check(paragraphs?.count == article.body.count, "show --json lost paragraphs")
        for entry in paragraphs ?? [] {
            let start = entry["start"] as? Int ?? -1, end = entry["end"] as? Int ?? -1
            check(0 <= start && start <= end, "show --json paragraph \(start)..<\(end)")
        }
    }
}
