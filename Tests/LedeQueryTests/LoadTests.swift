import Foundation
import LedeArticles
import LedeQuery
import LedeStore
import LedeTestSupport
import Testing

/// `load` says what it did to the workspace: added, already present (same content), skipped and why.
@Suite struct LoadTests {
    func evaluator(in folder: String) throws -> Evaluator {
        Evaluator(store: try SQLiteWorkspace(path: ":memory:"), loader: ArticleLoader(baseDirectory: folder, seedsDirectory: Fixtures.seeds))
    }

    @Test func loadCountsAddedAlreadyPresentAndSkippedApart() throws {
        let folder = Fixtures.temporaryDirectory()
        Fixtures.write("""
            {"title": "Council votes on the budget", "date": "2020-01-01", "text": "The council voted."}
            {"title": "Mayor opens the bridge", "date": "2020-01-02", "text": "The bridge is open."}
            {"title": "Council votes on the budget", "date": "2020-01-01", "text": "The council voted."}
            not json

            """, to: folder + "/dup.jsonl")
        let evaluator = try evaluator(in: folder)
        let first = try evaluator.run("load dup.jsonl")
        #expect(first.failure == nil)
        #expect(first.summary.first == "dup.jsonl: 2 added, 1 already present, 1 skipped")
        #expect(first.summary.dropFirst().first?.hasPrefix("  dup.jsonl:4: skipped: malformed JSON") == true)
        #expect(first.notes.isEmpty)  // said once, on the summary line, not again on stderr
        let again = try evaluator.run("load dup.jsonl")
        #expect(again.summary.first == "dup.jsonl: 0 added, 3 already present, 1 skipped")
    }

    @Test func loadingTheSeedsTwiceAddsNothingTheSecondTime() throws {
        let evaluator = try evaluator(in: Fixtures.temporaryDirectory())
        #expect(try evaluator.run("load seeds").summary == ["seeds: 101 added, 0 already present"])
        #expect(try evaluator.run("load seeds").summary == ["seeds: 0 added, 101 already present"])
    }

    @Test func aPathNothingCouldBeLoadedFromIsCountedAsSkippedAndFails() throws {
        let result = try evaluator(in: Fixtures.temporaryDirectory()).run("load nowhere.txt")
        #expect(result.summary == ["nowhere.txt: 0 added, 0 already present, 1 skipped", "  nowhere.txt: skipped: no such file or folder"])
        #expect(result.failure != nil)
    }
}
