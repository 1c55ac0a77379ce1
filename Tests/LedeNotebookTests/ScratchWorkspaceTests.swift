import Foundation
import LedeArticles
import LedeNotebook
import LedeQuery
import LedeStore
import LedeTestSupport
import Testing

@Suite struct ScratchWorkspaceTests {
    @Test func aScratchWorkspaceStartsEmptyAndLeavesNothingBehind() throws {
        let scratch = try ScratchWorkspace()
        #expect(scratch.store.exists)
        #expect(try scratch.store.articleCount() == 0)
        let folder = try #require(scratch.folder)
        #expect(folder.contains("/" + ScratchWorkspace.folderPrefix))
        #expect(FileManager.default.fileExists(atPath: folder))
        scratch.remove()
        scratch.remove()
        #expect(!FileManager.default.fileExists(atPath: folder))
    }

    /// Checking and re-recording replay on a workspace made for the script; a plain run on the
    /// workspace it is given. The folder relative paths resolve against is the session's either way.
    @Test func checkingReplaysOnAScratchWorkspaceAndAPlainRunOnTheNamedOne() throws {
        let folder = Fixtures.temporaryDirectory()
        Fixtures.write("articles\n#> no articles\n", to: folder + "/s.lede")
        let named = try SQLiteWorkspace(path: ":memory:")
        let loader = ArticleLoader(baseDirectory: folder, seedsDirectory: Fixtures.seeds)
        _ = try Evaluator(store: named, loader: loader).run("load seeds")

        var seen: [WorkspaceStore] = []
        func replay(_ mode: ScriptRunner.Mode) -> (ScriptRunner.FileResult, String) {
            var out = ""
            let result = ScriptRunner(mode: mode, keepGoing: false).replay(
                folder + "/s.lede", displayName: "s.lede", named: mode == .run ? named : nil,
                makeSession: { store in
                    seen.append(store)
                    return Session(evaluator: Evaluator(store: store, loader: loader), baseDirectory: folder)
                }, out: { out += $0 }, err: { out += $0 })
            return (result, out)
        }
        let (checked, checkOutput) = replay(.check)
        #expect(checked.passed && !checked.interrupted, "\(checkOutput)")
        #expect(checkOutput == "s.lede: ok (1 command)\n")
        let scratch = try #require(seen.last as? SQLiteWorkspace)
        #expect(scratch !== named)
        // Removed once the replay is done: the scratch workspace no longer answers.
        #expect(!FileManager.default.fileExists(atPath: scratch.location))
        #expect(throws: StoreError.missing(path: scratch.location)) { try scratch.articleCount() }

        let (plain, plainOutput) = replay(.run)
        #expect(plain.passed && plainOutput.contains("moscow-secretary-kerry"))
        #expect(seen.last === named)
    }

    /// A checked script that passes says so in one line; one whose command fails shows the error
    /// where it happened, and no verdict.
    @Test func aCheckIsOneLineWhenItPassesAndShowsTheErrorWhenACommandFails() throws {
        let folder = Fixtures.temporaryDirectory()
        Fixtures.write("load seeds\n#> seeds: 101 added, 0 already present\nfind Kerry)\n", to: folder + "/bad.lede")
        var out = "", err = ""
        let loader = ArticleLoader(baseDirectory: folder, seedsDirectory: Fixtures.seeds)
        let result = ScriptRunner(mode: .check, keepGoing: false).replay(
            folder + "/bad.lede", displayName: "bad.lede", named: nil,
            makeSession: { Session(evaluator: Evaluator(store: $0, loader: loader), baseDirectory: folder) },
            out: { out += $0 }, err: { err += $0 })
        #expect(!result.passed)
        #expect(out.isEmpty)
        #expect(err.hasPrefix("bad.lede:3: error: unbalanced ) in the query"), "\(err)")
    }
}
