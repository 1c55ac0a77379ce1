import LedeQuery
import LedeTestSupport
import Testing

@Suite struct CompareTests {
    func aspects(_ result: QueryResult) -> [String: [Cell]] {
        Dictionary(uniqueKeysWithValues: (result.table?.rows ?? []).map { ($0[0].plain, $0) })
    }

    func column(_ result: QueryResult, _ key: String) -> Int {
        result.table!.columns.firstIndex { $0.key == key }!
    }

    @Test func twoArticlesShareSomethingAndDifferInMore() throws {
        let result = try SeedWorkspace.evaluator().run("compare moscow-secretary-kerry vs kurds-announce-deal")
        #expect(result.table?.columns.map(\.key) == ["aspect", "left", "right", "only_left", "shared", "only_right", "similarity", "left_count", "right_count"])
        let rows = aspects(result)
        let places = try #require(rows["places"])
        #expect(places[column(result, "shared")] == .list(["Syria"]))
        #expect(places[column(result, "only_left")].plain.contains("Moscow"))
        let speakers = try #require(rows["speakers"])
        #expect(speakers[column(result, "only_left")].plain.contains("Fyodor Lukyanov"))
        let words = try #require(rows["words"])
        guard case .decimal(let similarity, _) = words[column(result, "similarity")] else {
            Issue.record("no similarity")
            return
        }
        #expect(similarity > 0.01 && similarity < 0.5)
        #expect(words[column(result, "shared")].plain.contains("syria"))
    }

    @Test func twoSpeakersSideBySide() throws {
        let result = try SeedWorkspace.evaluator().run("compare Pelosi vs Trump")
        let rows = aspects(result)
        #expect(rows["articles"]?[column(result, "shared")].plain.contains("speaker-pelosi-announces") == true)
        #expect(rows["quotes"]?[column(result, "only_left")].plain.contains("keeping our border safe") == true)
        #expect(result.summary.first?.hasPrefix("Nancy Pelosi: ") == true)
        #expect(rows["topics"] != nil && rows["dates"] != nil && rows["people named"] != nil)
    }

    @Test func twoTermsGetAPeriodChart() throws {
        let result = try SeedWorkspace.evaluator().run("compare \"impeachment\" vs \"protest\"")
        let chart = try #require(result.chart)
        #expect(chart.series == ["\"impeachment\"", "\"protest\""] && chart.counted == "articles")
        #expect(chart.bars.contains { $0.label.hasPrefix("2019-09") && $0.counts.count == 2 })
        let articles = try #require(aspects(result)["articles"])
        #expect(articles[column(result, "only_left")].plain.contains("speaker-pelosi-announces"))
    }

    @Test func aSideThatDoesNotExistNamesTheNearest() throws {
        let error = try #require(throws: QueryError.self) { try SeedWorkspace.evaluator().run("compare Lukyanof vs Panov") }
        #expect(error.message == "no article, let set or speaker named 'Lukyanof'")
        #expect(error.suggestion?.hasPrefix("did you mean 'Fyodor Lukyanov'?") == true)
        #expect(error.range == 8..<16)
    }

    @Test func anAmbiguousSideIsReportedNotGuessed() throws {
        let error = try #require(throws: QueryError.self) { try SeedWorkspace.evaluator().run("compare Mendez vs Trump") }
        #expect(error.message.hasPrefix("'Mendez' names "))
        #expect(error.message.contains("Tony Mendez") && error.message.contains("Jonna Mendez"))
        #expect(error.suggestion?.hasPrefix("say which one") == true)
    }

    @Test func differentKindsAreRefused() throws {
        let error = try #require(throws: QueryError.self) { try SeedWorkspace.evaluator().run("compare Pelosi vs \"sanctions\"") }
        #expect(error.message == "cannot compare a speaker with a term")
    }
}
