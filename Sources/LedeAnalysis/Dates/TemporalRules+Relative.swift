import LedeArticles

/// Expressions led by a keyword: deictics, "last year", "that day", "every week", "the end of".
extension TemporalGrammar {
    func keywordStart(_ i: Int) -> TemporalMatch? {
        guard let word = kw(i) else { return nil }
        switch word {
        case .today, .yesterday, .tomorrow, .tonight:
            if word == .today, isTitleWord(i) { return nil }
            if word == .today || word == .tomorrow, isGenericDay(i) { return nil }
            guard let dct else {
                return TemporalMatch(first: i, end: i + 1, kind: .date, value: .text(word == .today ? "PRESENT_REF" : "XXXX-XX-XX"))
            }
            let (date, _) = deicticDay(i) ?? (dct, i + 1)
            // "tonight" is the night of today; "yesterday afternoon" a part of yesterday.
            if word == .tonight { return dayWithPart(date, .night, first: i, end: i + 1) }
            if let part = partOfDay(after: i + 1) { return dayWithPart(date, part, first: i, end: i + 2) }
            return TemporalMatch(first: i, end: i + 1, kind: .date, value: .day(date))
        case .current:
            if isMark(i + 1, Mark.hyphen), attached(i + 1) { return nil }  // "current-account"
            // "the current year", "the current fiscal year" are that year; "current" alone is the present.
            var j = i + 1
            if isKW(j, .fiscal) { j += 1 }
            if lex(j).kind == .unit, let unit = TimeUnit(rawValue: lex(j).value), unit >= .week, let dct,
               let value = DateMath.shift(dct, by: 0, unit) {
                return TemporalMatch(first: isKW(i - 1, .the) ? i - 1 : i, end: j + 1, kind: .date, value: value)
            }
            // "the then current price", "the then-current owner": current at a time past.
            if isWord(i - 1, "then"), i - 1 > previousEnd {
                return TemporalMatch(first: i - 1, end: i + 1, kind: .date, value: .text("PAST_REF"))
            }
            if isMark(i - 1, Mark.hyphen), attached(i), isWord(i - 2, "then"), i - 2 > previousEnd {
                return TemporalMatch(first: i - 2, end: i + 1, kind: .date, value: .text("PAST_REF"))
            }
            return TemporalMatch(first: i, end: i + 1, kind: .date, value: .text("PRESENT_REF"))
        case .now, .nowadays, .currently, .presently:
            if isMark(i + 1, Mark.hyphen), attached(i + 1) { return nil }  // "now-defunct"
            // "Now, she said ...": opening a sentence and set off by a comma, "Now" is a discourse connective,
            // which TimeML leaves untagged ("Now there is such a wish" stays the present).
            if word == .now, t[i].capitalized, isMark(i + 1, Mark.comma),
               i == 0 || isMark(i - 1, Mark.period) || isMark(i - 1, Mark.exclamation) || isMark(i - 1, Mark.question) { return nil }
            return TemporalMatch(first: i, end: i + 1, kind: .date, value: .text("PRESENT_REF"))
        case .future:
            // Before a noun "future" is an adjective ("future payments"), which TimeML leaves untagged.
            return nil
        case .recently:
            return TemporalMatch(first: i, end: i + 1, kind: .date, value: .text("PAST_REF"))
        case .these:
            // "these days": the present, as "nowadays" is.
            guard lex(i + 1).kind == .units, lex(i + 1).value == TimeUnit.day.rawValue else { return nil }
            return TemporalMatch(first: i, end: i + 2, kind: .date, value: .text("PRESENT_REF"))
        case .annual:
            return TemporalMatch(first: i, end: i + 1, kind: .set, value: .text("P1Y"))
        case .the:
            return theStart(i)
        case .this, .last, .next, .coming, .past, .previous, .following, .recent, .that, .same:
            if let m = relative(i, first: i) { return m }
            // "a recent filing": TimeML marks the adjective as it marks "current", a past
            // time near the present.
            if word == .recent, !(isMark(i + 1, Mark.hyphen) && attached(i + 1)) {
                return TemporalMatch(first: i, end: i + 1, kind: .date, value: .text("PAST_REF"))
            }
            return nil
        case .early, .late, .mid:
            var j = i + 1
            if isMark(j, Mark.hyphen), attached(j) { j += 1 }
            // "mid-afternoon yesterday", "mid morning": a part of the day named after it, else of
            // the day the sentence or narrative stands on.
            if word == .mid, let part = partOfDay(after: j) {
                let named = dayAfterTime(j + 1)
                guard let date = named?.date ?? sentenceDay(for: i) else { return nil }
                return dayWithPart(date, part, first: i, end: named?.end ?? j + 1)
            }
            guard let inner = anchoredInner(j) else { return nil }
            return TemporalMatch(first: i, end: inner.end, kind: inner.kind, value: inner.value)
        case .earlier, .later:
            // "later in the day": the day the narrative stands on; "earlier in the year": its year.
            if isKW(i + 1, .in), isKW(i + 2, .the), lex(i + 3).kind == .unit, let unit = TimeUnit(rawValue: lex(i + 3).value),
               unit == .day || unit == .year, let day = context.narrativeDay ?? context.reference?.specificDay ?? dct {
                // TimeML spans "earlier in the year" whole, and "later in the day" from "the".
                if unit == .year { return TemporalMatch(first: i, end: i + 4, kind: .date, value: .year(day.year)) }
                return TemporalMatch(first: i + 2, end: i + 4, kind: .date, value: .day(day))
            }
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
            // "fiscal second-quarter", "the fiscal first quarter", "the fiscal-first quarter".
            let ordinal = isMark(i + 1, Mark.hyphen) && attached(i + 1) ? i + 2 : i + 1
            if let q = quarter(ordinal, first: isKW(i - 1, .the) ? i - 1 : i) { return q }
            if let y = yearNumber(i + 1) { return TemporalMatch(first: i, end: i + 2, kind: .date, value: .year(y)) }
            return nil
        case .midnight, .noon, .midday:
            return namedTime(i)
        default:
            return nil
        }
    }

    /// "For the year, shipments were flat", "a low for the year in March", "the last six months
    /// of the year", "the rest of the year": the year the article stands in, or the one just closed
    /// when told in the past early in a year, as at year end. Only where the phrase ends there
    /// ("for the year 1915", "the year it was found" and "the year ended June 30" name another)
    /// and, after "of", a part of the year comes before it ("every day of the year" is any year).
    func yearOfTheArticle(the i: Int) -> TemporalMatch? {
        let j = i + 1, after = i + 2
        guard let dct, !t[j].capitalized else { return nil }
        guard !isPossessive(after), !(isMark(after, Mark.hyphen) && attached(after)), !isNumber(after), spelledYear(after) == nil else { return nil }
        if isKW(i - 1, .of) {
            let part = i - 2
            guard lex(part).kind == .units || isWord(part, "rest") || isWord(part, "remainder") || isWord(part, "balance") else { return nil }
        } else {
            let phraseEnds = after >= n || t[after].kind == .punct || isKW(after, .of) || isKW(after, .and) || isFormOfBe(after)
                || (isKW(after, .in) && !isWord(after + 1, "which"))  // "a low for the year in August"
            guard isKW(i - 1, .for), phraseEnds else { return nil }
        }
        let closedYear = dct.month < Self.firstMonthOfSpring && tense(i, after) == .past
        return TemporalMatch(first: i, end: after, kind: .date, value: .year(closedYear ? dct.year - 1 : dct.year))
    }

    /// "the early hours of Tuesday", "the small hours of Sunday morning": the night before
    /// dawn of that day, or the part of it that is named.
    func earlyHours(_ j: Int, first: Int) -> TemporalMatch? {
        guard isKW(j + 2, .of), lex(j + 1).kind == .units, lex(j + 1).value == TimeUnit.hour.rawValue,
              isKW(j, .early) || isWord(j, "small") || isWord(j, "wee"),
              let day = dayExpression(j + 3), let date = day.value.specificDay else { return nil }
        var part = PartOfDay.night
        if case .dayPart(_, let named) = day.value { part = named }
        return TemporalMatch(first: first, end: day.end, kind: .time, value: .dayPart(date, part))
    }

    /// A day named any way: a date, a weekday, "last Tuesday", "yesterday", a holiday.
    func dayExpression(_ j: Int) -> TemporalMatch? {
        guard j < n else { return nil }
        let candidates = [monthFirstDate(j), dayFirstDate(j), weekdayDate(j), holiday(j),
                          t[j].lex.kind == .keyword ? keywordStart(j) : nil]
        return candidates.compactMap { $0 }.first { $0.value.specificDay != nil }
    }

    /// Whether the capitalized word at `i` ends a name set in lower-case prose ("This is Radio Harbour
    /// Today", "read it in Harbour Today"): a run of capitalized words before it that follows a
    /// lower-case word, so that a headline in title case ("Chrysler Posts Loss Today"), whose
    /// run opens the line, still dates.
    func isTitleWord(_ i: Int) -> Bool {
        guard t[i].capitalized else { return false }
        var k = i - 1
        while k >= 0, i - k <= Self.longestNameBeforeTitleWord, t[k].kind == .word, t[k].capitalized { k -= 1 }
        return k < i - 1 && k >= 0 && t[k].kind == .word && !t[k].capitalized
    }

    /// The most capitalized words a name can run to before "Today" ("Radio Lakeside Today").
    static let longestNameBeforeTitleWord = 4

    /// Whether "today" or "tomorrow" at `i` stands for an age, not a day: "today's teenagers",
    /// "tomorrow's cleaner technology" (one adjective may come between), "the leaders of
    /// tomorrow" ("as of today" is the day).
    func isGenericDay(_ i: Int) -> Bool {
        if isPossessive(i + 1) {
            let noun = i + 3
            return isNounOfAnEra(noun) || (noun + 1 < n && t[noun].kind == .word && !t[noun].capitalized && isNounOfAnEra(noun + 1))
        }
        guard isKW(i - 1, .of), i >= 2, t[i - 2].kind == .word, t[i - 2].lex.kind == .none, !isWord(i - 2, "as") else { return false }
        return i + 1 >= n || t[i + 1].kind == .punct
    }

    func isNounOfAnEra(_ k: Int) -> Bool {
        k < n && t[k].kind == .word && TemporalLexicon.nounsOfAnEra.contains(t[k].hash)
    }

    /// What "early", "late", "mid-" and "the end of" can stand before.
    func anchoredInner(_ j: Int) -> TemporalMatch? {
        if let m = monthFirstDate(j) { return m }
        if let m = yearOrDecade(j) ?? ordinalCentury(j) { return m }
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
        // "every other week": every second one.
        if isKW(j, .other) { c = 2; j += 1 }
        else if let q = count(j), !(isKW(j, .a) || isKW(j, .an)) {
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
            // "each season": a sports or fashion season comes round once a year.
            if c == 1, j < n, lex(j).kind == .none, t[j].hash == UnlistedWord.season { return TemporalMatch(first: i, end: j + 1, kind: .set, value: .text(durationText(1, .year))) }
            return nil
        }
    }

    /// Expressions that begin with "the".
    func theStart(_ i: Int) -> TemporalMatch? {
        let j = i + 1
        guard j < n else { return nil }
        if let m = yearOrDecade(i), m.first == i { return m }
        // Looked at only when the next word can open them: most "the"s are none of these.
        switch lex(j).kind {
        case .unit: if let m = spelledYearDate(i) { return m }  // "the year two thousand"
        case .ordinal: if let m = ordinalCentury(i) { return m }  // "the twentieth century"
        case .decade, .keyword: if let m = decadeInWords(i) { return m }  // "the nineties", "the early eighties"
        default: if isNumber(j), let m = ordinalCentury(i) { return m }  // "the 20th century"
        }
        if isKW(j + 2, .of), let m = earlyHours(j, first: i) { return m }
        // "Buyers returned in the morning": a part of the day the sentence names, or of the
        // narrative's day when the verb tells of it in the past. Otherwise "in the morning" is
        // habit ("she runs in the morning").
        // After a clock time ("at 1:05 o'clock in the afternoon") the part belongs to the time,
        // and before a noun ("the evening hours", "the morning papers") it describes the noun.
        if isKW(i - 1, .in), !isNumber(i - 2), !isKW(i - 2, .oclock), !isKW(i - 2, .am), !isKW(i - 2, .pm),
           let part = partOfDay(after: j), !isKW(j + 1, .of), lex(j + 1).kind != .units,
           !isWord(j + 1, "papers"), !isWord(j + 1, "paper"), let day = textDay(for: i) {
            let namedInSentence = sentenceDayCache?.sentenceStart == sentenceStart(of: i)
            if namedInSentence || tense(i, j + 1) == .past { return dayWithPart(day, part, first: i, end: j + 1) }
        }
        // "for the fiscal year", "of the fiscal year": the one the article stands in.
        if isKW(j, .fiscal), isYearUnit(j + 1), isKW(i - 1, .for) || isKW(i - 1, .of), let dct,
           !isWord(j + 2, "ended"), !isWord(j + 2, "ending"), !isKW(j + 2, .to), !isPossessive(j + 2), !isNumber(j + 2),
           !isWord(j + 2, "which"), !isKW(j + 2, .that) {
            return TemporalMatch(first: i, end: j + 2, kind: .date, value: .year(dct.year))
        }
        // "for the short term": the time just ahead, as "the near term" and "the long term" are.
        if lex(j).kind == .none, t[j].hash == UnlistedWord.short, isWord(j + 1, "term") {
            return TemporalMatch(first: i, end: j + 2, kind: .date, value: .text("FUTURE_REF"))
        }
        switch kw(j) {
        case .past:
            // "the past" alone is PAST_REF; "the past two years" a duration.
            if let m = relative(j, first: i) { return m }
            return TemporalMatch(first: i, end: j + 1, kind: .date, value: .text("PAST_REF"))
        case .future:
            return TemporalMatch(first: i, end: j + 1, kind: .date, value: .text("FUTURE_REF"))
        case .near where isKW(j + 1, .future), .foreseeable where isKW(j + 1, .future):
            return TemporalMatch(first: i, end: j + 2, kind: .date, value: .text("FUTURE_REF"))  // "the near future"
        case .current:
            guard let m = keywordStart(j), m.end > j + 1 else { return nil }
            return TemporalMatch(first: i, end: m.end, kind: m.kind, value: m.value)
        case .near where isWord(j + 1, "term"):
            return TemporalMatch(first: i, end: j + 2, kind: .date, value: .text("FUTURE_REF"))  // "in the near term"
        // "in the long run" is an idiom of outcome ("it pays off in the long run"), which TimeML
        // leaves untagged; "the long term" names a stretch of time ahead.
        case .long where isWord(j + 1, "term"):
            return TemporalMatch(first: i, end: j + 2, kind: .date, value: .text("FUTURE_REF"))  // "for the long term"
        case .end, .beginning, .start, .middle:
            if isKW(j, .end), isKW(j + 1, .of), isKW(j + 2, .the), let m = yearEnd(j + 3, first: i) { return m }
            // "the end of the month", "the start of the week": a part of the period the article stands in.
            if isKW(j + 1, .of), isKW(j + 2, .the), lex(j + 3).kind == .unit, let unit = TimeUnit(rawValue: lex(j + 3).value),
               unit == .week || unit == .month || unit == .quarter || unit == .year, let dct, let value = DateMath.shift(dct, by: 0, unit) {
                return TemporalMatch(first: i, end: j + 4, kind: .date, value: value)
            }
            guard isKW(j + 1, .of), let inner = anchoredInner(j + 2) else { return nil }
            return TemporalMatch(first: i, end: inner.end, kind: inner.kind, value: inner.value)
        case .early, .late:
            guard let inner = anchoredInner(j + 1) else { return nil }
            switch inner.value {
            case .decade, .century: break  // "the early 1990s", "the late 19th century"
            default: return nil
            }
            return TemporalMatch(first: i, end: inner.end, kind: inner.kind, value: inner.value)
        case .last, .next, .coming, .previous, .following, .same, .recent:
            if let m = weekOfMonth(j, first: i) ?? weekdayOfMonth(j, first: i) { return m }  // "the last week of March"
            if let m = relative(j, first: i) { return m }
            return isKW(j, .last) ? quarter(j, first: i) : nil  // "the last quarter", "the last half of 1989"
        default:
            break
        }
        // "the nine months", "the first nine months", "the years": TimeML keeps the article (and
        // "first", "latest") in the span of a duration.
        // Not an adjective ("the eight-year term"), nor a bare plural ("over the years"), whose article TimeML leaves out.
        let counted = (lex(j).kind == .ordinal && t[j].lex.value == 1) || isKW(j, .latest) ? j + 1 : j
        if counted > j || count(counted) != nil, let q = quantity(counted), q.first == counted, q.end > counted, q.kind == .duration,
           !(counted..<q.end).contains(where: { isMark($0, Mark.hyphen) }) {
            return TemporalMatch(first: i, end: q.end, kind: .duration, value: q.value)
        }
        if lex(j).kind == .ordinal || isKW(j, .final) || isKW(j, .last) || isWord(j, "second") {
            if let m = weekOfMonth(j, first: i) ?? weekdayOfMonth(j, first: i) { return m }
            return quarter(j, first: i)
        }
        // "forecast higher earnings for the full year": a results story's term for the year it
        // reports in, whatever date was named last ("by 1992 it aimed to …"); told in the past
        // early in a year, the year just closed.
        if isKW(j, .full), isYearUnit(j + 1), let dct, !isNumber(j + 2), spelledYear(j + 2) == nil,
           !isWord(j + 2, "ended"), !isWord(j + 2, "ending"), !isKW(j + 2, .to) {
            let closedYear = dct.month < Self.firstMonthOfSpring && tense(i, j + 2) == .past
            return TemporalMatch(first: i, end: j + 2, kind: .date, value: .year(closedYear ? dct.year - 1 : dct.year))
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
        // "for the year ended Sept. 30", "the fiscal year ending in June", "in the year to June":
        // a company's reporting year, which TimeML marks as a one-year span, its closing date apart.
        let yearWord = isKW(j, .fiscal) ? j + 1 : j
        if isYearUnit(yearWord),
           isWord(yearWord + 1, "ended") || isWord(yearWord + 1, "ending") || (isKW(yearWord + 1, .to) && month(yearWord + 2) != nil) {
            return TemporalMatch(first: i, end: yearWord + 1, kind: .duration, value: .text(durationText(1, .year)))
        }
        // "in the week to Friday", "the week ended March 8": a trading or reporting week, a
        // one-week span like the reporting year, its closing day tagged apart.
        if lex(j).kind == .unit, lex(j).value == TimeUnit.week.rawValue,
           isKW(j + 1, .to) || isWord(j + 1, "ended") || isWord(j + 1, "ending"),
           let closing = dayExpression(j + 2), closing.first == j + 2 {
            return TemporalMatch(first: i, end: j + 1, kind: .duration, value: .text(durationText(1, .week)))
        }
        if isYearUnit(j), let m = yearOfTheArticle(the: i) { return m }
        // "the weekend", "the day", "the day before", "the year before".
        if lex(j).kind == .unit, let unit = TimeUnit(rawValue: t[j].lex.value) {
            // "For the week, the index fell", "the week's busiest session": a week the story
            // stands in but does not name. TimeML leaves such a week unresolved (1989-WXX), as it
            // does the weeks of a market report; "this week" and "last week" are named.
            // After "of" only the possessive: "the busiest day of the week" is any week. A
            // capital ("on The Week.") names a programme or a column.
            if unit == .week, !t[j].capitalized, isPossessive(j + 1) || (!isKW(i - 1, .of) && (j + 1 >= n || t[j + 1].kind == .punct)) {
                let year = dct.map { String($0.year) } ?? "XXXX"
                return TemporalMatch(first: i, end: j + 1, kind: .date, value: .text("\(year)-WXX"))
            }
            if unit == .weekend {
                guard let dct else { return TemporalMatch(first: i, end: j + 1, kind: .date, value: .text("XXXX-WXX-WE")) }
                let pastWeekend = tense(i, j + 1) != .future
                let saturday = pastWeekend ? dct.adding(days: -((dct.weekday - 5 + 7) % 7 == 0 ? 7 : (dct.weekday - 5 + 7) % 7))
                    : dct.adding(days: (5 - dct.weekday + 7) % 7)
                let w = DateMath.isoWeek(saturday)
                return TemporalMatch(first: i, end: j + 1, kind: .date, value: .weekend(year: w.year, week: w.week))
            }
            // "She was last heard from Jan. 12, the day before the storm": in apposition, the day just named.
            let apposition = isMark(i - 1, Mark.comma) && previousEnd == i - 1
            if unit == .day, apposition, isKW(j + 1, .before) || isKW(j + 1, .after), let day = context.reference?.specificDay {
                return TemporalMatch(first: i, end: j + 2, kind: .date, value: .day(day))
            }
            let clauseEnds = j + 2 >= n || t[j + 2].kind == .punct
            let gerund = j + 2 < n && t[j + 2].kind == .word && t[j + 2].end - t[j + 2].start > 4 && bytes.count >= Int(t[j + 2].end)
                && bytes[Int(t[j + 2].end) - 3] == 0x69 && bytes[Int(t[j + 2].end) - 2] == 0x6E && bytes[Int(t[j + 2].end) - 1] == 0x67
            if unit == .day, !gerund, let day = context.reference?.specificDay ?? (context.reference == nil ? dct : nil) {
                let anchor = (date: day, unit: TimeUnit.day)
                if isKW(j + 1, .before) { return TemporalMatch(first: i, end: j + 2, kind: .date, value: .day(anchor.date.adding(days: -1))) }
                if isKW(j + 1, .after) { return TemporalMatch(first: i, end: j + 2, kind: .date, value: .day(anchor.date.adding(days: 1))) }
            }
            if unit > .day, unit != .quarter, clauseEnds, isKW(j + 1, .before) || isKW(j + 1, .previous), let anchor = anchorDate,
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
        case .this, .that, .same:
            // "that same day": the determiner belongs to the span.
            if word == .that, isKW(k, .same), first == j, let same = relative(k, first: j) { return same }
            // "this past summer", "this coming Sunday": the second word decides.
            if word == .this, isKW(k, .past) || isKW(k, .coming), first == j, let inner = relative(k, first: j) { return inner }
            shift = 0
        default: return nil
        }
        // A counted span: "the past two years", "the next three months", "last five years".
        if word == .past || word == .last || word == .next || word == .coming || word == .previous || word == .following,
           let q = count(k), !(isKW(k, .a) || isKW(k, .an)) {
            let u = lex(q.end)
            if u.kind == .units || u.kind == .unit, let unit = TimeUnit(rawValue: u.value) {
                return TemporalMatch(first: first, end: q.end + 1, kind: .duration, value: .text(durationText(q.value, unit)))
            }
            // "the past three summers": that season in each of those years, a set.
            if u.kind == .seasons, let season = Season(rawValue: u.value) {
                return TemporalMatch(first: first, end: q.end + 1, kind: .set, value: .text("XXXX-\(season.code)"))
            }
            return nil
        }
        // "this season", "last season": a sports or fashion season, which runs across the
        // calendar's seasons and years alike; only its side of the present is certain.
        if lex(k).kind == .none, t[k].hash == UnlistedWord.season, word != .that, word != .same {
            let side = shift < 0 ? "PAST_REF" : shift > 0 ? "FUTURE_REF" : "PRESENT_REF"
            return TemporalMatch(first: first, end: k + 1, kind: .date, value: .text(side))
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
            // `a channel's "This Week"`: a programme's name in quotation marks, not the week.
            if t[k].capitalized, first == j, j > 0, isQuoteMark(j - 1) { return nil }
            let unit = TimeUnit(rawValue: entry.value)!
            let found = relativeUnit(word, unit, first: first, end: k + 1, shift: shift)
            // "this year's third quarter", "last year's quarter": the quarter of that year.
            if let found, case .year(let year) = found.value, isPossessive(found.end) {
                if let q = quarter(found.end + 2, first: first, year: year) { return q }
                if lex(found.end + 2).kind == .unit, lex(found.end + 2).value == TimeUnit.quarter.rawValue, let reported = context.reportingQuarter {
                    let period = YearQuarter(year: year, quarter: reported.quarter)
                    return TemporalMatch(first: first, end: found.end + 3, kind: .date, value: period.value, movesReference: period == reported)
                }
            }
            return found
        case .units:
            // "recent months", "coming years", "past weeks": an unspecified span, or PAST_REF after "in".
            guard word == .recent || word == .coming || word == .past || word == .last || word == .next else { return nil }
            let unit = TimeUnit(rawValue: entry.value)!
            // "in past years": the past at large, not a span that ends now ("the past two years").
            if word == .past, first == j, unit >= .year {
                return TemporalMatch(first: first, end: k + 1, kind: .date, value: .text("PAST_REF"))
            }
            return TemporalMatch(first: first, end: k + 1, kind: .duration, value: .text(durationText(nil, unit)))
        case .weekday:
            // "the previous Friday", "the following Monday": counted from the day the story
            // last named, not from the publication day.
            if word == .previous || word == .following, t[k].capitalized, let from = context.reference?.specificDay ?? dct {
                let weekday = Int(entry.value)
                let day = word == .previous ? from.adding(days: -(((from.weekday - weekday + 6) % 7) + 1))
                    : from.adding(days: ((weekday - from.weekday + 6) % 7) + 1)
                return TemporalMatch(first: first, end: k + 1, kind: .date, value: .day(day))
            }
            guard word == .last || word == .next || word == .this || word == .coming || word == .past else { return nil }
            return weekdayDate(k, shift: word == .this ? 2 : shift, first: first)
        case .month:
            guard t[k].capitalized, word == .last || word == .next || word == .this || word == .coming || word == .past else { return nil }
            if let dated = monthFirstDate(k), dated.value.specificDay != nil { return dated }
            let m = Int(entry.value)
            let end = month(k)?.end ?? k + 1  // "last Oct." keeps its dot, "this June." does not
            guard let dct else { return TemporalMatch(first: first, end: end, kind: .date, value: .text("XXXX-\(two(m))")) }
            var year = dct.year
            // "last February" on 1 March is a year back: the February just gone is "last month".
            if shift < 0 && m >= dct.month - 1 { year -= 1 }
            if shift > 0 && m <= dct.month { year += 1 }
            return TemporalMatch(first: first, end: end, kind: .date, value: .month(year: year, month: m))
        case .season:
            return season(k, year: nil, shift: shift, first: first)
        case .holiday:
            guard let h = holiday(k, shift: word == .this ? 2 : shift) else { return nil }
            return TemporalMatch(first: first, end: h.end, kind: h.kind, value: h.value)
        case .partOfDay:
            // "this morning", "last night", "that night", "the next morning", "the previous evening":
            // a part of a day, the publication day's for "this" and "last", the narrative's otherwise.
            guard let part = partOfDay(after: k) else { return nil }
            let base: CalendarDate?
            switch word {
            case .this: base = dct
            case .last where part == .night || part == .evening: base = dct?.adding(days: -1)
            case .that, .same: base = anchorDate?.date
            case .next, .following: base = anchorDate?.date.adding(days: 1)
            case .previous: base = anchorDate?.date.adding(days: -1)
            default: base = nil
            }
            guard let base else { return nil }
            return dayWithPart(base, part, first: first, end: k + 1)
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
        // "over the past year", "in the past month": TimeML takes the single calendar unit
        // before this one, as it does "last year".
        if word == .past, unit == .week || unit == .month || unit == .year, let dct,
           let v = DateMath.shift(dct, by: -1, unit) {
            return TemporalMatch(first: first, end: end, kind: .date, value: v)
        }
        if word == .past, unit != .weekend {
            // "the past decade", "the past hour": a span that ends now.
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
        // "that day" points back at a day only when the last date mentioned was one; after a
        // month it is a day of that month (1998-10-XX).
        if (word == .that || word == .same), unit == .day, context.reference?.specificDay == nil, base.unit != .day {
            if case .month(let year, let month)? = context.reference {
                return TemporalMatch(first: first, end: end, kind: .date, value: .text("\(year)-\(two(month))-XX"))
            }
            return TemporalMatch(first: first, end: end, kind: .date, value: .text("XXXX-XX-XX"))
        }
        guard let v = DateMath.shift(base.date, by: shift, unit) else { return nil }
        return TemporalMatch(first: first, end: end, kind: .date, value: v)
    }
}
