import LedeArticles

/// The rules, one family a method; `match(at:)` keeps the longest reading.
extension TemporalGrammar {
    func match(at i: Int) -> TemporalMatch? {
        var best: TemporalMatch? = nil
        func consider(_ m: TemporalMatch?) {
            guard let m else { return }
            if best == nil || m.end > best!.end { best = m }
        }
        let token = t[i]
        if token.kind == .number {
            consider(numericDate(i))
            consider(dayFirstDate(i))
            consider(clockTime(i))
            consider(quantity(i))
            consider(yearOrDecade(i))
            if token.digits <= 2 {  // "20th century", "from 7 to 9 May": small numbers only
                consider(ordinalCentury(i))
                consider(firstDayOfRange(i))
            }
            return best
        }
        switch token.lex.kind {
        case .month:
            consider(monthFirstDate(i))
        case .weekday:
            consider(weekdayDate(i))
        case .weekdays:
            if token.capitalized { consider(TemporalMatch(first: i, end: i + 1, kind: .set, value: .text("XXXX-WXX-\(token.lex.value + 1)"))) }
        case .number, .units, .unit:
            consider(quantity(i))
            if token.lex.kind == .number {
                consider(spelledYearDate(i))
                consider(clockTime(i))  // "eight o'clock"
            }
            if token.lex.kind == .unit {
                consider(reportingPeriod(i))  // "year-earlier"
                consider(yearEnd(i))
            }
            if isWord(i, "second") { consider(quarter(i)) }  // the ordinal, not the unit: "second quarter"
        case .frequency:
            let u = TimeUnit(rawValue: token.lex.value)!
            // "a quarterly dividend": as an adjective before a noun TimeML leaves it untagged.
            let adjective = u == .quarter && i + 1 < n && t[i + 1].kind == .word
            if !adjective { consider(TemporalMatch(first: i, end: i + 1, kind: .set, value: .text(durationText(1, u)))) }
        case .season:
            consider(season(i, year: nil, shift: nil))
        case .holiday:
            consider(holiday(i))
        case .partOfDay:
            consider(namedTime(i))
        case .ordinal:
            consider(quarter(i))
            consider(ordinalCentury(i))
        case .keyword:
            consider(keywordStart(i))
            if isKW(i, .the) || isKW(i, .this) {
                consider(reportingPeriod(i))
                // Only "the quarter ended …" and "the fiscal quarter ended …" are closing quarters.
                if isKW(i + 1, .fiscal) || lex(i + 1).kind == .unit && lex(i + 1).value == TimeUnit.quarter.rawValue {
                    consider(quarterClosing(i))
                }
            }
        default:
            break
        }
        if token.kind == .word, token.capitalized, token.lex.kind != .month || best == nil {
            consider(holiday(i))
        }
        return best
    }

    // MARK: - Absolute dates

    /// "2013-05-09", "5/9/2013".
    func numericDate(_ i: Int) -> TemporalMatch? {
        guard isNumber(i) else { return nil }
        if t[i].digits == 4, isMark(i + 1, Mark.hyphen), attached(i + 1), isNumber(i + 2), attached(i + 2), t[i + 2].digits == 2,
           isMark(i + 3, Mark.hyphen), attached(i + 3), isNumber(i + 4), attached(i + 4), t[i + 4].digits == 2,
           let d = CalendarDate(year: Int(t[i].number), month: Int(t[i + 2].number), day: Int(t[i + 4].number)) {
            return TemporalMatch(first: i, end: i + 5, kind: .date, value: .day(d))
        }
        if t[i].digits <= 2, isMark(i + 1, Mark.slash), attached(i + 1), isNumber(i + 2), attached(i + 2), t[i + 2].digits <= 2,
           isMark(i + 3, Mark.slash), attached(i + 3), isNumber(i + 4), attached(i + 4), t[i + 4].digits == 4 || t[i + 4].digits == 2 {
            var year = Int(t[i + 4].number)
            if t[i + 4].digits == 2 { year += year < 50 ? 2000 : 1900 }
            if let d = CalendarDate(year: year, month: Int(t[i].number), day: Int(t[i + 2].number)) {
                return TemporalMatch(first: i, end: i + 5, kind: .date, value: .day(d))
            }
        }
        return nil
    }

    /// An optional ", 2013" or " 2013" after a month and day; returns the year and the end.
    func trailingYear(_ j: Int) -> (year: Int, end: Int)? {
        if isMark(j, Mark.comma), let y = yearNumber(j + 1) { return (y, j + 2) }
        if let y = yearNumber(j) { return (y, j + 1) }
        if isKW(j, .of), let y = yearNumber(j + 1) { return (y, j + 2) }
        // "January nineteen ninety-seven", "March of nineteen ninety".
        if let spelled = spelledYear(isKW(j, .of) ? j + 1 : j) { return spelled }
        return nil
    }

    /// "May 9", "May 9, 2013", "Aug. 7", "May 2013", "May", "June 1st".
    func monthFirstDate(_ i: Int) -> TemporalMatch? {
        guard let (m, afterMonth) = month(i) else { return nil }
        if let (d, afterDay) = dayNumber(afterMonth), d <= CalendarDate.daysIn(month: m, year: 2000) {
            if let (y, end) = trailingYear(afterDay), let date = CalendarDate(year: y, month: m, day: d) {
                return TemporalMatch(first: i, end: end, kind: .date, value: .day(date))
            }
            // "March 20 people" is rare; "May 9" is the rule.
            let tense = dateTense(i, afterDay)
            if let y = resolveYear(month: m, day: d, tense: tense), let date = CalendarDate(year: y, month: m, day: d) {
                return TemporalMatch(first: i, end: afterDay, kind: .date, value: .day(date))
            }
            return TemporalMatch(first: i, end: afterDay, kind: .date, value: .text("XXXX-\(two(m))-\(two(d))"))
        }
        if let (y, end) = trailingYear(afterMonth) {
            return TemporalMatch(first: i, end: end, kind: .date, value: .month(year: y, month: m))
        }
        // "October this year", "April next year": one date.
        if let k = kw(afterMonth), k == .next || k == .last || k == .this, isWord(afterMonth + 1, "year"), let dct {
            let y = dct.year + (k == .next ? 1 : k == .last ? -1 : 0)
            return TemporalMatch(first: i, end: afterMonth + 2, kind: .date, value: .month(year: y, month: m))
        }
        // "October of next year", "March of last year".
        if isKW(afterMonth, .of), let k = kw(afterMonth + 1), k == .next || k == .last || k == .this,
           isWord(afterMonth + 2, "year"), let dct {
            let y = dct.year + (k == .next ? 1 : k == .last ? -1 : 0)
            // TimeML marks the month and "next year" apart; the month takes that year.
            return TemporalMatch(first: i, end: afterMonth, kind: .date, value: .month(year: y, month: m))
        }
        // A month alone; before a capitalized word it is more likely a first name ("June Carter", "August Wilson").
        let end = afterMonth
        if end < n, t[end].kind == .word, t[end].capitalized, t[end].lex.kind == .none {
            switch kw(i - 1) {
            case .in, .since, .until, .by, .of, .last, .next, .this, .early, .late, .mid, .during, .through, .from, .to: break
            default: return nil
            }
        }
        let tense = dateTense(i, end)
        if let y = resolveYear(month: m, day: nil, tense: tense) {
            return TemporalMatch(first: i, end: end, kind: .date, value: .month(year: y, month: m))
        }
        return TemporalMatch(first: i, end: end, kind: .date, value: .text("XXXX-\(two(m))"))
    }

    /// "7 May", "9 May 2013", "7th of May".
    func dayFirstDate(_ i: Int) -> TemporalMatch? {
        guard let (d, afterDay) = dayNumber(i) else { return nil }
        var j = afterDay
        if isKW(j, .of) { j += 1 }
        guard let (m, afterMonth) = month(j), d <= CalendarDate.daysIn(month: m, year: 2000) else { return nil }
        if let y = yearNumber(afterMonth) ?? (isMark(afterMonth, Mark.comma) ? yearNumber(afterMonth + 1) : nil),
           let date = CalendarDate(year: y, month: m, day: d) {
            return TemporalMatch(first: i, end: isMark(afterMonth, Mark.comma) ? afterMonth + 2 : afterMonth + 1, kind: .date, value: .day(date))
        }
        let tense = dateTense(i, afterMonth)
        if let y = resolveYear(month: m, day: d, tense: tense), let date = CalendarDate(year: y, month: m, day: d) {
            return TemporalMatch(first: i, end: afterMonth, kind: .date, value: .day(date))
        }
        return TemporalMatch(first: i, end: afterMonth, kind: .date, value: .text("XXXX-\(two(m))-\(two(d))"))
    }

    /// "from 7 to 9 May", "between 3 and 5 June", "25-26 November": the first day, of the month the second names.
    func firstDayOfRange(_ i: Int) -> TemporalMatch? {
        guard let (day, afterDay) = dayNumber(i),
              isKW(afterDay, .to) || isKW(afterDay, .and) || (isMark(afterDay, Mark.hyphen) && attached(afterDay) && attached(afterDay + 1)),
              let second = dayFirstDate(afterDay + 1), let last = second.value.specificDay, day < last.day,
              let date = CalendarDate(year: last.year, month: last.month, day: day) else { return nil }
        return TemporalMatch(first: i, end: afterDay, kind: .date, value: .day(date))
    }

    /// From this year, a round hundred with "s" names a decade ("the 2000s"), before it a
    /// century ("the 1800s").
    static let firstYearNamingADecade: Int32 = 2000

    /// "1994", "the 1990s", "'90s", "the 70s".
    func yearOrDecade(_ i: Int, allowThe: Bool = true) -> TemporalMatch? {
        var first = i
        var j = i
        if allowThe, isKW(j, .the) { j += 1 }
        if isMark(j, Mark.apostrophe), isNumber(j + 1), attached(j + 1), t[j + 1].digits == 2, t[j + 1].number % 10 == 0,
           isWord(j + 2, "s"), attached(j + 2) {
            let base = t[j + 1].number >= 30 ? 190 : 200
            return TemporalMatch(first: first, end: j + 3, kind: .date, value: .decade(base + Int(t[j + 1].number) / 10))
        }
        guard isNumber(j) else { return nil }
        if isWord(j + 1, "s"), attached(j + 1) {
            if t[j].digits == 4, t[j].number % 10 == 0, (1000...2090).contains(t[j].number) {
                // "the 1800s", "the late 1900s": a century; "the 2000s" is today's decade.
                if t[j].number % 100 == 0, t[j].number < Self.firstYearNamingADecade {
                    return TemporalMatch(first: first, end: j + 2, kind: .date, value: .century(Int(t[j].number) / 100))
                }
                return TemporalMatch(first: first, end: j + 2, kind: .date, value: .decade(Int(t[j].number) / 10))
            }
            if t[j].digits == 2, t[j].number % 10 == 0, j > i || isMark(j - 1, Mark.hyphen) || isKW(j - 1, .and) || isWord(j - 1, "or") {
                let base = t[j].number >= 30 ? 190 : 200
                return TemporalMatch(first: first, end: j + 2, kind: .date, value: .decade(base + Int(t[j].number) / 10))
            }
            return nil
        }
        if j > i { first = j }  // "the 1994 election": the article is not part of the year
        guard let y = yearNumber(j) else { return nil }
        // A four-digit number is a year when it reads like one: 1900–2099 freely, earlier years after a preposition.
        if y < 1900 {
            switch kw(j - 1) {
            case .in, .since, .until, .by, .of, .from, .before, .after, .between, .during, .and, .to, .through: break
            default: return nil
            }
        }
        // "2018's final quarter", "1989's second half": that year's.
        if isPossessive(j + 1), let q = quarter(j + 3, first: first, year: y) { return q }
        // "1994-97": the first year.
        return TemporalMatch(first: first, end: j + 1, kind: .date, value: .year(y))
    }

    // MARK: - Weekdays

    /// The part of day named in the plural at `k` ("nights", "mornings"), which makes a weekday before it recur.
    func pluralPartOfDay(_ k: Int) -> PartOfDay? {
        guard k < n, t[k].kind == .word, t[k].lex.kind == .none else { return nil }
        if isWord(k, "nights") { return .night }
        if isWord(k, "mornings") { return .morning }
        if isWord(k, "evenings") { return .evening }
        if isWord(k, "afternoons") { return .afternoon }
        return nil
    }

    /// "Tuesday", "Tuesday morning", "Thursday, April 6", "Friday, Oct. 23, 1998".
    func weekdayDate(_ i: Int, shift: Int = 0, first: Int? = nil) -> TemporalMatch? {
        guard i < n, t[i].lex.kind == .weekday, t[i].capitalized else { return nil }
        let weekday = Int(t[i].lex.value)
        let start = first ?? i
        if shift == 0 {
            var j = i + 1
            if isMark(j, Mark.comma) { j += 1 }
            if let dated = monthFirstDate(j), case .day = dated.value {
                return TemporalMatch(first: start, end: dated.end, kind: .date, value: dated.value)
            }
            if let dated = dayFirstDate(j) {
                return TemporalMatch(first: start, end: dated.end, kind: .date, value: dated.value)
            }
        }
        // "Tuesday nights", "Sunday mornings": that part of every such weekday, a set.
        if let part = pluralPartOfDay(i + 1) {
            return TemporalMatch(first: start, end: i + 2, kind: .set, value: .text("XXXX-WXX-\(weekday + 1)T\(part.code)"))
        }
        // "Monday and Tuesday nights": the first weekday shares the plural, a set too.
        if isKW(i + 1, .and) || isWord(i + 1, "or"), i + 2 < n, t[i + 2].lex.kind == .weekday, let part = pluralPartOfDay(i + 3) {
            return TemporalMatch(first: start, end: i + 1, kind: .set, value: .text("XXXX-WXX-\(weekday + 1)T\(part.code)"))
        }
        var end = i + 1
        // "Friday night" is that Friday's night: a TIME valued 1998-10-23TNI, as TimeML writes a part of day.
        let part = partOfDay(after: end)
        if part != nil { end += 1 }
        let date = resolveWeekday(weekday, tense: tense(start, end), shift: shift)
        guard let date else {
            return TemporalMatch(first: start, end: end, kind: .date, value: floatingWeekday(weekday))
        }
        return dayWithPart(date, part, first: start, end: end)
    }
}
