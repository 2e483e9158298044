/// What every version of one event shares: the facts (slot values), who said what, and the wire copy
/// that outlets reprint. Drawn from the event's own random stream, so it is the same whoever asks.
struct ScaleEventDetails {
    /// A quote and who said it.
    struct Quote {
        /// The speaker.
        let speaker: ScalePlan.Person
        /// The words, without quote marks or a final stop.
        let text: String
    }

    /// Slot values: people, places, dates and figures (speaker and outlet slots are left empty).
    let slots: ScaleSlots
    /// Two to four quotes, in the order outlets tend to use them.
    let quotes: [Quote]
    /// Three wire-copy paragraphs, reprinted verbatim by outlets that take the agency's copy.
    let wire: [[UInt8]]
    /// The sentences the wire copy used, as indices into the topic's body sentences followed by the
    /// generic ones, so that an article carrying the wire copy does not repeat them.
    let wireSentences: [Int]
    /// The topic.
    let topic: ScaleTopic

    /// Compiled templates of each topic (headlines, leads, body, quotes), in `ScaleTopic.all` order.
    static let topicTemplates = ScaleTopic.all.map {
        (headlines: ScaleTemplate.all($0.headlines), leads: ScaleTemplate.all($0.leads),
         body: ScaleTemplate.all($0.body), quotes: ScaleTemplate.all($0.quotes))
    }
    /// Compiled generic sentences.
    static let generic = ScaleTemplate.all(ScaleProse.generic)

    /// The details of `plan.events[index]`.
    init(plan: ScalePlan, event index: Int) {
        let event = plan.events[index]
        let storyline = plan.storylines[event.storyline]
        var rng = ScaleRandom(seed: plan.seed, stream: UInt64(index) &* 64 &+ 1)
        topic = ScaleTopic.all[storyline.topic]
        var slots = Self.storylineSlots(plan, storyline: event.storyline)
        let third = storyline.others[rng.int(storyline.others.count)]
        slots.set(.p3, third.full)
        slots.set(.p3s, third.surname)
        slots.set(.p3r, third.role)
        slots.set(.weekday, ScaleCalendar.weekday(event.day))
        let date = ScaleCalendar.date(event.day)
        slots.set(.month, ScaleCalendar.months[date.month - 1])
        slots.set(.year, String(date.year))
        slots.set(.num, Self.thousands(rng.int(in: 120...48_000)))
        slots.set(.num2, String(rng.int(in: 3...12)))
        slots.set(.pct, "\(rng.int(in: 1...14)).\(rng.int(10))")
        slots.set(.money, "$\(rng.int(in: 1...9)).\(rng.int(10)) \(rng.chance(0.6) ? "billion" : "million")")
        let first = plan.events[storyline.events[0]].day
        let since = ScaleCalendar.date(first)
        slots.set(.since, "\(ScaleCalendar.months[since.month - 1]) \(since.year)")
        let templates = Self.topicTemplates[storyline.topic]
        let speakers = [storyline.lead, storyline.counterpart, third]
        quotes = rng.distinct(rng.int(in: 2...4), of: templates.quotes.count).enumerated().map { n, q in
            Quote(speaker: speakers[n < 2 ? n : rng.int(3)], text: slots.string(templates.quotes[q]))
        }
        var wire: [[UInt8]] = []
        let order = rng.distinct(6, of: templates.body.count + Self.generic.count)
        let sentence = { (i: Int) in i < templates.body.count ? templates.body[i] : Self.generic[i - templates.body.count] }
        for p in 0..<3 {
            var paragraph: [UInt8] = []
            slots.fill(sentence(order[2 * p]), into: &paragraph)
            paragraph.append(UInt8(ascii: " "))
            slots.fill(sentence(order[2 * p + 1]), into: &paragraph)
            wire.append(paragraph)
        }
        self.wire = wire
        wireSentences = order
        self.slots = slots
    }

    /// Slots that depend only on the storyline (with fixed figures), enough for a headline.
    static func storylineSlots(_ plan: ScalePlan, storyline index: Int) -> ScaleSlots {
        let storyline = plan.storylines[index]
        let country = ScaleVocabulary.countries[storyline.country]
        var slots = ScaleSlots()
        for (person, full, surname, role) in [(storyline.lead, ScaleSlot.p1, ScaleSlot.p1s, ScaleSlot.p1r),
                                              (storyline.counterpart, .p2, .p2s, .p2r)] {
            slots.set(full, person.full)
            slots.set(surname, person.surname)
            slots.set(role, person.role)
        }
        slots.set(.org, storyline.org)
        slots.set(.org2, storyline.org2)
        slots.set(.country, country.name)
        slots.set(.country2, ScaleVocabulary.countries[storyline.country2].name)
        slots.set(.demonym, country.demonym)
        slots.set(.capital, country.capital)
        let local = ["port", "floods", "mining", "health"].contains(ScaleTopic.all[storyline.topic].key)
        slots.set(.city, local ? country.city : country.capital)
        slots.set(.num, Self.thousands(1_000 + index % 9_000))
        slots.set(.num2, String(3 + index % 9))
        slots.set(.pct, "\(1 + index % 12).\(index % 10)")
        slots.set(.money, "$\(1 + index % 9).\(index % 7) billion")
        return slots
    }

    /// `12,400`.
    static func thousands(_ n: Int) -> String {
        n < 1000 ? String(n) : "\(n / 1000),\(String(n % 1000 + 1000).dropFirst())"
    }
}
