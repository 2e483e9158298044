/// Reads and writes the value of a `date:` filter: `2024`, `2024-04`, `2024-04-05`, and ranges of those
/// (`2024-04..2024-05`, `..2024-05`, `2024-04..`), where a year or month stands for all its days.
enum QueryDates {
    /// The first day a `NewsDate` can hold: an open start of a range.
    static let earliest = NewsDate(year: 1900, month: 1, day: 1)
    /// The last day a `NewsDate` can hold: an open end of a range.
    static let latest = NewsDate(year: 2100, month: 12, day: 31)

    /// The days a value stands for; `value` is a slice of the query's scalars, its indices their offsets.
    static func parse(_ value: ArraySlice<Unicode.Scalar>) throws(QueryProblem) -> ClosedRange<NewsDate> {
        guard let dots = rangeDots(in: value) else {
            return try span(value)
        }
        let left = value[value.startIndex..<dots], right = value[(dots + 2)...]
        if left.isEmpty && right.isEmpty { throw malformed(value) }
        let lower = left.isEmpty ? earliest : try span(left).lowerBound
        let upper = right.isEmpty ? latest : try span(right).upperBound
        guard let lower, let upper else { throw malformed(value) }
        guard lower <= upper else {
            throw QueryProblem("date range '\(QueryProblem.snippet(value))' ends before it starts", at: value.startIndex)
        }
        return lower...upper
    }

    /// The canonical spelling of a range: one year, month or day when it is exactly that, else `A..B`
    /// with open ends left out.
    static func render(_ range: ClosedRange<NewsDate>) -> String {
        let lower = range.lowerBound, upper = range.upperBound
        for text in [yearText(lower), monthText(lower), lower.description] {
            if let days = try? span(Array(text.unicodeScalars)[...]), days == range { return text }
        }
        let openStart = lower == earliest, openEnd = upper == latest
        let left = openStart && !openEnd ? "" : startText(lower)
        let right = openEnd ? "" : endText(upper)
        return "\(left)..\(right)"
    }

    /// Offset of the first `..` in a value, if any.
    private static func rangeDots(in value: ArraySlice<Unicode.Scalar>) -> Int? {
        var i = value.startIndex
        while i + 1 < value.endIndex {
            if value[i] == ".", value[i + 1] == "." { return i }
            i += 1
        }
        return nil
    }

    /// The days of one `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    private static func span(_ text: ArraySlice<Unicode.Scalar>) throws(QueryProblem) -> ClosedRange<NewsDate> {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
              parts.dropFirst().allSatisfy({ (1...2).contains($0.count) }),
              let numbers = digits(parts) else { throw malformed(text) }
        let year = numbers[0]
        guard (1900...2100).contains(year) else {
            throw QueryProblem("date '\(QueryProblem.snippet(text))' out of range — years 1900–2100", at: text.startIndex)
        }
        if numbers.count > 1, !(1...12).contains(numbers[1]) {
            throw QueryProblem("no such date '\(QueryProblem.snippet(text))' — months run 01–12", at: text.startIndex)
        }
        let first = NewsDate(year: year, month: numbers.count > 1 ? numbers[1] : 1, day: numbers.count > 2 ? numbers[2] : 1)
        let last = numbers.count > 2 ? first : lastDay(year: year, month: numbers.count > 1 ? numbers[1] : 12)
        guard let first, let last else {
            throw QueryProblem("no such date '\(QueryProblem.snippet(text))'", at: text.startIndex)
        }
        return first...last
    }

    /// The parts as numbers when every part is ASCII digits.
    private static func digits(_ parts: [ArraySlice<Unicode.Scalar>]) -> [Int]? {
        var numbers: [Int] = []
        for part in parts {
            var n = 0
            for s in part {
                guard ("0"..."9").contains(s) else { return nil }
                n = n * 10 + Int(s.value - 48)
            }
            numbers.append(n)
        }
        return numbers
    }

    /// The last day of a month.
    private static func lastDay(year: Int, month: Int) -> NewsDate? {
        for day in stride(from: 31, through: 28, by: -1) {
            if let date = NewsDate(year: year, month: month, day: day) { return date }
        }
        return nil
    }

    /// A malformed-date problem at the start of the text.
    private static func malformed(_ text: ArraySlice<Unicode.Scalar>) -> QueryProblem {
        QueryProblem("malformed date '\(QueryProblem.snippet(text))' — use YYYY, YYYY-MM, YYYY-MM-DD or a range A..B",
                     at: text.startIndex)
    }

    /// `YYYY`.
    private static func yearText(_ date: NewsDate) -> String { String(date.description.prefix(4)) }
    /// `YYYY-MM`.
    private static func monthText(_ date: NewsDate) -> String { String(date.description.prefix(7)) }

    /// The shortest spelling whose first day is the date.
    private static func startText(_ date: NewsDate) -> String {
        date.day != 1 ? date.description : date.month != 1 ? monthText(date) : yearText(date)
    }

    /// The shortest spelling whose last day is the date.
    private static func endText(_ date: NewsDate) -> String {
        guard lastDay(year: date.year, month: date.month) == date else { return date.description }
        return date.month == 12 ? yearText(date) : monthText(date)
    }
}
