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
        /// Written all in capitals (NATO, G7), wherever it stands.
        public let allCapitals: Bool
    }

    /// Splits text into content words of at least three letters.
    public static func words(in text: String) -> [Word] {
        var result: [Word] = []
        result.reserveCapacity(text.utf8.count / 8)
        let scalars = Array(text.unicodeScalars)
        let n = scalars.count
        var isFirst = true
        var i = 0
        var word = ""
        while i < n {
            guard isLetter(scalars[i]) else { i += 1; continue }
            let start = i
            i += 1
            while i < n, isLetter(scalars[i]) || isJoiner(scalars[i]) { i += 1 }
            var end = i
            if end - start > 2, scalars[end - 1] == "s", scalars[end - 2] == "'" || scalars[end - 2] == "’" { end -= 2 }
            while end > start, isJoiner(scalars[end - 1]) { end -= 1 }
            let capitalised = !isFirst && isUppercase(scalars[start])
            isFirst = false
            guard end - start >= 3 else { continue }
            word.removeAll(keepingCapacity: true)
            var ascii = true
            for k in start..<end {
                let v = scalars[k].value
                if v < 0x80 {
                    word.unicodeScalars.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(UInt8(truncatingIfNeeded: v + 32)) : scalars[k])
                } else {
                    ascii = false
                    word.unicodeScalars.append(scalars[k])
                }
            }
            let lower = ascii ? word : word.lowercased()
            guard !stopWords.contains(lower) else { continue }
            let allCapitals = end - start >= 2 && (start..<end).allSatisfy { !isLetter(scalars[$0]) || isUppercase(scalars[$0]) }
            result.append(Word(text: lower, capitalised: capitalised, allCapitals: allCapitals))
        }
        return result
    }

    /// A letter (ASCII fast path).
    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        return s.properties.isAlphabetic
    }

    /// A hyphen or apostrophe, which may join the parts of a word.
    @inline(__always) static func isJoiner(_ s: Unicode.Scalar) -> Bool {
        s == "-" || s == "'" || s == "’"
    }

    /// An upper-case letter (ASCII fast path).
    @inline(__always) static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return s.properties.isUppercase
    }
}
