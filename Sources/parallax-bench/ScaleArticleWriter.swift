import Foundation

/// Writes one planned article into a buffer the way its outlet lays out a page: headline, standfirst,
/// byline, date, a dateline, quotes and wire copy shared with the event's other versions, page furniture.
struct ScaleArticleWriter {
    /// Where an article goes and what it holds.
    struct Written {
        /// Path relative to the corpus folder.
        let path: String
        /// Body words.
        let words: Int
    }

    /// The plan the articles come from.
    let plan: ScalePlan
    /// Six reporters per outlet.
    let reporters: [[String]]

    /// First and later quote attributions, compiled.
    static let attributions = (first: ScaleTemplate.all(ScaleProse.firstAttributions),
                               later: ScaleTemplate.all(ScaleProse.laterAttributions))
    /// Background paragraphs, compiled.
    static let background = ScaleTemplate.all(ScaleProse.background)
    /// Markdown subheadings.
    static let subheadings = ["## What happens next", "## Background", "## Reaction", "## What we know"]
    /// Index of the outlet whose Markdown files carry front matter.
    static let frontMatterOutlet = ScaleOutlet.all.firstIndex { $0.markdown }

    /// A writer for a plan; reporters are drawn from the plan's seed.
    init(plan: ScalePlan) {
        self.plan = plan
        reporters = ScaleOutlet.all.indices.map { o in
            var rng = ScaleRandom(seed: plan.seed, stream: 0xB7_0000 + UInt64(o))
            return (0..<6).map { _ in rng.pick(ScaleVocabulary.givenNames) + " " + ScalePlan.surname(&rng) }
        }
    }

    /// Writes version `v` of event `index` into `text` and returns its path.
    func write(event index: Int, version v: Int, details: ScaleEventDetails, into text: inout ScaleText) -> Written {
        let event = plan.events[index]
        let o = event.outlets[v]
        let outlet = ScaleOutlet.all[o]
        var rng = ScaleRandom(seed: plan.seed, stream: UInt64(index) &* 64 &+ 2 &+ UInt64(v))
        var slots = details.slots
        slots.set(.outlet, outlet.name)
        slots.set(.qo, outlet.curlyQuotes ? "“" : "\"")
        slots.set(.qc, outlet.curlyQuotes ? "”" : "\"")
        let templates = ScaleEventDetails.topicTemplates[plan.storylines[event.storyline].topic]
        let day = event.day + [0, 0, 0, 0, 1, 1, 2][rng.int(7)]
        var headline = slots.string(templates.headlines[rng.int(templates.headlines.count)])
        if outlet.titleCase { headline = Self.titleCase(headline) }
        text.reset()
        header(outlet, o, headline: headline, day: day, slots: slots, rng: &rng, into: &text)
        let leadIndex = rng.int(templates.leads.count)
        if outlet.standfirst { text.line(slots.string(templates.leads[(leadIndex + 1) % templates.leads.count])) }
        byline(outlet, o, rng: &rng, into: &text)
        dateLine(outlet, day: day, into: &text)
        text.body(Array(slots.string(templates.leads[leadIndex]).utf8), prefix: dateline(outlet, event: event, slots: slots))
        var body = ScaleArticleBody(writer: self, event: event, outlet: outlet, details: details, slots: slots)
        body.write(templates: templates.body, rng: &rng, into: &text)
        footer(outlet, event: event, day: day, rng: &rng, into: &text)
        let date = ScaleCalendar.date(day)
        let slug = ScaleOutlet.slugify(headline).split(separator: "-").prefix(6).joined(separator: "-")
        let number = String(event.firstArticle + v + 1_000_000).dropFirst()
        return Written(path: "\(outlet.slug)/\(date.year)/\(ScaleCalendar.iso(day))-\(slug)-\(number).\(outlet.markdown ? "md" : "txt")",
                       words: text.words)
    }

    /// Front matter, top furniture and the headline.
    private func header(_ outlet: ScaleOutlet, _ o: Int, headline: String, day: Int, slots: ScaleSlots,
                        rng: inout ScaleRandom, into text: inout ScaleText) {
        if o == Self.frontMatterOutlet {
            text.bytes += "---\ntitle: \"\(headline)\"\noutlet: \(outlet.name)\ndate: \(ScaleCalendar.iso(day))\n---\n\n".utf8
        }
        if outlet.furniture & 1 != 0 { text.line(rng.pick(ScaleVocabulary.topFurniture)) }
        text.line(outlet.markdown ? "# " + headline : headline)
    }

    /// The byline, in the outlet's form.
    private func byline(_ outlet: ScaleOutlet, _ o: Int, rng: inout ScaleRandom, into text: inout ScaleText) {
        let names = rng.distinct(2, of: reporters[o].count).map { reporters[o][$0] }
        let line: String
        switch outlet.byline {
        case .none: return
        case .plain: line = "By " + names[0]
        case .withOutlet: line = "By \(names[0]) | \(outlet.name)"
        case .two: line = "By \(names[0]) and \(names[1])"
        }
        text.line(outlet.markdown ? "*" + line + "*" : line)
    }

    /// The date under the headline, in the outlet's form.
    private func dateLine(_ outlet: ScaleOutlet, day: Int, into text: inout ScaleText) {
        let d = ScaleCalendar.date(day)
        switch outlet.dateLine {
        case .none: return
        case .published: text.line("Published " + ScaleCalendar.long(day))
        case .updated: text.line("Updated: \(ScaleCalendar.pad(d.day)) \(ScaleCalendar.months[d.month - 1]) \(d.year) \(ScaleCalendar.pad(8 + day % 12)):\(ScaleCalendar.pad(day % 60)) GMT")
        case .iso: text.line(ScaleCalendar.iso(day))
        }
    }

    /// The opening of the first paragraph: `LISBON, March 5 (Meridian Press) - `, `LISBON (CW) — `, `LISBON, Portugal — `.
    private func dateline(_ outlet: ScaleOutlet, event: ScalePlan.Event, slots: ScaleSlots) -> String {
        let city = String(decoding: slots[.city], as: UTF8.self).uppercased()
        let d = ScaleCalendar.date(event.day)
        switch outlet.dateline {
        case .wireWithDate: return "\(city), \(ScaleCalendar.months[d.month - 1]) \(d.day) (\(outlet.agency ?? outlet.name)) - "
        case .wireShort: return "\(city) (\(outlet.agency ?? outlet.name)) — "
        case .place:
            let country = String(decoding: slots[.country], as: UTF8.self)
            return "\(city), \(country.hasPrefix("the ") ? String(country.dropFirst(4)) : country) — "
        case .none: return ""
        }
    }

    /// "Most Read" headlines, bottom furniture and the copyright line.
    private func footer(_ outlet: ScaleOutlet, event: ScalePlan.Event, day: Int, rng: inout ScaleRandom, into text: inout ScaleText) {
        if outlet.furniture & 4 != 0 {
            text.line("Most Read")
            for k in 1...3 { text.line(otherHeadline(event.storyline + k * 7)) }
        }
        if outlet.furniture & 8 != 0 {
            for line in rng.distinct(rng.int(in: 1...2), of: ScaleVocabulary.bottomFurniture.count) {
                text.line(ScaleVocabulary.bottomFurniture[line].replacingOccurrences(of: "{OUTLET}", with: outlet.name))
            }
        }
        let year = ScaleCalendar.date(day).year
        switch outlet.copyright {
        case 0: text.line("© \(year) \(outlet.name)")
        case 1: text.line("Copyright \(year) \(outlet.name). All rights reserved.")
        default: break
        }
    }

    /// A headline of another storyline, for "Most Read" and "Read more" links.
    func otherHeadline(_ storyline: Int) -> String {
        let s = storyline % plan.storylines.count
        let slots = ScaleEventDetails.storylineSlots(plan, storyline: s)
        let headlines = ScaleEventDetails.topicTemplates[plan.storylines[s].topic].headlines
        return slots.string(headlines[s % headlines.count])
    }

    /// Capitalises words of four letters or more, and the first.
    static func titleCase(_ text: String) -> String {
        text.split(separator: " ", omittingEmptySubsequences: false).enumerated().map { i, word in
            guard i == 0 || word.count >= 4, let first = word.first, first.isLowercase else { return String(word) }
            return first.uppercased() + word.dropFirst()
        }.joined(separator: " ")
    }
}
