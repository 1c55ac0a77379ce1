import LedeAnalysis
import LedeArticles

/// A compact text chart of how many dated statements fall in each period.
public enum TimelineChart {
    static let barWidth = 30
    static let maximumRows = 24
    /// Statements within this many days are charted by day, others by month.
    static let dailyWindow = 45

    /// The spans counted so far: by first day, and whether the value named a day. It grows with
    /// the days spanned, not with the statements, so a million dates cost a few thousand keys.
    public struct Tally: Sendable, Equatable {
        struct Key: Hashable, Sendable {
            var first: CalendarDate
            var isDay: Bool
        }
        var counts: [Key: Int] = [:]

        public init() {}

        /// Counts `span` if it is precise enough to chart (a month or finer).
        public mutating func add(_ span: TimexSpan) {
            guard span.granularity.rawValue >= TimexSpan.Granularity.month.rawValue else { return }
            counts[Key(first: span.first, isDay: span.granularity == .day), default: 0] += 1
        }
    }

    public static func lines(_ spans: [TimexSpan]) -> [String] {
        var tally = Tally()
        for span in spans { tally.add(span) }
        return lines(tally)
    }

    public static func lines(_ tally: Tally) -> [String] {
        let dated = tally.counts.values.reduce(0, +)
        guard dated >= 2 else { return [] }
        let firstDays = Set(tally.counts.keys.map(\.first))
        let earliest = firstDays.min()!.dayNumber, latest = firstDays.max()!.dayNumber
        // By day when the statements fit in a few weeks, by month otherwise.
        let byDay = latest - earliest <= dailyWindow && firstDays.count > 1
        // Days, else months; when that makes too many rows, years, then decades.
        var counts: [String: Int] = [:]
        for prefix in byDay ? [10, 7, 4, 3] : [7, 4, 3] {
            counts = [:]
            for (key, n) in tally.counts {
                let label = prefix == 10 && !key.isDay ? String(key.first.iso.prefix(7)) : String(key.first.iso.prefix(prefix))
                counts[prefix == 3 ? label + "0s" : label, default: 0] += n
            }
            if counts.count <= maximumRows { break }
        }
        guard counts.count >= 2 else { return [] }
        let maximum = counts.values.max()!
        let keys = counts.keys.sorted()
        let width = keys.map(\.count).max()!
        return keys.map { key in
            let n = counts[key]!
            let bar = String(repeating: "█", count: max(1, n * barWidth / maximum))
            return key.padding(toLength: width, withPad: " ", startingAt: 0) + " " + bar + " \(n)"
        } + [""]
    }
}
