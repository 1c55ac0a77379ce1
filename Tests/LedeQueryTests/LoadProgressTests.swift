import Foundation
import LedeArticles
import LedeQuery
import LedeStore
import LedeTestSupport
import Testing

/// A reporter that keeps what it was told.
final class RecordingProgress: LoadProgressReporting {
    var statuses: [LoadStatus] = []
    var finishes = 0
    func loading(_ status: LoadStatus) { statuses.append(status) }
    func finished() { finishes += 1 }
}

@Suite struct LoadProgressTests {
    @Test func aLoadTellsTheReporterFilesArticlesAndBytesThenFinishesOncePerTarget() throws {
        let folder = Fixtures.temporaryDirectory()
        Fixtures.write("""
            {"title": "Council votes on the budget", "date": "2020-01-01", "text": "The council voted."}
            {"title": "Mayor opens the bridge", "date": "2020-01-02", "text": "The bridge is open."}

            """, to: folder + "/feed.jsonl")
        let evaluator = Evaluator(store: try SQLiteWorkspace(path: ":memory:"), loader: ArticleLoader(baseDirectory: folder, seedsDirectory: Fixtures.seeds))
        let progress = RecordingProgress()
        evaluator.loadProgress = progress
        let result = try evaluator.run("load feed.jsonl seeds")
        #expect(result.failure == nil)
        #expect(progress.finishes == 2)
        let feed = progress.statuses.filter { $0.target == "feed.jsonl" }
        #expect(feed.map(\.articlesRead).max() == 2)
        let size = try #require(FileKind.size(of: folder + "/feed.jsonl"))
        #expect(feed.last?.position == LoadPosition(filesDone: 1, fileCount: 1, bytesRead: size, byteCount: size))
        let seeds = progress.statuses.filter { $0.target == "seeds" }
        #expect(seeds.last?.articlesRead == 101)
        #expect(seeds.last.map { $0.position.filesDone == $0.position.fileCount && $0.position.fileCount > 100 } == true)
    }

    @Test func aFailedLoadStillFinishesTheProgress() throws {
        let evaluator = Evaluator(store: try SQLiteWorkspace(path: ":memory:"), loader: ArticleLoader(baseDirectory: Fixtures.temporaryDirectory(), seedsDirectory: nil))
        let progress = RecordingProgress()
        evaluator.loadProgress = progress
        let result = try evaluator.run("load missing.jsonl")
        #expect(result.failure != nil)
        #expect(progress.finishes == 1)
    }
}
