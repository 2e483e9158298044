/// Where a metadata value came from.
public enum Provenance: String, Sendable, Equatable {
    /// Given by the file's front-matter block.
    case frontMatter
    /// Inferred from the text.
    case inferred
}

/// A metadata value with its provenance and the evidence it was read from.
public struct Inferred<Value: Sendable & Equatable>: Sendable, Equatable {
    /// The value.
    public let value: Value
    /// Front matter or inference.
    public let provenance: Provenance
    /// The text the value was read from, for explaining it to the user.
    public let evidence: String

    /// Creates an inferred value.
    public init(_ value: Value, _ provenance: Provenance, evidence: String) {
        self.value = value
        self.provenance = provenance
        self.evidence = evidence
    }
}

/// A calendar date without time zone, as news articles state it.
public struct NewsDate: Sendable, Equatable, Comparable, Hashable, CustomStringConvertible {
    /// Year, e.g. 2024.
    public let year: Int
    /// Month 1–12.
    public let month: Int
    /// Day 1–31.
    public let day: Int

    /// Creates a date when the parts form a real calendar date.
    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2100).contains(year), (1...12).contains(month) else { return nil }
        let days = [31, NewsDate.isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...days[month - 1]).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    public init?(iso: String) {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Whether a year has 29 February.
    static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    /// `YYYY-MM-DD`.
    public var description: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(m)-\(d)"
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for distances between dates.
    public var dayNumber: Int {
        let a = (14 - month) / 12
        let y = year + 4800 - a
        let m = month + 12 * a - 3
        return day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045 - 2440588
    }

    /// Orders dates chronologically.
    public static func < (lhs: NewsDate, rhs: NewsDate) -> Bool { lhs.dayNumber < rhs.dayNumber }
}

/// Outlet, date, headline, byline, dateline and URL of an article; `nil` means unknown.
public struct ArticleMetadata: Sendable, Equatable {
    /// Who published the article.
    public var outlet: Inferred<String>?
    /// Publication date.
    public var date: Inferred<NewsDate>?
    /// Headline.
    public var title: Inferred<String>?
    /// Author line without the leading "By".
    public var byline: Inferred<String>?
    /// Place (and agency) opening the first paragraph, e.g. "WASHINGTON".
    public var dateline: Inferred<String>?
    /// The dateline exactly as the first paragraph opens with it, e.g. "WASHINGTON (Reuters)".
    public var datelineText: String?
    /// Source URL, from front matter.
    public var url: Inferred<String>?

    /// Creates empty metadata.
    public init() {}

    /// Outlet value or nil.
    public var outletName: String? { outlet?.value }
    /// Date value or nil.
    public var dateValue: NewsDate? { date?.value }
    /// Title value or nil.
    public var titleText: String? { title?.value }
}
