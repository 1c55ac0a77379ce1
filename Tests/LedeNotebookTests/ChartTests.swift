import LedeAnalysis
@testable import LedeNotebook
@testable import LedeQuery
import Testing

@Suite struct ChartTests {
    func spans(_ values: [String]) -> [TimexSpan] { values.compactMap { TimexSpan(value: $0) } }

    @Test func statementsWithinWeeksAreChartedByDayAndAMonthAloneByItsMonth() throws {
        let chart = try #require(TimelineChart.chart(spans(["2013-05-07", "2013-05-07T23:00", "2013-05-08", "2013-05", "2013", "P2Y"])))
        #expect(chart.period == .day)
        #expect(chart.bars == [
            Chart.Bar(label: "2013-05", counts: [1]), Chart.Bar(label: "2013-05-07", counts: [2]), Chart.Bar(label: "2013-05-08", counts: [1]),
        ])
        #expect(TimelineChart.label(of: "2013-05-07T23:00", in: .day) == "2013-05-07")
        #expect(TimelineChart.label(of: "2013-05", in: .day) == "2013-05")
        #expect(TimelineChart.label(of: "2013", in: .day) == nil)
    }

    @Test func tooManyBarsGoToYearsThenDecades() throws {
        let months = (1990...2019).map { "\($0)-06" }
        let byYear = try #require(TimelineChart.chart(spans(Array(months.suffix(20)))))
        #expect(byYear.period == .month || byYear.period == .year)
        #expect(byYear.bars.count <= TimelineChart.maximumBars)
        let byDecade = try #require(TimelineChart.chart(spans(months)))
        #expect(byDecade.period == .decade)
        #expect(byDecade.bars.map(\.label) == ["1990s", "2000s", "2010s"])
    }

    @Test func oneDatedStatementMakesNoChart() {
        #expect(TimelineChart.chart(spans(["2013-05-07", "PAST_REF"])) == nil)
    }

    @Test func aTerminalDrawsBlocksScaledToTheLargestCount() {
        let chart = Chart(counted: "dated statements", period: .month, series: ["statements"], bars: [
            Chart.Bar(label: "2013-04", counts: [1]), Chart.Bar(label: "2013-05", counts: [30]),
        ])
        #expect(ChartText.lines(chart) == ["2013-04 █ 1", "2013-05 " + String(repeating: "█", count: 30) + " 30", ""])
    }

    @Test func twoSeriesStandSideBySideUnderTheirNames() {
        let chart = Chart(counted: "articles", period: .month, series: ["left", "right"], bars: [
            Chart.Bar(label: "2019-09", counts: [2, 0]), Chart.Bar(label: "2019-10", counts: [1, 2]),
        ])
        #expect(ChartText.lines(chart) == [
            "period   left                       right",
            "2019-09  ████████████████████ 2                          0",
            "2019-10  ██████████           1     ████████████████████ 2",
            "",
        ])
    }

    @Test func markdownDrawsAChartAsATableAndJSONLeavesItToTheRows() {
        var result = QueryResult()
        result.chart = Chart(counted: "articles", period: .week, series: ["a|b", "c"], bars: [Chart.Bar(label: "week of 2019-09-02", counts: [3, 1])])
        var markdown = ""
        Renderers.renderer(for: .markdown, style: .recorded).render(result, to: &markdown)
        #expect(markdown == "| week | a\\|b | c |\n| --- | ---: | ---: |\n| week of 2019-09-02 | 3 | 1 |\n\n")
        var json = ""
        Renderers.renderer(for: .json, style: .recorded).render(result, to: &json)
        #expect(!json.contains("█"))
    }
}
