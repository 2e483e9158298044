import Foundation

/// Reads publication dates from the ways news text states them.
public enum DateInference {
    /// Month names and abbreviations, lower-cased, to month numbers.
    static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
        "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
        "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]
    /// Month names as a pattern alternation.
    static let monthAlternation =
        "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"

    /// A leading collection marker: `date 2024-05-31` at the very start of the text.
    static let marker = Patterns.regex(#"^\s*date[:=]?\s+(\d{4}-\d{2}-\d{2})\b\s*"#, [.caseInsensitive])
    /// `2024-05-31`, `2024/05/31`, `2024.05.31`, optionally with a time.
    static let iso = Patterns.regex(#"\b(\d{4})([-/.])(\d{2})\2(\d{2})(?:[T ]\d{2}:\d{2}|\b)"#)
    /// `5/31/2024`: taken only when the order is certain (one of the numbers is above 12).
    static let slashed = Patterns.regex(#"\b(\d{1,2})/(\d{1,2})/(\d{4})\b"#)
    /// `May 31, 2024`, `Sept. 3 2024`.
    static let monthDayYear = Patterns.regex(
        #"\b("# + monthAlternation + #")\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b"#, [.caseInsensitive])
    /// `31 May 2024`, `3rd Sept 2024`.
    static let dayMonthYear = Patterns.regex(
        #"\b(\d{1,2})(?:st|nd|rd|th)?\s+("# + monthAlternation + #")\.?,?\s+(\d{4})\b"#, [.caseInsensitive])
    /// `May 31` without a year.
    static let monthDay = Patterns.regex(#"\b("# + monthAlternation + #")\.?\s+(\d{1,2})\b"#, [.caseInsensitive])
    /// `Published:`, `Posted on`, `Dated`: labels before a publication date.
    static let publishedPrefix = Patterns.regex(
        #"^(?:published|posted|first published|date(?:d)?|publication date)(?: on)?\s*[:\-–—]?\s*"#, [.caseInsensitive])
    /// `Updated`, `Last updated`: labels before a later revision date.
    static let updatedPrefix = Patterns.regex(#"^(?:updated|last updated|modified)\b"#, [.caseInsensitive])

    /// A digit followed by an ISO time's `T` or zone `Z`, to be spaced apart before reading a date line's words.
    static let isoTimeLetter = Patterns.regex(#"(\d)[TZ]"#)
    /// Digits, punctuation, times of day, zones, weekdays and filler words: what a date line may hold besides its label.
    static let dateLineFiller = Patterns.regex(
        #"[\d:,./\-–—|()]|\b(?:a\.m|p\.m|am|pm|gmt|utc|bst|cet|cest|edt|est|et|pdt|pst|at|on|the|"#
            + #"mon|tue|wed|thu|fri|sat|sun)\w*\b|\b[tz]\b"#, [.caseInsensitive])

    /// Splits a leading `date YYYY-MM-DD` marker off a line: the date and the length of the marker.
    public static func leadingMarker(in line: String) -> (date: NewsDate, length: Int)? {
        // The case-insensitive pattern needs the letters `date`: a line without them (in any ASCII case) and
        // without a scalar that ICU could fold into ASCII letters cannot match.
        guard line.holds("date") || line.foldsIntoASCII, let groups = Patterns.firstMatch(marker, in: line), let whole = groups[0],
              let isoText = groups[1], let date = NewsDate(iso: isoText) else { return nil }
        return (date, whole.unicodeScalars.count)
    }

    /// The first full date (day, month and year) stated anywhere in the text.
    public static func fullDate(in text: String) -> NewsDate? {
        // Every form has digits; most paragraphs tested here (header lines, datelines) have none.
        guard text.holdsDecimalDigit, mayHoldYear(text) else { return nil }
        if mayHoldISODate(text), let g = Patterns.firstMatch(iso, in: text), let y = g[1].flatMap({ Int($0) }),
           let m = g[3].flatMap({ Int($0) }), let d = g[4].flatMap({ Int($0) }),
           let date = NewsDate(year: y, month: m, day: d) {
            return date
        }
        if text.utf8.contains(0x2F), let g = Patterns.firstMatch(slashed, in: text), let a = g[1].flatMap({ Int($0) }),
           let b = g[2].flatMap({ Int($0) }), let y = g[3].flatMap({ Int($0) }), (a > 12) != (b > 12),
           let date = a > 12 ? NewsDate(year: y, month: b, day: a) : NewsDate(year: y, month: a, day: b) {
            return date
        }
        if let g = Patterns.firstMatch(monthDayYear, in: text), let name = g[1], let m = months[name.lowercased()],
           let d = g[2].flatMap({ Int($0) }), let y = g[3].flatMap({ Int($0) }) {
            return NewsDate(year: y, month: m, day: d)
        }
        if let g = Patterns.firstMatch(dayMonthYear, in: text), let name = g[2], let m = months[name.lowercased()],
           let d = g[1].flatMap({ Int($0) }), let y = g[3].flatMap({ Int($0) }) {
            return NewsDate(year: y, month: m, day: d)
        }
        return nil
    }

    /// False only when the text surely has no four digits in a row, which every full-date pattern needs
    /// (`\d{4}`): an ASCII text without a run of four ASCII digits. Text beyond ASCII may hold other digits.
    static func mayHoldYear(_ text: String) -> Bool {
        var run = 0
        for byte in text.utf8 {
            if byte >= 0x80 { return true }
            if byte >= 0x30 && byte <= 0x39 {
                run += 1
                if run == 4 { return true }
            } else {
                run = 0
            }
        }
        return false
    }

    /// False only when `iso` surely finds nothing: it needs one of its separators (`-`, `/`, `.`), which
    /// it writes literally.
    static func mayHoldISODate(_ text: String) -> Bool {
        text.utf8.contains { $0 == 0x2D || $0 == 0x2F || $0 == 0x2E }
    }

    /// False only when `isoTimeLetter` surely finds nothing: it needs a `T` or `Z` right after a decimal
    /// digit, that is after an ASCII digit or after a scalar beyond ASCII (whose last byte is 0x80 or more).
    static func mayHoldISOTimeLetter(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == 0x54 || byte == 0x5A, previous >= 0x80 || (previous >= 0x30 && previous <= 0x39) { return true }
            previous = byte
        }
        return false
    }

    /// Month and day without a year ("May 31"), as datelines give them.
    public static func monthAndDay(in text: String) -> (month: Int, day: Int)? {
        guard text.holdsDecimalDigit, let g = Patterns.firstMatch(monthDay, in: text), let name = g[1], let m = months[name.lowercased()],
              let d = g[2].flatMap({ Int($0) }), (1...31).contains(d) else { return nil }
        return (m, d)
    }

    /// Whether a short paragraph is a stand-alone date line ("Published May 31, 2024 10:00 ET").
    /// Returns the date and whether it is an update time rather than the publication time.
    public static func dateLine(_ text: String) -> (date: NewsDate, isUpdate: Bool)? {
        let words = text.spaceSeparatedCount
        guard words <= 14, !text.hasSuffix("."), let date = fullDate(in: text) else { return nil }
        // Compiled once: `replacingOccurrences(of:options: .regularExpression)` compiles its pattern on every call.
        // Most date lines have no ISO time letter: the first replacement would give the text back.
        let spaced = mayHoldISOTimeLetter(text) ? Patterns.replacing(isoTimeLetter, in: text, with: "$1 ") : text
        let stripped = Patterns.replacing(dateLineFiller, in: spaced, with: " ")
        let leftover = stripped.split(separator: " ").filter { word in
            months[word.lowercased().trimmingPunctuation] == nil
        }
        let label = leftover.joined(separator: " ").lowercased()
        let allowed = ["", "published", "posted", "updated", "last updated", "first published", "date", "dated",
                       "modified", "publication date", "published updated", "posted updated"]
        guard allowed.contains(label) || Patterns.matches(publishedPrefix, text) && leftover.count <= 3 else { return nil }
        let isUpdate = Patterns.matches(updatedPrefix, text)
        return (date, isUpdate)
    }
}
