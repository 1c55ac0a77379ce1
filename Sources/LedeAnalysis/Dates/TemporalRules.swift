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
        case .frequency:
            let u = TimeUnit(rawValue: token.lex.value)!
            consider(TemporalMatch(first: i, end: i + 1, kind: .set, value: .text(durationText(1, u))))
        case .season:
            consider(season(i, year: nil, shift: nil))
        case .holiday:
            consider(holiday(i))
        case .partOfDay:
            consider(namedTime(i))
        case .ordinal:
            consider(quarter(i))
        case .keyword:
            consider(keywordStart(i))
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
        if t[i].digits == 4, isMark(i + 1, 0x2D), attached(i + 1), isNumber(i + 2), attached(i + 2), t[i + 2].digits == 2,
           isMark(i + 3, 0x2D), attached(i + 3), isNumber(i + 4), attached(i + 4), t[i + 4].digits == 2,
           let d = CalendarDate(year: Int(t[i].number), month: Int(t[i + 2].number), day: Int(t[i + 4].number)) {
            return TemporalMatch(first: i, end: i + 5, kind: .date, value: .day(d))
        }
        if t[i].digits <= 2, isMark(i + 1, 0x2F), attached(i + 1), isNumber(i + 2), attached(i + 2), t[i + 2].digits <= 2,
           isMark(i + 3, 0x2F), attached(i + 3), isNumber(i + 4), attached(i + 4), t[i + 4].digits == 4 || t[i + 4].digits == 2 {
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
        if isMark(j, 0x2C), let y = yearNumber(j + 1) { return (y, j + 2) }
        if let y = yearNumber(j) { return (y, j + 1) }
        if isKW(j, .of), let y = yearNumber(j + 1) { return (y, j + 2) }
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
            let tense = tense(i, afterDay)
            if let y = resolveYear(month: m, day: d, tense: tense), let date = CalendarDate(year: y, month: m, day: d) {
                return TemporalMatch(first: i, end: afterDay, kind: .date, value: .day(date))
            }
            return TemporalMatch(first: i, end: afterDay, kind: .date, value: .text("XXXX-\(two(m))-\(two(d))"))
        }
        if let (y, end) = trailingYear(afterMonth) {
            return TemporalMatch(first: i, end: end, kind: .date, value: .month(year: y, month: m))
        }
        // "October of next year", "March of last year".
        if isKW(afterMonth, .of), let k = kw(afterMonth + 1), k == .next || k == .last || k == .this,
           isWord(afterMonth + 2, "year"), let dct {
            let y = dct.year + (k == .next ? 1 : k == .last ? -1 : 0)
            // TimeML marks the month and "next year" apart; the month takes that year.
            return TemporalMatch(first: i, end: afterMonth, kind: .date, value: .month(year: y, month: m))
        }
        // A month alone.
        let end = afterMonth
        let tense = tense(i, end)
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
        if let y = yearNumber(afterMonth) ?? (isMark(afterMonth, 0x2C) ? yearNumber(afterMonth + 1) : nil),
           let date = CalendarDate(year: y, month: m, day: d) {
            return TemporalMatch(first: i, end: isMark(afterMonth, 0x2C) ? afterMonth + 2 : afterMonth + 1, kind: .date, value: .day(date))
        }
        let tense = tense(i, afterMonth)
        if let y = resolveYear(month: m, day: d, tense: tense), let date = CalendarDate(year: y, month: m, day: d) {
            return TemporalMatch(first: i, end: afterMonth, kind: .date, value: .day(date))
        }
        return TemporalMatch(first: i, end: afterMonth, kind: .date, value: .text("XXXX-\(two(m))-\(two(d))"))
    }

    /// "1994", "the 1990s", "'90s", "the 70s".
    func yearOrDecade(_ i: Int, allowThe: Bool = true) -> TemporalMatch? {
        var first = i
        var j = i
        if allowThe, isKW(j, .the) { j += 1 }
        if isMark(j, 0x27), isNumber(j + 1), attached(j + 1), t[j + 1].digits == 2, t[j + 1].number % 10 == 0,
           isWord(j + 2, "s"), attached(j + 2) {
            let base = t[j + 1].number >= 30 ? 190 : 200
            return TemporalMatch(first: first, end: j + 3, kind: .date, value: .decade(base + Int(t[j + 1].number) / 10))
        }
        guard isNumber(j) else { return nil }
        if isWord(j + 1, "s"), attached(j + 1) {
            if t[j].digits == 4, t[j].number % 10 == 0, (1000...2090).contains(t[j].number) {
                if t[j].number % 100 == 0, j > i { /* "the 1800s": a century */
                    return TemporalMatch(first: first, end: j + 2, kind: .date, value: .century(Int(t[j].number) / 100))
                }
                return TemporalMatch(first: first, end: j + 2, kind: .date, value: .decade(Int(t[j].number) / 10))
            }
            if t[j].digits == 2, t[j].number % 10 == 0, j > i || isMark(j - 1, 0x2D) || isKW(j - 1, .and) || isWord(j - 1, "or") {
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
        // "1994-97": the first year.
        return TemporalMatch(first: first, end: j + 1, kind: .date, value: .year(y))
    }

    // MARK: - Weekdays

    /// "Tuesday", "Tuesday morning", "Thursday, April 6", "Friday, Oct. 23, 1998".
    func weekdayDate(_ i: Int, shift: Int = 0, first: Int? = nil) -> TemporalMatch? {
        guard i < n, t[i].lex.kind == .weekday, t[i].capitalized else { return nil }
        let weekday = Int(t[i].lex.value)
        let start = first ?? i
        if shift == 0 {
            var j = i + 1
            if isMark(j, 0x2C) { j += 1 }
            if let dated = monthFirstDate(j), case .day = dated.value {
                return TemporalMatch(first: start, end: dated.end, kind: .date, value: dated.value)
            }
            if let dated = dayFirstDate(j) {
                return TemporalMatch(first: start, end: dated.end, kind: .date, value: dated.value)
            }
        }
        var end = i + 1
        var part: PartOfDay? = nil
        if lex(end).kind == .partOfDay, t[end].lex.value <= PartOfDay.night.rawValue {
            part = PartOfDay(rawValue: t[end].lex.value)
            end += 1
        }
        let date = resolveWeekday(weekday, tense: tense(start, end), shift: shift)
        guard let date else {
            return TemporalMatch(first: start, end: end, kind: part == nil ? .date : .time, value: floatingWeekday(weekday))
        }
        if let part {
            return TemporalMatch(first: start, end: end, kind: .time, value: .dayPart(date, part))
        }
        return TemporalMatch(first: start, end: end, kind: .date, value: .day(date))
    }

    // MARK: - Clock times

    /// "10 a.m.", "10:35 a.m. EST", "12:00 UTC Monday", "16:00 UTC today", "4 in the morning".
    func clockTime(_ i: Int) -> TemporalMatch? {
        guard isNumber(i) else { return nil }
        var hour = Int(t[i].number)
        var minute = 0
        var j = i + 1
        var hasMinutes = false
        if t[i].digits <= 2, isMark(j, 0x3A), attached(j), isNumber(j + 1), attached(j + 1), t[j + 1].digits == 2 {
            minute = Int(t[j + 1].number)
            hasMinutes = true
            j += 2
        }
        guard t[i].digits <= 2 || (t[i].digits == 4 && lex(i + 1).kind == .timezone) else { return nil }
        if t[i].digits == 4 {
            minute = hour % 100
            hour /= 100
            hasMinutes = true
        }
        guard hour <= 24, minute < 60 else { return nil }
        var clock = false
        if let (pm, end) = meridiem(j) {
            guard (1...12).contains(hour) else { return nil }
            if pm && hour < 12 { hour += 12 }
            if !pm && hour == 12 { hour = 0 }
            j = end
            clock = true
        } else if isKW(j, .oclock) {
            j += 1
            clock = true
        } else if isKW(j, .in), isKW(j + 1, .the), lex(j + 2).kind == .partOfDay, hour <= 12 {
            let part = PartOfDay(rawValue: t[j + 2].lex.value)!
            if part == .afternoon || part == .evening || (part == .night && hour >= 6) { hour = hour % 12 + 12 }
            j += 3
            clock = true
        } else if hasMinutes {
            clock = true
        }
        guard clock else { return nil }
        var utc = false
        if lex(j).kind == .timezone, t[j].capitalized {
            utc = isWord(j, "utc") || isWord(j, "gmt") || isWord(j, "z")
            j += 1
        }
        else if isWord(j, "local"), isKW(j + 1, .time) { j += 2 }
        // A day right after: "9 a.m. Tuesday", "16:00 UTC today".
        var date: CalendarDate? = nil
        if let day = weekdayDate(j), day.kind == .date, let d = day.value.specificDay {
            date = d
            j = day.end
        } else if let day = deicticDay(j) {
            date = day.date
            j = day.end
        } else if let dated = monthFirstDate(j) ?? dayFirstDate(j), let d = dated.value.specificDay {
            date = d
            j = dated.end
        } else {
            date = laterWeekday(from: j) ?? sentenceDay(for: i)
        }
        return TemporalMatch(first: i, end: j, kind: .time, value: .clock(date, hour: hour, minute: minute, utc: utc))
    }

    /// The day a clock time without its own date belongs to: one named earlier in the same
    /// sentence, else the last day mentioned, else the document date.
    func sentenceDay(for i: Int) -> CalendarDate? {
        if let day = sentenceDayCache, day.sentenceStart == sentenceStart(of: i) { return day.date }
        return context.reference?.specificDay ?? dct
    }

    /// A weekday a few tokens after a clock time, in the same clause: "10:35 a.m. (0735 GMT) Friday".
    func laterWeekday(from j: Int) -> CalendarDate? {
        var k = j
        while k < min(n, j + 10) {
            if t[k].kind == .punct, t[k].mark == 0x2E || t[k].mark == 0x3B { return nil }
            if t[k].lex.kind == .weekday, let m = weekdayDate(k), m.kind == .date { return m.value.specificDay }
            if t[k].lex.kind == .month, let m = monthFirstDate(k), let day = m.value.specificDay { return day }
            k += 1
        }
        return nil
    }

    /// "today", "yesterday", "tomorrow", "tonight" as a day.
    func deicticDay(_ i: Int) -> (date: CalendarDate, end: Int)? {
        guard let dct else { return nil }
        switch kw(i) {
        case .today, .tonight: return (dct, i + 1)
        case .yesterday: return (dct.adding(days: -1), i + 1)
        case .tomorrow: return (dct.adding(days: 1), i + 1)
        default: return nil
        }
    }

    /// "noon", "midnight", "midday" alone.
    func namedTime(_ i: Int) -> TemporalMatch? {
        guard lex(i).kind == .partOfDay, let part = PartOfDay(rawValue: t[i].lex.value) else { return nil }
        switch part {
        case .midday, .midnight:
            let date = sentenceDay(for: i)
            let value: TemporalValue = date.map { .dayPart($0, part) } ?? .text("XXXX-XX-XXT\(part.code)")
            return TemporalMatch(first: i, end: i + 1, kind: .time, value: value)
        default:
            return nil
        }
    }

    // MARK: - Durations, "ago", sets

    /// A count before a unit: "two", "33", "a", "several", "a few", "5 1/2", "two and a half",
    /// "twenty-five"; nil count means an unspecified number (PXY).
    func count(_ i: Int) -> (value: Double?, end: Int)? {
        guard i < n else { return nil }
        if t[i].kind == .number {
            guard t[i].digits <= 4, !(attached(i) && isMark(i - 1, 0x24)) else { return nil }
            var value = Double(t[i].number)
            var j = i + 1
            if isMark(j, 0x2C), attached(j), isNumber(j + 1), attached(j + 1), t[j + 1].digits == 3 {
                value = value * 1000 + Double(t[j + 1].number)
                j += 2
            }
            if isMark(j, 0x2E), attached(j), isNumber(j + 1), attached(j + 1) {
                var fraction = Double(t[j + 1].number)
                for _ in 0..<t[j + 1].digits { fraction /= 10 }
                value += fraction
                j += 2
            }
            // "5 1/2"
            if isNumber(j), isMark(j + 1, 0x2F), attached(j + 1), isNumber(j + 2), attached(j + 2), t[j + 2].number > 0 {
                value += Double(t[j].number) / Double(t[j + 2].number)
                j += 3
            }
            return (value, j)
        }
        switch t[i].lex.kind {
        case .number:
            var value = Double(t[i].lex.value)
            var j = i + 1
            if value >= 20, isMark(j, 0x2D), attached(j), lex(j + 1).kind == .number, t[j + 1].lex.value < 10 {
                value += Double(t[j + 1].lex.value)
                j += 2
            }
            if isKW(j, .and), isKW(j + 1, .a), isKW(j + 2, .half) { return (value + 0.5, j + 3) }
            if isKW(j, .and), isKW(j + 1, .half) { return (value + 0.5, j + 2) }
            return (value, j)
        case .keyword:
            switch kw(i) {
            case .a, .an:
                if isKW(i + 1, .few) || isWord(i + 1, "couple") {
                    var j = i + 2
                    if isKW(j, .of) { j += 1 }
                    return (nil, j)
                }
                if isKW(i + 1, .half) { return (0.5, i + 2) }
                if isKW(i + 1, .dozen) { return (12, i + 2) }
                return (1, i + 1)
            case .several, .few, .many, .someWord:
                return (nil, i + 1)
            case .half:
                if isKW(i + 1, .a) || isKW(i + 1, .an) { return (0.5, i + 2) }
                return nil
            default:
                return nil
            }
        default:
            return nil
        }
    }

    /// "two years", "33 years", "several hours", "a day", "16-hour", "two weeks ago",
    /// "two days later", "years" (in "for years"), "a year" (after an amount: a set).
    func quantity(_ i: Int) -> TemporalMatch? {
        var j = i
        var count: Double? = 1
        var counted = false
        if let c = self.count(i) {
            count = c.value
            j = c.end
            counted = true
        }
        if counted, isKW(j, .more), lex(j + 1).kind == .units { j += 1 }  // "two more weeks"
        let hyphen = counted && isMark(j, 0x2D) && attached(j) && attached(j + 1)
        if hyphen { j += 1 }
        var entry = lex(j)
        // "between 60 and 90 days", "two or three years": the first number takes the unit that follows.
        if counted, entry.kind == .keyword, isKW(j, .and) || isKW(j, .to) || isWord(j, "or"), let next = self.count(j + 1),
           next.end > j + 1, lex(next.end).kind == .units, let unit = TimeUnit(rawValue: lex(next.end).value) {
            return TemporalMatch(first: i, end: j, kind: .duration, value: .text(durationText(count, unit)))
        }
        entry = lex(j)
        guard entry.kind == .unit || entry.kind == .units, let unit = TimeUnit(rawValue: entry.value) else { return nil }
        // "a quarter" of something is a share, "a second" an ordinal, "60 Minutes" a name.
        if (unit == .quarter || unit == .second), isKW(i, .a) || isKW(i, .an) { return nil }
        if t[j].capitalized, j > 0, !isMark(j - 1, 0x2D) { return nil }
        // "one second" is a count; "the second half" is not ours to read here.
        if !counted {
            if entry.kind == .unit, j == i, isMark(i + 1, 0x2D), attached(i + 1), isKW(i + 2, .long), attached(i + 2) {
                return TemporalMatch(first: i, end: i + 3, kind: .duration, value: .text(durationText(1, unit)))  // "day-long"
            }
            // A bare plural unit counts only where it plainly means a span of time.
            guard entry.kind == .units, j == i else { return nil }
            let before = kw(i - 1)
            let spanLike = before == .for || before == .in || before == .over || before == .within || isKW(i + 1, .of)
                || (isMark(i + 1, 0x2D) && isKW(i + 2, .long))
            guard spanLike, unit >= .hour, unit != .quarter, unit != .weekend else { return nil }
            guard !isKW(i + 1, .old), !(isMark(i + 1, 0x2D) && isKW(i + 2, .old)) else { return TemporalMatch(first: i, end: i, kind: .duration, value: .text("")) }
            var end = i + 1
            if isMark(end, 0x2D), isKW(end + 1, .long) { end += 2 }
            return TemporalMatch(first: i, end: end, kind: .duration, value: .text(durationText(nil, unit)))
        }
        if t[i].kind == .word, t[i].lex.kind == .ordinal { return nil }
        var end = j + 1
        // Ages are not durations in TimeML: "five-year-old", "47 years old".
        if isKW(end, .old) || (isMark(end, 0x2D) && isKW(end + 1, .old)) {
            return TemporalMatch(first: i, end: i, kind: .duration, value: .text(""))
        }
        if isMark(end, 0x2D), isKW(end + 1, .long), attached(end) { end += 2 }
        // "a year" after an amount ("$5 million a year") is a set.
        if (isKW(i, .a) || isKW(i, .an)), !hyphen, isPerAmount(i - 1) {
            return TemporalMatch(first: i, end: end, kind: .set, value: .text(durationText(1, unit)))
        }
        // "two weeks ago", "a decade ago": a date at the unit's granularity.
        if isKW(end, .ago) {
            let step = unit == .decade ? (10, TimeUnit.year) : unit == .century ? (100, TimeUnit.year) : (1, unit)
            if let dct, let c = count, c == c.rounded(), let v = DateMath.shift(dct, by: -Int(c) * step.0, step.1) {
                return TemporalMatch(first: i, end: end + 1, kind: .date, value: v)
            }
            return TemporalMatch(first: i, end: end + 1, kind: .date, value: .text("PAST_REF"))
        }
        if isKW(end, .from), isKW(end + 1, .now), let dct, let c = count, c == c.rounded(),
           let v = DateMath.shift(dct, by: Int(c), unit) {
            return TemporalMatch(first: i, end: end + 2, kind: .date, value: v)
        }
        if (isKW(end, .later) || isKW(end, .earlier)), unit >= .day, let anchor = anchorDate, let c = count, c == c.rounded(),
           let v = DateMath.shift(anchor.date, by: isKW(end, .later) ? Int(c) : -Int(c), unit) {
            return TemporalMatch(first: i, end: end + 1, kind: .date, value: v)
        }
        return TemporalMatch(first: i, end: end, kind: .duration, value: .text(durationText(count, unit)))
    }

    /// Whether token `k` ends an amount that "a year" can follow as a rate ("$5 million a year").
    func isPerAmount(_ k: Int) -> Bool {
        guard k >= 0 else { return false }
        if t[k].kind == .number { return true }
        if isKW(k, .once) || isKW(k, .twice) || isKW(k, .times) { return true }
        return isWord(k, "million") || isWord(k, "billion") || isWord(k, "percent") || isMark(k, 0x25)
            || isWord(k, "dollars") || isWord(k, "people") || isWord(k, "trillion")
    }

    /// P2Y, PT3H, PXY, P1.5Y.
    func durationText(_ count: Double?, _ unit: TimeUnit) -> String {
        let code = unit.durationCode
        let prefix = code.isTime ? "PT" : "P"
        guard let count else { return prefix + "X" + (unit == .decade ? "DE" : unit == .century ? "CE" : code.letter) }
        var value = count * Double(code.count)
        var letter = code.letter
        var isTime = code.isTime
        if value != value.rounded() {
            // Half units: 5 1/2 hours → PT5H30M; half a year → P6M.
            switch unit {
            case .hour:
                let minutes = Int((value * 60).rounded())
                return "PT\(minutes / 60 > 0 ? "\(minutes / 60)H" : "")\(minutes % 60 > 0 ? "\(minutes % 60)M" : "")"
            case .year: value *= 12; letter = "M"
            case .day: value *= 24; letter = "H"; isTime = true
            case .minute: value *= 60; letter = "S"
            default: break
            }
        }
        let number = value == value.rounded() ? String(Int(value)) : String(value)
        return (isTime ? "PT" : "P") + number + letter
    }

    // MARK: - Keyword-led expressions

    func keywordStart(_ i: Int) -> TemporalMatch? {
        guard let word = kw(i) else { return nil }
        switch word {
        case .today, .yesterday, .tomorrow, .tonight:
            guard let dct else {
                return TemporalMatch(first: i, end: i + 1, kind: .date, value: .text(word == .today ? "PRESENT_REF" : "XXXX-XX-XX"))
            }
            let (date, _) = deicticDay(i) ?? (dct, i + 1)
            if word == .tonight { return TemporalMatch(first: i, end: i + 1, kind: .time, value: .dayPart(date, .night)) }
            if lex(i + 1).kind == .partOfDay, let part = PartOfDay(rawValue: t[i + 1].lex.value), part.rawValue <= PartOfDay.night.rawValue {
                return TemporalMatch(first: i, end: i + 2, kind: .time, value: .dayPart(date, part))
            }
            return TemporalMatch(first: i, end: i + 1, kind: .date, value: .day(date))
        case .now, .nowadays, .currently, .presently, .current:
            if word == .current, isMark(i + 1, 0x2D) { return nil }
            return TemporalMatch(first: i, end: i + 1, kind: .date, value: .text("PRESENT_REF"))
        case .future:
            return TemporalMatch(first: i, end: i + 1, kind: .date, value: .text("FUTURE_REF"))
        case .annual:
            return TemporalMatch(first: i, end: i + 1, kind: .set, value: .text("P1Y"))
        case .the:
            return theStart(i)
        case .this, .last, .next, .coming, .past, .previous, .following, .recent, .that, .same:
            return relative(i, first: i)
        case .early, .late, .mid:
            var j = i + 1
            if isMark(j, 0x2D), attached(j) { j += 1 }
            guard let inner = anchoredInner(j) else { return nil }
            return TemporalMatch(first: i, end: inner.end, kind: inner.kind, value: inner.value)
        case .earlier, .later:
            // "earlier this month", "later that day".
            guard let k = kw(i + 1), k == .this || k == .that || k == .last || k == .next,
                  let inner = relative(i + 1, first: i + 1) else { return nil }
            return TemporalMatch(first: i, end: inner.end, kind: inner.kind, value: inner.value)
        case .every, .each:
            return everySet(i)
        case .at, .more, .less, .fewer, .nearly, .almost, .up, .shortly, .just:
            return approximated(i)
        case .a, .an, .several, .few, .many, .someWord, .half:
            return quantity(i)
        case .end, .beginning, .start, .middle:
            return nil
        case .once, .twice:
            // "twice a week".
            guard isKW(i + 1, .a) || isKW(i + 1, .per), lex(i + 2).kind == .unit, let u = TimeUnit(rawValue: t[i + 2].lex.value) else { return nil }
            return TemporalMatch(first: i, end: i + 3, kind: .set, value: .text(durationText(1, u)))
        case .fiscal:
            if isWord(i + 1, "year"), let y = yearNumber(i + 2) { return TemporalMatch(first: i, end: i + 3, kind: .date, value: .year(y)) }
            if let y = yearNumber(i + 1) { return TemporalMatch(first: i, end: i + 2, kind: .date, value: .year(y)) }
            return nil
        case .midnight, .noon, .midday:
            return namedTime(i)
        default:
            return nil
        }
    }

    /// A day named any way: a date, a weekday, "last Tuesday", "yesterday", a holiday.
    func dayExpression(_ j: Int) -> TemporalMatch? {
        guard j < n else { return nil }
        let candidates = [monthFirstDate(j), dayFirstDate(j), weekdayDate(j), holiday(j),
                          t[j].lex.kind == .keyword ? keywordStart(j) : nil]
        return candidates.compactMap { $0 }.first { $0.value.specificDay != nil }
    }

    /// What "early", "late", "mid-" and "the end of" can stand before.
    func anchoredInner(_ j: Int) -> TemporalMatch? {
        if let m = monthFirstDate(j) { return m }
        if let m = yearOrDecade(j) { return m }
        if let m = season(j, year: nil, shift: nil) { return m }
        if let m = weekdayDate(j) { return m }
        if let k = kw(j), k == .this || k == .last || k == .next || k == .the || k == .today || k == .yesterday || k == .tomorrow {
            if let m = keywordStart(j), m.kind == .date || m.kind == .time { return m }
        }
        return nil
    }

    /// "at least 72 hours", "more than four decades ago", "almost four years ago", "shortly before midnight".
    func approximated(_ i: Int) -> TemporalMatch? {
        var j = i
        switch kw(i) {
        case .at: guard isKW(i + 1, .least) else { return nil }; j = i + 2
        case .more, .less, .fewer: guard isKW(i + 1, .than) else { return nil }; j = i + 2
        case .nearly, .almost: j = i + 1
        case .up: guard isKW(i + 1, .to) else { return nil }; j = i + 2
        case .shortly, .just:
            guard isKW(i + 1, .before) || isKW(i + 1, .after) else { return nil }
            j = i + 2
            guard let inner = namedTime(j) ?? (isNumber(j) ? clockTime(j) : nil) else { return nil }
            return TemporalMatch(first: i, end: inner.end, kind: inner.kind, value: inner.value)
        default: return nil
        }
        guard let inner = quantity(j), inner.end > j else { return nil }
        return TemporalMatch(first: i, end: inner.end, kind: inner.kind, value: inner.value)
    }

    /// "every week", "every two years", "each Monday", "every morning".
    func everySet(_ i: Int) -> TemporalMatch? {
        var j = i + 1
        var c: Double? = 1
        if let q = count(j), !(isKW(j, .a) || isKW(j, .an)) {
            c = q.value
            j = q.end
        }
        switch lex(j).kind {
        case .unit, .units:
            let u = TimeUnit(rawValue: t[j].lex.value)!
            return TemporalMatch(first: i, end: j + 1, kind: .set, value: .text(durationText(c, u)))
        case .weekday:
            return TemporalMatch(first: i, end: j + 1, kind: .set, value: .text("XXXX-WXX-\(t[j].lex.value + 1)"))
        case .partOfDay:
            let part = PartOfDay(rawValue: t[j].lex.value)!
            return TemporalMatch(first: i, end: j + 1, kind: .set, value: .text("XXXX-XX-XXT\(part.code)"))
        case .month:
            guard t[j].capitalized else { return nil }
            return TemporalMatch(first: i, end: j + 1, kind: .set, value: .text("XXXX-\(two(Int(t[j].lex.value)))"))
        case .season:
            return TemporalMatch(first: i, end: j + 1, kind: .set, value: .text("XXXX-\(Season(rawValue: t[j].lex.value)!.code)"))
        default:
            return nil
        }
    }

    /// Expressions that begin with "the".
    func theStart(_ i: Int) -> TemporalMatch? {
        let j = i + 1
        guard j < n else { return nil }
        if let m = yearOrDecade(i), m.first == i { return m }
        switch kw(j) {
        case .past:
            // "the past" alone is PAST_REF; "the past two years" a duration.
            if let m = relative(j, first: i) { return m }
            return TemporalMatch(first: i, end: j + 1, kind: .date, value: .text("PAST_REF"))
        case .future:
            return TemporalMatch(first: i, end: j + 1, kind: .date, value: .text("FUTURE_REF"))
        case .long where isWord(j + 1, "term") || isWord(j + 1, "run"):
            return TemporalMatch(first: i, end: j + 2, kind: .date, value: .text("FUTURE_REF"))  // "for the long term"
        case .end, .beginning, .start, .middle:
            guard isKW(j + 1, .of), let inner = anchoredInner(j + 2) else { return nil }
            return TemporalMatch(first: i, end: inner.end, kind: inner.kind, value: inner.value)
        case .early, .late:
            guard let inner = anchoredInner(j + 1), case .decade = inner.value else { return nil }
            return TemporalMatch(first: i, end: inner.end, kind: inner.kind, value: inner.value)
        case .last, .next, .coming, .previous, .following, .same, .recent:
            return relative(j, first: i)
        default:
            break
        }
        if lex(j).kind == .ordinal || isKW(j, .final) || isKW(j, .last) {
            if let m = weekOfMonth(j, first: i) { return m }
            return quarter(j, first: i)
        }
        // "the entire year", "the whole week": the period of the last date named.
        if isKW(j, .entire) || isKW(j, .whole) || isKW(j, .full), lex(j + 1).kind == .unit,
           let unit = TimeUnit(rawValue: t[j + 1].lex.value), unit >= .day {
            return relativeUnit(.that, unit, first: i, end: j + 2, shift: 0)
        }
        if let m = season(j, year: nil, shift: nil, first: i) { return m }
        // "the week of March 6": the ISO week holding that day.
        if isWord(j, "week"), isKW(j + 1, .of), let dated = monthFirstDate(j + 2) ?? dayFirstDate(j + 2), let day = dated.value.specificDay {
            let w = DateMath.isoWeek(day)
            return TemporalMatch(first: i, end: dated.end, kind: .date, value: .week(year: w.year, week: w.week))
        }
        // "the day before last Tuesday", "the day after Christmas", "the day before yesterday".
        if isWord(j, "day"), isKW(j + 1, .before) || isKW(j + 1, .after), let inner = dayExpression(j + 2),
           let day = inner.value.specificDay {
            let date = day.adding(days: isKW(j + 1, .before) ? -1 : 1)
            return TemporalMatch(first: i, end: inner.end, kind: .date, value: .day(date))
        }
        // "the weekend", "the day", "the day before", "the year before".
        if lex(j).kind == .unit, let unit = TimeUnit(rawValue: t[j].lex.value) {
            if unit == .weekend {
                guard let dct else { return TemporalMatch(first: i, end: j + 1, kind: .date, value: .text("XXXX-WXX-WE")) }
                let pastWeekend = tense(i, j + 1) != .future
                let saturday = pastWeekend ? dct.adding(days: -((dct.weekday - 5 + 7) % 7 == 0 ? 7 : (dct.weekday - 5 + 7) % 7))
                    : dct.adding(days: (5 - dct.weekday + 7) % 7)
                let w = DateMath.isoWeek(saturday)
                return TemporalMatch(first: i, end: j + 1, kind: .date, value: .weekend(year: w.year, week: w.week))
            }
            if unit == .day, let day = context.reference?.specificDay ?? (context.reference == nil ? dct : nil) {
                let anchor = (date: day, unit: TimeUnit.day)
                if isKW(j + 1, .before) { return TemporalMatch(first: i, end: j + 2, kind: .date, value: .day(anchor.date.adding(days: -1))) }
                if isKW(j + 1, .after) { return TemporalMatch(first: i, end: j + 2, kind: .date, value: .day(anchor.date.adding(days: 1))) }
            }
            if unit > .day, unit != .quarter, isKW(j + 1, .before) || isKW(j + 1, .previous), let anchor = anchorDate,
               let v = DateMath.shift(anchor.date, by: -1, unit) {
                return TemporalMatch(first: i, end: j + 2, kind: .date, value: v)
            }
        }
        return nil
    }

    /// "last year", "this week", "next month", "the past two years", "last Friday",
    /// "last November", "the previous year", "that day", "the same day", "recent months".
    func relative(_ j: Int, first: Int) -> TemporalMatch? {
        guard let word = kw(j) else { return nil }
        let k = j + 1
        guard k < n else { return nil }
        let shift: Int
        switch word {
        case .last, .past, .previous, .recent: shift = -1
        case .next, .coming, .following: shift = 1
        case .this, .that, .same: shift = 0
        default: return nil
        }
        // A counted span: "the past two years", "the next three months", "last five years".
        if word == .past || word == .last || word == .next || word == .coming || word == .previous || word == .following,
           let q = count(k), !(isKW(k, .a) || isKW(k, .an)) {
            let u = lex(q.end)
            if u.kind == .units || u.kind == .unit, let unit = TimeUnit(rawValue: u.value) {
                return TemporalMatch(first: first, end: q.end + 1, kind: .duration, value: .text(durationText(q.value, unit)))
            }
            return nil
        }
        let entry = lex(k)
        // "the same month a year ago", "the same period last year": the last date named, a year back.
        if word == .same, entry.kind == .unit || isKW(k, .period) {
            let end = k + 1
            var yearBack: Int? = nil
            if isKW(end, .last), isWord(end + 1, "year") { yearBack = end + 2 }
            else if isKW(end, .a), isWord(end + 1, "year"), isKW(end + 2, .ago) || isKW(end + 2, .earlier) { yearBack = end + 3 }
            else if isKW(end, .the), isKW(end + 1, .previous), isWord(end + 2, "year") { yearBack = end + 3 }
            if let yearBack, let reference = context.reference ?? dct.map({ .day($0) }) {
                let value: TemporalValue?
                switch reference {
                case .day(let d): value = CalendarDate(year: d.year - 1, month: d.month, day: min(d.day, 28)).map { .day($0) }
                case .month(let y, let m): value = .month(year: y - 1, month: m)
                case .quarter(let y, let q): value = .quarter(year: y - 1, quarter: q)
                case .week(let y, let w): value = .week(year: y - 1, week: w)
                case .year(let y): value = .year(y - 1)
                default: value = nil
                }
                if let value { return TemporalMatch(first: first, end: yearBack, kind: .date, value: value) }
            }
            if entry.kind == .unit, let unit = TimeUnit(rawValue: entry.value) {
                return relativeUnit(.that, unit, first: first, end: k + 1, shift: 0)
            }
            return nil
        }
        switch entry.kind {
        case .unit:
            let unit = TimeUnit(rawValue: entry.value)!
            return relativeUnit(word, unit, first: first, end: k + 1, shift: shift)
        case .units:
            // "recent months", "coming years", "past weeks": an unspecified span, or PAST_REF after "in".
            guard word == .recent || word == .coming || word == .past || word == .last || word == .next else { return nil }
            let unit = TimeUnit(rawValue: entry.value)!
            if word == .recent, isKW(first - 1, .in) {
                return TemporalMatch(first: first - 1, end: k + 1, kind: .date, value: .text("PAST_REF"))
            }
            return TemporalMatch(first: first, end: k + 1, kind: .duration, value: .text(durationText(nil, unit)))
        case .weekday:
            guard word == .last || word == .next || word == .this || word == .coming || word == .past else { return nil }
            return weekdayDate(k, shift: word == .this ? 2 : shift, first: first)
        case .month:
            guard t[k].capitalized, word == .last || word == .next || word == .this || word == .coming || word == .past else { return nil }
            if let dated = monthFirstDate(k), dated.value.specificDay != nil { return dated }
            let m = Int(entry.value)
            let end = isMark(k + 1, 0x2E) && attached(k + 1) && t[k].end - t[k].start <= 4 ? k + 2 : k + 1
            guard let dct else { return TemporalMatch(first: first, end: end, kind: .date, value: .text("XXXX-\(two(m))")) }
            var year = dct.year
            if shift < 0 && m >= dct.month { year -= 1 }
            if shift > 0 && m <= dct.month { year += 1 }
            return TemporalMatch(first: first, end: end, kind: .date, value: .month(year: year, month: m))
        case .season:
            return season(k, year: nil, shift: shift, first: first)
        case .holiday:
            guard let h = holiday(k, shift: word == .this ? 2 : shift) else { return nil }
            return TemporalMatch(first: first, end: h.end, kind: h.kind, value: h.value)
        case .partOfDay:
            // "this morning", "that night", "the next morning", "the previous evening".
            guard let part = PartOfDay(rawValue: entry.value), part.rawValue <= PartOfDay.night.rawValue else { return nil }
            let base: CalendarDate?
            if word == .this { base = dct }
            else if word == .that || word == .same { base = anchorDate?.date }
            else if word == .next || word == .following { return anchorDate.map { TemporalMatch(first: first, end: k + 1, kind: .date, value: .day($0.date.adding(days: 1))) } }
            else if word == .previous { return anchorDate.map { TemporalMatch(first: first, end: k + 1, kind: .date, value: .day($0.date.adding(days: -1))) } }
            else { return nil }
            guard let base else { return nil }
            return TemporalMatch(first: first, end: k + 1, kind: .time, value: .dayPart(base, part))
        case .keyword:
            if word == .same, isKW(k, .time) { return nil }
            if word == .that, isKW(k, .time), first == j {
                // "by that time": the date last mentioned, when there is one.
                guard let value = context.reference, value.anchor != nil, isKW(j - 1, .by) || isKW(j - 1, .at) else { return nil }
                return TemporalMatch(first: first, end: k + 1, kind: .date, value: value)
            }
            return nil
        default:
            return nil
        }
    }

    /// "last year", "this month", "next week", "the previous year", "that day", "the following day".
    func relativeUnit(_ word: Keyword, _ unit: TimeUnit, first: Int, end: Int, shift: Int) -> TemporalMatch? {
        let anaphoric = word == .that || word == .same || word == .previous || word == .following
            || (first < end - 2 && isKW(first, .the) && (word == .next))
        let base: (date: CalendarDate, unit: TimeUnit)?
        if anaphoric {
            base = anchorDate
        } else {
            base = dct.map { ($0, .day) }
        }
        if word == .past, unit != .weekend {
            // "the past year", "past decade": a span that ends now.
            return TemporalMatch(first: first, end: end, kind: .duration, value: .text(durationText(1, unit)))
        }
        if word == .coming, unit >= .day, isKW(first, .the) || unit >= .week {
            guard let base, let v = DateMath.shift(base.date, by: 1, unit) else { return nil }
            return TemporalMatch(first: first, end: end, kind: .date, value: v)
        }
        guard let base else {
            return TemporalMatch(first: first, end: end, kind: .date, value: .text(word == .that ? "XXXX-XX-XX" : "XXXX"))
        }
        if unit < .day {
            return nil
        }
        // "that day" points back at a day only when the last date mentioned was one.
        if (word == .that || word == .same), unit == .day, context.reference?.specificDay == nil, base.unit != .day {
            return TemporalMatch(first: first, end: end, kind: .date, value: .text("XXXX-XX-XX"))
        }
        guard let v = DateMath.shift(base.date, by: shift, unit) else { return nil }
        return TemporalMatch(first: first, end: end, kind: .date, value: v)
    }

    // MARK: - Quarters, seasons, holidays

    /// "the last week of March", "the first week of May 2009": the ISO week holding that day.
    func weekOfMonth(_ i: Int, first: Int) -> TemporalMatch? {
        let isLast = isKW(i, .last) || isKW(i, .final)
        guard isLast || (lex(i).kind == .ordinal && (1...4).contains(t[i].lex.value)),
              isWord(i + 1, "week"), isKW(i + 2, .of), let month = monthFirstDate(i + 3),
              case .month(let y, let m) = month.value else { return nil }
        let day = isLast ? CalendarDate.daysIn(month: m, year: y) : 1 + 7 * (Int(t[i].lex.value) - 1)
        guard let date = CalendarDate(year: y, month: m, day: day) else { return nil }
        let w = DateMath.isoWeek(date)
        return TemporalMatch(first: first, end: month.end, kind: .date, value: .week(year: w.year, week: w.week))
    }

    /// "the first quarter of 2009", "the third quarter of this year", "third-quarter", "the fourth quarter".
    func quarter(_ i: Int, first: Int? = nil) -> TemporalMatch? {
        let start = first ?? i
        var q: Int
        if isKW(i, .final) || isKW(i, .last) { q = 4 } else {
            guard lex(i).kind == .ordinal else { return nil }
            q = Int(t[i].lex.value)
        }
        var j = i + 1
        if isMark(j, 0x2D), attached(j) { j += 1 }
        let entry = lex(j)
        let isQuarter = entry.kind == .unit && entry.value == TimeUnit.quarter.rawValue
        let isHalf = isKW(j, .half)
        guard isQuarter && (1...4).contains(q) || isHalf && (1...2).contains(q) else { return nil }
        j += 1
        var year = dct?.year
        if isKW(j, .of) {
            if let y = yearNumber(j + 1) { year = y; j += 2 }
            else if let r = relative(j + 1, first: j + 1), case .year(let y) = r.value { year = y; j = r.end }
        } else if let y = yearNumber(j) {
            year = y
            j += 1
        }
        guard let year else { return nil }
        return TemporalMatch(first: start, end: j, kind: .date, value: isHalf ? .half(year: year, half: q) : .quarter(year: year, quarter: q))
    }

    /// "spring", "last fall", "the summer of 1998", "winter 2012".
    func season(_ i: Int, year explicitYear: Int?, shift: Int?, first: Int? = nil) -> TemporalMatch? {
        guard lex(i).kind == .season, let s = Season(rawValue: t[i].lex.value) else { return nil }
        let start = first ?? i
        var end = i + 1
        var year = explicitYear
        if isKW(end, .of), let y = yearNumber(end + 1) { year = y; end += 2 }
        else if let y = yearNumber(end) { year = y; end += 1 }
        // "fall" is mostly a verb: only with a determiner or a year.
        if s == .fall, year == nil, start == i, !isKW(i - 1, .the) && !isKW(i - 1, .early) && !isKW(i - 1, .late) { return nil }
        if start == i, year == nil, t[i].capitalized, i > 0 { return nil }  // "Spring Street"
        if year == nil, let dct {
            let current = (dct.month % 12) / 3  // 0 winter … but seasons run spring=0
            let seasonOfDct = current == 0 ? 3 : current - 1
            var y = dct.year
            if let shift, shift != 0 {
                if shift < 0 { y -= Int(s.rawValue) >= seasonOfDct ? 1 : 0 }
                else { y += Int(s.rawValue) <= seasonOfDct ? 1 : 0 }
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
