import LedeArticles

/// The calendar period a TIMEX3 value stands for: `2013` is the whole year, `2013-05-07T23:00` its day.
/// Durations, sets and vague references (`P2Y`, `XXXX-WXX-1`, `PAST_REF`) have none.
public struct TimexSpan: Sendable, Equatable {
    public var first: CalendarDate
    public var last: CalendarDate
    /// How precise the value is, for the chart.
    public enum Granularity: Int, Sendable { case decade, year, quarter, month, week, day }
    public var granularity: Granularity

    public init?(value: String) {
        let scalars = Array(value.utf8)
        func digits(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= scalars.count else { return nil }
            var n = 0
            for i in range {
                guard scalars[i] >= 48 && scalars[i] <= 57 else { return nil }
                n = n * 10 + Int(scalars[i] - 48)
            }
            return n
        }
        if scalars.count == 3, let decade = digits(0..<3) {
            first = CalendarDate(year: decade * 10, month: 1, day: 1)!
            last = CalendarDate(year: decade * 10 + 9, month: 12, day: 31)!
            granularity = .decade
            return
        }
        guard let year = digits(0..<4) else { return nil }
        if scalars.count == 4 {
            first = CalendarDate(year: year, month: 1, day: 1)!
            last = CalendarDate(year: year, month: 12, day: 31)!
            granularity = .year
            return
        }
        guard scalars.count >= 7, scalars[4] == UInt8(ascii: "-") else { return nil }
        if scalars[5] == UInt8(ascii: "W"), let week = digits(6..<8), (1...53).contains(week) {
            // ISO week: the Monday of week 1 is in the week holding 4 January.
            let jan4 = CalendarDate(year: year, month: 1, day: 4)!
            let monday = jan4.adding(days: -jan4.weekday + (week - 1) * 7)
            first = monday
            last = monday.adding(days: 6)
            granularity = .week
            return
        }
        if scalars[5] == UInt8(ascii: "Q"), let quarter = digits(6..<7), (1...4).contains(quarter) {
            first = CalendarDate(year: year, month: quarter * 3 - 2, day: 1)!
            last = CalendarDate(year: year, month: quarter * 3, day: CalendarDate.daysIn(month: quarter * 3, year: year))!
            granularity = .quarter
            return
        }
        guard let month = digits(5..<7), (1...12).contains(month) else { return nil }
        if scalars.count == 7 {
            first = CalendarDate(year: year, month: month, day: 1)!
            last = CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))!
            granularity = .month
            return
        }
        guard scalars.count >= 10, scalars[7] == UInt8(ascii: "-"), let day = digits(8..<10),
              let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        first = date
        last = date
        granularity = .day
    }
}
