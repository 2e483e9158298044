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
    /// `KYIV, Ukraine —` at the start of a first paragraph: an upper-case place and a dash.
    static let datelinePlace = Patterns.regex(#"^([A-Z][A-Z.'\- ]{2,40}(?:,\s*[A-Z][A-Za-z.' ]{1,30})?)\s*(?:--|[–—])\s+"#)
    /// `© 2024 Newsmax`, `Copyright 2024 The Associated Press`, `(c) 2023-2024 Example Media`.
    static let copyright = Patterns.regex(
        #"^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:(?:\d{4})(?:\s*[-–]\s*\d{4})?)?\s*[,.]?\s*(.+?)\s*$"#,
        [.caseInsensitive])
    static let rightsReserved = Patterns.regex(#"[.,]?\s*(?:all rights reserved|some rights reserved).*$"#, [.caseInsensitive])
    /// `(R-Texas)`: a politician's party, not an agency.
    static let partyAffiliation = Patterns.regex(#"^[RDI]-[A-Z]"#)
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

    /// Reads a dateline from the opening of a paragraph, if it has one.
    public static func dateline(in paragraph: String) -> Dateline? {
        if let g = Patterns.firstMatch(datelineAgency, in: paragraph), let whole = g[0],
           let prefix = g[1]?.trimmed, let name = g[2]?.trimmed,
           isDatelinePrefix(prefix), let agency = normalisedName(name) {
            let text = whole.trimmed.trimmingCharacters(in: CharacterSet(charactersIn: "-–—: "))
            return Dateline(place: prefix.isEmpty ? nil : prefix, agency: agency, text: text)
        }
        if let g = Patterns.firstMatch(datelinePlace, in: paragraph), let place = g[1]?.trimmed,
           place.split(separator: " ").count <= 6 {
            return Dateline(place: place, agency: nil, text: place)
        }
        return nil
    }

    /// Whether text before `(Agency)` looks like a dateline: places in capitals, a date, commas.
    static func isDatelinePrefix(_ prefix: String) -> Bool {
        if prefix.isEmpty { return true }
        let words = prefix.split(whereSeparator: { $0 == " " || $0 == "," })
        guard words.count <= 8 else { return false }
        return words.allSatisfy { word in
            guard let first = word.first else { return true }
            if first.isNumber { return word.allSatisfy { $0.isNumber || $0 == "," } || word.count <= 4 }
            if DateInference.months[word.lowercased().trimmingCharacters(in: .punctuationCharacters)] != nil {
                return true
            }
            return first.isUppercase
        }
    }

    /// Cleans a candidate outlet name; `nil` when it cannot be an outlet's name.
    static func normalisedName(_ raw: String) -> String? {
        var name = raw.trimmed
        name = Patterns.replacing(rightsReserved, in: name, with: "")
        name = name.trimmingCharacters(in: CharacterSet(charactersIn: " .,;:|-–—"))
        name = Patterns.replacing(corporateSuffix, in: name, with: "")
        name = name.trimmingCharacters(in: CharacterSet(charactersIn: " .,;:|-–—"))
        let words = name.split(separator: " ")
        let connectors: Set<Substring> = ["of", "the", "and", "de", "&", "for", "on"]
        guard let first = name.first, first.isUppercase, (1...5).contains(words.count), name.count <= 40,
              !name.contains(where: { $0.isNumber }),
              !Patterns.matches(partyAffiliation, name),
              words.allSatisfy({ connectors.contains($0) || $0.first?.isUppercase == true || $0.first?.isLetter == false })
        else { return nil }
        return agencyNames[name] ?? name
    }

    /// The outlet named by a copyright line, e.g. `©2024 Bloomberg L.P.` gives "Bloomberg".
    public static func copyrightHolder(in paragraph: String) -> String? {
        guard paragraph.split(separator: " ").count <= 20,
              let g = Patterns.firstMatch(copyright, in: paragraph), let holder = g[1] else { return nil }
        return normalisedName(holder)
    }

    /// The year a copyright line gives, to complete a dateline's month and day.
    public static func copyrightYear(in paragraph: String) -> Int? {
        guard let g = Patterns.firstMatch(copyrightYear, in: paragraph) else { return nil }
        return g[1].flatMap { Int($0) }
    }

    /// An outlet after a title separator: `Headline | Outlet`.
    public static func titleSuffix(in title: String) -> (title: String, outlet: String)? {
        guard let bar = title.range(of: " | ", options: .backwards) else { return nil }
        let head = String(title[..<bar.lowerBound]).trimmed
        let tail = String(title[bar.upperBound...]).trimmed
        guard head.split(separator: " ").count >= 3, tail.split(separator: " ").count <= 4,
              let outlet = normalisedName(tail) else { return nil }
        return (head, outlet)
    }
}
