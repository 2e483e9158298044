import Foundation

/// Finds who published an article from the places outlets sign their work: datelines and copyright lines.
///
/// Mentions of other outlets ("… The Wall Street Journal reported") are deliberately not evidence.
public enum OutletInference {
    /// Short forms of wire agencies, as datelines write them, and the name users know them by.
    static let agencyNames: [String: String] = [
        "AP": "Associated Press", "The Associated Press": "Associated Press", "Thomson Reuters": "Reuters",
        "Agence France-Presse": "AFP", "Agence France Presse": "AFP", "Bloomberg News": "Bloomberg",
    ]
    /// Corporate suffixes that are not part of an outlet's name.
    static let corporateSuffix = Patterns.regex(
        #"(?:,?\s+(?:L\.?P\.?|LLC|L\.L\.C\.|Inc\.?|Incorporated|Ltd\.?|Limited|Corp\.?|Corporation|Co\.|plc|PLC|GmbH|S\.A\.|AG|Company|Group|Holdings|Media Group|Finance L\.P\.))+\s*$"#)
    /// `(Reuters) –`, `(Bloomberg) --` after a dateline's place and date.
    static let datelineAgency = Patterns.regex(#"^(.{0,80}?)\(([^()]{2,40})\)\s*(?:--|[-–—:])\s*"#)
    /// `MOSCOW, May 31. /TASS/.`: the agency between slashes.
    static let datelineSlashAgency = Patterns.regex(#"^(.{0,80}?)/\s*([\p{L}][\p{L}\-]{1,20})\s*/\.?\s*(?:--|[-–—:])?\s*"#)
    /// `KYIV, Ukraine —` at the start of a first paragraph: an upper-case place and a dash.
    /// Also `WASHINGTON, May 31 —` and `GENEVA, Switzerland, June 1, 2024 -` (a spaced hyphen).
    static let datelinePlace = Patterns.regex(
        #"^([A-Z][A-Z.'\- ]{2,40}(?:,\s*[A-Z0-9][A-Za-z0-9.' ]{0,30}){0,3})\s*(?:--|[–—]|(?<=\s)-)\s+"#)
    /// `© 2024 Example Media LLC`, `Copyright 2024 The Associated Press`, `(c) 2023-2024 Example Media`.
    static let copyright = Patterns.regex(
        #"^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:(?:\d{4})(?:\s*[-–]\s*\d{4})?)?\s*[,.]?\s*(.+?)\s*$"#,
        [.caseInsensitive])
    /// `All rights reserved.` and what follows it on a copyright line.
    static let rightsReserved = Patterns.regex(#"[.,]?\s*(?:all rights reserved|some rights reserved).*$"#, [.caseInsensitive])
    /// What `rightsReserved` needs somewhere.
    static let rightsReservedCue = LiteralCue([], anywhere: ["rights reserved"])
    /// `(R-Texas)`: a politician's party, not an agency.
    static let partyAffiliation = Patterns.regex(#"^[RDI]-[A-Z]"#)
    /// The year after a copyright mark.
    static let copyrightYear = Patterns.regex(#"(?:©|\(c\)|copyright)\s*(\d{4})"#, [.caseInsensitive])

    /// The parts of a news dateline found at the start of a first paragraph.
    public struct Dateline: Equatable, Sendable {
        /// The place (and date) before the agency, e.g. "WASHINGTON" or "LONDON, May 31".
        public let place: String?
        /// The agency in parentheses, normalised, e.g. "Reuters".
        public let agency: String?
        /// The dateline as written, without the dash.
        public let text: String
    }

    /// Dashes, colons, dots and spaces around a dateline.
    static let datelineEnds = CharacterSet(charactersIn: "-–—:. ")
    /// Dots and spaces around a dateline's place.
    static let placeEnds = CharacterSet(charactersIn: ". ")
    /// Punctuation and spaces around a candidate outlet name.
    static let nameEnds = CharacterSet(charactersIn: " .,;:|-–—")

    /// The words `corporateSuffix` can end with (its two-word forms end with one of them too).
    static let corporateWords: Set<String> = [
        "LP", "L.P", "LP.", "L.P.", "LLC", "L.L.C.", "Inc", "Inc.", "Incorporated", "Ltd", "Ltd.", "Limited", "Corp",
        "Corp.", "Corporation", "Co.", "plc", "PLC", "GmbH", "S.A.", "AG", "Company", "Group", "Holdings",
    ]

    /// Whether the last word (after trailing whitespace) is one `corporateSuffix` can end with: the
    /// pattern needs whitespace before its suffix and allows only whitespace after it.
    static func mayEndWithCorporateSuffix(_ name: String) -> Bool {
        let scalars = name.unicodeScalars
        guard let end = scalars.lastIndex(where: { !$0.isSpaceLike }) else { return false }
        let start = scalars[..<end].lastIndex(where: { $0.isSpaceLike }).map(scalars.index(after:)) ?? scalars.startIndex
        return corporateWords.contains(String(scalars[start...end]))
    }

    /// Reads a dateline from the opening of a paragraph, if it has one.
    public static func dateline(in paragraph: String) -> Dateline? {
        // The agency patterns need their bracket or slash within the first 81 scalars; the place pattern,
        // case-sensitive, an ASCII capital first.
        for (re, mark) in [(datelineAgency, "(" as Unicode.Scalar), (datelineSlashAgency, "/")]
        where paragraph.holds(mark, within: 81) {
            if let g = Patterns.firstMatch(re, in: paragraph), let whole = g[0],
               let prefix = g[1]?.trimmed, let name = g[2]?.trimmed,
               isDatelinePrefix(prefix), let agency = normalisedName(name) ?? lowerCaseAgency(name, after: prefix) {
                let text = whole.trimmed.trimmingCharacters(in: datelineEnds)
                return Dateline(place: prefix.isEmpty ? nil : prefix.trimmingCharacters(in: placeEnds),
                                agency: agency, text: text)
            }
        }
        if mayOpenDatelinePlace(paragraph), let g = Patterns.firstMatch(datelinePlace, in: paragraph), let place = g[1]?.trimmed,
           place.split(separator: " ").count <= 6 {
            return Dateline(place: place, agency: nil, text: place)
        }
        return nil
    }

    /// False only when `datelinePlace` surely does not match: the case-sensitive pattern opens with an ASCII
    /// capital and at least two of `A–Z . ' -` and space, all single bytes, so the first three bytes decide.
    static func mayOpenDatelinePlace(_ paragraph: String) -> Bool {
        var bytes = paragraph.utf8.makeIterator()
        guard let first = bytes.next(), (0x41...0x5A).contains(first) else { return false }
        for _ in 0..<2 {
            guard let b = bytes.next(), (0x41...0x5A).contains(b) || b == 0x2E || b == 0x27 || b == 0x2D || b == 0x20
            else { return false }
        }
        return true
    }

    /// Whether text before `(Agency)` looks like a dateline: places in capitals, a date, commas.
    static func isDatelinePrefix(_ prefix: String) -> Bool {
        if prefix.isEmpty { return true }
        let words = prefix.split(whereSeparator: { $0 == " " || $0 == "," })
        guard words.count <= 8 else { return false }
        return words.allSatisfy { word in
            guard let first = word.first else { return true }
            if first.isNumber { return word.allSatisfy { $0.isNumber || $0 == "," } || word.count <= 4 }
            if DateInference.months[word.lowercased().trimmingPunctuation] != nil {
                return true
            }
            return first.isUppercase
        }
    }

    /// Agencies that write their name in lower case (`Washington (dpa) -`): a short all-lower-case
    /// word after a dateline place.
    static func lowerCaseAgency(_ name: String, after prefix: String) -> String? {
        guard !prefix.isEmpty, (2...4).contains(name.count), name.allSatisfy({ $0.isLowercase && $0.isLetter })
        else { return nil }
        return name
    }

    /// Cleans a candidate outlet name; `nil` when it cannot be an outlet's name.
    static func normalisedName(_ raw: String) -> String? {
        var name = raw.trimmed
        if rightsReservedCue.admits(name, folds: name.foldsIntoASCII) {
            name = Patterns.replacing(rightsReserved, in: name, with: "")
        }
        name = trimming(name, nameEnds, asciiMembers: nameEndBytes)
        if mayEndWithCorporateSuffix(name) { name = Patterns.replacing(corporateSuffix, in: name, with: "") }
        name = trimming(name, nameEnds, asciiMembers: nameEndBytes)
        let words = name.split(separator: " ")
        guard let first = name.first, first.isUppercase, (1...5).contains(words.count), name.count <= 40,
              !holdsNumber(name),
              !(name.utf8.dropFirst().first == 0x2D && Patterns.matches(partyAffiliation, name)),
              words.allSatisfy({ nameConnectors.contains($0) || $0.first?.isUppercase == true || $0.first?.isLetter == false })
        else { return nil }
        return agencyNames[name] ?? name
    }

    /// `name.contains(where: { $0.isNumber })`: in ASCII text only the digits are numbers (every other ASCII
    /// character, `\r\n` included, is not), so ASCII text is searched byte by byte.
    static func holdsNumber(_ name: String) -> Bool {
        let bytes = name.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return name.contains(where: { $0.isNumber }) }
        return bytes.contains { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// Lower-case words that may join the capitalised words of an outlet's name.
    static let nameConnectors: Set<Substring> = ["of", "the", "and", "de", "&", "for", "on"]

    /// Words that make a byline part a job title rather than a name or an outlet.
    static let jobWords: Set<String> = ["writer", "correspondent", "editor", "reporter", "staff", "contributor",
                                        "columnist", "journalist", "producer", "analyst", "bureau", "chief", "desk", "team"]

    /// The outlet named by a copyright line, e.g. `©2024 Bloomberg L.P.` gives "Bloomberg".
    public static func copyrightHolder(in paragraph: String) -> String? {
        guard paragraph.utf8.count < 300, mayHoldCopyrightMark(paragraph),
              paragraph.spaceSeparatedCount <= 20,
              let g = Patterns.firstMatch(copyright, in: paragraph), let holder = g[1] else { return nil }
        return normalisedName(holder)
    }

    /// The year a copyright line gives, to complete a dateline's month and day.
    public static func copyrightYear(in paragraph: String) -> Int? {
        guard let g = Patterns.firstMatch(copyrightYear, in: paragraph) else { return nil }
        return g[1].flatMap { Int($0) }
    }

    /// An outlet after a title separator: `Headline | Outlet`.
    /// A bar always separates a site name; a dash only when what follows names a news organisation
    /// ("… - The Washington Post"), since headlines use dashes themselves.
    public static func titleSuffix(in title: String) -> (title: String, outlet: String)? {
        // Foundation's search compares composed character sequences; over ASCII text that is a byte search.
        let ascii = title.utf8.allSatisfy { $0 < 0x80 }
        for separator in [" | ", " - ", " – ", " — "] {
            guard let bar = ascii ? Self.lastRange(of: separator, inASCII: title) : title.range(of: separator, options: .backwards)
            else { continue }
            let head = String(title[..<bar.lowerBound]).trimmed
            let tail = String(title[bar.upperBound...]).trimmed
            guard head.split(separator: " ").count >= 3, tail.split(separator: " ").count <= 4,
                  !sectionNames.contains(tail.lowercased()), !notMedia.contains(tail.uppercased()),
                  let outlet = normalisedName(tail), separator == " | " || isMediaName(tail) else { continue }
            return (head, outlet)
        }
        return nil
    }

    /// Wire services and broadcasters that bylines and credits name without any media word.
    static let knownOutlets: Set<String> = [
        "Reuters", "Bloomberg", "AFP", "Associated Press", "AP", "Xinhua", "TASS", "Yonhap", "Kyodo", "dpa",
        "ANSA", "EFE", "PTI", "UPI", "ANI", "Interfax", "RIA Novosti", "Anadolu", "Politico", "POLITICO", "Axios",
        "Semafor", "Vox", "Slate", "Quartz", "Nikkei",
    ]
    /// Words that make a name a news organisation's ("Fox News", "The Daily Planet", "Radio Free Europe").
    static let mediaWords: Set<String> = [
        "news", "times", "post", "press", "journal", "herald", "tribune", "guardian", "telegraph", "gazette",
        "daily", "chronicle", "agency", "wire", "radio", "tv", "television", "network", "digital", "magazine",
        "review", "observer", "independent", "express", "mail", "standard", "economist", "insider", "broadcasting",
        "media", "newswire", "today", "weekly", "monitor", "dispatch", "courier", "sentinel", "bulletin",
    ]

    /// Capitalised short names that are places, blocs or picture agencies, not news outlets.
    static let notMedia: Set<String> = [
        "US", "USA", "U.S.", "UK", "U.K.", "UAE", "EU", "UN", "NATO", "DC", "NYC", "LA", "GOP", "G7", "G20",
        "GETTY IMAGES", "SHUTTERSTOCK", "AP PHOTO", "AFP PHOTO", "REUTERS PICTURES",
    ]
    /// Section names that follow a headline after a bar ("… | Opinion") and are not the site's name.
    static let sectionNames: Set<String> = [
        "opinion", "analysis", "world", "world news", "politics", "business", "live", "news", "video", "sport",
        "sports", "technology", "tech", "science", "health", "culture", "us news", "uk news", "europe", "asia",
        "americas", "middle east", "africa", "markets", "economy", "breaking news", "latest news", "explainer",
    ]

    /// Whether a short phrase names a news organisation rather than a person, a place or a job.
    static func isMediaName(_ phrase: String) -> Bool {
        let name = normalisedName(phrase) ?? phrase
        if knownOutlets.contains(name) { return true }
        let words = name.split(separator: " ")
        guard (1...5).contains(words.count), name.first?.isUppercase == true else { return false }
        // A lone acronym (CNN, BBC, NPR); two capitalised words are more likely a name in capitals.
        if words.count == 1, !notMedia.contains(name.uppercased()), (2...6).contains(name.count),
           name.allSatisfy({ $0.isUppercase }) {
            return true
        }
        return words.contains { mediaWords.contains($0.lowercased().trimmingPunctuation) }
    }

    /// Splits a byline's text ("Jane Doe, BBC News, Beijing"; "Jane Doe | Fox News") into the people
    /// and the outlet they write for, if the byline names one.
    public static func bylineParts(_ text: String) -> (people: String, outlet: String?) {
        // The same `Character` comparisons as `",|•·".contains($0)`, without iterating that string per character.
        let parts = text.split(whereSeparator: { $0 == "," || $0 == "|" || $0 == "•" || $0 == "·" })
            .map { String($0).trimmed }.filter { !$0.isEmpty }
        var people: [String] = []
        var outlet: String?
        for (i, part) in parts.enumerated() {
            let words = part.split(separator: " ")
            let isJob = words.contains { jobWords.contains($0.lowercased().trimmingPunctuation) }
            // "By Reuters", "By The Associated Press": the agency itself signs; "By News Desk" is no one.
            if isMediaName(part), !isJob {
                if outlet == nil { outlet = normalisedName(part) ?? part }
                continue
            }
            if i == 0 && !isJob || outlet == nil && words.count >= 2 && !isJob { people.append(part) }
        }
        return (people.joined(separator: ", "), outlet)
    }

    /// `Source: Al Jazeera and news agencies`, `Credit: Reuters`: who supplied the story.
    static let sourceCredit = Patterns.regex(#"^(?:source|sources|credit)\s*:\s*(.+?)\s*\.?$"#, [.caseInsensitive])

    /// The outlet named by a closing source credit line.
    public static func sourceCredit(in paragraph: String) -> String? {
        guard paragraph.holds(":"), paragraph.spaceSeparatedCount <= 10,
              let g = Patterns.firstMatch(sourceCredit, in: paragraph),
              let named = g[1] else { return nil }
        let first = named.components(separatedBy: " and ").first?.split(separator: ",").first.map(String.init) ?? named
        guard let name = normalisedName(first), !notMedia.contains(name.uppercased()),
              !name.lowercased().contains("images"), !name.lowercased().contains("photo") else { return nil }
        return name
    }

    /// `CNN's Jane Roe contributed to this report`, `Associated Press writer Jane Roe contributed`.
    static let contributorLine = Patterns.regex(
        #"^(.{2,40}?)(?:['’]s?|\s+(?:staff\s+)?(?:writers?|reporters?|correspondents?|journalists?))\s+[\p{Lu}][^.]{1,120}\s+contributed\b"#)

    /// The outlet whose staff a closing contributor line credits.
    public static func contributorOutlet(in paragraph: String) -> String? {
        guard paragraph.holds("contributed"), paragraph.spaceSeparatedCount <= 30,
              let g = Patterns.firstMatch(contributorLine, in: paragraph),
              let named = g[1]?.trimmed, isMediaName(named) else { return nil }
        return normalisedName(named)
    }
}
