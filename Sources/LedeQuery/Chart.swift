/// A bar chart as data: counts per period, in one series or two side by side. The query layer
/// makes it; each renderer draws it its own way (blocks on a terminal, a table in markdown,
/// SVG in a report).
public struct Chart: Sendable, Equatable {
    /// The length of time one bar covers.
    public enum Period: String, Sendable, Equatable {
        case day, week, month, year, decade
    }

    /// One bar (or pair of bars): the period's label and a count per series.
    public struct Bar: Sendable, Equatable {
        /// `2013-05-07`, `week of 2013-05-06`, `2013-05`, `2013`, `2010s`.
        public var label: String
        /// One count per series, in the order of `Chart.series`.
        public var counts: [Int]

        public init(label: String, counts: [Int]) {
            self.label = label
            self.counts = counts
        }
    }

    /// What is counted: `dated statements`, `articles`.
    public var counted: String
    public var period: Period
    /// The names of the series: one for a timeline, the two sides of a comparison.
    public var series: [String]
    /// In calendar order.
    public var bars: [Bar]

    public init(counted: String, period: Period, series: [String], bars: [Bar]) {
        self.counted = counted
        self.period = period
        self.series = series
        self.bars = bars
    }

    /// The largest count of any bar in any series (at least 1, so it can divide).
    public var largestCount: Int {
        max(1, bars.lazy.flatMap(\.counts).max() ?? 1)
    }
}
