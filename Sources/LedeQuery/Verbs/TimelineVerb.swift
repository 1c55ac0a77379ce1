import LedeAnalysis
import LedeArticles
import LedeStore

/// `timeline [NAME|TERMS] [from DATE] [to DATE] [--all] [filters]`: dated statements in
/// calendar order, with a chart of how many fall in each period.
public struct TimelineVerb: Verb {
    public static let info = VerbInfo(
        name: "timeline", syntax: "timeline [NAME|TERMS] [from DATE] [to DATE] [--all] [filters]",
        summary: "dated statements in date order, normalized against each article's date",
        examples: ["timeline", "timeline Kerry from 2013-05-01 to 2013-05-31"],
        details: "`--all` also lists durations, sets and vague references (P2Y, PAST_REF), which have no place on the calendar.")

    public var subject: SearchNode?
    public var from: DateBound?
    public var to: DateBound?
    /// `--all`: durations, sets and vague references too.
    public var includeUndated: Bool

    public init(arguments tokens: [Token], filters: Filters, verb: Token) throws {
        var from: DateBound?
        var to: DateBound?
        var includeUndated = false
        var toRange: Range<Int>?
        var subject: [Token] = []
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            if token.isKeyword("from") || token.isKeyword("to") {
                guard i + 1 < tokens.count, let bound = DateBound.parse(tokens[i + 1].text) else {
                    throw QueryError("\(token.text) needs a date", at: i + 1 < tokens.count ? tokens[i + 1].range : token.range, suggestion: "write 2013-05-09, 2013-05 or 2013")
                }
                if token.isKeyword("from") {
                    from = bound
                } else {
                    to = bound
                    toRange = tokens[i + 1].range
                }
                i += 2
                continue
            }
            if token.isKeyword("--all") { includeUndated = true } else { subject.append(token) }
            i += 1
        }
        if let from, let to, to.last < from.first {
            throw QueryError("to \(to.text) comes before from \(from.text)", at: toRange, suggestion: "swap the two dates")
        }
        self.subject = subject.isEmpty ? nil : try SearchParser.parse(subject)
        self.from = from
        self.to = to
        self.includeUndated = includeUndated
    }

    public func evaluate(in context: StageContext) throws -> QueryResult {
        try context.evaluator.timeline(
            subject: subject, window: DateWindow(from: from, to: to), includeUndated: includeUndated, filter: context.filter,
            limit: context.filters.limit, needAllIDs: context.needAllIDs)
    }
}

extension Evaluator {
    static let timelineColumns = [
        Column("value"), Column("text"), Column("kind"), Column("sentence", longText: true),
        Column("article"), Column("paragraph", header: "¶"),
        // The bar of the chart that counts the statement: the chart as data, for a machine.
        Column("period", machineOnly: true),
    ]

    static func timelineRow(_ item: StoredTemporal, chartPeriod: Chart.Period?) -> [Cell] {
        let e = item.expression
        let period = chartPeriod.flatMap { TimelineChart.label(of: e.value, in: $0) }.map(Cell.text) ?? .null
        return [.text(e.value), .text(e.text), .text(e.kind.rawValue), .text(e.sentence), .text(item.article), .integer(e.paragraph + 1), period]
    }

    /// Ends a read once the rows shown are drawn.
    struct EnoughRows: Error {}

    func timeline(subject: SearchNode?, window: DateWindow, includeUndated: Bool, filter: ArticleFilter, limit: Int?, needAllIDs: Bool) throws -> QueryResult {
        var result = QueryResult()
        // A window that ends before it starts holds nothing (the parser refuses one as written).
        if let days = window.days, days.isEmpty {
            result.summary = ["no dates"]
            return result
        }
        // The sentence index finds the candidates; the check below applies `not` within the sentence.
        let positive = subject.map(SearchText.positivePart)
        // The index has already matched the words; only `not` parts need the sentence read.
        let subjectWithNot = subject.flatMap { $0 != positive ? $0 : nil }
        var query = TemporalQuery(
            filter: filter, sentenceMatch: positive, datedOnly: !includeUndated || window.days != nil,
            years: window.years, window: window.days.map { $0.lowerBound...$0.upperBound.adding(days: -1) })
        @Sendable func kept(_ item: StoredTemporal) -> Bool {
            if let subjectWithNot, !SearchText.matches(subjectWithNot, words: SearchText.words(item.expression.sentence)) { return false }
            return includeUndated || TimexSpan(value: item.expression.value) != nil
        }

        // First the chart and the count: from each distinct value's count when no sentence
        // must be read, else from the rows; then the rows in calendar order, as the store held
        // them or read again.
        var tally = TimelineChart.Tally()
        var total = 0
        // The expressions (or their places), in calendar order, when the store holds them from counting.
        var held: HeldTemporals?
        if subjectWithNot == nil && !needAllIDs {
            // (The store holds them in calendar order, whatever order `query` asks for.)
            let timeline = try store.temporalTimeline(query)
            held = timeline.held
            for valueCount in timeline.valueCounts {
                let span = TimexSpan(value: valueCount.value)
                guard includeUndated || span != nil else { continue }
                total += valueCount.count
                if let span { tally.add(span, times: valueCount.count) }
            }
        } else {
            var ids = UniqueIDs()
            try store.forEachTemporal(query) { item in
                guard kept(item) else { return }
                total += 1
                if let span = TimexSpan(value: item.expression.value) { tally.add(span) }
                if needAllIDs { ids.add(item.article) }
            }
            result.articleIDs = ids.ordered
        }
        result.chart = TimelineChart.chart(tally)
        if needAllIDs { return result }
        result.layout = .entries(heading: ["value", "text", "kind", "article", "paragraph"], body: "sentence")
        guard total > 0 else {
            result.table = ResultTable(columns: Self.timelineColumns)
            result.summary = ["no dates"]
            return result
        }
        query.calendarOrder = true
        let store = self.store
        let shownQuery = query
        let shownHeld = held
        let counted = total
        let chartPeriod = result.chart?.period
        // The chart counts the statements of a month or finer, not years alone or undated ones.
        let charted = result.chart == nil ? 0 : tally.total
        result.table = ResultTable(columns: Self.timelineColumns, stream: RowStream { emit in
            var drawn = 0
            func draw(_ item: StoredTemporal) throws {
                guard kept(item) else { return }
                if let limit, drawn >= limit { throw EnoughRows() }
                drawn += 1
                try emit(Self.timelineRow(item, chartPeriod: chartPeriod))
            }
            do {
                switch shownHeld {
                case .dates(let dates):
                    for item in dates { try draw(item) }
                case .places(let places):
                    try store.forEachTemporal(at: places, draw)
                case nil:
                    try store.forEachTemporal(shownQuery, draw)
                }
            } catch is EnoughRows {}
            // The chart above counts every date, not only those listed: say so.
            if let limit, counted > limit {
                return ["\(limit) of \(Noun.date.counted(counted)) shown" + (charted > limit ? "; the chart counts \(charted)" : "")]
            }
            return []
        })
        return result
    }
}

/// `from DATE to DATE` of a timeline: the days a value must lie within, and the years to look in.
struct DateWindow {
    var days: Range<CalendarDate>?
    var years: ClosedRange<Int>?

    init(from: DateBound?, to: DateBound?) {
        guard from != nil || to != nil else { return }
        let first = from?.first ?? CalendarDate(year: 1, month: 1, day: 1)!
        let last = to?.last ?? CalendarDate(year: 9999, month: 12, day: 31)!
        // Half-open, so that a backwards window is empty rather than a trap.
        days = first.dayNumber <= last.dayNumber ? first..<last.adding(days: 1) : first..<first
        years = first.year <= last.year ? first.year...last.year : nil
    }
}
