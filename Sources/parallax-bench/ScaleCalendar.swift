/// Days of the synthetic corpus, counted from 1 January 2022, as dates and words.
enum ScaleCalendar {
    /// English month names.
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]
    /// English weekday names, Monday first.
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// Year, month (1–12) and day of a day number.
    static func date(_ day: Int) -> (year: Int, month: Int, day: Int) {
        var year = 2022, rest = max(0, day)
        while true {
            let length = isLeap(year) ? 366 : 365
            if rest < length { break }
            rest -= length
            year += 1
        }
        for month in 1...12 {
            let length = monthLength(month, year: year)
            if rest < length { return (year, month, rest + 1) }
            rest -= length
        }
        return (year, 12, 31)
    }

    /// The weekday's name (1 January 2022 was a Saturday).
    static func weekday(_ day: Int) -> String { weekdays[(day + 5) % 7] }

    /// `2024-03-05`.
    static func iso(_ day: Int) -> String {
        let d = date(day)
        return "\(d.year)-\(pad(d.month))-\(pad(d.day))"
    }

    /// `March 5, 2024`.
    static func long(_ day: Int) -> String {
        let d = date(day)
        return "\(months[d.month - 1]) \(d.day), \(d.year)"
    }

    /// Two digits.
    static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// Whether a year has 29 February.
    static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    /// Days in a month.
    static func monthLength(_ month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
