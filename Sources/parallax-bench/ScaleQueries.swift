/// The fixed list of queries the scale benchmark types, built from the corpus's own vocabulary: the
/// most covered storyline's people, places, quotes and outlet, a rarely covered person, filters and a
/// misspelling. The same count and seed give the same list.
enum ScaleQueries {
    /// The queries, in the order they are typed.
    static func make(_ plan: ScalePlan) -> [String] {
        guard !plan.storylines.isEmpty else { return [] }
        let articles = { (s: ScalePlan.Storyline) in s.events.reduce(0) { $0 + plan.events[$1].articleCount } }
        let ranked = plan.storylines.indices.sorted { (articles(plan.storylines[$0]), -$0) > (articles(plan.storylines[$1]), -$1) }
        let main = plan.storylines[ranked[0]]
        let second = plan.storylines[ranked[min(1, ranked.count - 1)]]
        let rare = plan.storylines[ranked[ranked.count - 1]]
        let mainEvent = main.events.max { plan.events[$0].outlets.count < plan.events[$1].outlets.count } ?? main.events[0]
        let details = ScaleEventDetails(plan: plan, event: mainEvent)
        let otherDetails = ScaleEventDetails(plan: plan, event: second.events[0])
        let country = ScaleVocabulary.countries[main.country]
        let place = String(decoding: details.slots[.city], as: UTF8.self)
        let otherCountry = ScaleVocabulary.countries[second.country].name
        let outlet = ScaleOutlet.all[plan.events[mainEvent].outlets[0]]
        let outletWord = outlet.name.split(separator: " ").last.map { String($0).lowercased() } ?? outlet.slug
        let date = ScaleCalendar.date(plan.events[mainEvent].day)
        let month = "\(date.year)-\(ScaleCalendar.pad(date.month))"
        let topic = ScaleTopic.all[main.topic]
        let surname = main.lead.surname, typo = String(surname.dropLast(2)) + String(surname.suffix(1))
        return [
            surname.lowercased(),
            "\(surname) \(place)",
            "\"\(phrase(details.quotes[0].text))\"",
            main.lead.full,
            rare.lead.surname,
            main.org,
            "outlet:\(outletWord)",
            "outlet:\(outletWord) \(main.counterpart.surname)",
            "date:\(month) \(topic.searchWords.split(separator: " ")[0])",
            "date:\(date.year) \(main.counterpart.surname)",
            "entity:\"\(main.lead.full)\"",
            "entity:\"\(main.org)\" type:org",
            "\(surname) -\(place)",
            "\(topic.searchWords.split(separator: " ")[0]) -\"\(phrase(details.quotes[0].text))\"",
            "minister",
            country.name.hasPrefix("the ") ? String(country.name.dropFirst(4)) : country.name,
            "\"\(phrase(otherDetails.quotes[0].text))\"",
            typo,
            "\(otherCountry) type:gpe",
            topic.searchWords,
        ]
    }

    /// Four words from the middle of a quote, as someone remembering it would type them.
    static func phrase(_ quote: String) -> String {
        let words = quote.split(separator: " ")
        let start = min(2, max(0, words.count - 4))
        return words[start..<min(words.count, start + 4)].joined(separator: " ")
    }

    /// The queries a person would type into the library's filter too: those of plain words (no filter,
    /// phrase or exclusion, which the fuzzy filter does not have).
    static func filterQueries(_ queries: [String]) -> [String] {
        queries.filter { q in !q.contains(":") && !q.contains("\"") && !q.contains("-") }
    }

    /// Every prefix of a query, one character more each time: what is on the prompt as it is typed.
    static func prefixes(_ query: String) -> [String] {
        var out: [String] = []
        var typed = ""
        for character in query {
            typed.append(character)
            out.append(typed)
        }
        return out
    }
}
