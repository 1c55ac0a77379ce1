import LedeAnalysis
import LedeArticles

/// How many dated statements fall in each period: the chart above a timeline.
public enum TimelineChart {
    static let maximumBars = 24
    /// Statements within this many days are charted by day, others by month.
    static let dailyWindow = 45
    /// Fewer dated statements than this make no chart.
    static let minimumDated = 2

    /// The spans counted so far: by first day, and whether the value named a day. It grows with
    /// the days spanned, not with the statements, so a million dates cost a few thousand keys.
    public struct Tally: Sendable, Equatable {
        struct Key: Hashable, Sendable {
            var first: CalendarDate
            var isDay: Bool
        }
        var counts: [Key: Int] = [:]

        public init() {}

        /// How many statements are counted.
        public var total: Int { counts.values.reduce(0, +) }

        /// Counts `span` if it is precise enough to chart (a month or finer).
        public mutating func add(_ span: TimexSpan, times: Int = 1) {
            guard span.granularity.rawValue >= TimexSpan.Granularity.month.rawValue else { return }
            counts[Key(first: span.first, isDay: span.granularity == .day), default: 0] += times
        }
    }

    public static func chart(_ spans: [TimexSpan]) -> Chart? {
        var tally = Tally()
        for span in spans { tally.add(span) }
        return chart(tally)
    }

    /// By day when the statements fit in a few weeks, by month otherwise; when that makes too
    /// many bars, by year, then by decade. Nil when fewer than two statements or periods.
    public static func chart(_ tally: Tally) -> Chart? {
        guard tally.total >= minimumDated else { return nil }
        let firstDays = Set(tally.counts.keys.map(\.first))
        let earliest = firstDays.min()!.dayNumber, latest = firstDays.max()!.dayNumber
        let byDay = latest - earliest <= dailyWindow && firstDays.count > 1
        var counts: [String: Int] = [:]
        var chosen = Chart.Period.month
        for period in byDay ? [Chart.Period.day, .month, .year, .decade] : [.month, .year, .decade] {
            counts = [:]
            for (key, n) in tally.counts {
                // A value that names only a month is counted by month, even in a chart by day.
                let label = period == .day && !key.isDay ? self.label(key.first, .month) : self.label(key.first, period)
                counts[label, default: 0] += n
            }
            chosen = period
            if counts.count <= maximumBars { break }
        }
        guard counts.count >= 2 else { return nil }
        let bars = counts.keys.sorted().map { Chart.Bar(label: $0, counts: [counts[$0]!]) }
        return Chart(counted: "dated statements", period: chosen, series: ["statements"], bars: bars)
    }

    /// The label of the bar that counts a statement of `value` in a chart by `period`; nil for a
    /// value the chart does not count (a year, a duration, a set).
    public static func label(of value: String, in period: Chart.Period) -> String? {
        guard let span = TimexSpan(value: value), span.granularity.rawValue >= TimexSpan.Granularity.month.rawValue else { return nil }
        return label(span.first, period == .day && span.granularity != .day ? .month : period)
    }

    /// The label of the period that holds `date`: `2013-05-07`, `2013-05`, `2013`, `2010s`.
    static func label(_ date: CalendarDate, _ period: Chart.Period) -> String {
        let iso = date.iso
        switch period {
        case .day: return iso
        case .week: return "week of " + date.adding(days: -date.weekday).iso
        case .month: return String(iso.prefix(7))
        case .year: return String(iso.prefix(4))
        case .decade: return String(iso.prefix(3)) + "0s"
        }
    }
}
