/// Content words of a text: lower-cased, possessives stripped, common function words left out.
public enum ContentWords {
    /// English function words and reporting verbs that say nothing about what an article is about.
    static let stopWords: Set<String> = Set("""
    a about above after again against all also am an and any are as at be because been before being below \
    between both but by can could did do does doing down during each few for from further had has have having \
    he her here hers herself him himself his how i if in into is it its itself just me more most my myself no \
    nor not now of off on once only or other our ours ourselves out over own same she should so some such than \
    that the their theirs them themselves then there these they this those through to too under until up very \
    was we were what when where which while who whom why will with would you your yours yourself said says say \
    told also one two three four five first last new year years week weeks month months day days time people \
    official officials including like may might must still since well back even many much way get got make \
    made take taken according per cent percent mr mrs ms monday tuesday wednesday thursday friday saturday \
    sunday earlier later ago yet already around among across january february march april june july august
    september october november december
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// A word and whether it was capitalised mid-sentence (a likely name).
    public struct Word: Hashable, Sendable {
        /// Lower-cased form.
        public let text: String
        /// Capitalised and not at the start of the text.
        public let capitalised: Bool
    }

    /// Splits text into content words of at least three letters.
    public static func words(in text: String) -> [Word] {
        var result: [Word] = []
        var current = String.UnicodeScalarView()
        var isFirst = true
        func flush() {
            defer { current.removeAll(keepingCapacity: true) }
            guard !current.isEmpty else { return }
            var word = String(current)
            for suffix in ["'s", "’s"] where word.hasSuffix(suffix) { word.removeLast(2) }
            while let last = word.unicodeScalars.last, last == "-" || last == "'" || last == "’" {
                word.unicodeScalars.removeLast()
            }
            let capitalised = word.first?.isUppercase == true && !isFirst
            isFirst = false
            let lower = word.lowercased()
            guard lower.count >= 3, !stopWords.contains(lower) else { return }
            result.append(Word(text: lower, capitalised: capitalised))
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || (!current.isEmpty && (scalar == "-" || scalar == "'" || scalar == "’")) {
                current.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        return result
    }
}
