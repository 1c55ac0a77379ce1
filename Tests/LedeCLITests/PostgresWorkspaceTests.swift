import Foundation
import LedeTestSupport
import Synchronization
import Testing

extension Trait where Self == ConditionTrait {
    /// Runs the test where a PostgreSQL server is configured (always in CI).
    static var postgresServer: Self { .enabled(if: PostgresServer.testsRun, Comment(rawValue: PostgresServer.skipReason)) }
}

/// The team workspace through the real `lede` binary, against a real server: the same sessions,
/// loaders side by side, rights, and every way the server can fail a user.
@Suite(.postgresServer) struct PostgresWorkspaceTests {
    /// Articles a test loads: `count` of them, numbered from `first`, each distinct.
    static func corpus(_ first: Int, _ count: Int) -> String {
        var lines = ""
        for i in first..<(first + count) {
            lines += "{\"title\": \"Report number \(i)\", \"date\": \"2020-01-\(i % 28 + 1 < 10 ? "0" : "")\(i % 28 + 1)\", \"text\": \"Officials said on Monday that item \(i) was late.\\n\\nA second paragraph for \(i), with \\\"a quote\\\" inside, the mayor said.\"}\n"
        }
        return lines
    }

    @Test func everySessionReplaysOnTheServerAsRecorded() throws {
        let database = try ServerDatabase()
        defer { database.remove() }
        let sessions = try FileManager.default.contentsOfDirectory(atPath: Fixtures.sessions).filter { $0.hasSuffix(".lede") }.sorted()
        #expect(sessions.count >= 5)
        let result = try LedeBinary.run(
            ["run", "--check", "--workspace", database.url] + sessions.map { Fixtures.sessions + "/" + $0 }, in: Fixtures.temporaryDirectory())
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.components(separatedBy: ": ok (").count == sessions.count + 1, "\(result.stdout)")
        // Each replay ran in a scratch schema of its own, dropped afterwards.
        #expect(try database.count("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'lede_replay_%'") == 0)
    }

    @Test func twoLoadersAtOnceStoreExactlyTheUnionOfTheirArticles() throws {
        let database = try ServerDatabase()
        defer { database.remove() }
        let folder = Fixtures.temporaryDirectory()
        // Overlapping halves: 0..<1500 and 500..<2000, so both read the middle thousand; and a
        // headline each that the other shares, so that ids are given across the two loads.
        func shared(_ text: String) -> String {
            "{\"title\": \"Shared headline\", \"date\": \"2020-02-01\", \"text\": \"\(text), the mayor said.\"}\n"
        }
        Fixtures.write(Self.corpus(0, 1500) + shared("The first of two"), to: folder + "/a.jsonl")
        Fixtures.write(Self.corpus(500, 1500) + shared("The second of two"), to: folder + "/b.jsonl")
        let group = DispatchGroup()
        let results = Mutex<[(file: String, result: CommandResult?)]>([])
        for file in ["a.jsonl", "b.jsonl"] {
            group.enter()
            DispatchQueue.global().async {
                let result = try? LedeBinary.run(["--workspace", database.url, "-c", "load \(file)"], in: folder)
                results.withLock { $0.append((file, result)) }
                group.leave()
            }
        }
        group.wait()
        let finished = results.withLock { $0 }
        for (file, result) in finished {
            #expect(result?.status == 0, "\(file): \(result?.stderr ?? "did not run")")
            // Each loader's line counts every article it read, new or not.
            let counts = (result?.stdout ?? "").split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            #expect(counts.count == 2 && counts[0] + counts[1] == 1501, "\(result?.stdout ?? "")")
        }
        #expect(try database.count("SELECT count(*) FROM lede.article") == 2002)
        // The same two files loaded one after the other into a file give the same answers: the
        // same ids, counts kept for speakers and for ranking, scores.
        #expect(try LedeBinary.run(["--workspace", "w.sqlite", "-c", "load a.jsonl; load b.jsonl"], in: folder).status == 0)
        // (Only where an article was read from differs: whichever loader stored it first.)
        func withoutPaths(_ csv: String) -> String {
            csv.split(separator: "\n").map { $0.split(separator: ",").dropLast().joined(separator: ",") }.joined(separator: "\n")
        }
        let listed = try LedeBinary.run(["--workspace", database.url, "--format", "csv", "-c", "articles limit 5000"], in: folder)
        let listedFromFile = try LedeBinary.run(["--workspace", "w.sqlite", "--format", "csv", "-c", "articles limit 5000"], in: folder)
        #expect(listed.stdout.split(separator: "\n").count == 2003)
        #expect(withoutPaths(listed.stdout) == withoutPaths(listedFromFile.stdout))
        // (Searches whose scores tie keep the articles loaded first, and two loaders at once load
        // in another order than one after the other: these have no ties.)
        for command in ["speakers", "find 1499", "find 700 or 1200", "find \"shared headline\"", "who-said limit 3"] {
            let onServer = try LedeBinary.run(["--workspace", database.url, "--format", "csv", "-c", command], in: folder)
            let onFile = try LedeBinary.run(["--workspace", "w.sqlite", "--format", "csv", "-c", command], in: folder)
            #expect(onServer.status == 0 && !onServer.stdout.isEmpty && onServer.stdout == onFile.stdout, "\(command)")
        }
    }

    @Test func aReadOnlyAccountQueriesAndIsRefusedLoad() throws {
        let database = try ServerDatabase()
        defer { database.remove() }
        let folder = Fixtures.temporaryDirectory()
        let loaded = try LedeBinary.run(["--workspace", database.url, "-c", "load seeds"], in: folder)
        #expect(loaded.status == 0, "\(loaded.stderr)")
        let reader = try database.url(user: "lede_reader")
        let query = try LedeBinary.run(["--workspace", reader, "--format", "csv", "-c", "who-said Trump limit 1"], in: folder)
        #expect(query.status == 0, "\(query.stderr)")
        #expect(query.stdout.contains("Trump"))
        let refused = try LedeBinary.run(["--workspace", reader, "-c", "load seeds"], in: folder)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("is read-only for this user: queries work, but nothing can be loaded into it"), "\(refused.stderr)")
        #expect(try database.count("SELECT count(*) FROM lede.article") == 101)
    }

    @Test func aPasswordNeverReachesOutputAndARefusedOneIsSaidPlainly() throws {
        let database = try ServerDatabase()
        defer { database.remove() }
        let folder = Fixtures.temporaryDirectory()
        let secret = "open%20sesame"
        let good = try database.url(user: "lede_secret", password: secret)
        let loaded = try LedeBinary.run(["--workspace", good, "-c", "load seeds; .workspace"], in: folder)
        #expect(loaded.status == 0, "\(loaded.stderr)")
        #expect(!(loaded.stdout + loaded.stderr).contains("sesame"))
        #expect(loaded.stdout.contains("lede_secret@"), "\(loaded.stdout)")

        let wrong = try database.url(user: "lede_secret", password: "guessed")
        let refused = try LedeBinary.run(["--workspace", wrong, "-c", "articles"], in: folder)
        #expect(refused.status == 1)
        #expect(refused.stderr == "error: cannot open workspace \(try database.url(user: "lede_secret")): the server refused the password (check PGPASSWORD or ~/.pgpass)\n")
        #expect(!refused.stderr.contains("guessed"))
        // libpq's own ways to give a password work as they do for psql.
        let fromEnvironment = try LedeBinary.run(
            ["--workspace", try database.url(user: "lede_secret"), "--format", "csv", "-c", "articles limit 1"], in: folder,
            environment: ["PGPASSWORD": "open sesame"])
        #expect(fromEnvironment.status == 0, "\(fromEnvironment.stderr)")
    }

    @Test func aBadAddressOrAnAbsentServerIsOnePlainLine() throws {
        let folder = Fixtures.temporaryDirectory()
        let cases: [(url: String, expected: String)] = [
            ("postgresql://127.0.0.1:1/lede", "error: cannot open workspace postgresql://127.0.0.1:1/lede: nothing answers at that host and port (is the server running?)\n"),
            ("postgresql://127.0.0.1:notaport/lede", "error: cannot open workspace postgresql://127.0.0.1:notaport/lede: the address is not a valid PostgreSQL URL (postgresql://user@host:port/database)\n"),
            ("postgresql://no-such-host.invalid/lede", "error: cannot open workspace postgresql://no-such-host.invalid/lede: the host name is unknown\n"),
        ]
        for (url, expected) in cases {
            let result = try LedeBinary.run(["--workspace", url, "-c", "articles"], in: folder)
            #expect(result.status == 1)
            #expect(result.stderr == expected, "\(url)")
        }
        let base = try PostgresServer.required()
        let noDatabase = ServerDatabase.replacingDatabase(of: base, with: "no_such_database")
        let missing = try LedeBinary.run(["--workspace", noDatabase, "-c", "articles"], in: folder)
        #expect(missing.stderr == "error: cannot open workspace \(noDatabase): the server has no such database; create it first (createdb)\n")
    }

    @Test func aSchemaOfAnotherProgramOrANewerLedeIsLeftAlone() throws {
        let database = try ServerDatabase()
        defer { database.remove() }
        let folder = Fixtures.temporaryDirectory()
        try PostgresServer.psql("CREATE SCHEMA lede; CREATE TABLE lede.invoices (n int)", url: database.url)
        let foreign = try LedeBinary.run(["--workspace", database.url, "-c", "load seeds"], in: folder)
        #expect(foreign.status == 1)
        #expect(foreign.stderr.hasPrefix("error: the schema lede of \(database.url) holds another program's tables (invoices); lede leaves it untouched"), "\(foreign.stderr)")
        #expect(try database.count("SELECT count(*) FROM pg_tables WHERE schemaname = 'lede'") == 1)

        try PostgresServer.psql("DROP SCHEMA lede CASCADE", url: database.url)
        #expect(try LedeBinary.run(["--workspace", database.url, "-c", "load seeds"], in: folder).status == 0)
        try PostgresServer.psql("INSERT INTO lede.migration (version) VALUES ('p999-from-the-future')", url: database.url)
        let newer = try LedeBinary.run(["--workspace", database.url, "-c", "articles"], in: folder)
        #expect(newer.status == 1)
        #expect(newer.stderr == "error: workspace \(database.url) was written by a newer lede; upgrade lede to open it\n")
    }

    /// The server going away mid-load stops the load with one line; what was committed stays,
    /// and loading again finishes the rest.
    @Test func aServerThatGoesAwayMidLoadLosesNothingCommitted() throws {
        let database = try ServerDatabase()
        defer { database.remove() }
        let folder = Fixtures.temporaryDirectory()
        let total = 6000
        Fixtures.write(Self.corpus(0, total), to: folder + "/big.jsonl")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: LedeBinary.path)
        process.arguments = ["--workspace", database.url, "-c", "load big.jsonl"]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        var committed = 0
        while Date() < deadline, process.isRunning {
            committed = (try? database.count("SELECT count(*) FROM lede.article")) ?? 0
            if committed > 0 { break }
            usleep(20_000)
        }
        // The server goes away for this database: no new connection is let in, and every
        // connection of that lede is cut.
        try PostgresServer.psql("ALTER DATABASE \(database.name) ALLOW_CONNECTIONS false")
        try PostgresServer.psql("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '\(database.name)' AND application_name = 'lede'")
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try PostgresServer.psql("ALTER DATABASE \(database.name) ALLOW_CONNECTIONS true")
        let afterCut = try database.count("SELECT count(*) FROM lede.article")
        #expect(afterCut > 0 && afterCut < total, "cut after \(afterCut) of \(total)")
        #expect(process.terminationStatus == 1)
        #expect(stderr.contains("the connection to workspace \(database.url) was lost; what was loaded before stays, and loading again resumes"), "\(stderr)")
        #expect(!stderr.contains("FATAL") && !stderr.contains("terminating"), "\(stderr)")

        let resumed = try LedeBinary.run(["--workspace", database.url, "-c", "load big.jsonl"], in: folder)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout == "big.jsonl: \(total - afterCut) added, \(afterCut) already present\n", "\(resumed.stdout)")
        #expect(try database.count("SELECT count(*) FROM lede.article") == total)
    }
}
