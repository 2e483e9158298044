/// The shape of a synthetic corpus, drawn before any text: storylines, their events over about three
/// years, and which outlets covered each event. Cheap (no text), so the query list and the writer
/// both derive from it.
struct ScalePlan {
    /// A person in a storyline.
    struct Person {
        /// Given name.
        let given: String
        /// Surname.
        let surname: String
        /// Role, as written after the name ("Kenyan trade minister").
        let role: String
        /// "Given Surname".
        var full: String { given + " " + surname }
    }

    /// A run of events about one subject in one country.
    struct Storyline {
        /// Index into `ScaleTopic.all`.
        let topic: Int
        /// Index into `ScaleVocabulary.countries`; `country2` the other party, where there is one.
        let country: Int, country2: Int
        /// The lead person, the counterpart, and people quoted now and then.
        let lead: Person, counterpart: Person, others: [Person]
        /// The organisation at the centre, and one whose people comment.
        let org: String, org2: String
        /// Indices of its events in `events`.
        var events: [Int]
    }

    /// Something that happened, covered by one or more outlets.
    struct Event {
        /// Index into `storylines`.
        let storyline: Int
        /// Its position in the storyline (0 is the first).
        let ordinal: Int
        /// Days since 1 January 2022.
        let day: Int
        /// Outlets that covered it (indices into `ScaleOutlet.all`), one article each.
        let outlets: [Int]
        /// An outlet that republished the first outlet's article word for word, if any.
        let republisher: Int?
        /// The number of its first article; the others follow.
        let firstArticle: Int
        /// Articles it produces.
        var articleCount: Int { outlets.count + (republisher == nil ? 0 : 1) }
    }

    /// The seed everything is drawn from.
    let seed: UInt64
    /// Storylines.
    private(set) var storylines: [Storyline] = []
    /// Events, storyline by storyline.
    private(set) var events: [Event] = []
    /// Articles planned (exactly as many as asked for).
    private(set) var articleCount = 0

    /// Days the corpus spans.
    static let days = 1096
    /// How many versions an event has: weights for 1 to 8.
    static let versionWeights: [Double] = [18, 22, 18, 14, 10, 8, 5, 5]
    /// How many events a storyline has: weights for 1 to 8.
    static let eventWeights: [Double] = [20, 18, 16, 14, 12, 9, 6, 5]

    /// Plans `articles` articles from a seed.
    init(articles: Int, seed: UInt64) {
        self.seed = seed
        var rng = ScaleRandom(seed: seed, stream: 0x5107)
        let weights = ScaleOutlet.all.map(\.weight)
        while articleCount < articles {
            var storyline = makeStoryline(&rng)
            let count = rng.weighted(Self.eventWeights) + 1
            var day = rng.int(Self.days - 8 * 30)
            for ordinal in 0..<count where articleCount < articles {
                let versions = min(rng.weighted(Self.versionWeights) + 1, articles - articleCount)
                var outlets: [Int] = []
                while outlets.count < versions {
                    let o = rng.weighted(weights)
                    if !outlets.contains(o) { outlets.append(o) }
                }
                var republisher: Int?
                if ScaleOutlet.all[outlets[0]].agency != nil, articleCount + versions < articles, rng.chance(0.06) {
                    let o = ScaleVocabulary.agencies.count + rng.int(ScaleVocabulary.papers.count)
                    if !outlets.contains(o) { republisher = o }
                }
                let event = Event(storyline: storylines.count, ordinal: ordinal, day: day, outlets: outlets,
                                  republisher: republisher, firstArticle: articleCount)
                storyline.events.append(events.count)
                events.append(event)
                articleCount += event.articleCount
                day += rng.int(in: 2...40)
            }
            storylines.append(storyline)
        }
    }

    /// Draws a storyline's subject, places and people (its events are added by the caller).
    private func makeStoryline(_ rng: inout ScaleRandom) -> Storyline {
        let topic = ScaleTopic.all[rng.int(ScaleTopic.all.count)]
        let countries = rng.distinct(2, of: ScaleVocabulary.countries.count)
        let country = ScaleVocabulary.countries[countries[0]]
        let stem = Self.surname(&rng)
        var roleSlots = ScaleSlots()
        roleSlots.set(.country, country.name)
        roleSlots.set(.country2, ScaleVocabulary.countries[countries[1]].name)
        roleSlots.set(.demonym, country.demonym)
        roleSlots.set(.city, country.city)
        let org = topic.org.replacingOccurrences(of: "{STEM}", with: stem)
        roleSlots.set(.org, org)
        let org2 = rng.pick(ScaleVocabulary.secondaryOrgs).replacingOccurrences(of: "{S}", with: Self.surname(&rng))
            .replacingOccurrences(of: "{CITY}", with: country.capital)
        roleSlots.set(.org2, org2)
        func person(_ role: String) -> Person {
            Person(given: rng.pick(ScaleVocabulary.givenNames), surname: Self.surname(&rng),
                   role: roleSlots.string(ScaleTemplate(role)))
        }
        let lead = person(topic.role1), counterpart = person(topic.role2)
        let others = (0..<3).map { _ in person(rng.pick(ScaleVocabulary.thirdRoles)) }
        return Storyline(topic: ScaleTopic.all.firstIndex { $0.key == topic.key } ?? 0, country: countries[0],
                         country2: countries[1], lead: lead, counterpart: counterpart, others: others,
                         org: org, org2: org2, events: [])
    }

    /// A surname built from syllables ("Kalanov").
    static func surname(_ rng: inout ScaleRandom) -> String {
        rng.pick(ScaleVocabulary.surnameStarts) + rng.pick(ScaleVocabulary.surnameMiddles) + rng.pick(ScaleVocabulary.surnameEnds)
    }
}
