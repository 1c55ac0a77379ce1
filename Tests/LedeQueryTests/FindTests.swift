import LedeQuery
import LedeTestSupport
import Testing

@Suite struct FindTests {
    let kerry = "moscow-secretary-kerry"

    @Test func bareWordsMustAllMatch() throws {
        #expect(try SeedWorkspace.find("Lavrov") == [kerry])
        #expect(try SeedWorkspace.find("Lavrov Magnitogorsk").isEmpty)
        #expect(try SeedWorkspace.find("Lavrov and Kerry") == [kerry])
    }

    @Test func phrasesKeepTheirOrder() throws {
        #expect(try SeedWorkspace.find("\"peace process\"") == [kerry])
        #expect(try SeedWorkspace.find("\"process peace\"").isEmpty)
        #expect(try SeedWorkspace.find("“peace process”") == [kerry])
    }

    @Test func orAndNotCombine() throws {
        let syria = try SeedWorkspace.find("Syria")
        #expect(syria.contains(kerry) && syria.count > 2)
        let withoutAssad = try SeedWorkspace.find("Syria and not Assad")
        #expect(!withoutAssad.contains(kerry))
        #expect(withoutAssad.count < syria.count && !withoutAssad.isEmpty)
        #expect(try SeedWorkspace.find("Syria -Assad") == withoutAssad)
        let either = Set(try SeedWorkspace.find("Lavrov or Magnitogorsk"))
        #expect(either == [kerry, "magnitogorsk-apartment"])
        #expect(Set(try SeedWorkspace.find("(Lavrov or Magnitogorsk) and rubble")) == ["magnitogorsk-apartment"])
    }

    @Test func prefixMatchesWordStarts() throws {
        #expect(try SeedWorkspace.find("Magnit*").contains("magnitogorsk-apartment"))
        #expect(try SeedWorkspace.find("Magnit*").contains(kerry))  // Magnitsky
        #expect(try SeedWorkspace.find("Magnitogorsk").contains(kerry) == false)
    }

    @Test func nearCountsWordsBetween() throws {
        // "Lavrov and Kerry can be": two words apart.
        #expect(try SeedWorkspace.find("Kerry near/2 Lavrov") == [kerry])
        #expect(try SeedWorkspace.find("Kerr* near/5 Lavrov") == [kerry])
        #expect(try SeedWorkspace.find("Magnitsky near/1 Kerry").isEmpty)
    }

    @Test func fieldsAndFiltersNarrow() throws {
        #expect(try SeedWorkspace.find("title:Syria").allSatisfy { $0 != kerry })
        #expect(try SeedWorkspace.find("title:Kerry") == [kerry])
        #expect(try SeedWorkspace.find("Syria since 2019-01-01").allSatisfy { $0 != kerry })
        #expect(try SeedWorkspace.find("Syria until 2013") == [kerry])
        #expect(try SeedWorkspace.find("Syria source:wikinews").contains(kerry) == false)
        #expect(try SeedWorkspace.find("Syria in \(kerry)") == [kerry])
    }

    @Test func diacriticsAndPossessivesFold() throws {
        #expect(try SeedWorkspace.find("Lukyánov") == [kerry])
        #expect(try SeedWorkspace.find("Lukyanov's") == [kerry])
        #expect(try SeedWorkspace.find("Lukyanov’s") == [kerry])
        #expect(try SeedWorkspace.find("LUKYANOV") == [kerry])
    }

    @Test func hitsCarryASnippetAroundTheMatchFromTheBestParagraph() throws {
        let result = try SeedWorkspace.evaluator().run("find Magnitsky")
        let row = try #require(result.table?.rows.first)
        #expect(result.table?.columns.map(\.key) == ["article", "title", "date", "score", "paragraph", "snippet"])
        guard case .highlighted(let snippet, let ranges) = row[5] else {
            Issue.record("snippet is not highlighted")
            return
        }
        #expect(snippet.contains("Magnitsky List"))
        let highlighted = ranges.map { String(Array(snippet)[$0]) }
        #expect(highlighted.allSatisfy { $0 == "Magnitsky" } && !highlighted.isEmpty)
        #expect(snippet.split(separator: " ").count <= 32)
    }

    @Test func pipesAndLetCarryTheArticles() throws {
        let evaluator = SeedWorkspace.evaluator()
        let named = try evaluator.run("let syria = find Syria")
        #expect(named.summary.last?.hasPrefix("syria: ") == true)
        let inSet = try evaluator.run("articles in syria")
        #expect(inSet.table?.rows.count == named.articleIDs.count)
        let piped = try evaluator.run("find Lavrov | articles")
        #expect(piped.table?.rows.map { $0[0].plain } == [kerry])
    }

    // MARK: - Hostile input

    @Test func aHugeLimitRuns() throws {
        let result = try SeedWorkspace.evaluator().run("find peace limit 9223372036854775807")
        #expect((result.table?.rows.count ?? 0) > 3)
        _ = try SeedWorkspace.evaluator().run("let x = find peace limit 9223372036854775807")
        let quotes = try SeedWorkspace.evaluator().run("find peace | who-said limit 9223372036854775807")
        #expect((quotes.table?.rows.count ?? 0) > 3)
    }

    @Test func theDeepestQueryAllowedRunsInFTS5() throws {
        var query = "Lavrov"
        for level in 0..<32 { query = level % 2 == 0 ? "(zzz or \(query))" : "(Kerry \(query))" }
        #expect(try SeedWorkspace.find(query) == [kerry])
        var excluding = "Lavrov"
        for _ in 0..<31 { excluding = "(Kerry \(excluding))" }
        #expect(try SeedWorkspace.find(excluding + " -zzz -yyy") == [kerry])
    }

    @Test func hundredsOfExclusionsRun() throws {
        let many = (0..<300).map { "-nonword\($0)" }.joined(separator: " ")
        #expect(try SeedWorkspace.find("Lavrov " + many) == [kerry])
    }

    @Test func aBackwardsTimelineWindowFromAnotherCallerIsEmpty() throws {
        var timeline = try TimelineVerb(arguments: [], filters: Filters(), verb: Token(.word, "timeline", 0..<8))
        timeline.from = DateBound.parse("2020")
        timeline.to = DateBound.parse("2019")
        let result = try SeedWorkspace.evaluator().run(.pipeline(Pipeline(stages: [Stage(verb: timeline, filters: Filters())])))
        #expect(result.summary == ["no dates"])
    }
}
