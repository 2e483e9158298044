import Foundation

/// A mention's name, cleaned for display and reduced to keys that linking compares.
///
/// `Foreign Minister Annalena Baerbock's` → display `Annalena Baerbock`, key `annalena baerbock`, surname `baerbock`;
/// `the U.S.` → display `U.S.`, key `us` (an acronym); `United States` → key `united states`, initials `us`.
public struct EntityName: Sendable, Hashable {
    /// The name as written, without a leading "the", a trailing possessive or leading titles.
    public let display: String
    /// Lower case, diacritics folded, dots dropped, hyphens as spaces, single-spaced.
    public let key: String
    /// The key's words.
    public let words: [String]
    /// Whether the name is written as an acronym (`US`, `U.S.`, `NATO`).
    public let isAcronym: Bool
    /// The title stripped from the front (`secretary of state`), lower case, if any.
    public let title: String?

    /// Cleans a mention's text; titles are stripped from people's names only (`National Security Council`
    /// keeps its first words).
    public init(_ text: String, type: EntityType = .person) {
        var words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
        if words.count > 1, ["the", "The", "THE"].contains(words[0]) { words.removeFirst() }
        if let last = words.last { words[words.count - 1] = Self.droppingPossessive(last) }
        let titleWords = type == .person ? Self.leadingTitleLength(words) : 0
        title = titleWords > 0 ? words[..<titleWords].joined(separator: " ").lowercased() : nil
        words.removeFirst(titleWords)
        let shown = words.joined(separator: " ")
        display = shown
        isAcronym = Self.looksLikeAcronym(shown)
        key = Self.key(shown)
        self.words = key.split(separator: " ").map(String.init)
    }

    /// The last word of a name of two words or more (`okafor`), ignoring suffixes such as `Jr.`.
    public var surname: String? {
        let core = words.last.map { Self.suffixes.contains($0) } == true ? Array(words.dropLast()) : words
        return core.count >= 2 ? core.last : nil
    }

    /// Everything before the surname (`antony`).
    public var givenNames: String {
        guard let surname, let at = words.lastIndex(of: surname) else { return "" }
        return words[..<at].joined(separator: " ")
    }

    /// First letters of the capitalised words of a name of two words or more (`United Nations` → `un`).
    public var initials: String? {
        guard !isAcronym else { return nil }
        let capitalised = display.split(separator: " ").filter { $0.first?.isUppercase == true }
        guard capitalised.count >= 2 else { return nil }
        return String(capitalised.compactMap { $0.first }).lowercased()
    }

    /// The comparison key of a text: folded case and diacritics, no dots, hyphens and quotes as spaces.
    public static func key(_ text: String) -> String {
        if let ascii = asciiKey(text) { return ascii }
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var out = ""
        out.reserveCapacity(folded.utf8.count)
        var space = true
        for c in folded.unicodeScalars {
            if c == "." { continue }
            if c == " " || c == "-" || c == "‐" || c == "–" || c == "\"" || c == "“" || c == "”" || c == "\n" {
                if !space { out.append(" "); space = true }
                continue
            }
            out.unicodeScalars.append(c == "’" ? "'" : c)
            space = false
        }
        if out.hasSuffix(" ") { out.removeLast() }
        return out
    }

    /// `key(_:)` of an all-ASCII text without Foundation's folding (which, on ASCII, only lowers A–Z); nil
    /// when the text has other scalars.
    @inline(__always)
    static func asciiKey(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var isASCII = true
            for b in bytes where b >= 0x80 { isASCII = false; break }
            guard isASCII else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                var n = 0
                var space = true
                for b in bytes {
                    if b == 0x2E { continue } // .
                    if b == 0x20 || b == 0x2D || b == 0x22 || b == 0x0A { // space - " newline
                        if !space { out[n] = 0x20; n += 1; space = true }
                        continue
                    }
                    out[n] = (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b
                    n += 1
                    space = false
                }
                if n > 0, out[n - 1] == 0x20 { n -= 1 }
                return n
            }
        }
    }

    /// Whether a name is all capitals, two to six letters, perhaps with dots (`U.S.`, `EU`, `NATO`).
    static func looksLikeAcronym(_ text: String) -> Bool {
        let letters = text.unicodeScalars.filter { $0 != "." }
        guard (2...6).contains(letters.count), text.unicodeScalars.allSatisfy({ $0 == "." || $0.properties.isUppercase })
        else { return false }
        return true
    }

    /// A word without a trailing `'s`, `’s` or lone apostrophe (`Baerbock's` → `Baerbock`, `States'` → `States`).
    static func droppingPossessive(_ word: String) -> String {
        for suffix in ["'s", "’s", "'S", "’S"] where word.hasSuffix(suffix) && word.count > suffix.count + 1 {
            return String(word.dropLast(suffix.count))
        }
        if (word.hasSuffix("'") || word.hasSuffix("’")) && word.count > 2 { return String(word.dropLast()) }
        return word
    }

    /// How many leading words are a title (`Secretary of State`, `Vice Foreign Minister`, `Mr.`), leaving at
    /// least one capitalised word after them.
    static func leadingTitleLength(_ words: [String]) -> Int {
        var n = 0
        while n < words.count - 1 {
            let word = key(words[n])
            let joins = n > 0 && ["of", "for", "the"].contains(word) && titleWords.contains(key(words[n + 1]))
            guard titleWords.contains(word) || joins else { break }
            n += 1
        }
        guard n < words.count, words[n].first?.isUppercase == true else { return 0 }
        return n
    }

    /// Name suffixes that are not surnames.
    static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]

    /// Words that make up titles and roles written before names (lower case, without dots).
    static let titleWords: Set<String> = [
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "reverend",
        "president", "vice", "prime", "minister", "secretary", "deputy", "foreign", "defense", "defence",
        "treasury", "finance", "trade", "interior", "chancellor", "premier", "king", "queen", "prince",
        "princess", "pope", "sheikh", "emir", "general", "gen", "lt", "col", "colonel", "admiral", "adm",
        "major", "maj", "captain", "capt", "sgt", "sergeant", "senator", "sen", "representative", "rep",
        "congressman", "congresswoman", "governor", "gov", "mayor", "ambassador", "envoy", "spokesperson",
        "spokesman", "spokeswoman", "chief", "executive", "ceo", "chairman", "chairwoman", "chair", "judge",
        "justice", "attorney", "speaker", "leader", "senior", "assistant", "under", "state", "commerce",
        "national", "security", "adviser", "advisor", "director", "commissioner", "officer", "official",
    ]
}
