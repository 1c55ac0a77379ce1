import LedeQuery

/// A chart laid out for SVG: every rectangle, line and label with its coordinates, computed
/// here so that the page template only places them. Bars stand over a date axis in calendar
/// order; two series stand side by side in each period.
struct ChartDrawing {
    static let width = 720.0
    static let plotTop = 24.0
    static let plotHeight = 200.0
    static let leftMargin = 44.0
    static let rightMargin = 12.0
    /// Below the axis: room for labels, turned when there are many.
    static let labelRoom = 28.0
    static let turnedLabelRoom = 84.0
    /// Above this many periods, labels are turned so that they do not overlap.
    static let maximumLevelLabels = 8
    /// The part of each period's slot its bars fill.
    static let barFill = 0.8
    static let seriesColours = ["#2f6fa8", "#d9822b"]
    static let axisColour = "#555555"
    static let gridColour = "#dddddd"
    /// Horizontal grid lines drawn above the axis, at most: one per whole count below that.
    static let maximumGridSteps = 4
    /// The widest a bar is drawn, however few periods there are.
    static let maximumBarWidth = 56.0
    /// Counts are written over the bars when there are at most this many periods.
    static let maximumCountedBars = 24
    static let labelOffset = 14.0
    /// Between a bar's top and its count.
    static let countGap = 4.0
    static let legendSwatch = 10.0
    /// Between the axis and a count's label on its left, and from a line down to its label's baseline.
    static let tickGap = 6.0
    static let tickBaseline = 4.0
    /// The legend's swatches stand this far above the plot, its names' baselines this far.
    static let legendTop = 18.0
    static let legendBaseline = 9.0
    static let legendTextGap = 4.0
    static let legendSpacing = 180.0

    struct Rectangle {
        var x, y, width, height: String
        var colour: String
        /// Shown when the pointer rests on the bar, and read by screen readers.
        var tooltip: String
    }

    struct Line {
        var x1, y1, x2, y2: String
        var colour: String
    }

    struct Label {
        var x, y: String
        var text: String
        var anchor: String
        /// An SVG transform (a turn about the label's point), or empty.
        var transform: String
    }

    struct LegendItem {
        var x, y, textX, textY, size: String
        var colour: String
        var name: String
    }

    var width: String
    var height: String
    var description: String
    var bars: [Rectangle] = []
    var counts: [Label] = []
    var gridLines: [Line] = []
    var axis: Line
    var labels: [Label] = []
    var tickLabels: [Label] = []
    var legend: [LegendItem] = []

    init(_ chart: Chart) {
        let plotWidth = Self.width - Self.leftMargin - Self.rightMargin
        let turned = chart.bars.count > Self.maximumLevelLabels
        let axisY = Self.plotTop + Self.plotHeight
        let totalHeight = axisY + (turned ? Self.turnedLabelRoom : Self.labelRoom)
        width = Self.number(Self.width)
        height = Self.number(totalHeight)
        let seriesNames = chart.series.joined(separator: " and ")
        description = "Chart of \(chart.counted) by \(chart.period.rawValue)" + (chart.series.count > 1 ? ": \(seriesNames)" : "")
        axis = Line(x1: Self.number(Self.leftMargin), y1: Self.number(axisY), x2: Self.number(Self.width - Self.rightMargin), y2: Self.number(axisY), colour: Self.axisColour)

        // Grid lines at whole counts: the top of the scale is the largest count rounded up to
        // a whole number of steps.
        let steps = min(Self.maximumGridSteps, chart.largestCount)
        let stepSize = (chart.largestCount + steps - 1) / steps
        let top = stepSize * steps
        for step in 1...steps {
            let value = Double(stepSize * step)
            let y = axisY - Self.plotHeight * Double(step) / Double(steps)
            gridLines.append(Line(x1: Self.number(Self.leftMargin), y1: Self.number(y), x2: Self.number(Self.width - Self.rightMargin), y2: Self.number(y), colour: Self.gridColour))
            tickLabels.append(Label(x: Self.number(Self.leftMargin - Self.tickGap), y: Self.number(y + Self.tickBaseline), text: Self.number(value), anchor: "end", transform: ""))
        }
        tickLabels.append(Label(x: Self.number(Self.leftMargin - Self.tickGap), y: Self.number(axisY + Self.tickBaseline), text: "0", anchor: "end", transform: ""))

        let slot = plotWidth / Double(max(1, chart.bars.count))
        let seriesCount = max(1, chart.series.count)
        let barWidth = min(Self.maximumBarWidth, slot * Self.barFill / Double(seriesCount))
        let groupWidth = barWidth * Double(seriesCount)
        for (index, bar) in chart.bars.enumerated() {
            let slotStart = Self.leftMargin + slot * Double(index)
            let groupStart = slotStart + (slot - groupWidth) / 2
            for (series, count) in bar.counts.enumerated() where count > 0 {
                let barHeight = Self.plotHeight * Double(count) / Double(top)
                let barX = groupStart + barWidth * Double(series)
                let name = chart.series.count > 1 ? chart.series[series] + ", " : ""
                bars.append(Rectangle(
                    x: Self.number(barX), y: Self.number(axisY - barHeight),
                    width: Self.number(barWidth), height: Self.number(barHeight),
                    colour: Self.seriesColours[series % Self.seriesColours.count],
                    tooltip: "\(name)\(bar.label): \(count) \(chart.counted)"))
                if chart.bars.count <= Self.maximumCountedBars {
                    counts.append(Label(
                        x: Self.number(barX + barWidth / 2), y: Self.number(axisY - barHeight - Self.countGap), text: String(count),
                        anchor: "middle", transform: ""))
                }
            }
            let centre = slotStart + slot / 2
            let labelY = axisY + Self.labelOffset
            labels.append(turned
                ? Label(x: Self.number(centre), y: Self.number(labelY), text: bar.label, anchor: "end",
                        transform: "rotate(-45 \(Self.number(centre)) \(Self.number(labelY)))")
                : Label(x: Self.number(centre), y: Self.number(labelY), text: bar.label, anchor: "middle", transform: ""))
        }
        if chart.series.count > 1 {
            for (series, name) in chart.series.enumerated() {
                let x = Self.leftMargin + Self.legendSpacing * Double(series)
                legend.append(LegendItem(
                    x: Self.number(x), y: Self.number(Self.plotTop - Self.legendTop), textX: Self.number(x + Self.legendSwatch + Self.legendTextGap),
                    textY: Self.number(Self.plotTop - Self.legendBaseline), size: Self.number(Self.legendSwatch),
                    colour: Self.seriesColours[series % Self.seriesColours.count], name: name))
            }
        }
    }

    /// A coordinate or count with at most one decimal, the same on every machine.
    static func number(_ value: Double) -> String {
        OneDecimal.text(value, keepsZero: false)
    }
}
