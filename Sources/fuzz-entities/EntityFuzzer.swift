import ParallaxCore

/// Entity recognition over one untrusted file, as a user's path reaches it — decode, clean, parse,
/// then the bundled recogniser — with the invariants its mentions must hold whatever the bytes are.
/// Decoding, parsing and offsets are checked by `fuzz-article`, which runs them ten times as often.
///
/// A broken invariant stops the process with a message; libFuzzer records the input as a crash.
enum EntityFuzzer {
    /// The bundled recogniser, loaded once; a fuzz run without its model would test nothing useful.
    static let recognizer: EntityRecognizer = {
        do {
            return try EntityRecognizer.bundled()
        } catch {
            fatalError("fuzz-entities: cannot load the bundled model (set PARALLAX_RESOURCES): \(error)")
        }
    }()

    /// Runs one input. The first byte's low bit picks the file kind (`.txt` or `.md`), as in `fuzz-article`.
    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard case .success(let raw) = FileDecoder.decode(bytes) else { return }
        let path = (bytes.first ?? 0) & 1 == 0 ? "fuzz.txt" : "fuzz.md"
        let article = ArticleParser.parse(CleanText(raw: raw), id: "fuzz", path: path)
        checkMentions(article, rawCount: raw.count)
    }

    /// Stops the process when an invariant is broken.
    static func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
        if !condition() { fatalError("fuzz-entities: \(message())") }
    }

    /// Every mention lies inside the file, is not empty, and mentions come in file order.
    static func checkMentions(_ article: Article, rawCount: Int) {
        let mentions = ArticleEntities(article: article).mentions(using: recognizer)
        var previous = 0
        for m in mentions {
            check(m.rawRange.lowerBound >= 0 && m.rawRange.upperBound <= rawCount && !m.rawRange.isEmpty,
                  "mention \(m.text) at \(m.rawRange), file has \(rawCount) scalars")
            check(m.rawRange.lowerBound >= previous, "mentions out of order at \(m.rawRange)")
            previous = m.rawRange.lowerBound
        }
    }
}
