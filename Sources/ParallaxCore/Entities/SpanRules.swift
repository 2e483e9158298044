/// Conventions the training data cannot teach, applied to tagged spans: titles, honorifics and a
/// leading "the" stay outside names, possessives and punctuation outside spans, an outlet in a
/// dateline credit is an ORG, and a short form takes the type of the full name it completes.
package enum SpanRules {
    /// Words that open a title or honorific before a name ("Foreign Minister", "Mr.").
    private static let titles: Set<UInt64> = Set([
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "lord", "lady", "madam",
        "president", "vice", "prime", "minister", "secretary", "senator", "sen.", "sen", "rep.", "rep",
        "representative", "congressman", "congresswoman", "gov.", "governor", "mayor", "general", "gen.",
        "col.", "colonel", "lt.", "lieutenant", "captain", "capt.", "sgt.", "sergeant", "admiral", "adm.",
        "major", "maj.", "commander", "judge", "justice", "chancellor", "king", "queen", "pope", "cardinal",
        "bishop", "archbishop", "rev.", "reverend", "chief", "deputy", "director", "ambassador", "envoy",
        "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair", "ceo", "cfo", "coo",
        "executive", "officer", "commissioner", "professor", "prof.", "foreign", "defense", "defence", "interior",
        "finance", "treasury", "state", "of", "the", "former", "ex", "acting", "leader", "speaker", "premier",
        "sheikh", "emir", "ayatollah", "attorney", "solicitor", "inspector", "superintendent", "coach",
        "manager", "founder", "co-founder", "chairperson", "economy", "trade", "health", "education", "energy",
        "agriculture", "transport", "justice", "home", "labour", "labor", "senior", "assistant", "undersecretary",
        "under", "opposition", "party", "head", "dr", "us", "u.s.", "uk", "u.k.", "eu", "un", "u.n.",
    ].map { ScalarText.hash($0) })
    /// "the", dropped at the start of any span.
    private static let the = ScalarText.hash("the")
    /// Function words that never end a name ("Council of" loses its "of").
    private static let connectors: Set<UInt64> = Set(["of", "and", "for", "the", "&", "de", "in", "on", "at"].map { ScalarText.hash($0) })

    /// Applies all rules to spans decoded from `doc`.
    package static func apply(_ spans: [TokenSpan], _ doc: DocumentTokens, gazetteer: Gazetteer) -> [TokenSpan] {
        var out: [TokenSpan] = []
        out.reserveCapacity(spans.count)
        for var span in spans {
            trim(&span, doc)
            if span.end > span.start { out.append(span) }
        }
        out = GivenNameRule.apply(out, doc) { titles.contains($0) }
        out = CreditRule.apply(out, doc)
        out = SuffixRule.apply(out, doc, gazetteer: gazetteer)
        return ConsistencyRule.apply(out, doc)
    }

    /// Removes a leading "the", leading titles of a PERSON, and punctuation or possessives at either end.
    private static func trim(_ span: inout TokenSpan, _ doc: DocumentTokens) {
        while span.end > span.start, !doc.flags[span.end - 1].contains(.word) { span.end -= 1 }
        while span.end > span.start, !doc.flags[span.start].contains(.word) { span.start += 1 }
        if span.end - span.start > 1, doc.lower[span.start] == the { span.start += 1 }
        if span.type == EntityType.person.index {
            var k = span.start
            while k < span.end - 1, titles.contains(doc.lower[k]) || doc.flags[k].isDisjoint(with: .word) { k += 1 }
            span.start = k
        }
        while span.end > span.start, !doc.flags[span.end - 1].contains(.word) || connectors.contains(doc.lower[span.end - 1]) {
            span.end -= 1
        }
    }
}
