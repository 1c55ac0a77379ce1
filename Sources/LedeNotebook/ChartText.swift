import LedeQuery

/// A chart drawn in text: a row of blocks per period, scaled to the largest count. One series
/// gets one bar a line; two get two columns of bars under their names.
enum ChartText {
    static let block = "█"
    /// Blocks in the longest bar of a one-series chart, and of each side of a two-series one.
    static let singleBarWidth = 30
    static let pairedBarWidth = 20
    /// The narrowest the period column of a two-series chart is drawn.
    static let minimumLabelWidth = 6
    /// A two-series chart's side names are cut to this many characters beyond the bar width.
    static let seriesNameAllowance = 4
    /// The width the first side's count is padded to, so the second side's bars line up.
    static let countWidth = 4

    /// The lines of the chart, then an empty line to part it from what follows.
    static func lines(_ chart: Chart) -> [String] {
        chart.series.count == 2 ? paired(chart) : single(chart)
    }

    private static func bar(_ count: Int, of largest: Int, width: Int) -> String {
        count == 0 ? "" : String(repeating: block, count: max(1, count * width / largest))
    }

    private static func padded(_ text: String, to width: Int) -> String {
        text.padding(toLength: width, withPad: " ", startingAt: 0)
    }

    private static func single(_ chart: Chart) -> [String] {
        let largest = chart.largestCount
        let width = chart.bars.map(\.label.count).max() ?? 0
        return chart.bars.map { bar in
            let count = bar.counts.first ?? 0
            return padded(bar.label, to: width) + " " + self.bar(count, of: largest, width: singleBarWidth) + " \(count)"
        } + [""]
    }

    private static func paired(_ chart: Chart) -> [String] {
        let largest = chart.largestCount
        let labelWidth = max(chart.bars.map(\.label.count).max() ?? 0, minimumLabelWidth)
        let nameLength = pairedBarWidth + seriesNameAllowance
        let header = padded("period", to: labelWidth) + "  "
            + padded(String(chart.series[0].prefix(nameLength)), to: pairedBarWidth + 1 + countWidth) + "  " + chart.series[1].prefix(nameLength)
        var lines = [header]
        for bar in chart.bars {
            let left = bar.counts[0], right = bar.counts[1]
            let leftPart = padded(self.bar(left, of: largest, width: pairedBarWidth), to: pairedBarWidth) + " " + padded(String(left), to: countWidth)
            var line = padded(bar.label, to: labelWidth) + "  " + leftPart + "  "
                + padded(self.bar(right, of: largest, width: pairedBarWidth), to: pairedBarWidth) + " " + String(right)
            while line.hasSuffix(" ") { line.removeLast() }
            lines.append(line)
        }
        return lines + [""]
    }
}
