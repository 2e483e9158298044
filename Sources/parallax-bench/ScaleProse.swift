/// Sentences any story can use, and the ways outlets attribute a quote; slots as in `ScaleTopic`, plus
/// `{SP}` `{SPS}` `{SPR}` (the speaker's name, surname and role), `{Q}` (what was said), `{QO}` `{QC}`
/// (the outlet's quote marks) and `{SINCE}` (when the story began, "March 2023").
enum ScaleProse {
    /// Generic news sentences, grouped two or three to a paragraph.
    static let generic = [
        "{P3}, {P3R}, said the coming weeks would be decisive.",
        "Officials in {CAPITAL} have said little in public since the last round of meetings ended without agreement.",
        "Two people familiar with the matter, who asked not to be named because the discussions were private, said a decision could come as early as {WEEKDAY}.",
        "{P1S} has faced growing criticism at home, where opposition parties accuse the government of moving too slowly.",
        "The issue has dominated the front pages in {COUNTRY} for much of {MONTH}.",
        "A government spokesperson declined to comment on the details but said talks were continuing.",
        "Opinion polls suggest that a majority of voters in {COUNTRY} support a compromise.",
        "{P2S} is expected to brief parliament on the matter next week.",
        "The dispute has also drawn attention abroad, with diplomats in {CAPITAL} following developments closely.",
        "{P3S} said that the figures published so far gave only a partial picture.",
        "Similar disputes in the region have taken years to resolve.",
        "The government has set aside {MONEY} to deal with the consequences, according to budget documents seen by reporters.",
        "Local newspapers in {CITY} have reported on the story almost daily.",
        "{P1S} did not respond to a request for further comment on {WEEKDAY}.",
        "{ORG} said in a statement that it would publish a full response in the coming days.",
        "Some business leaders in {CAPITAL} have privately expressed frustration at the lack of progress.",
        "Economists estimate that the uncertainty has already cost the economy about {PCT} percent of growth this year.",
        "Protesters gathered outside government buildings in {CAPITAL} on {WEEKDAY} evening, holding banners and chanting slogans.",
        "{P2S} has previously said that the government would not be rushed into a decision.",
        "The latest figures, published on {WEEKDAY}, showed that about {NUM} people had been directly affected.",
        "Critics say the authorities were warned about the risks more than a year ago.",
        "Both sides have agreed to meet again in {CITY} later this month.",
        "The {DEMONYM} parliament is due to debate the issue before its summer recess.",
        "{P3S} added that much would depend on decisions taken in {CAPITAL} over the next few weeks.",
        "Neither side has published the full text of its proposals.",
        "A senior official said the government was considering several options, including new legislation.",
        "The story has been followed closely in {COUNTRY2}, where officials have faced similar questions.",
        "Asked whether the timetable could slip, {P1S} said only that work was continuing.",
        "The government's critics say the episode has exposed deeper weaknesses in how decisions are made in {CAPITAL}.",
        "{P3} said the public reaction had been stronger than many officials expected.",
        "Figures released by the statistics office in {MONTH} showed the economy grew more slowly than forecast.",
        "In {CITY}, many residents said they had heard little from the authorities beyond brief statements.",
        "The ministry has promised to publish a detailed timetable, but it has not said when.",
        "Several international organisations have offered technical assistance, according to a diplomat in {CAPITAL}.",
        "{P2S} met regional officials in {CITY} on {WEEKDAY} to discuss the next steps.",
        "Opposition lawmakers have called for a parliamentary inquiry into how the matter was handled.",
        "The {DEMONYM} currency was little changed on {WEEKDAY}, suggesting investors had largely expected the news.",
        "Officials said about {NUM} people had contacted a government hotline set up for the purpose.",
        "A report by {ORG2} last year warned that similar problems could arise unless the rules were changed.",
        "{P1S} is due to travel to {COUNTRY2} later this month, where the issue is expected to come up.",
        "Trade unions said they would hold meetings with members before deciding on their response.",
        "The episode has become a test for the government, which has been in office for less than two years.",
        "Editorials in several {DEMONYM} newspapers urged both sides to settle their differences quickly.",
        "Business groups said uncertainty was making it harder for companies to plan investment.",
        "{P3S} said the experience of other countries suggested that a quick fix was unlikely.",
        "A spokesperson for {ORG} said the organisation would not comment on speculation.",
        "Officials in {COUNTRY2} said they were monitoring the situation and were ready to help if asked.",
        "Analysts said the outcome could set a precedent for similar cases across the region.",
        "The government has faced pressure from both its supporters and its opponents over the issue.",
    ]

    /// Paragraphs that recall how the story began, for later events of a storyline.
    static let background = [
        "The dispute first came to light in {SINCE} and has returned to the headlines several times since.",
        "Since {SINCE}, {P1S} has repeatedly promised a resolution, without setting a date.",
        "The latest developments follow months of tension that began in {SINCE}.",
        "Reporters have followed the story closely since {SINCE}, when the first details emerged.",
    ]

    /// A speaker's first quote: full name and role.
    static let firstAttributions = [
        "{QO}{Q},{QC} {SP}, the {SPR}, said on {WEEKDAY}.",
        "{QO}{Q},{QC} said {SP}, the {SPR}.",
        "{SP}, the {SPR}, told reporters in {CITY}: {QO}{Q}.{QC}",
        "In a statement, {SP}, the {SPR}, said: {QO}{Q}.{QC}",
    ]
    /// A speaker's later quotes: surname only.
    static let laterAttributions = [
        "{QO}{Q},{QC} {SPS} said.",
        "{QO}{Q},{QC} {SPS} added.",
        "Speaking later in {CAPITAL}, {SPS} said: {QO}{Q}.{QC}",
        "{QO}{Q},{QC} {SPS} told reporters.",
    ]
}
