/// The kinds of story the synthetic corpus covers, each with news-prose templates.
///
/// Slots in braces are filled per article: `{P1}` (a person's full name), `{P1S}` (surname), `{P1R}`
/// (role), likewise `{P2…}` and `{P3…}`; `{ORG}` `{ORG2}` `{COUNTRY}` `{COUNTRY2}` `{DEMONYM}`
/// `{CAPITAL}` `{CITY}` `{WEEKDAY}` `{MONTH}` `{YEAR}` `{NUM}` `{NUM2}` `{PCT}` `{MONEY}`. Roles may use
/// `{COUNTRY}`, `{DEMONYM}`, `{ORG}` and `{CITY}`.
struct ScaleTopic {
    /// A short key, used in file names and the query list.
    let key: String
    /// Two words a reader would search for.
    let searchWords: String
    /// The lead person's role.
    let role1: String
    /// The counterpart's role.
    let role2: String
    /// The organisation at the centre, built from a surname-like stem (`{STEM}`) or the country.
    let org: String
    /// Headlines, sentence case.
    let headlines: [String]
    /// Opening sentences (after any dateline).
    let leads: [String]
    /// Body sentences specific to the topic.
    let body: [String]
    /// What people are quoted saying (no quote marks, no final stop).
    let quotes: [String]

    /// All topics.
    static let all: [ScaleTopic] = [trade, port, rates, election, floods, mining, breach, trial, health, pipeline]

    static let trade = ScaleTopic(
        key: "trade", searchWords: "trade talks", role1: "{DEMONYM} trade minister", role2: "chief negotiator for {COUNTRY2}",
        org: "{COUNTRY} Chamber of Commerce",
        headlines: ["{COUNTRY} and {COUNTRY2} resume trade talks in {CITY}", "{P1S} says trade deal with {COUNTRY2} is within reach",
                    "Tariff dispute clouds {COUNTRY} talks as deadline nears", "{COUNTRY2} rejects {DEMONYM} offer on farm tariffs"],
        leads: ["Trade negotiators from {COUNTRY} and {COUNTRY2} met in {CITY} on {WEEKDAY} for a new round of talks aimed at ending a dispute over tariffs on steel and farm goods.",
                "{DEMONYM} trade minister {P1} said on {WEEKDAY} that a deal with {COUNTRY2} could be signed within weeks, despite deep differences over import quotas.",
                "Talks between {COUNTRY} and {COUNTRY2} on a long-delayed trade agreement stalled again on {WEEKDAY}, officials said, as both sides accused the other of moving the goalposts."],
        body: ["The two countries traded goods worth {MONEY} last year, according to official figures, making {COUNTRY2} one of {COUNTRY}'s largest export markets.",
               "{ORG} has warned that tariffs of up to {PCT} percent on machinery would cost thousands of jobs in {CITY} alone.",
               "Negotiators have agreed on most technical chapters but remain divided over quotas for dairy and poultry, two officials said.",
               "Farmers' groups in {COUNTRY} staged a protest outside the trade ministry in {CAPITAL} earlier this month.",
               "The previous round of talks ended without a joint statement, and a planned signing ceremony was quietly cancelled.",
               "{P2}, the {P2R}, told lawmakers that any agreement would have to be approved by parliament before the end of the year."],
        quotes: ["We will not sign an agreement that leaves {DEMONYM} farmers worse off than they are today",
                 "There is a deal to be done, and both sides know roughly what it looks like",
                 "Our door remains open, but we cannot negotiate against ourselves",
                 "The tariffs have already cost our exporters more than they can afford",
                 "We expect concrete proposals on quotas before the next round"])

    static let port = ScaleTopic(
        key: "port", searchWords: "port strike", role1: "general secretary of the {ORG}", role2: "{DEMONYM} transport minister",
        org: "Union of {CITY} Dock Workers",
        headlines: ["Dock workers in {CITY} extend strike for a {NUM2}th day", "Port strike leaves {NUM} containers stranded in {CITY}",
                    "{COUNTRY} government calls emergency talks over port stoppage", "Union and port operators reach tentative deal in {CITY}"],
        leads: ["Dock workers at the port of {CITY} extended their strike on {WEEKDAY}, leaving more than {NUM} containers stranded on the quayside and ships queuing offshore.",
                "The {DEMONYM} government called unions and port operators to emergency talks in {CAPITAL} on {WEEKDAY} as a strike at {CITY} entered its second week.",
                "A strike by dock workers in {CITY} over pay and automation has begun to disrupt supplies of fuel and food across {COUNTRY}, retailers said on {WEEKDAY}."],
        body: ["The union is demanding a pay rise of {PCT} percent and guarantees that automated cranes will not replace existing jobs.",
               "Port operators say the demands would make {CITY} one of the most expensive ports in the region.",
               "Shipping lines have begun diverting vessels to neighbouring ports, adding days to delivery times.",
               "Supermarkets in {CAPITAL} reported shortages of fresh fruit, and some petrol stations ran dry over the weekend.",
               "{P2}, the {P2R}, said the government was prepared to appoint a mediator if talks failed again.",
               "The last major strike at the port, {NUM2} years ago, lasted almost a month and cost the economy an estimated {MONEY}."],
        quotes: ["Our members have waited long enough for a fair offer",
                 "Every day this strike continues costs the country money it cannot spare",
                 "We are ready to sit down tonight if the operators are serious",
                 "Automation cannot be an excuse to throw experienced workers onto the street",
                 "The government will not stand by while the economy is held hostage"])

    static let rates = ScaleTopic(
        key: "rates", searchWords: "interest rates", role1: "governor of the {ORG}", role2: "{DEMONYM} finance minister",
        org: "Central Bank of {COUNTRY}",
        headlines: ["{COUNTRY} central bank raises rates to {PCT} percent", "{P1S} signals pause in rate rises as inflation eases",
                    "Central bank holds rates steady, warns on prices", "{COUNTRY} cuts interest rates for the first time in {NUM2} years"],
        leads: ["The {ORG} raised its main interest rate to {PCT} percent on {WEEKDAY}, its fourth increase this year, as it struggles to bring inflation under control.",
                "Governor {P1} said on {WEEKDAY} that the {ORG} was prepared to keep rates high for longer if price pressures did not ease.",
                "The {ORG} left interest rates unchanged on {WEEKDAY}, saying inflation was slowing but remained well above its target."],
        body: ["Consumer prices rose {PCT} percent in the year to {MONTH}, according to the national statistics office.",
               "Most economists polled before the decision had expected the bank to hold rates steady.",
               "The currency strengthened after the announcement, and government bond yields rose.",
               "Mortgage holders in {COUNTRY} have seen monthly repayments rise sharply over the past year.",
               "{P2}, the {P2R}, said the government would support the bank's efforts and keep spending under control.",
               "The bank's next policy meeting is scheduled for {MONTH}, and minutes of this week's meeting will be published in two weeks."],
        quotes: ["Inflation remains too high, and we will do what is necessary to bring it down",
                 "We are not declaring victory, but the worst of the price shock appears to be behind us",
                 "Households are feeling the pressure, and we do not take that lightly",
                 "Our decisions will depend on the data, meeting by meeting",
                 "The risks to growth are now more balanced than they were six months ago"])

    static let election = ScaleTopic(
        key: "election", searchWords: "election results", role1: "leader of the {ORG}", role2: "chair of the National Electoral Commission of {COUNTRY}",
        org: "{STEM} Democratic Alliance",
        headlines: ["{COUNTRY} votes in tight parliamentary election", "{P1S} claims victory as counting continues in {COUNTRY}",
                    "Opposition rejects early results in {COUNTRY} election", "Turnout high as {COUNTRY} goes to the polls"],
        leads: ["Voters in {COUNTRY} went to the polls on {WEEKDAY} in a parliamentary election that opinion surveys suggested was too close to call.",
                "{P1}, leader of the {ORG}, claimed victory on {WEEKDAY} with about {PCT} percent of ballots counted, a claim rivals called premature.",
                "Election officials in {COUNTRY} said on {WEEKDAY} that turnout had reached {PCT} percent, the highest in more than a decade."],
        body: ["Polling stations in {CAPITAL} reported long queues from early morning, and some stayed open late to let voters cast their ballots.",
               "The {ORG} has campaigned on promises to cut taxes on small businesses and to build {NUM} new homes.",
               "International observers said the vote had been largely orderly, though they noted problems with voter lists in {CITY}.",
               "Final results are expected within a week, after ballots from voters abroad have been counted.",
               "{P2}, the {P2R}, urged parties to wait for official results before making claims.",
               "Coalition talks could take weeks if no party wins an outright majority in the {NUM2}0-seat chamber."],
        quotes: ["The people have spoken, and they have asked for change",
                 "We will respect the result, whatever it is, once every vote has been counted",
                 "Claims of victory at this stage are irresponsible and premature",
                 "This is the highest turnout we have seen in a generation",
                 "Our priority now is to form a stable government as quickly as possible"])

    static let floods = ScaleTopic(
        key: "floods", searchWords: "flood damage", role1: "head of the {DEMONYM} civil protection agency", role2: "mayor of {CITY}",
        org: "{COUNTRY} Red Cross",
        headlines: ["Floods force thousands from their homes in {COUNTRY}", "Death toll rises as rains batter {CITY}",
                    "{COUNTRY} declares emergency after record rainfall", "Clean-up begins in {CITY} as flood waters recede"],
        leads: ["Heavy rain caused rivers to burst their banks across northern {COUNTRY} on {WEEKDAY}, forcing more than {NUM} people from their homes, officials said.",
                "The death toll from floods in {COUNTRY} rose to {NUM2} on {WEEKDAY}, as rescue teams reached villages cut off for days.",
                "Residents of {CITY} began clearing mud and debris from their homes on {WEEKDAY} after the worst floods the city has seen in half a century."],
        body: ["Meteorologists said more rain fell in two days than usually falls in {MONTH}.",
               "The {ORG} set up shelters in schools and sports halls, and appealed for donations of blankets and drinking water.",
               "Roads and rail lines into {CITY} remained closed, and power was cut to thousands of households.",
               "Insurers estimated the damage at {MONEY}, though officials said the figure was likely to rise.",
               "{P2}, the {P2R}, said the city's flood defences had been built for a storm of this size but not for one lasting so long.",
               "Scientists have warned that warmer air holds more moisture, making extreme downpours more frequent."],
        quotes: ["We have never seen water rise this fast in living memory",
                 "Our teams are working around the clock to reach people who are still cut off",
                 "The priority now is to make sure nobody spends another night without shelter",
                 "We will rebuild, but we must rebuild differently",
                 "People lost everything in a matter of hours"])

    static let mining = ScaleTopic(
        key: "mining", searchWords: "mining licence", role1: "chief executive of {ORG}", role2: "{DEMONYM} minister of mines",
        org: "{STEM} Minerals",
        headlines: ["{COUNTRY} suspends licence of {ORG}", "{ORG} challenges mining ban in court",
                    "Villagers protest over lithium mine near {CITY}", "{ORG} agrees to pay {MONEY} in royalties dispute"],
        leads: ["The {DEMONYM} government suspended the operating licence of {ORG} on {WEEKDAY}, citing unpaid royalties and breaches of environmental rules.",
                "{ORG} said on {WEEKDAY} it would challenge the suspension of its lithium mine near {CITY} in court, calling the decision unlawful.",
                "Hundreds of villagers blocked the road to a lithium mine near {CITY} on {WEEKDAY}, saying the project had polluted their water supply."],
        body: ["The mine produced about {NUM} tonnes of lithium concentrate last year and employs more than {NUM2}00 people.",
               "Environmental groups say waste from the mine has contaminated a river that supplies several villages.",
               "Shares in {ORG} fell {PCT} percent after the announcement.",
               "{P2}, the {P2R}, said the government wanted a larger share of revenue from the country's mineral wealth.",
               "The company says it has paid all royalties due and invested heavily in water treatment.",
               "Demand for lithium, used in batteries for electric vehicles, has made deposits in {COUNTRY} a target for foreign investors."],
        quotes: ["We have always operated within the law and will defend our rights in court",
                 "The resources of this country belong to its people",
                 "Our children cannot drink the water any more",
                 "We remain committed to the communities around the mine",
                 "No company is above the law, however large its investment"])

    static let breach = ScaleTopic(
        key: "breach", searchWords: "data breach", role1: "chief executive of {ORG}", role2: "{DEMONYM} data protection commissioner",
        org: "{STEM}net Telecom",
        headlines: ["{ORG} says hackers stole data of {NUM} customers", "Regulator opens inquiry into {ORG} data breach",
                    "{ORG} chief apologises for data breach", "{COUNTRY} fines {ORG} {MONEY} over data leak"],
        leads: ["{ORG}, one of {COUNTRY}'s largest telecoms operators, said on {WEEKDAY} that hackers had stolen the personal data of about {NUM} customers.",
                "{COUNTRY}'s data protection regulator opened an inquiry into {ORG} on {WEEKDAY} after the company disclosed a breach affecting millions of accounts.",
                "The chief executive of {ORG}, {P1}, apologised to customers on {WEEKDAY} for a data breach that exposed names, addresses and passport numbers."],
        body: ["The company said the attackers had gained access through a contractor's account and had been inside its systems for several weeks.",
               "Customers have been advised to change their passwords and to watch for suspicious messages.",
               "Security researchers said the stolen data had been offered for sale on an online forum.",
               "{P2}, the {P2R}, said the company could face a fine of up to {PCT} percent of its annual turnover.",
               "{ORG} said it had hired outside experts to investigate and had informed the police.",
               "Shares in the company fell {PCT} percent in {CAPITAL} trading."],
        quotes: ["We are deeply sorry, and we will do everything we can to put this right",
                 "Companies that hold this much personal data must protect it properly",
                 "We have found no evidence that payment details were accessed",
                 "This is one of the largest breaches we have ever investigated",
                 "Customers deserve clear answers, and they deserve them now"])

    static let trial = ScaleTopic(
        key: "trial", searchWords: "corruption trial", role1: "former {DEMONYM} minister of public works", role2: "lead prosecutor in the case",
        org: "{STEM} Construction",
        headlines: ["Former minister goes on trial in {CAPITAL} over bribery claims", "{P1S} denies taking bribes as trial opens",
                    "Witness says {ORG} paid officials for contracts", "Court finds {P1S} guilty of corruption"],
        leads: ["The trial of former public works minister {P1} opened in {CAPITAL} on {WEEKDAY}, with prosecutors accusing the former minister of taking bribes worth {MONEY} from {ORG}.",
                "{P1} told a court in {CAPITAL} on {WEEKDAY} that no money had ever been accepted from {ORG}, calling the case politically motivated.",
                "A former executive of {ORG} testified on {WEEKDAY} that the company had paid officials to win road-building contracts in {COUNTRY}."],
        body: ["Prosecutors say the payments were made through a network of shell companies between {YEAR} and the following year.",
               "{ORG} has denied wrongdoing and said it is cooperating with investigators.",
               "The case is one of several corruption inquiries that have shaken {DEMONYM} politics in recent years.",
               "{P2}, the {P2R}, told the court that bank records showed payments of {MONEY} to accounts linked to the defendant.",
               "If convicted, the former minister faces up to {NUM2} years in prison.",
               "The trial is expected to last several months, with more than {NUM2}0 witnesses due to testify."],
        quotes: ["I have served this country honestly for thirty years",
                 "The evidence will show a clear pattern of payments in return for contracts",
                 "This case is about politics, not justice",
                 "Nobody is above the law, whatever office they once held",
                 "We were told that this was simply how business was done"])

    static let health = ScaleTopic(
        key: "health", searchWords: "measles outbreak", role1: "{DEMONYM} health minister", role2: "director of {ORG}",
        org: "{CITY} General Hospital",
        headlines: ["Measles cases climb in {COUNTRY} as vaccination lags", "{COUNTRY} launches vaccination drive after outbreak",
                    "Hospitals in {CITY} under strain as outbreak spreads", "{P1S} promises more funds for hospitals"],
        leads: ["Health officials in {COUNTRY} reported {NUM} new cases of measles on {WEEKDAY}, most of them among children who had not been vaccinated.",
                "The {DEMONYM} government launched a nationwide vaccination campaign on {WEEKDAY} in an effort to contain a measles outbreak centred on {CITY}.",
                "Doctors at {ORG} said on {WEEKDAY} that the hospital's children's ward was full, as a measles outbreak continued to spread."],
        body: ["Vaccination rates in parts of {COUNTRY} have fallen below {PCT} percent, well short of the level needed to prevent outbreaks.",
               "Clinics in {CITY} have extended opening hours and set up mobile units in schools.",
               "Health workers blamed the fall in vaccinations on disruption during the pandemic and on misinformation spread online.",
               "{P2}, the {P2R}, said staff had been moved from other departments to cope with the number of patients.",
               "The World Health Organization has warned of a rise in measles cases in several regions this year.",
               "Parents have been urged to check their children's vaccination records and to keep sick children at home."],
        quotes: ["Every one of these cases could have been prevented",
                 "Our staff are exhausted, but they are doing extraordinary work",
                 "We are asking every parent to make sure their children are protected",
                 "The money will reach hospitals within weeks, not months",
                 "Misinformation is costing lives, and we have to confront it"])

    static let pipeline = ScaleTopic(
        key: "pipeline", searchWords: "gas pipeline", role1: "{DEMONYM} energy minister", role2: "chief executive of {ORG}",
        org: "{STEM} Energy",
        headlines: ["{COUNTRY} and {COUNTRY2} sign gas pipeline deal", "Pipeline project delayed as costs rise to {MONEY}",
                    "{ORG} wins contract for {COUNTRY} pipeline", "{P1S} defends pipeline plan amid protests"],
        leads: ["{COUNTRY} and {COUNTRY2} signed an agreement on {WEEKDAY} to build a gas pipeline linking the two countries, a project expected to cost {MONEY}.",
                "{DEMONYM} energy minister {P1} on {WEEKDAY} defended plans for a new gas pipeline, saying it would cut energy bills and reduce reliance on imports.",
                "Construction of a gas pipeline between {COUNTRY} and {COUNTRY2} has been delayed by at least a year, {ORG} said on {WEEKDAY}, blaming rising costs."],
        body: ["The pipeline would carry up to {NUM2} billion cubic metres of gas a year.",
               "Environmental campaigners say the project is incompatible with the country's climate targets.",
               "{ORG} said the cost of steel and labour had risen by {PCT} percent since the project was first approved.",
               "{P2}, the {P2R}, said financing for the first phase had been secured from a group of banks.",
               "The route passes through farmland near {CITY}, where landowners have objected to compensation offers.",
               "Officials in {CAPITAL} hope the pipeline will be completed before demand peaks in the winter of {YEAR}."],
        quotes: ["This pipeline is about energy security for the next generation",
                 "We cannot build our way out of a climate crisis with more fossil fuel infrastructure",
                 "The project remains on track, even if the timetable has shifted",
                 "Families near the route deserve fair compensation",
                 "Both governments are fully committed to seeing this through"])
}
