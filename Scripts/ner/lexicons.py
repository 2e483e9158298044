"""Small hand-written word lists used by prepare_data.py.

Every list here is short and principled; the README explains each one. Nothing here is copied from a
licensed source: these are common English words and geographic names.
"""

# Leading tokens that are titles, not part of a PERSON name (OntoNotes: titles are outside the name).
# Stripped only from the *start* of a PERSON span; see strip_titles() for the connector rule.
TITLE_HEADS = {
    # forms of address
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Sir", "Dame", "Lord", "Lady",
    "Prof", "Prof.", "Professor", "Rev", "Rev.", "Reverend", "Fr.", "Father", "Sister", "Brother",
    "Messrs", "Messrs.", "Mme", "Mme.",
    # government
    "President", "Vice", "Secretary", "Minister", "Prime", "Premier", "Chancellor", "Senator", "Sen.",
    "Sens.", "Rep.", "Reps.", "Representative", "Congressman", "Congresswoman", "Gov.", "Governor",
    "Lt.", "Mayor", "Ambassador", "Envoy", "Commissioner", "Speaker", "Leader", "Chairman",
    "Chairwoman", "Chair", "Chief", "Director", "Attorney", "General", "Deputy", "Spokesman",
    "Spokeswoman", "Spokesperson", "Adviser", "Advisor", "Counsel", "Treasurer", "Justice", "Judge",
    "Magistrate", "Sheriff", "Councillor", "Councilman", "Councilwoman", "Assemblyman",
    "Assemblywoman", "Delegate", "MP", "MEP", "CEO", "President-elect",
    # military / police
    "Gen.", "Gens.", "Lt", "Col.", "Colonel", "Maj.", "Major", "Capt.", "Captain", "Cmdr.", "Commander",
    "Adm.", "Admiral", "Sgt.", "Sergeant", "Cpl.", "Corporal", "Pvt.", "Private", "Brig.", "Brigadier",
    "Marshal", "Field", "Staff", "Officer", "Inspector", "Superintendent", "Constable", "Lieutenant",
    # royalty / religion
    "King", "Queen", "Prince", "Princess", "Emperor", "Empress", "Crown", "Duke", "Duchess", "Earl",
    "Pope", "Cardinal", "Archbishop", "Bishop", "Imam", "Ayatollah", "Grand", "Rabbi", "Pastor",
    "Sheikh", "Shaikh", "Sheik", "Emir", "Sultan", "Crown-Prince",
    # qualifiers that occur inside titles
    "Former", "former", "Acting", "acting", "Late", "late", "Senior", "Junior", "Assistant",
    "Foreign", "Defence", "Defense", "Home", "Interior", "Finance", "Treasury", "Health", "Trade",
    "Justice", "Energy", "Education", "Labor", "Labour", "Transport", "Environment", "Culture",
    "Agriculture", "Commerce", "Economy", "Security", "Intelligence", "State", "Shadow", "Opposition",
    "National", "Majority", "Minority", "House", "Senate", "Party", "U.S.", "US", "UK", "U.K.",
    "Chief-of-Staff",
}
# Function words allowed inside a title run ("Secretary of State", "Minister for the Middle East"),
# but a title run may never *end* on one of them.
TITLE_CONNECTORS = {"of", "for", "the", "and", "-", "General", "at"}
# Words that can only be a title when followed by another title word (too often names on their own):
TITLE_WEAK = {"Major", "Private", "Field", "Grand", "Crown", "Late", "late", "Senior", "Junior",
              "House", "Senate", "Party", "Staff", "National", "Home", "Father", "Sister", "Brother",
              "U.S.", "US", "UK", "U.K.", "Health", "Trade", "Energy", "Education", "Culture",
              "Security", "Intelligence", "State", "Chair", "Leader", "Officer", "Delegate"}

# Religious, political and supranational/ethnic group words tagged NORP (OntoNotes NORP).
# Singular forms; plurals are generated (see norp_plural). Kept short on purpose.
NORP_GROUPS = [
    # religious adherents and adjectives
    "Muslim", "Moslem", "Christian", "Jew", "Jewish", "Hindu", "Buddhist", "Sikh", "Catholic",
    "Protestant", "Sunni", "Shiite", "Shi'ite", "Shia", "Mormon", "Islamist", "Evangelical",
    # party-member words (the party itself is ORG)
    "Republican", "Democrat", "Tory", "Communist", "Baathist", "Ba'athist", "Nazi", "Labourite",
    "Bolshevik", "Maoist",
    # supranational / continental / ethnic (the ethnic ones all occur as OTH/Nationality in EWT/re3d)
    "European", "African", "Asian", "Arab", "Western", "Latino", "Hispanic", "Kurd", "Kurdish",
    "Tamil", "Sinhalese", "Pashtun", "Uighur", "Uyghur", "Rohingya", "Yazidi", "Druze", "Alawite",
    "Scandinavian", "Balkan", "Middle Eastern", "Latin American", "East Asian", "Southeast Asian",
    "South Asian", "North African", "Sub-Saharan", "Brit", "Brits", "Scot", "Scottish", "Welsh",
    "English", "Northern Irish", "Basque", "Catalan", "Flemish", "Walloon", "Palestinian",
    "Saudi", "Emirati", "Congolese", "Ukrainian", "Soviet", "Turk", "Aussie",
]
NORP_IRREGULAR_PLURALS = {"Tory": "Tories", "Jew": "Jews", "Sunni": "Sunnis", "Shia": "Shias",
                          "Brit": "Brits", "Scot": "Scots", "Kurd": "Kurds"}

# Demonyms that are also language names: not auto-labelled NORP when used as a language.
LANGUAGE_DEMONYMS = {"English", "French", "German", "Spanish", "Italian", "Chinese", "Japanese",
                     "Russian", "Arabic", "Portuguese", "Dutch", "Greek", "Turkish", "Polish",
                     "Korean", "Hindi", "Swedish", "Danish", "Norwegian", "Finnish", "Hebrew",
                     "Persian", "Ukrainian", "Vietnamese", "Thai", "Welsh", "Irish", "Czech",
                     "Hungarian", "Romanian", "Indonesian", "Malay", "Swahili", "Catalan",
                     "Basque", "Tamil", "Sinhalese", "Bengali", "Urdu", "Kurdish", "Scottish"}
LANGUAGE_PREV = {"in", "speak", "speaks", "spoke", "speaking", "spoken", "translated", "learn",
                 "learning", "learned", "learnt", "fluent", "teach", "teaching", "taught", "into",
                 "study", "studied", "studying"}
LANGUAGE_NEXT = {"language", "languages", "-language", "speaking", "-speaking", "speaker",
                 "speakers", "translation", "dialect", "subtitles", "version", "edition"}

# Extra country names and exonyms used in English news that the sources lack or spell differently.
EXTRA_COUNTRIES = [
    "U.S.", "U.S.A.", "US", "USA", "U.K.", "UK", "Britain", "Great Britain", "America",
    "United States of America", "the United States", "Holland", "Burma", "Ivory Coast",
    "Czech Republic", "Macedonia", "Swaziland", "East Timor", "Cape Verde", "Vatican",
    "Vatican City", "Congo", "DR Congo", "DRC", "Democratic Republic of Congo", "UAE",
    "Emirates", "PRC", "DPRK", "ROK", "Russian Federation", "Palestine", "Palestinian Territories",
    "Gaza Strip", "West Bank", "Kosovo", "Taiwan", "Hong Kong", "Macau", "Macao", "Soviet Union",
    "USSR", "Yugoslavia", "Czechoslovakia", "East Germany", "West Germany", "Persia",
    "Republic of Ireland", "Eire", "Turkiye", "Türkiye", "South Korea", "North Korea",
    "Syria", "Laos", "Moldova", "Iran", "Vietnam", "Bolivia", "Venezuela", "Tanzania",
]
KEEP_CODE_ALTS = {"US", "USA", "UK", "UAE", "DRC", "PRC", "DPRK", "ROK"}

# English exonyms for first-level subdivisions that ISO 3166-2 gives only in local form.
EXTRA_SUBDIVISIONS = [
    "Bavaria", "Saxony", "Lower Saxony", "Hesse", "Thuringia", "North Rhine-Westphalia",
    "Rhineland-Palatinate", "Baden-Wurttemberg", "Catalonia", "Andalusia", "Basque Country",
    "Castile", "Valencia", "Galicia", "Navarre", "Aragon", "Lombardy", "Tuscany", "Sicily",
    "Sardinia", "Piedmont", "Venice", "Apulia", "Crimea", "Tibet", "Xinjiang", "Inner Mongolia",
    "Guangxi", "Ningxia", "Kurdistan", "Iraqi Kurdistan", "Punjab", "Kashmir", "Sindh",
    "Balochistan", "Khyber Pakhtunkhwa", "Flanders", "Wallonia", "Brussels", "Quebec", "Ontario",
    "Scotland", "Wales", "England", "Northern Ireland", "Washington D.C.", "Washington, D.C.",
    "D.C.", "Donetsk", "Luhansk", "Kherson", "Zaporizhzhia", "Zaporizhzhya", "Kharkiv",
    "Chechnya", "Dagestan", "Siberia", "Idlib", "Aleppo", "Anbar", "Kirkuk", "Nineveh",
    "Gaza", "Jammu and Kashmir", "Borneo", "Hokkaido", "Okinawa", "Bali", "Java", "Sumatra",
    "Tasmania", "Queensland", "New South Wales", "Victoria", "Western Australia",
]

# Continents (LOC) and regions (LOC). Sub-regions come from mledoze `subregion`; these are the extra
# region names used in news, and oceans/seas (the gazetteer sources have none).
CONTINENTS = ["Africa", "Asia", "Europe", "North America", "South America", "Oceania",
              "Antarctica", "Australasia", "Eurasia", "Americas", "the Americas"]
EXTRA_REGIONS = [
    "Middle East", "Mideast", "Near East", "Far East", "West", "East", "Global South",
    "Southeast Asia", "South East Asia", "South Asia", "East Asia", "Central Asia",
    "Western Europe", "Eastern Europe", "Central Europe", "Northern Europe", "Southern Europe",
    "Latin America", "Central America", "Sub-Saharan Africa", "North Africa", "West Africa",
    "East Africa", "Southern Africa", "Central Africa", "Horn of Africa", "Sahel", "Sahara",
    "Maghreb", "Levant", "Gulf", "Persian Gulf", "Arabian Peninsula", "Balkans", "Baltics",
    "Caucasus", "Scandinavia", "Nordics", "Iberia", "Iberian Peninsula", "Indo-Pacific",
    "Asia-Pacific", "Asia Pacific", "Pacific", "Atlantic", "Arctic", "Antarctic", "Mediterranean",
    "Caribbean", "Pacific Ocean", "Atlantic Ocean", "Indian Ocean", "Arctic Ocean",
    "Southern Ocean", "Mediterranean Sea", "Black Sea", "Red Sea", "Dead Sea", "North Sea",
    "Baltic Sea", "Caspian Sea", "Aral Sea", "Arabian Sea", "South China Sea", "East China Sea",
    "Yellow Sea", "Sea of Japan", "Aegean Sea", "Adriatic Sea", "Ionian Sea", "Sea of Azov",
    "Caribbean Sea", "Gulf of Mexico", "Gulf of Aden", "Gulf of Oman", "Bay of Bengal",
    "Strait of Hormuz", "Taiwan Strait", "English Channel", "Bosphorus", "Suez Canal",
    "Panama Canal", "Donbas", "Donbass", "Korean Peninsula", "Himalayas", "Alps", "Andes",
    "Nile", "Danube", "Rhine", "Mekong", "Euphrates", "Tigris", "Yangtze",
    "Mississippi River", "Rio Grande", "Midwest", "Silicon Valley",
]

# Frequent legal-form suffixes that the ELF abbreviation list lacks or spells differently.
EXTRA_ORG_SUFFIXES = ["Inc.", "Inc", "Ltd", "Ltd.", "LLC", "L.L.C.", "plc", "PLC", "Plc", "GmbH",
                      "AG", "S.A.", "SA", "Corp.", "Corp", "Co.", "Co", "LLP", "L.P.", "LP", "N.V.",
                      "NV", "B.V.", "BV", "SE", "S.p.A.", "SpA", "AB", "ASA", "A/S", "Pty", "Pty.",
                      "Pvt.", "Pvt", "S.A.S.", "SAS", "SARL", "S.L.", "KGaA", "Oyj", "Bhd", "Bhd.",
                      "Tbk", "PJSC", "OJSC", "JSC", "K.K.", "Limited", "Incorporated",
                      "Corporation", "Company"]
ORG_SUFFIX_COUNTRIES = {"US", "GB", "CA", "AU", "IE", "NZ", "IN", "ZA", "SG", "HK", "DE", "AT", "CH",
                        "FR", "BE", "NL", "LU", "ES", "IT", "PT", "SE", "NO", "DK", "FI", "JP", "BR",
                        "MX", "KY", "BM", "VG", "JE", "GG", "IM", "MT", "CY", "IL", "RU", "CN", "KR"}

# Abbreviations that keep their final period when tokenising raw text (re3d) and gazetteer phrases.
ABBREVIATIONS = {
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Rev", "Fr", "St", "Sr", "Jr", "Gen", "Gens", "Lt", "Col",
    "Maj", "Capt", "Cmdr", "Adm", "Sgt", "Cpl", "Pvt", "Brig", "Sen", "Sens", "Rep", "Reps", "Gov",
    "Inc", "Ltd", "Corp", "Co", "Bros", "No", "Nos", "vs", "etc", "Jan", "Feb", "Mar", "Apr", "Aug",
    "Sep", "Sept", "Oct", "Nov", "Dec", "Mt", "Ft", "Ave", "Blvd", "Dept", "Govt", "approx", "Pty",
    "Pvt", "Bhd", "Calif", "Mass", "Wash", "Fla", "Ill", "Mich", "Penn", "Conn", "Ariz", "Colo",
}

# Abbreviated place names common in news and social media (AP state abbreviations, Canadian and
# Australian state/province abbreviations, city short forms). US postal codes come from us_states.json.
GPE_ABBREVIATIONS = [
    "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.",
    "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "N.H.",
    "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.",
    "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.", "D.C.", "DC", "NYC", "N.Y.C.", "L.A.", "LA",
    "SF", "S.F.", "B.C.", "Ont.", "Que.", "Alta.", "Sask.", "Man.", "NSW", "Qld", "Vic", "Tas", "NT",
    "ACT", "WA", "SA", "NZ", "N.Z.", "UAE", "U.A.E.", "S. Korea", "N. Korea",
]

# Head words of building and facility names: a place span ending in one is LOC (our convention puts
# facilities under LOC), and GeoNames towns named like that ("White House", Tennessee) stay out of GPE_CITY.
FACILITY_HEADS = {"House", "Palace", "Airport", "Square", "Street", "Tower", "Stadium", "Museum", "Hospital",
                  "Cathedral", "Mosque", "Temple", "Prison", "Building"}
