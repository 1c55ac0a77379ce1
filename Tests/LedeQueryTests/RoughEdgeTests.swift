import Foundation
import LedeArticles
import LedeQuery
import LedeStore
import LedeTestSupport
import Testing

/// Small answers a first-time user found wrong, each pinned.
@Suite struct RoughEdgeTests {
    func column(_ result: QueryResult, _ key: String) throws -> Int {
        try #require(result.table?.columns.firstIndex { $0.key == key })
    }

    @Test func oneSpeakerOnBothSidesOfACompareIsRefused() throws {
        #expect(throws: QueryError.self) { try SeedWorkspace.evaluator().run("compare Pelosi vs \"Nancy Pelosi\"") }
        do {
            _ = try SeedWorkspace.evaluator().run("compare Pelosi vs Pelosi")
            Issue.record("accepted")
        } catch let error as QueryError {
            #expect(error.message == "both sides name the same speaker, Nancy Pelosi")
        }
    }

    @Test func oneArticleOrTermOnBothSidesIsRefusedToo() throws {
        for (command, message) in [
            ("compare moscow-secretary-kerry vs moscow-secretary-kerry", "both sides are the same articles, moscow-secretary-kerry"),
            ("compare \"taxes\" vs \"Taxes\"", "both sides are the same term, \"taxes\""),
        ] {
            do {
                _ = try SeedWorkspace.evaluator().run(command)
                Issue.record("accepted: \(command)")
            } catch let error as QueryError {
                #expect(error.message == message)
            }
        }
    }

    @Test func findWithOnlyFiltersShowsNoScoreAndSaysItIsUnranked() throws {
        let result = try SeedWorkspace.evaluator().run("find speaker:Pelosi")
        let score = try column(result, "score")
        let rows = try #require(result.table?.rows)
        #expect(!rows.isEmpty && rows.allSatisfy { $0[score] == .null })
        #expect(result.summary.contains("newest first, unranked: add words to rank by relevance"))
        let ranked = try SeedWorkspace.evaluator().run("find impeachment speaker:Pelosi")
        #expect(ranked.table?.rows.allSatisfy { $0[score] != .null } == true)
        #expect(!ranked.summary.contains { $0.contains("unranked") })
    }

    @Test func oneParagraphShownSaysWhichArticleItIsFrom() throws {
        let result = try SeedWorkspace.evaluator().run("show moscow-secretary-kerry ¶5")
        let article = try column(result, "article")
        #expect(result.table?.rows.first?[article] == .text("moscow-secretary-kerry"))
        #expect(result.table?.columns[article].isMachineOnly == true)
    }

    @Test func aSourceFilterMatchesAWordOfTheSourcesName() throws {
        let folder = Fixtures.temporaryDirectory()
        Fixtures.write("---\ntitle: Harbor news\nsource: The Harbor-Gazette\ndate: 2013-05-09\n---\nThe harbor is open again.\n", to: folder + "/g.txt")
        Fixtures.write("---\ntitle: Other news\nsource: Gazette_of 100%\ndate: 2013-05-09\n---\nThe road is open again.\n", to: folder + "/o.txt")
        let store = try SQLiteWorkspace(path: ":memory:")
        let evaluator = Evaluator(store: store, loader: ArticleLoader(baseDirectory: folder, seedsDirectory: Fixtures.seeds))
        _ = try evaluator.run("load g.txt o.txt")
        func titles(_ filter: String) throws -> [String] {
            try store.articles(ArticleFilter(source: filter)).map(\.title).sorted()
        }
        #expect(try titles("harbor") == ["Harbor news"])
        #expect(try titles("HARBOR gazette") == ["Harbor news"])
        #expect(try titles("the harbor-gazette") == ["Harbor news"])
        #expect(try titles("harbor-gazette") == ["Harbor news"])
        #expect(try titles("Harbor.Gazette") == ["Harbor news"])
        #expect(try titles("harb") == [])
        // LIKE's wildcards in what the user typed are letters, not patterns.
        #expect(try titles("%") == [])
        #expect(try titles("gazette_of") == ["Other news"])
        #expect(try titles("gazette") == ["Harbor news"])
    }
}
