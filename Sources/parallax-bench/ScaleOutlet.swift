/// An invented outlet and the conventions its pages follow.
struct ScaleOutlet {
    /// How the first paragraph opens.
    enum Dateline {
        /// `LISBON, March 5 (Meridian Press) - `
        case wireWithDate
        /// `LISBON (CW) — `
        case wireShort
        /// `LISBON, Portugal — `
        case place
        /// No dateline.
        case none
    }

    /// How the byline reads.
    enum Byline {
        /// No byline.
        case none
        /// `By Amara Kalanov`
        case plain
        /// `By Amara Kalanov | The Harbour Times`
        case withOutlet
        /// `By Amara Kalanov and Tomas Rimirez`
        case two
    }

    /// How the publication date is written under the headline.
    enum DateLine {
        /// Not written (the dateline or nothing gives it).
        case none
        /// `Published March 5, 2024`
        case published
        /// `Updated: 05 March 2024 14:32 GMT`
        case updated
        /// `2024-03-05`
        case iso
    }

    /// The display name.
    let name: String
    /// The folder name.
    let slug: String
    /// The short form in datelines, for wire agencies.
    let agency: String?
    /// How the first paragraph opens.
    let dateline: Dateline
    /// How the byline reads.
    let byline: Byline
    /// How the date is written.
    let dateLine: DateLine
    /// Whether it writes Markdown (`.md`, `#` headings); the first such outlet uses front matter.
    let markdown: Bool
    /// Whether the page ends with `© 2024 Name` (else `Copyright 2024 Name. All rights reserved.` or none).
    let copyright: Int
    /// Which furniture the scraper picked up: bit 0 top, bit 1 middle, bit 2 "Most Read", bit 3 bottom.
    let furniture: Int
    /// Curly quotes (else straight).
    let curlyQuotes: Bool
    /// A one-sentence standfirst under the headline.
    let standfirst: Bool
    /// Headlines in title case.
    let titleCase: Bool
    /// How often it is picked for an event, relative to the others.
    let weight: Double

    /// The forty outlets: four wire agencies, then papers with conventions spread by their position.
    static let all: [ScaleOutlet] = {
        var outlets = ScaleVocabulary.agencies.enumerated().map { i, agency in
            ScaleOutlet(name: agency.name, slug: slugify(agency.name), agency: agency.short,
                        dateline: i % 2 == 0 ? .wireWithDate : .wireShort, byline: i == 1 ? .none : .plain,
                        dateLine: i == 3 ? .iso : .none, markdown: false, copyright: i % 3, furniture: i == 2 ? 8 : 0,
                        curlyQuotes: i % 2 == 0, standfirst: false, titleCase: false, weight: 3)
        }
        for (i, name) in ScaleVocabulary.papers.enumerated() {
            outlets.append(ScaleOutlet(
                name: name, slug: slugify(name), agency: nil, dateline: [.place, .none, .none][i % 3],
                byline: [.plain, .withOutlet, .two, .none, .plain][i % 5], dateLine: [.published, .updated, .iso, .none][i % 4],
                markdown: i % 12 == 5, copyright: i % 3, furniture: (i * 7 + 3) % 16, curlyQuotes: i % 4 != 1,
                standfirst: i % 3 == 1, titleCase: i % 2 == 0, weight: 2.0 - Double(i) / Double(ScaleVocabulary.papers.count)))
        }
        return outlets
    }()

    /// Lower-case words joined by hyphens ("the-harbour-times").
    static func slugify(_ text: String) -> String {
        var out = ""
        var dash = false
        for c in text.lowercased() {
            if c.isASCII && (c.isLetter || c.isNumber) {
                if dash && !out.isEmpty { out.append("-") }
                out.append(c)
                dash = false
            } else {
                dash = true
            }
        }
        return out
    }
}
