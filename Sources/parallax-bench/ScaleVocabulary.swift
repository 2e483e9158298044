/// Names and stock phrases of the synthetic corpus: invented outlets and people (no names from the
/// bundled seed articles), real countries and cities, and page furniture as scrapers leave it.
enum ScaleVocabulary {
    /// A country with its capital, another city and the adjective.
    struct Country {
        /// The country's name.
        let name: String
        /// The capital.
        let capital: String
        /// A second city (ports, mines, floods happen there).
        let city: String
        /// The adjective ("Kenyan").
        let demonym: String
    }

    /// Countries the stories happen in.
    static let countries: [Country] = [
        ("Portugal", "Lisbon", "Porto", "Portuguese"), ("Kenya", "Nairobi", "Mombasa", "Kenyan"),
        ("Indonesia", "Jakarta", "Surabaya", "Indonesian"), ("Chile", "Santiago", "Valparaiso", "Chilean"),
        ("Vietnam", "Hanoi", "Haiphong", "Vietnamese"), ("Ghana", "Accra", "Kumasi", "Ghanaian"),
        ("Peru", "Lima", "Arequipa", "Peruvian"), ("Norway", "Oslo", "Bergen", "Norwegian"),
        ("Morocco", "Rabat", "Casablanca", "Moroccan"), ("Colombia", "Bogota", "Medellin", "Colombian"),
        ("Malaysia", "Kuala Lumpur", "Penang", "Malaysian"), ("Tanzania", "Dodoma", "Dar es Salaam", "Tanzanian"),
        ("Romania", "Bucharest", "Constanta", "Romanian"), ("Uruguay", "Montevideo", "Salto", "Uruguayan"),
        ("Finland", "Helsinki", "Turku", "Finnish"), ("Senegal", "Dakar", "Thiès", "Senegalese"),
        ("the Philippines", "Manila", "Cebu", "Filipino"), ("Greece", "Athens", "Thessaloniki", "Greek"),
        ("Ecuador", "Quito", "Guayaquil", "Ecuadorian"), ("Zambia", "Lusaka", "Ndola", "Zambian"),
        ("Bangladesh", "Dhaka", "Chittagong", "Bangladeshi"), ("Croatia", "Zagreb", "Split", "Croatian"),
        ("Namibia", "Windhoek", "Walvis Bay", "Namibian"), ("Sri Lanka", "Colombo", "Galle", "Sri Lankan"),
    ].map { Country(name: $0.0, capital: $0.1, city: $0.2, demonym: $0.3) }

    /// Given names: common, international, none from the seed articles.
    static let givenNames = """
        Amara Tomas Ingrid Rafael Nadia Oskar Leila Mateo Hana Pieter Sofia Elena Marco Ines Kofi Adaeze Lucia \
        Miriam Farid Yara Henrik Alma Jonas Priya Arjun Mei Kenji Chiara Bruno Olga Viktor Teresa Samuel \
        Ruth Idris Noor Felipe Camila Andrei Irina Goran Maja Femi Zanele Thabo Layla Omar Selin Emre Aiko Ravi \
        Anika Lars Freya Paulo Beatriz Dario Nia Kwame Esther Hugo Clara Joaquin Valeria Mikael Astrid Tariq \
        Salma Linh Minh Ana Rosa Ibrahim Fatou Moussa Aisha Grace Peter Helen Martin Laura Simon Eva Nikolai \
        Vera Stefan Ilse
        """.split(separator: " ").map(String.init)

    /// Surnames are built from these: a start, a middle and an ending ("Kalanov", "Rimirez").
    static let surnameStarts = ["Ka", "Be", "Do", "Ma", "Ri", "So", "Ve", "Lu", "Ta", "No", "Ar", "El", "Or", "Ha",
                                "Fe", "Gu", "Mo", "Sa", "Ti", "Za", "Pe", "Ro", "Va", "Da"]
    /// Middles of surnames and organisation stems.
    static let surnameMiddles = ["ren", "lan", "mir", "dos", "vel", "tar", "kin", "ber", "sol", "nak", "ral", "des",
                                 "mon", "gal", "ver", "lis"]
    /// Endings of surnames.
    static let surnameEnds = ["", "ov", "ez", "ani", "sson", "elli", "berg", "ski", "ic", "ou", "ema", "ado", "ra",
                              "son", "ek", "ura"]

    /// Organisations analysts and other speakers come from (`{S}` a surname, `{CITY}` a capital).
    static let secondaryOrgs = ["{S} Capital", "the {S} Institute", "{S} & Partners", "the {CITY} School of Economics",
                                "{S} Research", "the Centre for {S} Studies", "{S} Advisory", "the {CITY} Policy Forum"]
    /// Roles of the third person in a story (`{ORG2}` their organisation).
    static let thirdRoles = ["an analyst at {ORG2}", "a senior researcher at {ORG2}", "an economist at {ORG2}",
                             "a lawmaker from the opposition", "a spokesperson for the ministry", "a professor at the University of {CITY}"]

    /// Invented outlets; the first four are wire agencies (name, short form in datelines).
    static let agencies: [(name: String, short: String)] = [
        ("Meridian Press", "Meridian Press"), ("Continental Wire", "CW"), ("Pacific Newswire", "PNW"), ("Nordic Press Service", "NPS"),
    ]
    /// Invented newspapers, sites and broadcasters.
    static let papers = [
        "The Harbour Times", "The Northern Ledger", "Capital Courier", "The Evening Sentinel", "Coastline Herald",
        "Riverside Gazette", "The Continental Review", "Global Dispatch", "Metro Chronicle", "The Lantern", "Atlas Post",
        "Frontline Digest", "The Civic Record", "Bayside Examiner", "Summit Tribune", "Westbrook Journal", "Eastern Mirror",
        "The Morning Compass", "Signal Street", "Horizon Daily", "Kestrel Media", "The Parliament Brief", "Market Pulse",
        "Trade Winds Weekly", "Uplands Standard", "Lakeside Telegraph", "Crescent Times", "Ironbridge Post", "The Quay",
        "Northfield Bulletin", "The Ember", "Palisade News", "Redwood Report", "Copperline", "Blue Harbour Radio",
        "Delta Herald",
    ]

    /// Paragraphs at the top of a scraped page.
    static let topFurniture = ["Stay informed with free updates", "Skip to content", "Listen to this article",
                               "4 min read", "Share this article"]
    /// Paragraphs scraped from the middle of a page (`{OTHER}` another story's headline).
    static let midFurniture = ["Advertisement", "Story continues below advertisement", "Read more: {OTHER}",
                               "Related: {OTHER}", "Advertisement"]
    /// Lines at the bottom of a page (`{OUTLET}` the outlet's name).
    static let bottomFurniture = ["Sign up for our morning newsletter and get the day's top stories in your inbox.",
                                  "We use cookies to improve your experience. By continuing to browse, you agree to our cookie policy.",
                                  "Follow {OUTLET} on X", "Share | Tweet | Email | Print", "Leave a comment"]
}
