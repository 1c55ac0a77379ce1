import LedeArticles

/// A normalized temporal value before it is written out in TIMEX3 form.
enum TemporalValue: Equatable {
    case day(CalendarDate)
    case month(year: Int, month: Int)
    case year(Int)
    case decade(Int)          // 199 for the 1990s
    case century(Int)         // 19 for the 1900s
    case week(year: Int, week: Int)
    case weekend(year: Int, week: Int)
    case quarter(year: Int, quarter: Int)
    case half(year: Int, half: Int)
    case season(year: Int, season: Season)
    case dayPart(CalendarDate, PartOfDay)
    case clock(CalendarDate?, hour: Int, minute: Int, utc: Bool = false)
    case text(String)         // PRESENT_REF, P2Y, XXXX-WXX-1 …

    var timex: String {
        switch self {
        case .day(let d): return d.iso
        case .month(let y, let m): return "\(pad(y, 4))-\(pad(m, 2))"
        case .year(let y): return pad(y, 4)
        case .decade(let d): return pad(d, 3)
        case .century(let c): return pad(c, 2)
        case .week(let y, let w): return "\(pad(y, 4))-W\(pad(w, 2))"
        case .weekend(let y, let w): return "\(pad(y, 4))-W\(pad(w, 2))-WE"
        case .quarter(let y, let q): return "\(pad(y, 4))-Q\(q)"
        case .half(let y, let h): return "\(pad(y, 4))-H\(h)"
        case .season(let y, let s): return "\(pad(y, 4))-\(s.code)"
        case .dayPart(let d, let part): return "\(d.iso)T\(part.code)"
        case .clock(let d, let h, let m, let utc): return "\(d?.iso ?? "XXXX-XX-XX")T\(pad(h, 2)):\(pad(m, 2))\(utc ? "Z" : "")"
        case .text(let s): return s
        }
    }

    /// The day this value stands for, when it names one day: what "that day" can point back to.
    var specificDay: CalendarDate? {
        switch self {
        case .day(let d), .dayPart(let d, _): return d
        case .clock(let d, _, _, _): return d
        default: return nil
        }
    }

    /// A representative first day and the finest unit, for anaphora ("that year", "the previous month").
    var anchor: (date: CalendarDate, unit: TimeUnit)? {
        switch self {
        case .day(let d), .dayPart(let d, _): return (d, .day)
        case .clock(let d?, _, _, _): return (d, .day)
        case .month(let y, let m): return CalendarDate(year: y, month: m, day: 1).map { ($0, .month) }
        case .year(let y): return CalendarDate(year: y, month: 1, day: 1).map { ($0, .year) }
        case .week(let y, let w), .weekend(let y, let w): return DateMath.mondayOf(isoYear: y, week: w).map { ($0, .week) }
        case .quarter(let y, let q): return CalendarDate(year: y, month: 3 * q - 2, day: 1).map { ($0, .quarter) }
        default: return nil
        }
    }

    private func pad(_ v: Int, _ width: Int) -> String {
        let s = String(abs(v))
        return (v < 0 ? "-" : "") + (s.count >= width ? s : String(repeating: "0", count: width - s.count) + s)
    }
}

/// Calendar arithmetic the tagger needs beyond `CalendarDate`.
enum DateMath {
    /// The ISO 8601 week (year, week number) that holds `date`.
    static func isoWeek(_ date: CalendarDate) -> (year: Int, week: Int) {
        let thursday = date.adding(days: 3 - date.weekday)
        let jan1 = CalendarDate(year: thursday.year, month: 1, day: 1)!
        return (thursday.year, (thursday.dayNumber - jan1.dayNumber) / 7 + 1)
    }

    static func mondayOf(isoYear: Int, week: Int) -> CalendarDate? {
        guard let jan4 = CalendarDate(year: isoYear, month: 1, day: 4) else { return nil }
        return jan4.adding(days: -jan4.weekday + 7 * (week - 1))
    }

    /// `date` moved by whole months, the day clamped to the month's length.
    static func adding(months: Int, to date: CalendarDate) -> CalendarDate {
        let total = date.year * 12 + (date.month - 1) + months
        let year = total >= 0 ? total / 12 : (total - 11) / 12
        let month = total - year * 12 + 1
        let day = min(date.day, CalendarDate.daysIn(month: month, year: year))
        return CalendarDate(year: year, month: month, day: day)!
    }

    /// `date` moved by `count` units, kept at that unit's granularity.
    static func shift(_ date: CalendarDate, by count: Int, _ unit: TimeUnit) -> TemporalValue? {
        switch unit {
        case .day:
            return .day(date.adding(days: count))
        case .week, .weekend:
            let w = isoWeek(date.adding(days: 7 * count))
            return unit == .week ? .week(year: w.year, week: w.week) : .weekend(year: w.year, week: w.week)
        case .fortnight:
            let w = isoWeek(date.adding(days: 14 * count))
            return .week(year: w.year, week: w.week)
        case .month:
            let d = adding(months: count, to: date)
            return .month(year: d.year, month: d.month)
        case .quarter:
            let d = adding(months: 3 * count, to: date)
            return .quarter(year: d.year, quarter: (d.month - 1) / 3 + 1)
        case .half:
            let d = adding(months: 6 * count, to: date)
            return .half(year: d.year, half: d.month <= 6 ? 1 : 2)
        case .year:
            return .year(date.year + count)
        case .decade:
            return .decade(floorDiv(date.year, 10) + count)
        case .century:
            return .century(floorDiv(date.year, 100) + count)
        case .millennium, .second, .minute, .hour:
            return nil
        }
    }

    /// Integer division rounding toward minus infinity.
    static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : (a - b + 1) / b }

    /// The `n`th `weekday` (0 = Monday) of a month; n = -1 for the last one.
    static func nthWeekday(_ n: Int, _ weekday: Int, month: Int, year: Int) -> CalendarDate? {
        if n > 0 {
            guard let first = CalendarDate(year: year, month: month, day: 1) else { return nil }
            let offset = (weekday - first.weekday + 7) % 7
            return first.adding(days: offset + 7 * (n - 1))
        }
        guard let last = CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year)) else { return nil }
        return last.adding(days: -((last.weekday - weekday + 7) % 7))
    }

    /// Western Easter Sunday (anonymous Gregorian computus).
    static func easter(_ year: Int) -> CalendarDate? {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDate(year: year, month: month, day: day)
    }

    /// The date of a holiday in a given year.
    static func date(of holiday: Holiday, in year: Int) -> CalendarDate? {
        func fixed(_ m: Int, _ d: Int) -> CalendarDate? { CalendarDate(year: year, month: m, day: d) }
        switch holiday {
        case .christmas: return fixed(12, 25)
        case .christmasEve: return fixed(12, 24)
        case .newYearsDay: return fixed(1, 1)
        case .newYearsEve: return fixed(12, 31)
        case .thanksgiving: return nthWeekday(4, 3, month: 11, year: year)
        case .easter: return easter(year)
        case .goodFriday: return easter(year)?.adding(days: -2)
        case .easterMonday: return easter(year)?.adding(days: 1)
        case .victoryDay: return fixed(5, 9)
        case .independenceDay: return fixed(7, 4)
        case .laborDay: return nthWeekday(1, 0, month: 9, year: year)
        case .laborDayEurope, .mayDay: return fixed(5, 1)
        case .memorialDay: return nthWeekday(-1, 0, month: 5, year: year)
        case .veteransDay, .armisticeDay, .remembranceDay: return fixed(11, 11)
        case .electionDay: return nthWeekday(1, 0, month: 11, year: year)?.adding(days: 1)
        case .halloween: return fixed(10, 31)
        case .valentinesDay: return fixed(2, 14)
        case .stPatricksDay: return fixed(3, 17)
        case .bastilleDay: return fixed(7, 14)
        case .boxingDay: return fixed(12, 26)
        case .mlkDay: return nthWeekday(3, 0, month: 1, year: year)
        case .presidentsDay: return nthWeekday(3, 0, month: 2, year: year)
        case .mothersDay: return nthWeekday(2, 6, month: 5, year: year)
        case .fathersDay: return nthWeekday(3, 6, month: 6, year: year)
        case .columbusDay: return nthWeekday(2, 0, month: 10, year: year)
        case .canadaDay: return fixed(7, 1)
        case .australiaDay: return fixed(1, 26)
        case .anzacDay: return fixed(4, 25)
        case .dDay: return year == 1944 ? fixed(6, 6) : nil
        }
    }
}
