import Foundation
import LedeTestSupport
import Testing

/// Every saved session in `sessions/` replays with `--check` on a new, empty workspace.
@Suite struct SessionReplayTests {
    static let sessions: [String] = {
        ((try? FileManager.default.contentsOfDirectory(atPath: Fixtures.sessions)) ?? []).filter { $0.hasSuffix(".lede") }.sorted()
    }()

    @Test func thereAreSessionsToReplay() {
        #expect(Self.sessions.count >= 2)
    }

    @Test(arguments: sessions)
    func sessionReplaysByteForByte(name: String) throws {
        let folder = Fixtures.temporaryDirectory()
        let result = try LedeBinary.run(
            ["run", "--check", "--workspace", folder + "/w.sqlite", Fixtures.sessions + "/" + name], in: Fixtures.root)
        #expect(result.status == 0, "\(name):\n\(result.stdout)\n\(result.stderr)")
    }
}

/// A checked replay runs in a scratch workspace of its own, so what the user's workspace holds
/// cannot move a recorded score, count or weight.
@Suite struct ScratchReplayTests {
    /// Articles on the sessions' own subjects (sanctions, Syria, Kerry, Hong Kong, Lukyanov …),
    /// dated within their date filters, as JSON Lines.
    static func articlesOnTheSessionsSubjects(count: Int = 24) -> String {
        let subjects = ["sanctions against Damascus", "the peace process in Syria", "Kerry and Lavrov in Moscow",
                        "protests in Hong Kong", "the Brexit vote", "impeachment and Pelosi", "Erdogan and the Kurds"]
        var lines = ""
        for i in 0..<count {
            let subject = subjects[i % subjects.count]
            let date = "\(2013 + i % 7)-0\(1 + i % 9)-1\(i % 9)"
            let text = "Officials met to discuss \(subject). \\\"We will not accept new sanctions,\\\" said Fyodor Lukyanov, "
                + "a commentator. Kerry said the talks with Lavrov on Syria were useful.\\n\\nProtesters in Hong Kong marched "
                + "as the election neared; Assad, Brexit and impeachment led the news."
            lines += "{\"title\": \"Extra report \(i) on \(subject)\", \"date\": \"\(date)\", \"source\": \"extra\", \"text\": \"\(text)\"}\n"
        }
        return lines
    }

    /// How many commands a saved session holds (one line each in the sessions: no continuations).
    static func commandCount(_ session: String) -> Int {
        let script = (try? String(contentsOfFile: Fixtures.sessions + "/" + session, encoding: .utf8)) ?? ""
        return script.components(separatedBy: "\n").filter { !$0.isEmpty && !$0.hasPrefix("#") }.count
    }

    /// The lines a script recorded for `command`, without their `#> ` marks.
    static func recorded(_ command: String, in script: String) -> [String] {
        let lines = script.components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: command) else { return [] }
        return lines[(start + 1)...].prefix { $0.hasPrefix("#>") }.map { String($0.dropFirst(3)) }
    }

    @Test func sessionsCheckInAFolderWhoseDefaultWorkspaceHoldsOtherArticles() throws {
        let folder = Fixtures.temporaryDirectory()
        let temporary = folder + "/tmp"
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
        Fixtures.write(Self.articlesOnTheSessionsSubjects(), to: folder + "/extra.jsonl")
        #expect(try LedeBinary.run(["-c", "load extra.jsonl"], in: folder).status == 0)

        // The default workspace here answers the sessions' commands differently from what they
        // recorded: a replay on it could not pass.
        let find = try String(contentsOfFile: Fixtures.sessions + "/02-find.lede", encoding: .utf8)
        Fixtures.write("find sanctions\n", to: folder + "/q.lede")
        let polluted = try LedeBinary.run(["run", "q.lede"], in: folder)
        #expect(polluted.status == 0, "\(polluted.stderr)")
        #expect(Self.recorded("find sanctions", in: find).count > 3)
        #expect(polluted.stdout.components(separatedBy: "\n").dropLast() != Self.recorded("find sanctions", in: find)[...])
        #expect(polluted.stdout.contains("Extra report"))

        let paths = SessionReplayTests.sessions.map { Fixtures.sessions + "/" + $0 }
        let check = try LedeBinary.run(["run", "--check"] + paths, in: folder, environment: ["TMPDIR": temporary])
        #expect(check.status == 0, "\(check.stdout)\n\(check.stderr)")
        // One line a file, and nothing else: no load counts, charts or summaries on stderr.
        let verdicts = zip(paths, SessionReplayTests.sessions).map { "\($0): ok (\(Self.commandCount($1)) commands)\n" }
        #expect(check.stdout == verdicts.joined())
        #expect(check.stderr.isEmpty, "\(check.stderr)")
        // Each scratch workspace is gone, and the workspace here is as it was.
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary) == [])
        let workspace = try LedeBinary.run(["-c", ".workspace"], in: folder)
        #expect(workspace.stdout == ".lede/workspace.sqlite: 125 articles\n")
    }

    @Test func aFailingCheckRemovesItsScratchWorkspaceAndAnUpdateTouchesNoWorkspace() throws {
        let folder = Fixtures.temporaryDirectory()
        let temporary = folder + "/tmp"
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
        Fixtures.write("load seeds\n#> seeds: 100 added, 0 already present\narticles limit 1\n", to: folder + "/s.lede")
        let failed = try LedeBinary.run(["run", "--check", "s.lede"], in: folder, environment: ["TMPDIR": temporary])
        #expect(failed.status == 1)
        #expect(failed.stdout.contains("-seeds: 100 added, 0 already present\n"))
        #expect(!failed.stdout.contains("s.lede: ok"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary) == [])

        let updated = try LedeBinary.run(["run", "--update", "s.lede"], in: folder, environment: ["TMPDIR": temporary])
        #expect(updated.status == 0, "\(updated.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary) == [])
        // Neither made nor seeded the default workspace: a replay that checks only reads the script.
        #expect(!FileManager.default.fileExists(atPath: folder + "/.lede"))
        // A plain run is a batch job on the workspace named, which it seeds as before.
        let plain = try LedeBinary.run(["run", "s.lede"], in: folder)
        #expect(plain.status == 0, "\(plain.stderr)")
        // …and prints what the commands print, with no verdict line.
        #expect(plain.stdout.hasPrefix("seeds: 0 added, 101 already present\nid "), "\(plain.stdout)")
        #expect(!plain.stdout.contains("s.lede: ok"))
        #expect(FileManager.default.fileExists(atPath: folder + "/.lede/workspace.sqlite"))
    }

    /// A script that queries before it loads is answered from an empty workspace.
    @Test func aCheckedScriptStartsFromAnEmptyWorkspace() throws {
        let folder = Fixtures.temporaryDirectory()
        Fixtures.write("articles\n#> no articles\nload seeds\n#> seeds: 101 added, 0 already present\n", to: folder + "/s.lede")
        #expect(try LedeBinary.run(["-c", "load seeds"], in: folder).status == 0)
        let check = try LedeBinary.run(["run", "--check", "s.lede"], in: folder)
        #expect(check.status == 0, "\(check.stdout)\n\(check.stderr)")
    }

    /// Ctrl-C during a checked replay stops it (exit 1) and still removes the scratch workspace.
    @Test func anInterruptedCheckRemovesItsScratchWorkspace() throws {
        let folder = Fixtures.temporaryDirectory()
        let temporary = folder + "/tmp"
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
        Fixtures.write(Self.articlesOnTheSessionsSubjects(count: 20_000), to: folder + "/big.jsonl")
        Fixtures.write("load big.jsonl\n", to: folder + "/s.lede")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: LedeBinary.path)
        process.arguments = ["run", "--check", "s.lede"]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment
        environment["TMPDIR"] = temporary
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Once the scratch workspace exists and the load has begun, Ctrl-C.
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, process.isRunning, (try? FileManager.default.contentsOfDirectory(atPath: temporary))?.isEmpty ?? true {
            usleep(2000)
        }
        usleep(200_000)
        let stillRunning = process.isRunning
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(stillRunning, "the load ended before Ctrl-C; make big.jsonl larger")
        #expect(process.terminationStatus == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary) == [])
    }
}

@Suite struct SaveAndCheckTests {
    @Test func aPipedSessionSavesAScriptThatChecksOnANewWorkspace() throws {
        let folder = Fixtures.temporaryDirectory()
        let piped = try LedeBinary.run(["--workspace", "W"], stdin: "load seeds\narticles\nwho-sad x\n.save s.lede\n", in: folder)
        // The failing command stops a piped script (exit 1) before .save…
        #expect(piped.status == 1)
        #expect(piped.stderr.contains("<stdin>:3: error: unknown verb 'who-sad'"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/s.lede"))

        // …and W keeps the seeds it loaded, so a load into it now would say "0 added, 101 already
        // present", which a check, replaying from an empty workspace, would not. Saved from a
        // new workspace, the session records what its replay prints.
        let saved = try LedeBinary.run(["--workspace", "W1"], stdin: "load seeds\narticles\n.save s.lede\n", in: folder)
        #expect(saved.status == 0)
        let script = try String(contentsOfFile: folder + "/s.lede", encoding: .utf8)
        #expect(script.hasPrefix("# lede session, saved "))
        #expect(script.contains("\nload seeds\n#> seeds: 101 added, 0 already present\narticles\n#> id "))

        let check = try LedeBinary.run(["run", "--check", "--workspace", "W2", "s.lede"], in: folder)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout == "s.lede: ok (2 commands)\n")
        #expect(check.stderr.isEmpty)

        // Edit one recorded line: --check fails with a diff naming the command's line.
        let edited = script.replacingOccurrences(of: "#> seeds: 101 added, 0 already present", with: "#> seeds: 100 added, 0 already present")
        Fixtures.write(edited, to: folder + "/s.lede")
        let failed = try LedeBinary.run(["run", "--check", "--workspace", "W2", "s.lede"], in: folder)
        #expect(failed.status == 1)
        #expect(failed.stdout.contains("--- s.lede:2 recorded\n+++ s.lede:2 now\n@@ load seeds @@\n-seeds: 100 added, 0 already present\n+seeds: 101 added, 0 already present\n"))

        // --update re-records it.
        let update = try LedeBinary.run(["run", "--update", "--workspace", "W2", "s.lede"], in: folder)
        #expect(update.status == 0)
        #expect(update.stdout == "s.lede: updated (2 commands)\n" && update.stderr.isEmpty)
        #expect(try String(contentsOfFile: folder + "/s.lede", encoding: .utf8) == script)
    }

    /// The default workspace opens on the seeds, so a session there reads them without loading
    /// them: its saved script begins with `load seeds` as an empty workspace records it, and
    /// checks. A default workspace that also holds other articles gets a note instead.
    @Test func aSessionOnTheDefaultWorkspaceSavesAScriptThatChecks() throws {
        let folder = Fixtures.temporaryDirectory()
        let saved = try LedeBinary.run([], stdin: "find Brexit limit 2\nload seeds\n.save s.lede\n", in: folder)
        #expect(saved.status == 0, "\(saved.stderr)")
        let script = try String(contentsOfFile: folder + "/s.lede", encoding: .utf8)
        #expect(script.contains("\nload seeds\n#> seeds: 101 added, 0 already present\nfind Brexit limit 2\n#> "), "\(script)")
        // The session's own load, after the seeds, found them present, and so does the replay.
        #expect(script.contains("\nload seeds\n#> seeds: 0 added, 101 already present\n"))
        #expect(!saved.stderr.contains("note: this session read articles"))
        let check = try LedeBinary.run(["run", "--check", "s.lede"], in: folder)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout == "s.lede: ok (3 commands)\n")

        Fixtures.write(Self.oneMoreArticle, to: folder + "/extra.jsonl")
        #expect(try LedeBinary.run(["-c", "load extra.jsonl"], in: folder).status == 0)
        let more = try LedeBinary.run([], stdin: "find Brexit limit 1\n.save t.lede\n", in: folder)
        #expect(more.status == 0)
        #expect(more.stderr.contains("note: this session read articles it did not load"), "\(more.stderr)")
        #expect(try !String(contentsOfFile: folder + "/t.lede", encoding: .utf8).contains("load seeds"))
    }

    static let oneMoreArticle = #"{"id": "extra-one", "title": "Extra", "date": "2020-01-01", "text": "Brexit talks resumed on Monday, the minister said."}"# + "\n"

    @Test func aFailingScriptNamesFileAndLineAndStops() throws {
        let folder = Fixtures.temporaryDirectory()
        Fixtures.write("load seeds\n\nfind Kerry)\narticles\n", to: folder + "/bad.lede")
        let result = try LedeBinary.run(["run", "--workspace", "W", "bad.lede"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.lede:3: error: unbalanced ) in the query\n  find Kerry)\n            ^\n"))
        #expect(!result.stdout.contains("id "))  // articles did not run
        let goingOn = try LedeBinary.run(["run", "--keep-going", "--workspace", "W", "bad.lede"], in: folder)
        #expect(goingOn.status == 1)
        #expect(goingOn.stdout.contains("moscow-secretary-kerry"))
    }

    @Test func commandLineErrorsExitWith2() throws {
        let folder = Fixtures.temporaryDirectory()
        #expect(try LedeBinary.run(["--format", "xml", "-c", "articles"], in: folder).status == 2)
        #expect(try LedeBinary.run(["run"], in: folder).status == 2)
        #expect(try LedeBinary.run(["--bogus"], in: folder).status == 2)
    }

    @Test func dashCRunsSeveralCommandsOnTheDefaultWorkspaceWithSeeds() throws {
        let folder = Fixtures.temporaryDirectory()
        let result = try LedeBinary.run(["--format", "json", "-c", "articles until 2013-12-31; find \"peace process\" limit 1"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"id\": \"moscow-secretary-kerry\""))
        #expect(result.stdout.contains("\"article\": \"moscow-secretary-kerry\""))
        #expect(FileManager.default.fileExists(atPath: folder + "/.lede/workspace.sqlite"))
        // A named workspace starts empty: it does not exist until a load creates it, and a read
        // of it says so rather than answer for an empty corpus (the path may be mistyped).
        let named = try LedeBinary.run(["--workspace", "other.sqlite", "-c", "articles"], in: folder)
        #expect(named.status == 1 && named.stdout.isEmpty)
        #expect(named.stderr == "error: there is no workspace at other.sqlite; check the path, or `load` articles to create it there\n")
        #expect(!FileManager.default.fileExists(atPath: folder + "/other.sqlite"))
        // Now the workspace is there and current: a read-only run, which leaves without closing
        // it, still prints every command's output, and a failing command still exits 1.
        let again = try LedeBinary.run(["--format", "csv", "-c", "find \"peace process\" limit 1; articles until 2013-05-08"], in: folder)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.hasPrefix("article,title,date,score,paragraph,snippet\nmoscow-secretary-kerry,"))
        #expect(again.stdout.contains("\nid,date,source,title"))
        let failing = try LedeBinary.run(["-c", "articles limit 1; find Kerry)"], in: folder)
        #expect(failing.status == 1 && !failing.stdout.isEmpty && failing.stderr.contains("unbalanced )"))
    }
}
