import LedeArticles

/// Clock times: "10 a.m.", "12:00 UTC Monday", "noon", "midnight".
extension TemporalGrammar {
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
            if t[k].kind == .punct, t[k].mark == 0x3B || (t[k].mark == 0x2E && !(k > 0 && t[k - 1].end - t[k - 1].start == 1)) {
                return nil  // a clause ends; the dots of "a.m." do not end one
            }
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
            if isWord(i - 1, "high") { return nil }  // "High Noon", "high noon" is an idiom
            let date = sentenceDay(for: i)
            let value: TemporalValue = date.map { .dayPart($0, part) } ?? .text("XXXX-XX-XXT\(part.code)")
            return TemporalMatch(first: i, end: i + 1, kind: .time, value: value)
        default:
            return nil
        }
    }
}
