import LedeArticles

/// Clock times: "10 a.m.", "12:00 UTC Monday", "noon", "midnight".
extension TemporalGrammar {
    /// "10 a.m.", "10:35 a.m. EST", "12:00 UTC Monday", "16:00 UTC today", "4 in the morning",
    /// and in words "eight o'clock", "seven in the evening".
    func clockTime(_ i: Int) -> TemporalMatch? {
        if !isNumber(i) { return clockTimeInWords(i) }
        var hour = Int(t[i].number)
        var minute = 0
        var j = i + 1
        var hasMinutes = false
        // "10:35", and "5.30pm" where a.m. or p.m. shows the dot is no decimal point.
        let separator = isMark(j, Mark.colon) || (isMark(j, Mark.period) && meridiem(j + 2) != nil)
        if t[i].digits <= 2, separator, attached(j), isNumber(j + 1), attached(j + 1), t[j + 1].digits == 2 {
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
        guard let reading = hourReading(hour, after: j, hasMinutes: hasMinutes) else { return nil }
        return clockMatch(first: i, hour: reading.hour, minute: minute, after: reading.end)
    }

    /// What follows the number of a clock time and makes it one: "a.m."/"p.m.", "o'clock",
    /// "in the evening", "at night", or minutes already read; the hour on a 24-hour clock.
    func hourReading(_ hour: Int, after i: Int, hasMinutes: Bool) -> (hour: Int, end: Int)? {
        var hour = hour
        var j = i
        var clock = hasMinutes
        if let (pm, end) = meridiem(j) {
            guard (1...12).contains(hour) else { return nil }
            if pm && hour < 12 { hour += 12 }
            if !pm && hour == 12 { hour = 0 }
            return (hour, end)
        }
        if isKW(j, .oclock) {
            j += 1
            clock = true
        }
        // "4 in the morning", "ten o'clock in the evening", "eleven o'clock at night" ("fell to 5
        // at night" is no time).
        let part: PartOfDay?
        // "won two in the morning session" is a count: the part of day must not qualify a noun.
        let qualifiesNoun = j + 3 < n && t[j + 3].kind == .word && t[j + 3].lex.kind == .none
            && !t[j + 3].capitalized && !isWord(j + 3, "local")
        if isKW(j, .in), isKW(j + 1, .the), lex(j + 2).kind == .partOfDay, !qualifiesNoun {
            part = PartOfDay(rawValue: t[j + 2].lex.value)
            j += 3
        } else if clock, isKW(j, .at), partOfDay(after: j + 1) == .night {
            part = .night
            j += 2
        } else {
            part = nil
        }
        if let part {
            guard hour <= Self.hoursOnADial else { return nil }
            if part == .afternoon || part == .evening || (part == .night && hour >= Self.firstEveningHourAtNight) {
                hour = hour % Self.hoursOnADial + Self.hoursOnADial
            }
            clock = true
        }
        return clock ? (hour, j) : nil
    }

    /// A twelve-hour dial: "seven in the evening" is 19:00.
    static let hoursOnADial = 12
    /// "eleven at night" is 23:00, but "two at night" is 02:00: from this hour on, "at night" is the evening's.
    static let firstEveningHourAtNight = 6

    /// "eight o'clock", "seven in the morning": an hour in words, which needs "o'clock" or a
    /// part of day ("at seven" alone is too often a count).
    func clockTimeInWords(_ i: Int) -> TemporalMatch? {
        guard let number = numberWords(i), (1...Self.hoursOnADial).contains(number.value) else { return nil }
        // Most number words are counts: look further only when a clock word follows.
        switch kw(number.end) {
        case .oclock, .in, .am, .pm, .a: break
        default: guard isWord(number.end, "p") else { return nil }
        }
        guard let reading = hourReading(number.value, after: number.end, hasMinutes: false) else { return nil }
        return clockMatch(first: i, hour: reading.hour, minute: 0, after: reading.end)
    }

    /// A clock time read up to `after`, with the zone and day that can follow: "UTC", "local
    /// time", "Tuesday", "today"; without a day, the sentence's or the narrative's.
    func clockMatch(first i: Int, hour: Int, minute: Int, after end: Int) -> TemporalMatch {
        var j = end
        var utc = false
        if lex(j).kind == .timezone, t[j].capitalized {
            utc = isWord(j, "utc") || isWord(j, "gmt") || isWord(j, "z")
            j += 1
        }
        else if isWord(j, "local"), isKW(j + 1, .time) { j += 2 }
        // A day right after: "9 a.m. Tuesday", "16:00 UTC today".
        var date: CalendarDate? = nil
        if let day = dayAfterTime(j) {
            date = day.date
            j = day.end
        } else {
            date = laterWeekday(from: j) ?? sentenceDay(for: i)
        }
        return TemporalMatch(first: i, end: j, kind: .time, value: .clock(date, hour: hour, minute: minute, utc: utc))
    }

    /// The day written right after a clock time: "9 a.m. Tuesday", "16:00 UTC today", "noon Oct. 3".
    func dayAfterTime(_ j: Int) -> (date: CalendarDate, end: Int)? {
        if let day = weekdayDate(j), day.kind == .date, let d = day.value.specificDay { return (d, day.end) }
        if let day = deicticDay(j) { return day }
        if let dated = monthFirstDate(j) ?? dayFirstDate(j), let d = dated.value.specificDay { return (d, dated.end) }
        return nil
    }

    /// The UTC time given in brackets after a local time: "1830 UTC" in "11:30 am (1830 UTC)".
    func utcTwinMatch(after j: Int) -> TemporalMatch? {
        guard isMark(j, Mark.openParenthesis), let inner = clockTime(j + 1),
              case .clock(_?, _, _, true) = inner.value else { return nil }
        return inner
    }

    /// The UTC twin of a local time, on the day that makes both name the same instant: the text
    /// gives the local time its day; the twin's day follows from the two clock readings.
    func utcTwin(after j: Int, of local: TemporalValue) -> TemporalMatch? {
        guard var twin = utcTwinMatch(after: j), case .clock(_, let hour, let minute, _) = twin.value else { return nil }
        let localReading: (date: CalendarDate, minutes: Int)
        switch local {
        case .clock(let date?, let h, let m, false): localReading = (date, h * UTCReading.minutesPerHour + m)
        case .dayPart(let date, .midnight): localReading = (date.adding(days: 1), 0)  // T24:00 is the next day's 00:00
        case .dayPart(let date, .midday): localReading = (date, UTCReading.minutesAtNoon)
        default: return twin
        }
        let reading = UTCReading(minutes: hour * UTCReading.minutesPerHour + minute)
        twin.value = .clock(reading.day(sameInstantAs: localReading.minutes, on: localReading.date), hour: hour, minute: minute, utc: true)
        return twin
    }

    /// The day a clock time without its own date belongs to: one named earlier in the same
    /// sentence, else the day the narrative stands on, else the document date.
    func sentenceDay(for i: Int) -> CalendarDate? {
        textDay(for: i) ?? dct
    }

    /// The day the text itself gives a time: a day named earlier in the same sentence, else the
    /// narrative's day (see `TemporalContext.narrativeDay`); nil when only the document date is left.
    func textDay(for i: Int) -> CalendarDate? {
        if let day = sentenceDayCache, day.sentenceStart == sentenceStart(of: i) { return day.date }
        return context.narrativeDay
    }

    /// How many tokens after a clock time its weekday may come ("9:50 a.m. (0650 GMT) Friday").
    static let weekdayReachAfterTime = 10

    /// A weekday a few tokens after a clock time, in the same clause: "9:50 a.m. (0650 GMT) Friday".
    func laterWeekday(from j: Int) -> CalendarDate? {
        var k = j
        while k < min(n, j + Self.weekdayReachAfterTime) {
            if t[k].kind == .punct, t[k].mark == Mark.semicolon || (t[k].mark == Mark.period && !(k > 0 && t[k - 1].end - t[k - 1].start == 1)) {
                return nil  // a clause ends; the dots of "a.m." do not end one
            }
            // "8 p.m. local time (0100 GMT Thursday)": a weekday in brackets is the UTC twin's,
            // which can be a day off the local time's; "9:50 a.m. (0650 GMT) Friday" is read past them.
            if isMark(k, Mark.openParenthesis) {
                while k < n, !isMark(k, Mark.closeParenthesis) { k += 1 }
                guard k < n else { return nil }
            }
            if t[k].lex.kind == .weekday, let m = weekdayDate(k), let day = m.value.specificDay { return day }  // "on Saturday night"
            if t[k].lex.kind == .month, let m = monthFirstDate(k), let day = m.value.specificDay { return day }
            if t[k].kind == .number, let m = dayFirstDate(k), let day = m.value.specificDay { return day }  // "on 5 October"
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

    /// "noon", "midday tomorrow", "noon Thursday", "midnight", "midnight local time (0700 UTC)".
    func namedTime(_ i: Int) -> TemporalMatch? {
        guard lex(i).kind == .partOfDay, let part = PartOfDay(rawValue: t[i].lex.value), !part.isSpanOfDay else { return nil }
        if isWord(i - 1, "high") { return nil }  // "High Noon", "high noon" is an idiom
        var end = i + 1
        if isWord(end, "local"), isKW(end + 1, .time) { end += 2 }
        let writtenDay = dayAfterTime(end)
        if let writtenDay { end = writtenDay.end }
        // "midnight on 31 October": the day dates the time and stays an expression of its own.
        let dayAfterOn = writtenDay == nil && isKW(end, .on) ? dayAfterTime(end + 1)?.date : nil
        if part == .midday {
            guard let date = writtenDay?.date ?? dayAfterOn ?? sentenceDay(for: i) else {
                return TemporalMatch(first: i, end: end, kind: .time, value: .text("XXXX-XX-XXT12:00"))
            }
            return TemporalMatch(first: i, end: end, kind: .time, value: .dayPart(date, .midday))
        }
        return TemporalMatch(first: i, end: end, kind: .time, value: midnight(at: i, end: end, writtenDay: writtenDay?.date ?? dayAfterOn))
    }

    /// Midnight ends one day and starts the next. TimeML writes the end as T24:00 of the day that
    /// ends, which is what the text means by "until midnight", "shortly before midnight" and
    /// "midnight Friday"; any other midnight is 00:00 of the day it starts: the next day after a
    /// day the text has set, the publication day itself when a past tense tells that the
    /// midnight that began it is meant, else the next day; with no tense to go by, a bracketed
    /// UTC time read on the publication day tells which ("At midnight local time (0700 UTC)").
    func midnight(at i: Int, end: Int, writtenDay: CalendarDate?) -> TemporalValue {
        if let writtenDay { return .dayPart(writtenDay, .midnight) }
        let endsTheDay = isKW(i - 1, .before) || isKW(i - 1, .until) || isKW(i - 1, .till) || isKW(i - 1, .by)
        let textDay = textDay(for: i)
        if endsTheDay {
            if let textDay { return .dayPart(textDay, .midnight) }
            guard let dct else { return .text("XXXX-XX-XXT24:00") }
            // `until midnight last night`, and `Police arrived shortly before midnight` told in
            // the past: the night that ended the day before the publication day.
            let lastNight = isKW(end, .last) && partOfDay(after: end + 1) == .night
            return .dayPart(lastNight || tense(i, end) == .past ? dct.adding(days: -1) : dct, .midnight)
        }
        if let textDay { return .clock(textDay.adding(days: 1), hour: 0, minute: 0) }
        guard let dct else { return .text("XXXX-XX-XXT00:00") }
        let tense = tense(i, end)
        // No tense to go by: a bracketed UTC time, read on the publication day, tells which midnight.
        if tense == .unknown, let twin = utcTwinMatch(after: end), case .clock(_, let hour, let minute, _) = twin.value {
            return .clock(UTCReading(minutes: hour * UTCReading.minutesPerHour + minute).localDay(ofLocalMinutes: 0, utcDay: dct), hour: 0, minute: 0)
        }
        return .clock(tense == .past ? dct : dct.adding(days: 1), hour: 0, minute: 0)
    }
}

/// A UTC clock reading: the twin of a local time in "11:30 am (1830 UTC)".
struct UTCReading {
    /// The widest offsets of civil time from UTC, in minutes: UTC−12:00 and UTC+14:00.
    static let smallestOffset = -12 * minutesPerHour
    static let largestOffset = 14 * minutesPerHour
    static let minutesPerHour = 60
    static let minutesPerDay = 24 * minutesPerHour
    static let minutesAtNoon = 12 * minutesPerHour

    /// Minutes after midnight UTC.
    var minutes: Int

    /// The UTC day of this reading when it names the same instant as a local reading
    /// `localMinutes` after midnight on `localDay`: the offset between the two readings is taken
    /// within the range civil time uses ("11:30 pm (0230 UTC)" is UTC−3, so the next day).
    func day(sameInstantAs localMinutes: Int, on localDay: CalendarDate) -> CalendarDate {
        localDay.adding(days: DateMath.floorDiv(localMinutes - offset(toLocalMinutes: localMinutes), Self.minutesPerDay))
    }

    /// The local day of a reading `localMinutes` after local midnight that names the same instant
    /// as this reading on `utcDay`.
    func localDay(ofLocalMinutes localMinutes: Int, utcDay: CalendarDate) -> CalendarDate {
        utcDay.adding(days: DateMath.floorDiv(minutes + offset(toLocalMinutes: localMinutes), Self.minutesPerDay))
    }

    /// Local time minus UTC, in minutes, within the range civil time uses.
    private func offset(toLocalMinutes localMinutes: Int) -> Int {
        var offset = (localMinutes - minutes) % Self.minutesPerDay
        if offset > Self.largestOffset { offset -= Self.minutesPerDay }
        // Exactly twelve hours apart is UTC+12 (New Zealand, Fiji), not UTC−12, which only
        // uninhabited islands keep: hence `<=`.
        if offset <= Self.smallestOffset { offset += Self.minutesPerDay }
        return offset
    }
}
