import Foundation
import LedeArticles
import LedeNotebook
import LedeQuery
import LedeStore
import LedeTestSupport
import Testing

@Suite struct SessionTests {
    func makeSession(in folder: String) throws -> Session {
        let store = try SQLiteWorkspace(path: ":memory:")
        let evaluator = Evaluator(store: store, loader: ArticleLoader(baseDirectory: folder, seedsDirectory: Fixtures.seeds))
        let session = Session(evaluator: evaluator, baseDirectory: folder)
        session.today = { "2026-05-09" }
        return session
    }

    @Test func eachResultIsLaidOutForTheWidthOfItsMomentAndTheRecordKeepsItsOwn() throws {
        let folder = Fixtures.temporaryDirectory()
        let session = try makeSession(in: folder)
        session.displayStyle = TextStyle(width: 140, colour: true, boxes: true)
        var window = 140
        session.currentWidth = { window }
        #expect(session.execute("load seeds").succeeded)
        func widest(_ text: String) -> Int {
            text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
                .split(separator: "\n").map { DisplayWidth.of($0) }.max() ?? 0
        }
        let wide = session.execute("articles limit 5")
        #expect(widest(wide.output) > 100 && widest(wide.output) <= 140, "\(wide.output)")
        window = 70
        let narrow = session.execute("articles limit 5")
        #expect(widest(narrow.output) <= 70, "\(narrow.output)")
        // What a saved session records does not depend on the window.
        #expect(wide.recorded == narrow.recorded)
        #expect(widest(narrow.recorded ?? "") <= TextStyle.recorded.width)
    }

    @Test func saveWritesSucceededCommandsWithTheirOutputs() throws {
        let folder = Fixtures.temporaryDirectory()
        let session = try makeSession(in: folder)
        #expect(session.execute("load seeds").succeeded)
        #expect(!session.execute("show nope").succeeded)
        #expect(session.execute(".mode csv").succeeded)
        #expect(session.execute("articles until 2013-12-31").succeeded)
        #expect(session.execute(".timer on").succeeded)
        #expect(session.execute(".history").output.contains("2  show nope"))
        #expect(session.execute(".save s.lede").succeeded)
        let saved = try String(contentsOfFile: folder + "/s.lede", encoding: .utf8)
        #expect(saved == """
            # lede session, saved 2026-05-09
            load seeds
            #> seeds: 101 added, 0 already present
            .mode csv
            articles until 2013-12-31
            #> id,date,source,title,words,quotes,path
            #> moscow-secretary-kerry,2013-05-09,,"In Moscow, U.S. Secretary Kerry Gets a Conference Instead of Sanctions",720,\(try quoteCount(in: session)),seeds/000_cb6fabf3dede58d5.txt

            """)
    }

    /// The quotes the seed article holds, as the session's own workspace counted them.
    func quoteCount(in session: Session) throws -> Int {
        try #require(try session.evaluator.store.articles(.all).first { $0.id == "moscow-secretary-kerry" }).quotes
    }

    @Test func aTerminalSessionSavesWhatARecordedOneWould() throws {
        func saved(_ style: TextStyle) throws -> String {
            let folder = Fixtures.temporaryDirectory()
            let session = try makeSession(in: folder)
            session.displayStyle = style
            for command in ["load seeds", "find Lavrov limit 2", ".mode csv", "articles until 2013-12-31"] {
                #expect(session.execute(command).succeeded)
            }
            #expect(session.execute(".save s.lede").succeeded)
            return try String(contentsOfFile: folder + "/s.lede", encoding: .utf8)
        }
        let terminal = try saved(TextStyle(width: 60, colour: true, boxes: true))
        #expect(terminal == (try saved(.recorded)))
        #expect(terminal.contains("moscow-secretary-kerry") && !terminal.contains("\u{1B}"))
    }

    @Test func timerGoesToDiagnosticsNeverToTheRecord() throws {
        let session = try makeSession(in: Fixtures.temporaryDirectory())
        _ = session.execute(".timer on")
        let outcome = session.execute("articles")
        #expect(outcome.diagnostics.contains("time: "))
        #expect(!(outcome.recorded ?? "").contains("time: "))
    }

    @Test func readRunsAScriptHereAndRecordsItsCommands() throws {
        let folder = Fixtures.temporaryDirectory()
        Fixtures.write("load seeds\n#> stale output is ignored\nfind Lavrov limit 1\n", to: folder + "/in.lede")
        let session = try makeSession(in: folder)
        let outcome = session.execute(".read in.lede")
        #expect(outcome.succeeded)
        #expect(outcome.output.contains("moscow-secretary-kerry"))
        #expect(session.entries.map(\.command) == ["load seeds", "find Lavrov limit 1"])
    }

    @Test func helpComesFromTheCommandTables() throws {
        let session = try makeSession(in: Fixtures.temporaryDirectory())
        let all = session.execute(".help").output
        for verb in VerbTable.verbs { #expect(all.contains(verb.syntax)) }
        for dot in DotCommands.all { #expect(all.contains(dot.syntax)) }
        let find = session.execute(".help find").output
        #expect(find.contains("near/5") && find.contains("examples:\n  find sanctions\n"))
        let unknown = session.execute(".hlep")
        #expect(!unknown.succeeded && unknown.diagnostics.contains("did you mean '.help'?"))
        #expect(session.execute(".mode yaml").diagnostics.contains("unknown mode 'yaml'"))
    }

    @Test func anIdOnceShownKeepsNamingItsArticleAfterARename() throws {
        let folder = Fixtures.temporaryDirectory()
        Fixtures.write("World Health\n\nThe first story, about clinics.\n", to: folder + "/a.txt")
        Fixtures.write("World Health\n\nThe second story, about vaccines.\n", to: folder + "/b.txt")
        let session = try makeSession(in: folder)
        #expect(session.execute("load a.txt").succeeded)
        #expect(session.execute("show world-health").output.contains("clinics"))
        #expect(session.execute("let first = articles").succeeded)
        // A second article with the same headline: both ids now carry part of their hash.
        #expect(session.execute("load b.txt").succeeded)
        let ids = try session.evaluator.store.articleIDs()
        #expect(ids.count == 2 && !ids.contains("world-health"))
        // The id shown before still works, and the let set still holds its article.
        let shown = session.execute("show world-health")
        #expect(shown.succeeded && shown.output.contains("clinics"))
        let inSet = session.execute(".mode csv")
        #expect(inSet.succeeded)
        let listed = session.execute("articles in first")
        #expect(listed.succeeded && listed.output.split(separator: "\n").count == 2 && listed.output.contains("a.txt"))
        #expect(session.execute("articles in world-health").output.contains("a.txt"))
        // The session replays the same on a fresh workspace.
        #expect(session.execute(".save s.lede").succeeded)
        let replay = try makeSession(in: folder)
        let runner = ScriptRunner(mode: .check, keepGoing: false)
        var diff = ""
        #expect(runner.run(folder + "/s.lede", displayName: "s.lede", session: replay, out: { diff += $0 }, err: { diff += $0 }), "\(diff)")
    }

    @Test func aRecordPastFourMegabytesSpillsAndSavesWhole() throws {
        let record = RecordedText()
        let line = String(repeating: "ä quote about peace ", count: 10) + "\n"
        var expected = ""
        for _ in 0..<30_000 {
            record.append(line)
            expected += line
        }
        #expect(expected.utf8.count > RecordedText.memoryLimit)
        #expect(record.text == expected)
        var pieces = 0
        try record.forEachPiece { _ in pieces += 1 }
        #expect(pieces > 1)
    }

    @Test func machineModesPutAStreamsSummaryOnStderr() throws {
        let folder = Fixtures.temporaryDirectory()
        let session = try makeSession(in: folder)
        #expect(session.execute("load seeds").succeeded)
        #expect(session.execute(".mode json").succeeded)
        let limited = session.execute("who-said limit 1")
        #expect(limited.diagnostics.contains(" quotes shown\n"), "\(limited.diagnostics)")
        let none = session.execute("articles since 2031")
        #expect(none.output == "[]\n" && none.diagnostics.contains("no articles"))
    }

    @Test func dotCommandsAnswerToAnyUniquePrefixAndTheUsualBareWords() throws {
        let session = try makeSession(in: Fixtures.temporaryDirectory())
        #expect(session.execute(".mo csv").succeeded && session.mode == .csv)
        #expect(session.execute(".h").output.hasPrefix("verbs:"))
        #expect(session.execute("help find").output.hasPrefix("find QUERY"))
        #expect(session.execute("HELP").output.hasPrefix("verbs:"))
        #expect(session.execute(".q").quit && session.execute("quit").quit && session.execute("exit").quit && session.execute(".exit").quit)
        #expect(session.execute(".s").diagnostics == "error: .save needs a file name\n")
        // `.h` is a prefix of `.help` and `.history`; it means help, as in other shells.
        #expect(DotCommands.resolve(".h") == .command(DotCommands.named(".help")!))
        #expect(DotCommands.resolve(".e") == .command(DotCommands.named(".export")!))
        #expect(DotCommands.resolve(".hi") == .command(DotCommands.named(".history")!))
        #expect(DotCommands.resolve(".t") == .command(DotCommands.named(".timer")!))
        #expect(DotCommands.resolve(".") == .unknown && DotCommands.resolve(".x") == .unknown)
        // Saved by their full names, whatever prefix was typed.
        let saving = try makeSession(in: Fixtures.temporaryDirectory())
        #expect(saving.execute(".mo plain").succeeded && saving.execute("help let").succeeded)
        #expect(saving.entries.map(\.command) == [".mode plain", ".help let"])
        // A verb-like line that only begins with the word is still a query.
        #expect(DotCommands.fromBareWord("quit now") == nil && DotCommands.fromBareWord("helpful") == nil)
    }

    @Test func workspaceSizesSayWhatEachPartTakes() throws {
        let folder = Fixtures.temporaryDirectory()
        let store = try SQLiteWorkspace(path: folder + "/w.sqlite")
        let session = Session(evaluator: Evaluator(store: store, loader: ArticleLoader(baseDirectory: folder, seedsDirectory: Fixtures.seeds)), baseDirectory: folder)
        #expect(session.execute("load seeds").succeeded)
        let output = session.execute(".workspace sizes").output
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasSuffix(": 101 articles") == true)
        #expect(lines.contains { $0.hasPrefix("  article text ") && $0.hasSuffix("%") })
        #expect(lines.contains { $0.hasPrefix("  full-text index ") })
        #expect(lines.last?.hasPrefix("  total ") == true && lines.last?.hasSuffix(" MB") == true)
        let parts = try store.storageUse()
        #expect(parts.map(\.bytes) == parts.map(\.bytes).sorted(by: >))
        #expect(!session.execute(".workspace everything").succeeded)
    }

    @Test func aLongSessionLetsItsOldestResultsGoPastItsBudget() throws {
        let folder = Fixtures.temporaryDirectory()
        let session = try makeSession(in: folder)
        session.capturesResults = true
        session.capturedRowBudget = 3
        for command in ["load seeds", "articles limit 2", "find Trump limit 2"] { #expect(session.execute(command).succeeded) }
        #expect(session.entries.map { $0.result?.rows.count } == [0, nil, 2])
        #expect(session.resultsLetGo == 1)
        let export = session.execute(".export r.md")
        #expect(export.succeeded && export.diagnostics.contains("the results of 1 command early in the session were let go"))
    }

    @Test func savingToAPathWithRunsOfSlashesIsAnErrorNotACrash() throws {
        let folder = Fixtures.temporaryDirectory()
        let session = try makeSession(in: folder)
        for command in [".save notes/////x/////", ".export notes/////x/////r.html", ".read notes/////x/////"] {
            let outcome = session.execute(command)
            #expect(!outcome.succeeded && outcome.diagnostics.hasPrefix("error: "), "\(command)")
        }
        #expect(session.execute(".save notes/////x/////").diagnostics == "error: cannot save notes/////x/////: its folder notes does not exist\n")
    }
}
