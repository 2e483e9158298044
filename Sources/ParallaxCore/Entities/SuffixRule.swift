/// A run of capitalised words ending in a company's legal form ("Acme Widgets Inc.", "Orlen S.A.")
/// is an ORG, whatever the tagger made of its parts; one ending in an institution noun ("Interior
/// Ministry") is an ORG when the tagger found nothing there.
enum SuffixRule {
    /// Hash of the gazetteer code for legal-form suffixes.
    private static let orgSuffix: UInt64 = "ORG_SUFFIX".unicodeScalars.reduce(ScalarText.seed) { ScalarText.step($0, $1.value) }

    /// Nouns that head the names of institutions.
    private static let institutions: Set<UInt64> = Set([
        "ministry", "department", "agency", "commission", "council", "court", "university", "party", "army",
        "police", "bank", "office", "committee", "authority", "institute", "corporation", "company", "group",
        "association", "federation", "union", "service", "navy", "parliament", "assembly", "senate", "board",
    ].map { ScalarText.hash($0) })

    /// The spans with legal-form ORGs added, replacing the spans they overlap.
    static func apply(_ spans: [TokenSpan], _ doc: DocumentTokens, gazetteer: Gazetteer) -> [TokenSpan] {
        var out = spans
        var covered = [Bool](repeating: false, count: doc.count)
        for s in spans { for k in s.start..<s.end { covered[k] = true } }
        for i in 1..<max(doc.count, 1) where doc.flags[i].contains(.capitalized) {
            let legal = isSuffix(i, doc, gazetteer)
            guard legal || (institutions.contains(doc.lower[i]) && !covered[i] && !covered[i - 1]) else { continue }
            var start = i
            while start > 0, doc.sentence[start - 1] == doc.sentence[i], doc.flags[start - 1].contains(.capitalized),
                  !isSuffix(start - 1, doc, gazetteer), i - start < 6 {
                start -= 1
            }
            while start < i, doc.flags[start].contains(.sentenceInitial), doc.lowerBucket[start] >= 3 { start += 1 }
            guard start < i, legal || (start..<i).allSatisfy({ !covered[$0] && !doc.flags[$0].contains(.allCaps) }) else { continue }
            let span = TokenSpan(start: start, end: i + 1, type: EntityType.org.index)
            out.removeAll { $0.start < span.end && span.start < $0.end }
            out.append(span)
        }
        return out.sorted { $0.start < $1.start }
    }

    /// Whether token `i` is listed as a legal-form suffix.
    private static func isSuffix(_ i: Int, _ doc: DocumentTokens, _ gazetteer: Gazetteer) -> Bool {
        doc.gazetteerMatches.has(i, code: orgSuffix)
    }
}
