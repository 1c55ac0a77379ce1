import LedeArticles

/// Counted units: durations, "two weeks ago", rates that are sets.
extension TemporalGrammar {
    /// A count before a unit: "two", "33", "a", "several", "a few", "5 1/2", "two and a half",
    /// "twenty-five"; nil count means an unspecified number (PXY).
    func count(_ i: Int) -> (value: Double?, end: Int)? {
        guard i < n else { return nil }
        if t[i].kind == .number {
            guard t[i].digits <= 4, !(attached(i) && isMark(i - 1, Mark.dollar)) else { return nil }
            var value = Double(t[i].number)
            var j = i + 1
            if isMark(j, Mark.comma), attached(j), isNumber(j + 1), attached(j + 1), t[j + 1].digits == 3 {
                value = value * 1000 + Double(t[j + 1].number)
                j += 2
            }
            if isMark(j, Mark.period), attached(j), isNumber(j + 1), attached(j + 1) {
                var fraction = Double(t[j + 1].number)
                for _ in 0..<t[j + 1].digits { fraction /= 10 }
                value += fraction
                j += 2
            }
            // "5 1/2"
            if isNumber(j), isMark(j + 1, Mark.slash), attached(j + 1), isNumber(j + 2), attached(j + 2), t[j + 2].number > 0 {
                value += Double(t[j].number) / Double(t[j + 2].number)
                j += 3
            }
            // "50-odd years": about fifty, read as fifty.
            if isMark(j, Mark.hyphen), attached(j), isWord(j + 1, "odd"), attached(j + 1) { j += 2 }
            return (value, j)
        }
        switch t[i].lex.kind {
        case .number:
            guard let words = numberWords(i) else { return nil }
            let value = Double(words.value)
            let j = words.end
            if isKW(j, .and), isKW(j + 1, .a), isKW(j + 2, .half) { return (value + 0.5, j + 3) }
            if isKW(j, .and), isKW(j + 1, .half) { return (value + 0.5, j + 2) }
            return (value, j)
        case .keyword:
            switch kw(i) {
            case .a, .an:
                if isKW(i + 1, .few) || isWord(i + 1, "couple") {
                    var j = i + 2
                    if isKW(j, .of) { j += 1 }
                    return (isWord(i + 1, "couple") ? 2 : nil, j)  // TimeML counts "a couple of years" as P2Y
                }
                if isKW(i + 1, .half) { return (0.5, i + 2) }
                if isKW(i + 1, .dozen) { return (12, i + 2) }
                if isKW(i + 1, .hundred) { return (Self.hundred, i + 2) }  // "almost a hundred years"
                if isKW(i + 1, .thousand) { return (Self.thousand, i + 2) }
                return (1, i + 1)
            case .several, .few, .many, .someWord:
                return (nil, i + 1)
            case .half:
                if isKW(i + 1, .a) || isKW(i + 1, .an) { return (0.5, i + 2) }
                return nil
            default:
                return nil
            }
        case .none:
            // "the next couple of years": two, as "a couple of years" is.
            if isKW(i + 1, .of), isKW(i - 1, .next) || isKW(i - 1, .past) || isKW(i - 1, .last) || isKW(i - 1, .coming),
               isWord(i, "couple") {
                return (2, i + 2)
            }
            return nil
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
        // "an additional year", "two extra days": still a count of the unit.
        if counted, isWord(j, "additional") || isWord(j, "extra"), lex(j + 1).kind == .unit || lex(j + 1).kind == .units { j += 1 }
        let hyphen = counted && isMark(j, Mark.hyphen) && attached(j) && attached(j + 1)
        if hyphen { j += 1 }
        // "eight trading days", "five business days": days of a kind, still days.
        if counted, !hyphen, lex(j + 1).kind == .units, lex(j + 1).value == TimeUnit.day.rawValue,
           isWord(j, "trading") || isWord(j, "business") || isWord(j, "working") { j += 1 }
        var entry = lex(j)
        // "between 60 and 90 days", "two or three years": the first number takes the unit that follows.
        if counted, entry.kind == .keyword, isKW(j, .and) || isKW(j, .to) || isWord(j, "or"), let next = self.count(j + 1),
           next.end > j + 1, lex(next.end).kind == .units, let unit = TimeUnit(rawValue: lex(next.end).value) {
            return TemporalMatch(first: i, end: j, kind: .duration, value: .text(durationText(count, unit)))
        }
        entry = lex(j)
        guard entry.kind == .unit || entry.kind == .units, let unit = TimeUnit(rawValue: entry.value) else { return nil }
        // "a years-long feud", "a decade-long slump": the article is the noun's, and the
        // adjective is read from its unit.
        let article = counted && (isKW(i, .a) || isKW(i, .an)) && j == i + 1
        if article, isMark(j + 1, Mark.hyphen), attached(j + 1), isKW(j + 2, .long) { return nil }
        // "a year-earlier loss", "a year-ago figure": the article is the noun's, and
        // "year-earlier" is read as the period it compares with.
        if article, isMark(j + 1, Mark.hyphen), attached(j + 1), attached(j + 2), isKW(j + 2, .earlier) || isKW(j + 2, .ago) { return nil }
        // "the 1988 second quarter", "the 1988 quarter": a year before a singular unit is no count.
        if entry.kind == .unit, !hyphen, yearNumber(i) != nil { return nil }
        // "a quarter" of something is a share, "a second" an ordinal, "60 Minutes" a name.
        if (unit == .quarter || unit == .second), isKW(i, .a) || isKW(i, .an) { return nil }
        // "Hours later" opening a sentence is still a span; a capital elsewhere names something ("60 Minutes").
        if t[j].capitalized, j > 0, !isMark(j - 1, Mark.hyphen),
           !(!counted && j == i && isRelativeToAnchor(i + 1) && opensSentence(i)) { return nil }
        // "one second" is a count; "the second half" is not ours to read here.
        if !counted {
            if entry.kind == .unit, j == i, isMark(i + 1, Mark.hyphen), attached(i + 1), isKW(i + 2, .long), attached(i + 2) {
                return TemporalMatch(first: i, end: i + 3, kind: .duration, value: .text(durationText(1, unit)))  // "day-long"
            }
            // A bare plural unit counts only where it plainly means a span of time.
            guard entry.kind == .units, j == i else { return nil }
            let before = kw(i - 1)
            // "in the years that followed", "over the years".
            let afterThe = before == .the && [Keyword.in, .for, .over, .during, .within].contains(kw(i - 2) ?? .the)
            // "hours later", "months ago": TimeML tags the unspecified span and leaves the
            // relating word out.
            let relatedToAnchor = isRelativeToAnchor(i + 1)
            let spanLike = before == .for || before == .in || before == .over || before == .within || isKW(i + 1, .of)
                || (isMark(i + 1, Mark.hyphen) && isKW(i + 2, .long)) || afterThe || relatedToAnchor
            guard spanLike, unit >= .hour || (relatedToAnchor && unit == .minute), unit != .quarter, unit != .weekend else { return nil }
            if before == .early || before == .late || isWord(i - 1, "small") || isWord(i - 1, "wee") { return nil }  // "the early hours of"
            guard !isKW(i + 1, .old), !(isMark(i + 1, Mark.hyphen) && isKW(i + 2, .old)) else { return TemporalMatch(first: i, end: i, kind: .duration, value: .text("")) }
            var end = i + 1
            if isMark(end, Mark.hyphen), isKW(end + 1, .long) { end += 2 }
            return TemporalMatch(first: i, end: end, kind: .duration, value: .text(durationText(nil, unit)))
        }
        if t[i].kind == .word, t[i].lex.kind == .ordinal { return nil }
        var end = j + 1
        // "it could one day be the largest": after a modal "one day" is some time to come,
        // which TimeML values FUTURE_REF, not a day's span.
        if unit == .day, entry.kind == .unit, j == i + 1, isWord(i, "one"), isModal(i - 1) {
            return TemporalMatch(first: i, end: end, kind: .date, value: .text("FUTURE_REF"))
        }
        // "a minute and a half", "an hour and a half".
        if let whole = count, isKW(end, .and), isKW(end + 1, .a), isKW(end + 2, .half) {
            count = whole + 0.5
            end += 3
        }
        // "three-quarters of its fuel" is a share of a whole; "three quarters of 1989" and
        // "several quarters of losses" are still spans of time.
        if unit == .quarter, let share = count, share < Self.quartersInAWhole, isKW(end, .of),
           yearNumber(end + 1) == nil, !isYearWord(end + 1) { return nil }
        // Ages are not durations in TimeML: "five-year-old", "47 years old".
        // "thirty-year-olds" too.
        if isKW(end, .old) || (isMark(end, Mark.hyphen) && (isKW(end + 1, .old) || isWord(end + 1, "olds"))) {
            return TemporalMatch(first: i, end: i, kind: .duration, value: .text(""))
        }
        if isMark(end, Mark.hyphen), isKW(end + 1, .long), attached(end) { end += 2 }
        // "a week or so ago", "two days or so later": the hedge does not change the date.
        if isWord(end, "or"), isWord(end + 1, "so"), isKW(end + 2, .ago) || isKW(end + 2, .later) || isKW(end + 2, .earlier) { end += 2 }
        // "a year" after an amount ("$5 million a year") is a set.
        if (isKW(i, .a) || isKW(i, .an)), !hyphen, unit >= .hour, unit <= .year, !isKW(end, .ago), !isKW(end, .later),
           !isKW(end, .earlier), !isKW(end, .before), !isKW(end, .after), isPerAmount(i - 1) {
            // "four times a year": the count of times belongs to the set, as "twice a year" does.
            let times = isKW(i - 1, .times) && (isNumber(i - 2) || lex(i - 2).kind == .number)
            return TemporalMatch(first: times ? i - 2 : i, end: end, kind: .set, value: .text(durationText(1, unit)))
        }
        // "For the six months ended Sept. 28, the line earned $4 million, up from $3 million a year
        // earlier": the period's closing day a year back.
        if isKW(end, .ago) || isKW(end, .earlier), unit == .year, count == 1, let closing = closingDayBefore(i) {
            let day = CalendarDate(year: closing.year - 1, month: closing.month, day: min(closing.day, CalendarDate.daysIn(month: closing.month, year: closing.year - 1)))
            if let day { return TemporalMatch(first: i, end: end + 1, kind: .date, value: .day(day), movesReference: false) }
        }
        // In a results story "a year ago" and "a year earlier" are the reported quarter's twin.
        if isKW(end, .ago) || isKW(end, .earlier), unit == .year, count == 1, let reported = context.reportingQuarter,
           context.paragraphsSinceQuarter <= TemporalContext.quarterComparisonReach, sentenceHasFigures(around: i)
        {
            return TemporalMatch(first: i, end: end + 1, kind: .date, value: reported.yearEarlier.value, movesReference: false)
        }
        // "two weeks ago", "a decade ago": a date at the unit's granularity.
        if isKW(end, .ago) {
            let step = yearStep(unit)
            if let dct, let c = count, c == c.rounded(), let v = DateMath.shift(dct, by: -Int(c) * step.count, step.unit) {
                return TemporalMatch(first: i, end: end + 1, kind: .date, value: v)
            }
            return TemporalMatch(first: i, end: end + 1, kind: .date, value: .text("PAST_REF"))
        }
        if isKW(end, .from), isKW(end + 1, .now) || isKW(end + 1, .today), let dct, let c = count, c == c.rounded(),
           let v = DateMath.shift(dct, by: Int(c), unit) {
            return TemporalMatch(first: i, end: end + 2, kind: .date, value: v)
        }
        // "a decade later" is ten years on from the year named, not the next decade. "a day
        // earlier than planned" compares two dates and names neither: the span alone.
        let step = yearStep(unit)
        if (isKW(end, .later) || isKW(end, .earlier)), !isKW(end + 1, .than), unit >= .day, let anchor = anchorDate, let c = count, c == c.rounded(),
           let v = DateMath.shift(anchor.date, by: (isKW(end, .later) ? Int(c) : -Int(c)) * step.count, step.unit) {
            // "two days later", "a month earlier": TimeML tags the span and leaves "later" out as
            // a signal; the day it leads to still moves the story on.
            if unit < .year {
                var span = TemporalMatch(first: i, end: end, kind: .duration, value: .text(durationText(count, unit)), movesReference: unit < .month)
                span.leadsTo = ReachedPeriod(v)
                return span
            }
            // "a year earlier" is a point of comparison, which TimeML marks as the date it names.
            return TemporalMatch(first: i, end: end + 1, kind: .date, value: v, movesReference: false)
        }
        return TemporalMatch(first: i, end: end, kind: .duration, value: .text(durationText(count, unit)))
    }

    /// The closing day of a period named earlier in the sentence of token `i` ("the quarter
    /// ended Sept. 30", "the six months ending Sept. 28"), when one is; what else ended on a
    /// day ("the strike ended March 3") is no period results are compared over.
    func closingDayBefore(_ i: Int) -> CalendarDate? {
        var k = max(1, sentenceStart(of: i))
        while k < i {
            let afterPeriod = lex(k - 1).kind == .unit || lex(k - 1).kind == .units || isKW(k - 1, .period)
            if afterPeriod, isWord(k, "ended") || isWord(k, "ending"), let closing = monthFirstDate(k + 1) ?? dayFirstDate(k + 1),
               closing.end <= i, let day = closing.value.specificDay {
                return day
            }
            k += 1
        }
        return nil
    }

    /// Whether token `k` is a modal verb ("will", "could", "might").
    func isModal(_ k: Int) -> Bool {
        isKW(k, .will) || isKW(k, .would) || isKW(k, .shall) || isWord(k, "could") || isWord(k, "can") || isWord(k, "may")
            || isWord(k, "might") || isWord(k, "should") || isWord(k, "must")
    }

    /// Whether token `k` is "later", "earlier" or "ago": what places a span before or after a date.
    func isRelativeToAnchor(_ k: Int) -> Bool { isKW(k, .later) || isKW(k, .earlier) || isKW(k, .ago) }

    /// Whether token `k` opens a sentence: the paragraph's first word, or one after ". ! ?" or
    /// an opening quotation mark.
    func opensSentence(_ k: Int) -> Bool {
        var previous = k - 1
        while previous >= 0, isQuoteMark(previous) { previous -= 1 }
        return previous < 0 || isMark(previous, Mark.period) || isMark(previous, Mark.exclamation) || isMark(previous, Mark.question)
    }

    /// "a hundred", "a thousand" as counts.
    static let hundred: Double = 100
    static let thousand: Double = 1000

    /// Quarters that make a whole: fewer are a share ("three-quarters of").
    static let quartersInAWhole: Double = 4

    /// The step a date moves by for a count of `unit`: decades and centuries as ten and a
    /// hundred years, so "a decade ago" is a year (2009), not a decade (200).
    func yearStep(_ unit: TimeUnit) -> (count: Int, unit: TimeUnit) {
        switch unit {
        case .decade: return (10, .year)
        case .century: return (100, .year)
        default: return (1, unit)
        }
    }

    /// Whether token `k` ends an amount that "a year" can follow as a rate ("$5 million a year").
    func isPerAmount(_ k: Int) -> Bool {
        guard k >= 0 else { return false }
        if isKW(k, .once) || isKW(k, .twice) || isKW(k, .times) || isMark(k, Mark.percent) { return true }
        // An amount a few words back: "$5 million a year", "three meals a day", "hundreds of interviews a day".
        var back = k
        while back >= max(0, k - 3) {
            let token = t[back]
            if token.kind == .number || token.lex.kind == .number { return true }
            if isWord(back, "million") || isWord(back, "billion") || isWord(back, "trillion") || isWord(back, "dozens")
                || isWord(back, "hundreds") || isWord(back, "thousands") || isWord(back, "millions") || isWord(back, "percent") {
                return true
            }
            if token.kind == .punct { return false }
            back -= 1
        }
        return false
    }

    /// P2Y, PT3H, PXY, P2Y6M, PT1M30S.
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
            // A count that rounds to nothing in the smaller unit ("0.001 years") keeps its decimal
            // below: "P" or "PT" alone is no TIMEX3 value.
            case .hour:
                let minutes = Int((value * 60).rounded())
                if minutes > 0 { return "PT\(minutes / 60 > 0 ? "\(minutes / 60)H" : "")\(minutes % 60 > 0 ? "\(minutes % 60)M" : "")" }
            case .year:
                // 2 1/2 years → P2Y6M; half a year → P6M.
                let months = Int((value * 12).rounded())
                if months > 0 { return "P\(months / 12 > 0 ? "\(months / 12)Y" : "")\(months % 12 > 0 ? "\(months % 12)M" : "")" }
            case .day: value *= 24; letter = "H"; isTime = true
            case .minute:
                let seconds = Int((value * 60).rounded())
                if seconds > 0 { return "PT\(seconds / 60 > 0 ? "\(seconds / 60)M" : "")\(seconds % 60 > 0 ? "\(seconds % 60)S" : "")" }
            default: break
            }
        }
        let number = value == value.rounded() ? String(Int(value)) : String(value)
        return (isTime ? "PT" : "P") + number + letter
    }

    /// Whether the sentence holding token `i` has a number in it (`$90 million`, `5%`): a
    /// comparison of results rather than a story's past.
    func sentenceHasFigures(around i: Int) -> Bool {
        var k = sentenceStart(of: i)
        while k < n, k < i + Self.longestSentenceTail {
            if isNumber(k) { return true }
            if k > i, isMark(k, Mark.period) || isMark(k, Mark.question) || isMark(k, Mark.exclamation) { return false }
            k += 1
        }
        return false
    }

    /// How far after the expression `sentenceHasFigures` looks for the sentence's end.
    static let longestSentenceTail = 40
}
