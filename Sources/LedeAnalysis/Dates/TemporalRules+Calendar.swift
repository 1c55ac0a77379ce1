import LedeArticles

/// Named parts of the calendar: quarters, seasons, holidays.
extension TemporalGrammar {
    /// "the last week of March", "the first week of May 2009", "the last week of the year": an ISO week.
    func weekOfMonth(_ i: Int, first: Int) -> TemporalMatch? {
        let isLast = isKW(i, .last) || isKW(i, .final)
        guard isLast || (lex(i).kind == .ordinal && (1...4).contains(t[i].lex.value)),
              isWord(i + 1, "week"), isKW(i + 2, .of) else { return nil }
        // "the last week of the year", "the first week of 2009": ISO weeks count from the year's.
        if let year = yearNumber(i + 3).map({ (year: $0, end: i + 4) })
            ?? (isKW(i + 3, .the) && isYearUnit(i + 4) ? dct.map { (year: $0.year, end: i + 5) } : nil) {
            // The week holding 28 December is a year's last; the one holding 4 January its first.
            guard let day = CalendarDate(year: year.year, month: isLast ? 12 : 1, day: isLast ? Self.dayInLastISOWeek : Self.dayInFirstISOWeek)
            else { return nil }
            let week = DateMath.isoWeek(day.adding(days: isLast ? 0 : 7 * (Int(t[i].lex.value) - 1)))
            return TemporalMatch(first: first, end: year.end, kind: .date, value: .week(year: week.year, week: week.week))
        }
        guard let month = monthFirstDate(i + 3), case .month(let y, let m) = month.value else { return nil }
        // A week belongs to the month holding its Thursday, as ISO weeks belong to years.
        let day = isLast ? CalendarDate.daysIn(month: m, year: y) : 1
        guard var date = CalendarDate(year: y, month: m, day: day) else { return nil }
        if isLast {
            if date.weekday < 3 { date = date.adding(days: -7) }
        } else {
            if date.weekday > 3 { date = date.adding(days: 7) }
            date = date.adding(days: 7 * (Int(t[i].lex.value) - 1))
        }
        let w = DateMath.isoWeek(date)
        return TemporalMatch(first: first, end: month.end, kind: .date, value: .week(year: w.year, week: w.week))
    }

    /// Whether the words from `i` name a year without a number (`the year`, `this fiscal year`):
    /// what `of` may bring after a quarter or a half.
    func isYearWord(_ i: Int) -> Bool {
        var k = i
        while k < i + Self.longestYearPhrase, k < n, lex(k).kind != .unit { k += 1 }
        return k < n && lex(k).kind == .unit && lex(k).value == TimeUnit.year.rawValue
    }

    /// 28 December always lies in its year's last ISO week, 4 January in its first.
    static let dayInLastISOWeek = 28
    static let dayInFirstISOWeek = 4

    /// "the first Tuesday of November", "the last Friday of March 2020": that weekday's nth (or
    /// last) day in the month, as elections and holidays are set.
    func weekdayOfMonth(_ i: Int, first: Int) -> TemporalMatch? {
        let isLast = isKW(i, .last) || isKW(i, .final)
        let nth = isWord(i, "second") ? 2 : lex(i).kind == .ordinal ? Int(t[i].lex.value) : 0
        guard isLast || (1...Self.mostWeekdaysInAMonth).contains(nth), lex(i + 1).kind == .weekday, isKW(i + 2, .of),
              let month = monthFirstDate(i + 3), case .month(let y, let m) = month.value else { return nil }
        let weekday = Int(t[i + 1].lex.value)
        let day: CalendarDate?
        if isLast {
            guard let end = CalendarDate(year: y, month: m, day: CalendarDate.daysIn(month: m, year: y)) else { return nil }
            day = end.adding(days: -((end.weekday - weekday + 7) % 7))
        } else {
            guard let start = CalendarDate(year: y, month: m, day: 1) else { return nil }
            day = start.adding(days: (weekday - start.weekday + 7) % 7 + 7 * (nth - 1))
        }
        guard let day, day.month == m else { return nil }
        return TemporalMatch(first: first, end: month.end, kind: .date, value: .day(day))
    }

    /// A weekday comes at most five times in a month.
    static let mostWeekdaysInAMonth = 5

    /// Whether token `i` is the word "year" (a lexicon check, no hashing).
    func isYearUnit(_ i: Int) -> Bool { lex(i).kind == .unit && lex(i).value == TimeUnit.year.rawValue }

    /// The most words before `year` in `of the current fiscal year`.
    static let longestYearPhrase = 4

    /// "the first quarter of 2009", "the third quarter of this year", "third-quarter", "the fourth quarter".
    func quarter(_ i: Int, first: Int? = nil, year givenYear: Int? = nil) -> TemporalMatch? {
        let start = first ?? i
        var q: Int
        let isFinal = isKW(i, .final) || isKW(i, .last)
        if isFinal { q = 4 } else if isWord(i, "second") { q = 2 } else {
            guard lex(i).kind == .ordinal else { return nil }
            q = Int(t[i].lex.value)
        }
        var j = i + 1
        // "the third-quarter loss": TimeML leaves the article out of an adjective's span.
        let adjective = isMark(j, Mark.hyphen) && attached(j)
        if adjective { j += 1 }
        let entry = lex(j)
        let isQuarter = entry.kind == .unit && entry.value == TimeUnit.quarter.rawValue
        let isHalf = isKW(j, .half)
        if isFinal, isHalf { q = 2 }  // "the last half of 1989"
        guard isQuarter && (1...4).contains(q) || isHalf && (1...2).contains(q) else { return nil }
        j += 1
        var year = givenYear
        if givenYear == nil {
            if isKW(j, .of) {
                if let y = yearNumber(j + 1) { year = y; j += 2 }
                else if isKW(j + 1, .fiscal), let y = yearNumber(j + 2) { year = y; j += 3 }  // "the first half of fiscal 2012"
                else if let r = relative(j + 1, first: j + 1), case .year(let y) = r.value { year = y; j = r.end }
                // `the second half of the game`, `the third quarter of the match`: a part of
                // something that is no year (not `a profit for the second quarter of $48 million`).
                else if isKW(j + 1, .the) || isKW(j + 1, .a) || isKW(j + 1, .an), !isYearWord(j + 1) { return nil }
            } else if let y = yearNumber(j) {
                year = y
                j += 1
            }
        }
        if year == nil, let dct {
            // A quarter still to come this year, told in the past, is last year's ("profits fell in the fourth quarter", in January).
            let current = (dct.month - 1) / 3 + 1
            year = isQuarter && q > current && tense(start, j) == .past ? dct.year - 1 : dct.year
        }
        guard let year else { return nil }
        // "the third-quarter loss" drops its article; "fiscal second-quarter" keeps "fiscal".
        let first = adjective && start < i && givenYear == nil && !isKW(start, .fiscal) ? (isKW(i - 1, .fiscal) ? i - 1 : i) : start
        return TemporalMatch(first: first, end: j, kind: .date, value: isHalf ? .half(year: year, half: q) : .quarter(year: year, quarter: q))
    }

    /// "the quarter", "the latest quarter", "this quarter", "the latest period", "the 1988 period",
    /// "the year-earlier quarter", "the year-ago period", "year-earlier": in a results story, the
    /// quarter reported, or the same quarter a year before.
    func reportingPeriod(_ i: Int) -> TemporalMatch? {
        guard let reported = context.reportingQuarter else { return nil }
        var j = i
        let determiner = isKW(j, .the) || isKW(j, .this)
        if determiner { j += 1 }
        var period = reported
        var explicit = false
        var yearAgo = false
        if isKW(j, .latest) || isWord(j, "comparable") || isWord(j, "corresponding") { j += 1; explicit = true }
        if isWord(j, "year"), isMark(j + 1, Mark.hyphen), attached(j + 1), attached(j + 2), isKW(j + 2, .ago) || isKW(j + 2, .earlier) {
            period = reported.yearEarlier
            j += 3
            explicit = true
            yearAgo = true
        } else if let y = yearNumber(j), y == reported.year || y == reported.year - 1 {
            period = YearQuarter(year: y, quarter: reported.quarter)
            j += 1
            explicit = true
        }
        // "the year-earlier nine months": the same span a year back, which TimeML gives as the span.
        if yearAgo, let span = quantity(j), span.first == j, span.end > j, span.kind == .duration {
            return TemporalMatch(first: i, end: span.end, kind: .duration, value: span.value, movesReference: false)
        }
        // After "the nine months" in a results paragraph, "the year-earlier period" is that span a year back.
        if yearAgo, isKW(j, .period), let comparedSpan {
            return TemporalMatch(first: i, end: j + 1, kind: .duration, value: comparedSpan, movesReference: false)
        }
        // "the 1988 third quarter", "the year-ago third quarter".
        if explicit, let named = quarter(j, first: i, year: period.year) {
            return TemporalMatch(first: i, end: named.end, kind: named.kind, value: named.value, movesReference: !yearAgo)
        }
        // "the quarter-final" and "the Quarter" (a city's) are no periods.
        let isQuarter = lex(j).kind == .unit && lex(j).value == TimeUnit.quarter.rawValue
            && !t[j].capitalized && !(isMark(j + 1, Mark.hyphen) && attached(j + 1))
        let isPeriod = isKW(j, .period)
        // "the quarter a year ago", "the period a year earlier": the reported quarter a year back, one expression.
        let yearBack = isKW(j + 1, .a) && isYearUnit(j + 2) && (isKW(j + 3, .ago) || isKW(j + 3, .earlier))
        if (isQuarter || isPeriod) && determiner && !explicit && yearBack {
            return TemporalMatch(first: i, end: j + 4, kind: .date, value: reported.yearEarlier.value, movesReference: false)
        }
        if isQuarter || (isPeriod && explicit) {
            guard determiner || explicit else { return nil }
            if isPeriod, isKW(j + 1, .last), isWord(j + 2, "year") {  // "the corresponding period last year"
                return TemporalMatch(first: i, end: j + 3, kind: .date, value: reported.yearEarlier.value, movesReference: false)
            }
            // "the quarter ended Sept. 30" is this quarter; a quarter "of" something else is not ours.
            if isKW(j + 1, .of) { return nil }
            return TemporalMatch(first: i, end: j + 1, kind: .date, value: period.value, movesReference: period == reported)
        }
        // "year-earlier" alone, before a figure: "the year-earlier $4.5 million".
        if yearAgo {
            let start = determiner ? i + 1 : i
            return TemporalMatch(first: start, end: j, kind: .date, value: period.value, movesReference: false)
        }
        return nil
    }

    /// "the quarter ended May 31", "the fiscal quarter ending in March": a company's quarter,
    /// named by the calendar quarter that holds most of its three months (a quarter closing on
    /// May 31 runs from March, mostly in the second).
    func quarterClosing(_ i: Int) -> TemporalMatch? {
        guard isKW(i, .the) else { return nil }
        let j = isKW(i + 1, .fiscal) ? i + 2 : i + 1
        guard lex(j).kind == .unit, lex(j).value == TimeUnit.quarter.rawValue, !t[j].capitalized,
              isWord(j + 1, "ended") || isWord(j + 1, "ending") else { return nil }
        let dateStart = isKW(j + 2, .in) ? j + 3 : j + 2
        guard let closing = monthFirstDate(dateStart) ?? dayFirstDate(dateStart) else { return nil }
        guard let closingMonth = closing.value.anchor, closingMonth.unit <= .month else { return nil }
        // The middle of the three months is the one before the closing month.
        let middle = DateMath.adding(months: -1, to: closingMonth.date)
        guard let quarter = DateMath.shift(middle, by: 0, .quarter) else { return nil }
        return TemporalMatch(first: i, end: j + 1, kind: .date, value: quarter)
    }

    /// "year-end", "at year end", "by year's end", "the end of the year": the end of the year
    /// the article stands in, which TimeML gives as that year. Told in the past early in a year
    /// ("at year end, debt stood at …" in January) it is the year just closed.
    func yearEnd(_ i: Int, first: Int? = nil) -> TemporalMatch? {
        guard isYearUnit(i), let dct else { return nil }
        var end = i + 1  // after "the end of the year"
        if first == nil {
            if isMark(end, Mark.hyphen), attached(end) { end += 1 } else if isPossessive(end) { end += 2 }
            guard isKW(end, .end) else { return nil }
            end += 1
        }
        let start = first ?? i
        let closedYear = dct.month < Self.firstMonthOfSpring && tense(start, end) == .past
        return TemporalMatch(first: start, end: end, kind: .date, value: .year(closedYear ? dct.year - 1 : dct.year))
    }

    /// The month meteorological spring opens with; the months before it close the winter.
    static let firstMonthOfSpring = 3

    /// "spring", "last fall", "the summer of 1998", "winter 2012".
    func season(_ i: Int, year explicitYear: Int?, shift: Int?, first: Int? = nil) -> TemporalMatch? {
        guard lex(i).kind == .season, let s = Season(rawValue: t[i].lex.value) else { return nil }
        let start = first ?? i
        var end = i + 1
        var year = explicitYear
        if isKW(end, .of), let y = yearNumber(end + 1) { year = y; end += 2 }
        // "the spring of last year", "the summer of this year".
        else if isKW(end, .of), let r = relative(end + 1, first: end + 1), case .year(let y) = r.value { year = y; end = r.end }
        else if let y = yearNumber(end) { year = y; end += 1 }
        else if let spelled = spelledYear(isKW(end, .of) ? end + 1 : end) { year = spelled.year; end = spelled.end }
        // "fall" is mostly a verb: only with a determiner or a year.
        if s == .fall, year == nil, start == i, !isKW(i - 1, .the) && !isKW(i - 1, .early) && !isKW(i - 1, .late) { return nil }
        if start == i, year == nil, t[i].capitalized, i > 0 { return nil }  // "Spring Street"
        if year == nil, let dct {
            let current = (dct.month % 12) / 3  // 0 winter … but seasons run spring=0
            let seasonOfDct = current == 0 ? 3 : current - 1
            // In January and February the year's spring, summer and fall all lie ahead: "last
            // fall" is the year before's, "next spring" this year's.
            let position = dct.month < Self.firstMonthOfSpring && s != .winter ? -1 : seasonOfDct
            var y = dct.year
            if let shift, shift != 0 {
                if shift < 0 { y -= Int(s.rawValue) >= position ? 1 : 0 }
                else { y += Int(s.rawValue) <= position ? 1 : 0 }
            }
            year = y
        }
        guard let year else { return TemporalMatch(first: start, end: end, kind: .date, value: .text("XXXX-\(s.code)")) }
        return TemporalMatch(first: start, end: end, kind: .date, value: .season(year: year, season: s))
    }

    /// "Christmas", "Victory Day", "Thanksgiving Day", "New Year's Eve", with "last"/"next" as shift.
    func holiday(_ i: Int, shift: Int = 0) -> TemporalMatch? {
        guard i < n, t[i].capitalized else { return nil }
        var found: (Holiday, Int)? = nil
        for (words, h) in TemporalTagger.holidayTokens where words[0] == t[i].hash {
            var ok = i + words.count <= n
            var k = 1
            while ok && k < words.count {
                if t[i + k].hash != words[k] { ok = false }
                k += 1
            }
            if ok, found == nil || words.count > found!.1 { found = (h, words.count) }
        }
        if found == nil, t[i].lex.kind == .holiday, let h = Holiday(rawValue: t[i].lex.value) { found = (h, 1) }
        guard let (h, length) = found else { return nil }
        // "Easter Island", "Christmas Island": a place.
        if length == 1, i + 1 < n, t[i + 1].kind == .word, t[i + 1].capitalized, t[i + 1].lex.kind == .none { return nil }
        let end = i + length
        // "Easter week": the week of the holiday.
        if isWord(end, "week"), let date = resolveHoliday(h, tense: tense(i, end + 1), shift: shift) {
            let w = DateMath.isoWeek(date)
            return TemporalMatch(first: i, end: end + 1, kind: .date, value: .week(year: w.year, week: w.week))
        }
        if let y = yearNumber(end), let d = h == .dDay ? CalendarDate(year: 1944, month: 6, day: 6) : DateMath.date(of: h, in: y) {
            return TemporalMatch(first: i, end: end + 1, kind: .date, value: .day(d))
        }
        let date = resolveHoliday(h, tense: tense(i, end), shift: shift)
        guard let date else { return TemporalMatch(first: i, end: end, kind: .date, value: .text("XXXX-XX-XX")) }
        return TemporalMatch(first: i, end: end, kind: .date, value: .day(date))
    }

    func two(_ v: Int) -> String { v < 10 ? "0\(v)" : String(v) }
}
