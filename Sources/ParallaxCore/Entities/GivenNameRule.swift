/// A person's span that the tagger started one word late ("Finance Minister Tomasz [Wrobel]") takes
/// back the given name before it: a capitalised word listed as a common given name, in the same
/// sentence, not itself a title, not in another span, rarely written in lower case, and not a month.
enum GivenNameRule {
    /// Gazetteer codes of the two most common thirds of given names.
    private static let givenNames: Set<UInt64> = Set(["PER_FIRST:1", "PER_FIRST:2"].map {
        $0.unicodeScalars.reduce(ScalarText.seed) { ScalarText.step($0, $1.value) }
    })
    /// Months are given names too ("June", "April") but open dates, not names, before a surname.
    private static let months: Set<UInt64> = Set([
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ].map { ScalarText.hash($0) })

    /// The spans with PERSON spans extended left over a missed given name.
    static func apply(_ spans: [TokenSpan], _ doc: DocumentTokens, isTitle: (UInt64) -> Bool) -> [TokenSpan] {
        var out = spans
        for n in out.indices where out[n].type == EntityType.person.index && out[n].end - out[n].start == 1 {
            let i = out[n].start - 1
            guard i >= 0, doc.sentence[i] == doc.sentence[out[n].start], doc.flags[i].contains(.capitalized),
                  !doc.flags[i].contains(.allCaps), doc.lowerBucket[i] < 3, !isTitle(doc.lower[i]),
                  !months.contains(doc.lower[i]), n == 0 || out[n - 1].end <= i,
                  givenNames.contains(where: { doc.gazetteerMatches.has(i, code: $0) }) else { continue }
            out[n].start = i
        }
        return out
    }
}
