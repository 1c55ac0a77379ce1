import LedeArticles

/// One expression the rules found: token span, kind and value.
struct TemporalMatch {
    var first: Int
    var end: Int
    var kind: TemporalExpression.Kind
    var value: TemporalValue
    /// False for a comparison point ("a year earlier"): the next "a year earlier" compares with
    /// the same date again, so it must not become the reference.
    var movesReference = true
    /// For a span counted from the story's date ("two days later"), the period it leads to: what
    /// "that day" then points back at. Kept small and plain, as matches are copied often.
    var leadsTo: ReachedPeriod? = nil
}

/// Hashes of words outside the lexicon that rules look for on every "the" or "this", computed
/// once rather than at each look.
enum UnlistedWord {
    static let season = TemporalLexicon.hash("season".utf8)
    static let short = TemporalLexicon.hash("short".utf8)
}

/// The period a counted span reaches ("two days later": that day), by its first day.
struct ReachedPeriod {
    var firstDay: Int32
    var unit: TimeUnit

    init?(_ value: TemporalValue) {
        guard let anchor = value.anchor else { return nil }
        firstDay = Int32(anchor.date.dayNumber)
        unit = anchor.unit
    }

    var value: TemporalValue? { DateMath.shift(CalendarDate(dayNumber: Int(firstDay)), by: 0, unit) }
}

/// Where the article stands in time while it is read: the document date and the last date mentioned.
struct TemporalContext {
    var documentDate: CalendarDate?
    /// The last calendar value mentioned, for "that day", "the previous year", "two days later".
    var reference: TemporalValue?
    /// The day the narrative stands on: set by the first date of a sentence ("On 7 May, Kerry
    /// arrived …"), so that a later "shortly before midnight" is that day's and not the
    /// publication day's. A first date coarser than a day ("In 2012, …", "up from 14% a year
    /// ago") leaves it, and so do dates later in a sentence: they are mostly asides ("the
    /// parade on Victory Day (May 9)").
    var narrativeDay: CalendarDate?
    /// The last quarter named with its year ("the third quarter" of a results story): what
    /// "the quarter", "the latest period" and "a year earlier" then refer to.
    var reportingQuarter: YearQuarter?
    /// Paragraphs read since a quarter was last named: "a year ago" is the reported quarter's
    /// twin only near it, in a sentence with figures ("Sales fell to $80 million from $90
    /// million a year earlier"); "She married a year ago" is a year whatever came before.
    var paragraphsSinceQuarter = 0

    /// How many paragraphs after a quarter is named "a year ago" may still compare with it.
    static let quarterComparisonReach = 6
}

/// A calendar quarter of a year: 1989-Q3.
struct YearQuarter: Equatable {
    var year: Int
    var quarter: Int

    var value: TemporalValue { .quarter(year: year, quarter: quarter) }
    /// The same quarter a year before, what results are compared with.
    var yearEarlier: YearQuarter { YearQuarter(year: year - 1, quarter: quarter) }
}

/// The rules of the temporal tagger over one paragraph's tokens.
///
/// Each rule looks at the tokens from one position and returns the longest expression it can
/// read there, or nil; rules run only where a token is a digit or a known word.
struct TemporalGrammar {
    let t: [TemporalToken]
    let n: Int
    var context: TemporalContext
    /// The last day named in the current sentence, and where that sentence began (token index).
    var sentenceDayCache: (date: CalendarDate, sentenceStart: Int)?
    /// Where the last expression of this paragraph ended (token index), for appositions: "Nov. 3, the day before …".
    var previousEnd = -1

    /// Where the sentence that last set `context.narrativeDay` began (token index).
    var narrativeSentenceStart = -1

    /// The span of months this paragraph last reported on ("earnings rose in the nine months"):
    /// what a following "the year-earlier period" compares with, rather than the reported
    /// quarter. A quarter named after it takes its place again.
    var comparedSpan: TemporalValue?

    init(tokens: [TemporalToken], context: TemporalContext) {
        t = tokens
        n = tokens.count
        self.context = context
    }

    var dct: CalendarDate? { context.documentDate }

    mutating func run() -> [TemporalMatch] {
        var out: [TemporalMatch] = []
        var i = 0
        while i < n {
            let token = t[i]
            if token.kind == .punct
                || (token.kind == .word && token.lex.kind == .none
                    && !(token.capitalized && TemporalTagger.holidayFirstWords.contains(token.hash))) {
                i += 1
                continue
            }
            if let m = match(at: i) {
                if m.end <= i { i += 1; continue }  // a blocked span ("five-year-old"): skip it
                // "11:30 am (1830 UTC)": the UTC twin takes its day from the local time.
                let twin = m.kind == .time ? utcTwin(after: m.end, of: m.value) : nil
                if let second = secondDay(after: m) {
                    out.append(m)
                    context.reference = second.value
                    out.append(second)
                    i = second.end
                    continue
                }
                if m.movesReference, let date = m.leadsTo?.value {
                    let reached = TemporalMatch(first: m.first, end: m.end, kind: .date, value: date)
                    context.reference = date
                    if let day = date.specificDay { sentenceDayCache = (day, sentenceStart(of: m.first)) }
                    moveNarrative(to: reached)
                }
                if m.kind != .duration, m.kind != .set {
                    if m.value.anchor != nil, m.movesReference { context.reference = m.value }
                    if m.movesReference, case .quarter(let year, let quarter) = m.value, isRecentForReporting(year: year) {
                        if context.reportingQuarter == nil { context.reportingQuarter = YearQuarter(year: year, quarter: quarter) }
                        context.paragraphsSinceQuarter = 0
                    }
                    if let day = m.value.specificDay { sentenceDayCache = (day, sentenceStart(of: m.first)) }
                    moveNarrative(to: m)
                }
                noteComparedSpan(m)
                out.append(m)
                previousEnd = m.end
                i = m.end
                if let twin {
                    out.append(twin)
                    previousEnd = twin.end
                    i = twin.end
                }
            } else {
                i += 1
            }
        }
        return out
    }

    /// Keeps "the nine months", "the first six months" as the span a results paragraph reports
    /// on; a quarter named later is what is reported on again.
    mutating func noteComparedSpan(_ m: TemporalMatch) {
        if m.kind == .duration, isKW(m.first, .the), lex(m.end - 1).kind == .units || lex(m.end - 1).kind == .unit,
           lex(m.end - 1).value == TimeUnit.month.rawValue {
            comparedSpan = m.value
        } else if case .quarter = m.value {
            comparedSpan = nil
        }
    }

    /// Whether a quarter of `year` can be the one a results story reports: the document's year
    /// or the one before. "The mill last cut its payout in the second quarter of 1984" is history,
    /// not the quarter a later "a year ago" compares with.
    func isRecentForReporting(year: Int) -> Bool {
        guard let dct else { return true }
        return (dct.year - Self.reportingYearsBack...dct.year).contains(year)
    }

    /// How many years before the document's a reported quarter can lie (a January report on last year's fourth quarter).
    static let reportingYearsBack = 1

    /// Lets the first date of a sentence set the narrative's day; an end point ("until Friday",
    /// "through midday tomorrow") says where something stops, not where the text stands.
    mutating func moveNarrative(to m: TemporalMatch) {
        guard m.value.anchor != nil, m.movesReference else { return }
        let start = sentenceStart(of: m.first)
        guard start != narrativeSentenceStart else { return }
        narrativeSentenceStart = start
        var k = m.first - 1
        if isKW(k, .least), isKW(k - 1, .at) { k -= 2 }  // "through at least midday tomorrow": the word before "at least"
        if isKW(k, .until) || isKW(k, .till) || isKW(k, .through) || isKW(k, .by) { return }
        if let day = m.value.specificDay { context.narrativeDay = day }
    }

    /// "April 24 and 25", "May 3-4": the second day of the same month.
    func secondDay(after m: TemporalMatch) -> TemporalMatch? {
        guard case .day(let date) = m.value, isKW(m.end, .and) || isKW(m.end, .to) || (isMark(m.end, Mark.hyphen) && attached(m.end)),
              let (day, end) = dayNumber(m.end + 1), lex(end).kind != .month, lex(end).kind != .unit, lex(end).kind != .units,
              let second = CalendarDate(year: date.year, month: date.month, day: day), day > date.day else { return nil }
        if end < n, t[end].kind == .number || isWord(end, "percent") || isMark(end, Mark.percent) { return nil }
        return TemporalMatch(first: m.end + 1, end: end, kind: .date, value: .day(second))
    }

    // MARK: - Token helpers

    @inline(__always) func kw(_ i: Int) -> Keyword? {
        guard i >= 0, i < n, t[i].lex.kind == .keyword else { return nil }
        return Keyword(rawValue: t[i].lex.value)
    }
    @inline(__always) func isKW(_ i: Int, _ k: Keyword) -> Bool { kw(i) == k }
    @inline(__always) func lex(_ i: Int) -> LexEntry { i >= 0 && i < n ? t[i].lex : .none }
    @inline(__always) func isMark(_ i: Int, _ c: UInt8) -> Bool { i >= 0 && i < n && t[i].kind == .punct && t[i].mark == c }
    @inline(__always) func isNumber(_ i: Int) -> Bool { i >= 0 && i < n && t[i].kind == .number }
    /// The token at `i` follows the one before it with no space between.
    @inline(__always) func attached(_ i: Int) -> Bool { i < n && !t[i].spaceBefore }
    @inline(__always) func isWord(_ i: Int, _ s: StaticString) -> Bool {
        guard i >= 0, i < n, t[i].kind == .word else { return false }
        return t[i].hash == TemporalLexicon.hash(UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }
    func isPossessive(_ i: Int) -> Bool { isMark(i, Mark.apostrophe) && attached(i) && isWord(i + 1, "s") && attached(i + 1) }

    /// A day-of-month number: 1…31, written with one or two digits, optionally "7th".
    func dayNumber(_ i: Int) -> (day: Int, end: Int)? {
        guard isNumber(i), t[i].digits <= 2, (1...31).contains(t[i].number) else { return nil }
        var end = i + 1
        if end < n, attached(end), t[end].kind == .word,
           isWord(end, "st") || isWord(end, "nd") || isWord(end, "rd") || isWord(end, "th") {
            end += 1
        }
        // Not a time, a decimal or part of a larger number.
        if end < n, attached(end), (isMark(end, Mark.colon) || isMark(end, Mark.period) || isMark(end, Mark.comma)), isNumber(end + 1), attached(end + 1) { return nil }
        if attached(i), isMark(i - 1, Mark.dollar) { return nil }
        return (Int(t[i].number), end)
    }

    /// A four-digit year 1000…2099 standing alone (not "1,998", "$2000", "2000%").
    func yearNumber(_ i: Int) -> Int? {
        guard isNumber(i), t[i].digits == 4, (1000...2099).contains(t[i].number) else { return nil }
        if i > 0, attached(i), t[i - 1].kind == .punct {
            let m = t[i - 1].mark
            if m == Mark.dollar || m == Mark.numberSign || m == Mark.comma || m == Mark.period || m == Mark.colon || m == Mark.slash { return nil }
        }
        if i + 1 < n, attached(i + 1) {
            if t[i + 1].kind == .word { return nil }
            let m = t[i + 1].mark
            if m == Mark.percent || ((m == Mark.comma || m == Mark.period || m == Mark.colon) && isNumber(i + 2) && attached(i + 2)) { return nil }
        }
        if isKW(i + 1, .old) || isWord(i + 1, "percent") { return nil }
        return Int(t[i].number)
    }

    /// A capitalized month name that is really a month here ("May" the month, not the verb).
    func month(_ i: Int) -> (month: Int, end: Int)? {
        guard i < n, t[i].lex.kind == .month, t[i].capitalized else { return nil }
        let m = Int(t[i].lex.value)
        let length = t[i].end - t[i].start
        var end = i + 1
        let abbreviated = length <= 4 && !(m == 5 || ((m == 6 || m == 7) && length == 4))
        if abbreviated {
            if isMark(end, Mark.period), attached(end) { end += 1 }
            else if !isNumber(end) { return nil }
            if length == 3, m == 3 || m == 5, !isNumber(end) { return nil }
        } else if m == 5 || m == 3 {
            // "May" and "March" need a date-like neighbour.
            let next = isNumber(end) || isMark(end, Mark.comma) && isNumber(end + 1)
            let prev: Bool
            switch kw(i - 1) {
            case .in, .since, .until, .till, .by, .of, .last, .next, .this, .early, .late, .mid, .during, .through,
                 .from, .to, .before, .after, .between, .and, .on, .end, .beginning, .middle, .that, .coming, .past, .the:
                prev = true
            default: prev = isMark(i - 1, Mark.hyphen) || isMark(i - 1, Mark.openParenthesis) || (isNumber(i - 1) && t[i - 1].digits <= 2)
            }
            if !next && !prev { return nil }
            if m == 5 && !next && isKW(i + 1, .be) { return nil }
        }
        return (m, end)
    }

    /// The part of day at `i` that can follow a day ("Friday night", "yesterday morning"):
    /// morning to night and dawn; noon and midnight are clock times, read elsewhere.
    func partOfDay(after i: Int) -> PartOfDay? {
        guard lex(i).kind == .partOfDay, let part = PartOfDay(rawValue: t[i].lex.value), part.isSpanOfDay else { return nil }
        return part
    }

    /// A day, with the part of day that followed it when there was one: "Friday" is a DATE,
    /// "Friday night" a TIME (`1998-10-23TNI`).
    func dayWithPart(_ date: CalendarDate, _ part: PartOfDay?, first: Int, end: Int) -> TemporalMatch {
        guard let part else { return TemporalMatch(first: first, end: end, kind: .date, value: .day(date)) }
        return TemporalMatch(first: first, end: end, kind: .time, value: .dayPart(date, part))
    }

    /// "a.m.", "am", "p.m.", "PM" after a clock number: whether it is afternoon, and where it ends.
    func meridiem(_ i: Int) -> (pm: Bool, end: Int)? {
        guard i < n, t[i].kind == .word else { return nil }
        if isKW(i, .am) || isKW(i, .pm) {
            // "10am. The" ends a sentence: that full stop is no part of "am".
            let endsSentence = i + 2 >= n || t[i + 2].capitalized
            let dotted = isMark(i + 1, Mark.period) && attached(i + 1) && !endsSentence
            return (isKW(i, .pm), dotted ? i + 2 : i + 1)
        }
        let isA = isWord(i, "a"), isP = isWord(i, "p")
        guard isA || isP, isMark(i + 1, Mark.period), attached(i + 1), isWord(i + 2, "m"), attached(i + 2) else { return nil }
        var end = i + 3
        if isMark(end, Mark.period), attached(end) { end += 1 }
        return (isP, end)
    }

    /// Where the sentence that holds token `i` begins (a rough split on ". ? !" before a capital).
    func sentenceStart(of i: Int, within limit: Int = 80) -> Int {
        var k = i - 1
        let floor = max(0, i - limit)
        while k > floor {
            if t[k].kind == .punct, t[k].mark == Mark.period || t[k].mark == Mark.exclamation || t[k].mark == Mark.question,
               k + 1 < n, t[k + 1].spaceBefore, t[k + 1].capitalized || t[k + 1].kind == .punct {
                // "Aug. 7" and "a.m. Friday" are not boundaries when a short word precedes the dot.
                let previous = t[k - 1]
                let short = previous.kind == .word && previous.end - previous.start <= 1
                if !short { return k + 1 }
            }
            k -= 1
        }
        return floor
    }

    func sentenceEnd(of i: Int, within limit: Int = 80) -> Int {
        var k = i + 1
        let ceiling = min(n - 1, i + limit)
        while k < ceiling {
            if t[k].kind == .punct, t[k].mark == Mark.period || t[k].mark == Mark.exclamation || t[k].mark == Mark.question,
               t[k + 1].spaceBefore, t[k + 1].capitalized || t[k + 1].kind == .punct {
                return k
            }
            k += 1
        }
        return ceiling + 1
    }

    enum Tense { case past, future, unknown }

    /// How far, in tokens and within its sentence, a tense cue is looked for before and after
    /// a date: past this, a verb belongs to another clause more often than to the date's.
    static let tenseCueReachBefore = 14
    static let tenseCueReachAfter = 10

    /// The tense nearest the expression at `first..<end`: future cues ("will", "scheduled to",
    /// "next") against past ones ("said", "was", verbs in -ed), the closest one deciding.
    func tense(_ first: Int, _ end: Int) -> Tense {
        // "Wednesday's ruling": a day that owns an event is one already past.
        if isPossessive(end), !isKW(first - 1, .next), !isKW(first - 1, .this) { return .past }
        let from = sentenceStart(of: first, within: Self.tenseCueReachBefore)
        let to = sentenceEnd(of: end - 1, within: Self.tenseCueReachAfter)
        var best: (distance: Int, tense: Tense, cue: Int)? = nil
        var pastSeen = false
        func consider(_ k: Int) {
            guard var cue = cueTense(k) else { return }
            // "On Friday, the government planned to pay ...": after the day, a finite "planned" or
            // "scheduled" is the past act of planning that day; before it ("planned to leave on
            // Thursday") it still looks ahead.
            if cue == .future, k >= end, isKW(k, .planned) || isKW(k, .scheduled),
               !isFormOfBe(k - 1) {
                cue = .past
            }
            if cue == .past, k >= end { pastSeen = true }
            let distance = k < first ? first - k : (k - end + 1) + 1  // a tie goes to the word before
            if best == nil || distance < best!.distance { best = (distance, cue, k) }
        }
        // Quotation marks bound the search: the tense of a quote is not that of "said" outside it.
        var k = first - 1
        while k >= from, !isQuoteMark(k) { consider(k); k -= 1 }
        k = end
        while k < to, !isQuoteMark(k) { consider(k); k += 1 }
        // "Until Thursday, they had not …": "until" yields to a past verb after it ("postponed until Tuesday" stays ahead).
        if let best, best.tense == .future, isKW(best.cue, .until) || isKW(best.cue, .till), pastSeen { return .past }
        return best?.tense ?? .unknown
    }

    /// The tense for a calendar date: a deadline or start it is the object of ("by Feb. 1",
    /// "until January", "payable Dec. 15", "effective June 1") lies ahead whatever the verb;
    /// "through" does not say so ("sales this year through August").
    func dateTense(_ first: Int, _ end: Int) -> Tense {
        let nearest = tense(first, end)
        let deadline = isKW(first - 1, .by) || isKW(first - 1, .until) || isKW(first - 1, .till)
            || isWord(first - 1, "payable") || isWord(first - 1, "effective")
        guard deadline else { return nearest }
        // A finite past verb in the clause ("By May, the virus had spread", "the report was
        // finished by March") puts the deadline behind; a bare participle ("residents registered
        // by Nov. 15") does not.
        return nearest == .past && finitePastInClause(first, end) ? .past : .future
    }

    /// Whether an auxiliary or verb that can only be finite past ("was", "were", "had", "did",
    /// "became") stands in the sentence around `first..<end`.
    func finitePastInClause(_ first: Int, _ end: Int) -> Bool {
        let from = sentenceStart(of: first, within: Self.tenseCueReachBefore)
        let to = sentenceEnd(of: end - 1, within: Self.tenseCueReachAfter)
        for k in from..<max(from, to) where k < first || k >= end {
            if isQuoteMark(k) { continue }
            if isKW(k, .was) || isKW(k, .were) || isKW(k, .had) || isKW(k, .did) || isWord(k, "became") { return true }
        }
        return false
    }

    /// Whether token `k` is "is", "are", "was", "were", "be" or "been": after one, "planned" and
    /// "scheduled" are participles of a plan ("is scheduled to"), not a finite past verb.
    func isFormOfBe(_ k: Int) -> Bool {
        switch kw(k) {
        case .is, .are, .was, .were, .be, .been: return true
        default: return false
        }
    }

    /// Whether token `k` is an article or possessive: what an adjective can follow and a finite
    /// verb cannot ("that", "this" are left out: as pronouns they open clauses, "fires that damaged").
    func isDeterminer(_ k: Int) -> Bool {
        switch kw(k) {
        case .the, .a, .an: return true
        default:
            return k >= 0 && k < n && t[k].kind == .word && TemporalLexicon.possessiveDeterminers.contains(t[k].hash)
        }
    }

    /// A double quotation mark: ", “, ”, `` or ''.
    func isQuoteMark(_ k: Int) -> Bool {
        guard t[k].kind == .punct else { return false }
        switch t[k].mark {
        case Mark.quote, Mark.backtick: return true
        case Mark.apostrophe: return (k + 1 < n && t[k + 1].kind == .punct && t[k + 1].mark == Mark.apostrophe) || (k > 0 && t[k - 1].kind == .punct && t[k - 1].mark == Mark.apostrophe)
        default: return false
        }
    }

    private func cueTense(_ k: Int) -> Tense? {
        let token = t[k]
        guard token.kind == .word else { return nil }
        if token.lex.kind == .keyword, let word = Keyword(rawValue: token.lex.value) {
            switch word {
            case .scheduled, .due, .expected, .planned:
                // "had been scheduled to expire Friday": a plan already past.
                if isKW(k - 1, .been), isKW(k - 2, .had) { return .past }
                // "the hastily planned trip": a participle before a noun says nothing of when.
                if word == .planned, !isKW(k + 1, .to), !isKW(k + 1, .for),
                   !isFormOfBe(k - 1) { return nil }
                return .future
            case .will, .shall, .upcoming, .would, .until, .till:
                return .future
            case .plan, .plans: return isKW(k + 1, .to) ? .future : nil  // "plans to sell"; "the plan" is a noun
            case .going, .set: return isKW(k + 1, .to) ? .future : nil
            case .soon, .early: return isKW(k - 1, .as) && isKW(k + 1, .as) ? .future : nil  // "as soon as", "as early as"
            case .said, .had, .did, .since: return .past
            case .was, .were, .is, .are:
                // "were planning", "is expected": the word after the verb tells.
                switch kw(k + 1) {
                case .scheduled, .expected, .set, .due, .going, .planned, .to, .about: return nil
                default:
                    if isWord(k + 1, "planning") { return nil }
                    // "the mill is still hiring", "they were waiting": a progressive tells of the
                    // verb's own time, not of a date named in the clause.
                    if k + 1 < n, t[k + 1].kind == .word, hasSuffixIng(t[k + 1]) { return nil }
                }
                return word == .was || word == .were ? .past : .future  // present tense about a named day: still ahead
            default: return nil
            }
        }
        if token.lex.kind == .month, !token.capitalized { return .future }  // "may"
        if isWord(k, "might") || isWord(k, "should") || isWord(k, "planning") || isWord(k, "wants") {
            return .future
        }
        if !token.capitalized, token.lex.kind == .scheduleVerb { return .future }
        let length = Int(token.end - token.start)
        let irregular = !token.capitalized && token.lex.kind == .none && TemporalLexicon.irregularPastForms.contains(token.hash)
        if irregular || (length >= 5 && !token.capitalized && token.lex.kind == .none) {
            // Past-tense verbs and participles, in -ed or irregular ("statements made Friday").
            // A participle after "be" ("will be finalized", "is heard in May") says nothing of tense.
            let afterBe = isKW(k - 1, .be) || isKW(k - 1, .is) || isKW(k - 1, .are) || isWord(k - 1, "being")
            guard irregular || (pastSuffix(token) && !TemporalLexicon.edWordsNotPast.contains(token.hash)), !afterBe else { return nil }
            // After an article or possessive it is an adjective ("a revised offer", "its planned
            // merger", "a still undecided date").
            let adverb = isWord(k - 1, "still") || isWord(k - 1, "newly")
            return isDeterminer(adverb ? k - 2 : k - 1) ? nil : .past
        }
        if isWord(k, "won't") || isWord(k, "ll") || isWord(k, "he'll") || isWord(k, "we'll") || isWord(k, "they'll")
            || isWord(k, "i'll") || isWord(k, "it'll") || isWord(k, "she'll") || isWord(k, "you'll") {
            return .future
        }
        return nil
    }

    /// Set by the tagger: the paragraph's bytes, for suffix checks.
    var bytes: UnsafeBufferPointer<UInt8> = UnsafeBufferPointer(start: nil, count: 0)

    /// Whether the word ends in "ing" and is longer than a noun like "king" or "thing".
    private func hasSuffixIng(_ token: TemporalToken) -> Bool {
        let e = Int(token.end)
        guard e - Int(token.start) > Self.longestNonVerbIng, e <= bytes.count else { return false }
        return bytes[e - 3] == 0x69 && bytes[e - 2] == 0x6E && bytes[e - 1] == 0x67  // "ing"
    }

    /// Words of this many letters or fewer ending in "ing" are rarely verb forms ("king", "thing").
    static let longestNonVerbIng = 5

    private func pastSuffix(_ token: TemporalToken) -> Bool {
        let e = Int(token.end)
        guard e >= 2, e <= bytes.count else { return false }
        return bytes[e - 2] == 0x65 && bytes[e - 1] == 0x64  // "ed"
    }

    // MARK: - Resolution

    /// The calendar day for a weekday named without a date, by the tense around it.
    func resolveWeekday(_ weekday: Int, tense: Tense, shift: Int = 0) -> CalendarDate? {
        guard let dct else { return nil }
        let today = dct.weekday
        switch shift {
        case -1: return dct.adding(days: -(((today - weekday + 6) % 7) + 1))  // "last Friday": before today
        case 1: return dct.adding(days: ((weekday - today + 6) % 7) + 1)      // "next Friday": after today
        case 2: return dct.adding(days: weekday - today)                       // "this Friday": this week
        default: break
        }
        if weekday == today { return dct }
        if tense == .future { return dct.adding(days: (weekday - today + 7) % 7) }
        return dct.adding(days: -((today - weekday + 7) % 7))
    }

    /// The year for a month (and day) named without one: the document's year, moved back or
    /// ahead when the tense says the date lies on the other side of the document date (with a
    /// little slack, as tense cues err), else the nearer year.
    func resolveYear(month: Int, day: Int?, tense: Tense) -> Int? {
        guard let dct else { return nil }
        // Distance from the document date to the date in the document's year, in days (months: mid-month).
        guard let here = CalendarDate(year: dct.year, month: month, day: day ?? min(15, CalendarDate.daysIn(month: month, year: dct.year))) else { return nil }
        let ahead = here.dayNumber - dct.dayNumber
        let slack = day == nil ? 45 : 40
        if day == nil && month == dct.month { return dct.year }
        switch tense {
        case .past: return ahead > slack ? dct.year - 1 : dct.year
        case .future: return ahead < -slack ? dct.year + 1 : dct.year
        case .unknown:
            // News looks back further than ahead: a date over three months ahead is last year's,
            // one over ten months back is next year's.
            if ahead > 92 { return dct.year - 1 }
            if ahead < -304 { return dct.year + 1 }
            return dct.year
        }
    }

    func resolveHoliday(_ holiday: Holiday, tense: Tense, shift: Int) -> CalendarDate? {
        if holiday == .dDay { return CalendarDate(year: 1944, month: 6, day: 6) }
        guard let dct else { return nil }
        let this = DateMath.date(of: holiday, in: dct.year)
        guard let this else { return nil }
        let before = this <= dct ? this : DateMath.date(of: holiday, in: dct.year - 1)
        let after = this >= dct ? this : DateMath.date(of: holiday, in: dct.year + 1)
        switch shift {
        case -1: return this < dct ? this : DateMath.date(of: holiday, in: dct.year - 1)
        case 1: return this > dct ? this : DateMath.date(of: holiday, in: dct.year + 1)
        case 2: return this
        default: break
        }
        // As for months, a few weeks' slack: tense cues err more often than a holiday lies a year off.
        if tense == .future { return this < dct && dct.dayNumber - this.dayNumber <= 40 ? this : after }
        if tense == .past { return this > dct && this.dayNumber - dct.dayNumber <= 40 ? this : before }
        guard let before, let after else { return this }
        return dct.dayNumber - before.dayNumber <= after.dayNumber - dct.dayNumber ? before : after
    }

    /// The value for an unresolved weekday: XXXX-WXX-1 style.
    func floatingWeekday(_ weekday: Int) -> TemporalValue { .text("XXXX-WXX-\(weekday + 1)") }

    /// The anchor for anaphora: the last date mentioned, else the document date.
    var anchorDate: (date: CalendarDate, unit: TimeUnit)? {
        if let a = context.reference?.anchor { return a }
        return dct.map { ($0, .day) }
    }
}
