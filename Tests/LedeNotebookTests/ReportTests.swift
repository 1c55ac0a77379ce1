import Foundation
import LedeArticles
@testable import LedeNotebook
import LedeQuery
import LedeStore
import LedeTestSupport
import Testing

@Suite struct ReportTests {
    /// An article whose text would be markup if it reached the page unescaped.
    static let hostileArticle = """
        Mayor <b>Ann</b> & the "Council" <script>alert('x')</script>
        May 9, 2013

        "We will not raise the tax <img src=x onerror=alert(1)>," Mayor Ann Lee said on Monday.

        The council met on 7 May and again on 8 May, and on 8 May it voted.
        """

    func session(in folder: String) throws -> Session {
        try Self.hostileArticle.write(toFile: folder + "/council.txt", atomically: true, encoding: .utf8)
        let store = try SQLiteWorkspace(path: ":memory:")
        let session = Session(evaluator: Evaluator(store: store, loader: ArticleLoader(baseDirectory: folder, seedsDirectory: Fixtures.seeds)), baseDirectory: folder)
        session.capturesResults = true
        for command in ["load council.txt", "who-said", "timeline", "find tax", ".mode json", "articles"] {
            #expect(session.execute(command).succeeded, "\(command)")
        }
        return session
    }

    @Test func theHTMLPageEscapesEverythingFromArticlesAndStandsAlone() throws {
        let folder = Fixtures.temporaryDirectory()
        let session = try session(in: folder)
        #expect(session.execute(".export memo.html").succeeded)
        let html = try String(contentsOfFile: folder + "/memo.html", encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script") && !html.contains("<img") && !html.contains("<b>"))
        #expect(html.contains("&lt;script&gt;") && html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        // Nothing is fetched from elsewhere: no scripts, style sheets, images or fonts by address.
        #expect(!html.contains("src=\"") && !html.contains("<link") && !html.contains("@import") && !html.contains("url("))
        #expect(html.contains("<title>memo</title>"))
    }

    @Test func quotesCiteTheirParagraphAndTheAppendixHoldsIt() throws {
        let folder = Fixtures.temporaryDirectory()
        let session = try session(in: folder)
        let report = try session.export(to: folder + "/r.html", format: .html, title: "r")
        let ids = try session.evaluator.store.articleIDs()
        let id = try #require(ids.first)
        #expect(report.sections.map(\.command) == ["load council.txt", "who-said", "timeline", "find tax", "articles"])
        let cited = try #require(report.citations.first { $0.reference == Report.ParagraphReference(article: id, paragraph: 1) })
        #expect(cited.text.contains("raise the tax"))
        #expect(cited.citedBy == [2, 3, 4])
        let html = try String(contentsOfFile: folder + "/r.html", encoding: .utf8)
        #expect(html.contains("href=\"#paragraph-\(id)-1\"") && html.contains("id=\"paragraph-\(id)-1\""))
        #expect(html.contains("<blockquote>“We will not raise the tax"))
        // A search's matched word and a date in its sentence are marked.
        #expect(html.contains("<mark>tax</mark>") && html.contains("<mark>7 May</mark>"))
    }

    @Test func onlyVerbatimQuotesStandInQuotationMarks() {
        var result = CapturedResult()
        result.layout = .entries(heading: ["speaker", "kind"], body: "quote")
        result.columns = [Column("speaker"), Column("quote"), Column("kind")]
        result.rows = [[.text("Ann Lee"), .text("We will not"), .text("direct")], [.text("Ann Lee"), .text("she would not"), .text("indirect")]]
        let page = ReportPage.section(Report.Section(number: 1, command: "who-said", result: result), cited: [])
        #expect(page.entries.map(\.isVerbatim) == [true, false])
        #expect(page.entries.allSatisfy { $0.isQuote })
    }

    @Test func aTimelineChartIsDrawnAsSVGBarsWithTheirCounts() throws {
        let folder = Fixtures.temporaryDirectory()
        let session = try session(in: folder)
        let chart = try #require(session.entries.first { $0.command == "timeline" }?.result?.chart)
        #expect(chart.bars.map(\.counts) == [[1], [1], [2]])
        let drawing = ChartDrawing(chart)
        #expect(drawing.bars.count == 3 && drawing.counts.map(\.text) == ["1", "1", "2"])
        #expect(drawing.bars[2].height == ChartDrawing.number(ChartDrawing.plotHeight))
        #expect(drawing.bars[0].tooltip == "2013-05-06: 1 dated statements")
        _ = try session.export(to: folder + "/r.html", format: .html, title: "r")
        let html = try String(contentsOfFile: folder + "/r.html", encoding: .utf8)
        #expect(html.contains("<svg") && html.contains("aria-label=\"Chart of dated statements by day\""))
    }

    @Test func markdownHasATableAChartTableAndTheCitedParagraphs() throws {
        let folder = Fixtures.temporaryDirectory()
        let session = try session(in: folder)
        #expect(session.execute(".export memo.md").succeeded)
        let markdown = try String(contentsOfFile: folder + "/memo.md", encoding: .utf8)
        #expect(markdown.hasPrefix("# memo\n\n## 1. `load council.txt`\n"))
        #expect(markdown.contains("| day | statements |\n| --- | ---: |\n| 2013-05-06 | 1 |\n| 2013-05-07 | 1 |\n| 2013-05-08 | 2 |"))
        #expect(markdown.contains("| id | date | source | title | words | quotes |"))
        // Article text cannot become markup where the memo is shown.
        let characters = Array(markdown)
        #expect(characters.indices.allSatisfy { characters[$0] != "<" || ($0 > 0 && characters[$0 - 1] == "\\") })
        #expect(markdown.contains("## Cited paragraphs"))
        #expect(markdown.contains("\\<script\\>"))
    }

    @Test func aReportNamesTheRowsItLeavesOut() {
        var result = CapturedResult()
        result.rowsLeftOut = 3
        #expect(Report.leftOutLine(result) == "3 rows more not in this report (it keeps the first \(CapturedResult.maximumRows) of each command)")
        var capture = ResultCapture()
        var sink = ""
        for _ in 0..<(CapturedResult.maximumRows + 2) { capture.row([.integer(1)], to: &sink) }
        #expect(capture.captured.rows.count == CapturedResult.maximumRows && capture.captured.rowsLeftOut == 2)
    }

    @Test func exportRefusesAFileItCannotTellTheFormatOf() throws {
        let folder = Fixtures.temporaryDirectory()
        let session = try session(in: folder)
        let outcome = session.execute(".export memo.pdf")
        #expect(!outcome.succeeded)
        #expect(outcome.diagnostics == "error: cannot tell the report format of 'memo.pdf'; name a file ending in .html or .md\n")
        #expect(Report.Format(path: "a/b.HTM") == .html && Report.Format(path: "notes.markdown") == .markdown && Report.Format(path: "html") == nil)
        #expect(Session.reportTitle("sessions/04-timeline.lede") == "04-timeline" && Session.reportTitle(".hidden") == ".hidden")
    }

    @Test func inlineCodeIsFencedLongerThanTheBackticksItHolds() {
        #expect(MarkdownText.code("find x") == "`find x`")
        #expect(MarkdownText.code("find `x`") == "`` find `x` ``")
        #expect(MarkdownText.code("a ``b`` c") == "```a ``b`` c```")
    }
}
