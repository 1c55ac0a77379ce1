import Foundation
import LedeArticles
import LedeNotebook
import LedeQuery
import LedeStore
import LedeTestSupport
import Testing

@Suite struct CompletionTests {
    let folder = Fixtures.temporaryDirectory()

    func session() throws -> Session {
        let store = try SQLiteWorkspace(path: ":memory:")
        let session = Session(evaluator: Evaluator(store: store, loader: ArticleLoader(baseDirectory: folder, seedsDirectory: Fixtures.seeds)), baseDirectory: folder)
        _ = session.execute("load seeds")
        return session
    }

    @Test func verbsAndDotCommandsComplete() throws {
        let s = try session()
        #expect(Completion.candidates(for: "who", in: s) == ["who-said"])
        #expect(Completion.candidates(for: ".sa", in: s) == [".save"])
        #expect(Completion.candidates(for: "find x | ti", in: s) == ["timeline"])
        #expect(Completion.candidates(for: ".mode j", in: s) == ["json", "jsonl"])
    }

    @Test func articleIdsAndLetNamesComplete() throws {
        let s = try session()
        _ = s.execute("let moscowset = find Moscow")
        #expect(Completion.candidates(for: "show moscow-", in: s) == ["moscow-secretary-kerry"])
        #expect(Completion.candidates(for: "articles in moscows", in: s) == ["moscowset"])
    }

    @Test func pathsCompleteAfterLoad() throws {
        let s = try session()
        try FileManager.default.createDirectory(atPath: folder + "/news", withIntermediateDirectories: true)
        Fixtures.write("x", to: folder + "/news/a.txt")
        Fixtures.write("x", to: folder + "/notes.jsonl")
        #expect(Completion.candidates(for: "load n", in: s) == ["news/", "notes.jsonl"])
        #expect(Completion.candidates(for: "load news/", in: s) == ["news/a.txt"])
        #expect(Completion.candidates(for: "load se", in: s) == ["seeds"])
    }
}
