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

@Suite struct SaveAndCheckTests {
    @Test func aPipedSessionSavesAScriptThatChecksOnANewWorkspace() throws {
        let folder = Fixtures.temporaryDirectory()
        let piped = try LedeBinary.run(["--workspace", "W"], stdin: "load seeds\narticles\nwho-sad x\n.save s.lede\n", in: folder)
        // The failing command stops a piped script (exit 1) before .save…
        #expect(piped.status == 1)
        #expect(piped.stderr.contains("<stdin>:3: error: unknown verb 'who-sad'"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/s.lede"))

        let saved = try LedeBinary.run(["--workspace", "W"], stdin: "load seeds\narticles\n.save s.lede\n", in: folder)
        #expect(saved.status == 0)
        let script = try String(contentsOfFile: folder + "/s.lede", encoding: .utf8)
        #expect(script.hasPrefix("# lede session, saved "))
        #expect(script.contains("\nload seeds\n#> seeds: 101 articles\narticles\n#> id "))

        let check = try LedeBinary.run(["run", "--check", "--workspace", "W2", "s.lede"], in: folder)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.isEmpty)

        // Edit one recorded line: --check fails with a diff naming the command's line.
        let edited = script.replacingOccurrences(of: "#> seeds: 101 articles", with: "#> seeds: 100 articles")
        Fixtures.write(edited, to: folder + "/s.lede")
        let failed = try LedeBinary.run(["run", "--check", "--workspace", "W2", "s.lede"], in: folder)
        #expect(failed.status == 1)
        #expect(failed.stdout.contains("--- s.lede:2 recorded\n+++ s.lede:2 now\n@@ load seeds @@\n-seeds: 100 articles\n+seeds: 101 articles\n"))

        // --update re-records it.
        let update = try LedeBinary.run(["run", "--update", "--workspace", "W2", "s.lede"], in: folder)
        #expect(update.status == 0)
        #expect(try String(contentsOfFile: folder + "/s.lede", encoding: .utf8) == script)
    }

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
