import Foundation

/// The body of one version of an event: quotes, wire copy, background and the outlet's own sentences,
/// interleaved until the article's drawn length (250–1200 words, mean about 550) is reached.
struct ScaleArticleBody {
    /// The writer (for headlines of other stories and reporters).
    let writer: ScaleArticleWriter
    /// The event covered.
    let event: ScalePlan.Event
    /// The outlet writing.
    let outlet: ScaleOutlet
    /// What the versions share.
    let details: ScaleEventDetails
    /// The article's slot values.
    var slots: ScaleSlots

    /// Appends the body paragraphs.
    mutating func write(templates: [ScaleTemplate], rng: inout ScaleRandom, into text: inout ScaleText) {
        let target = 250 + min(950, Int(-log(1 - rng.unit()) * 310))
        let quotes = details.quotes.prefix(rng.int(in: 1...details.quotes.count))
        let pool = templates + ScaleEventDetails.generic
        let agencyIndex = event.outlets.first { ScaleOutlet.all[$0].agency != nil } ?? (event.storyline % 4)
        let usesWire = outlet.agency != nil || rng.chance(0.35)
        let wireSentences = usesWire ? Set(details.wireSentences) : []
        let order = rng.distinct(pool.count, of: pool.count).filter { !wireSentences.contains($0) }
        var state = (quote: 0, pool: 0, paragraph: 1, wire: !usesWire, background: event.ordinal == 0 || rng.chance(0.3))
        var introduced: Set<String> = []
        while text.words < target || state.quote == 0 {
            if state.quote < quotes.count && (state.paragraph == 1 || state.paragraph % 3 == 0 || state.pool >= order.count) {
                quote(quotes[quotes.startIndex + state.quote], introduced: &introduced, rng: &rng, into: &text)
                state.quote += 1
            } else if !state.wire && state.paragraph >= 2 {
                for paragraph in details.wire.prefix(outlet.agency != nil ? 3 : 2 + rng.int(2)) { text.body(paragraph) }
                state.wire = true
            } else if !state.background && state.paragraph >= 4 {
                text.body([rng.pick(ScaleArticleWriter.background)], slots)
                if let earlier = earlierCopy(rng: &rng) { text.body(earlier) }
                state.background = true
            } else if state.pool < order.count {
                let n = min(order.count - state.pool, rng.int(in: 1...3))
                text.body(order[state.pool..<(state.pool + n)].map { pool[$0] }, slots)
                state.pool += n
            } else {
                break
            }
            furniture(after: state.paragraph, rng: &rng, into: &text)
            state.paragraph += 1
        }
        credit(usesWire: usesWire, agency: ScaleOutlet.all[agencyIndex], rng: &rng, into: &text)
    }

    /// Half the time, a paragraph of the storyline's previous event's wire copy, recycled as background.
    private func earlierCopy(rng: inout ScaleRandom) -> [UInt8]? {
        guard event.ordinal > 0, rng.chance(0.5) else { return nil }
        let storyline = writer.plan.storylines[event.storyline]
        let previous = ScaleEventDetails(plan: writer.plan, event: storyline.events[event.ordinal - 1])
        return previous.wire[rng.int(previous.wire.count)]
    }

    /// One quote with its attribution: full name and role the first time a speaker is quoted.
    private mutating func quote(_ quote: ScaleEventDetails.Quote, introduced: inout Set<String>,
                                rng: inout ScaleRandom, into text: inout ScaleText) {
        slots.set(.sp, quote.speaker.full)
        slots.set(.sps, quote.speaker.surname)
        slots.set(.spr, quote.speaker.role)
        slots.set(.q, quote.text)
        let first = introduced.insert(quote.speaker.full).inserted
        let forms = first ? ScaleArticleWriter.attributions.first : ScaleArticleWriter.attributions.later
        text.body([rng.pick(forms)], slots)
    }

    /// Page furniture in the middle of the text, and a Markdown subheading.
    private func furniture(after paragraph: Int, rng: inout ScaleRandom, into text: inout ScaleText) {
        if paragraph == 4 && outlet.furniture & 2 != 0 {
            let line = rng.pick(ScaleVocabulary.midFurniture)
            text.line(line.replacingOccurrences(of: "{OTHER}", with: writer.otherHeadline(event.storyline + 3)))
        }
        if paragraph == 5 && outlet.markdown { text.line(rng.pick(ScaleArticleWriter.subheadings)) }
    }

    /// The agency's reporting line, or another outlet's credit for the wire copy it used.
    private func credit(usesWire: Bool, agency: ScaleOutlet, rng: inout ScaleRandom, into text: inout ScaleText) {
        guard usesWire else { return }
        if outlet.agency != nil {
            let o = ScaleOutlet.all.firstIndex { $0.name == outlet.name } ?? 0
            let names = rng.distinct(2, of: writer.reporters[o].count).map { writer.reporters[o][$0] }
            let city = String(decoding: slots[.city], as: UTF8.self)
            text.line("(Reporting by \(names[0]) in \(city); Editing by \(names[1]))")
        } else {
            text.line("\(agency.name) contributed to this report.")
        }
    }
}
