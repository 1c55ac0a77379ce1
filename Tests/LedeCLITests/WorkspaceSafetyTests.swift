import Dispatch
import Foundation
import LedeTestSupport
import Synchronization
import Testing

/// What lede does with the file `--workspace` names: it never writes into a file it did not
/// make, never creates anything for a read, answers queries where it cannot write, and says
/// what happened in plain words when writing fails.
@Suite struct WorkspaceSafetyTests {
    static let sqliteWording = [
        "SQLite error", "SQLITE_", "SQL", "INSERT", "SELECT", "COMMIT", "TRANSACTION", "fts5", "database is locked",
        "disk I/O error", "database disk image", "readonly database",
    ]

    /// No SQL and no SQLite wording in what a user reads.
    func expectPlain(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for word in Self.sqliteWording where text.contains(word) {
            Issue.record("'\(word)' reaches the user: \(text)", sourceLocation: sourceLocation)
        }
    }

    @Test(.enabled(if: SQLiteShell.isInstalled, "the sqlite3 shell is not installed"))
    func aWorkspaceCarriesLedesApplicationID() throws {
        let folder = Fixtures.temporaryDirectory()
        let loaded = try LedeBinary.run(["--workspace", "w.sqlite", "-c", "load \(Fixtures.seedArticle)"], in: folder)
        #expect(loaded.status == 0, "\(loaded.stderr)")
        #expect(try SQLiteShell.run("PRAGMA application_id", on: folder + "/w.sqlite") == "1279607877")  // "LEDE"
    }

    @Test(.enabled(if: SQLiteShell.isInstalled, "the sqlite3 shell is not installed"))
    func anotherProgramsDatabaseIsRefusedAndLeftUntouched() throws {
        let folder = Fixtures.temporaryDirectory()
        let path = folder + "/notes.db"
        try SQLiteShell.run("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine');", on: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for command in ["articles", "load \(Fixtures.seedArticle)", ".workspace"] {
            let result = try LedeBinary.run(["--workspace", "notes.db", "-c", command], in: folder)
            #expect(result.status == 1, "\(command)")
            #expect(result.stderr == "error: notes.db is not a lede workspace (it holds another program's tables: notes); lede leaves it untouched: name another file with --workspace\n")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))

        // A database that says whose it is, even with no tables yet.
        try SQLiteShell.run("PRAGMA application_id = 42", on: folder + "/theirs.db")
        let theirs = try LedeBinary.run(["--workspace", "theirs.db", "-c", "load \(Fixtures.seedArticle)"], in: folder)
        #expect(theirs.status == 1 && theirs.stderr.contains("theirs.db is not a lede workspace (it belongs to another program)"))

        // Not a database at all.
        Fixtures.write("Dear diary,\n", to: folder + "/diary.txt")
        let text = try LedeBinary.run(["--workspace", "diary.txt", "-c", "load \(Fixtures.seedArticle)"], in: folder)
        #expect(text.status == 1 && text.stderr.contains("diary.txt is not a lede workspace (not an SQLite database)"))
        #expect(try String(contentsOfFile: folder + "/diary.txt", encoding: .utf8) == "Dear diary,\n")

        // An empty file is fine to make a workspace of.
        Fixtures.write("", to: folder + "/empty.sqlite")
        let empty = try LedeBinary.run(["--workspace", "empty.sqlite", "-c", "load \(Fixtures.seedArticle)"], in: folder)
        #expect(empty.status == 0, "\(empty.stderr)")
    }

    @Test func aReadOfAMissingWorkspaceNamesItAndCreatesNothing() throws {
        let folder = Fixtures.temporaryDirectory()
        for command in ["articles", "find peace", "who-said", ".workspace"] {
            let result = try LedeBinary.run(["--workspace", "typo/x.sqlite", "-c", command], in: folder)
            if command == ".workspace" {
                #expect(result.status == 0 && result.stdout == "typo/x.sqlite: not created yet (the first load creates it)\n")
            } else {
                #expect(result.status == 1, "\(command)")
                #expect(result.stderr.hasSuffix("error: there is no workspace at typo/x.sqlite; check the path, or `load` articles to create it there\n"), "\(result.stderr)")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/typo"))
        // A load creates it, folders and all.
        let load = try LedeBinary.run(["--workspace", "typo/x.sqlite", "-c", "load \(Fixtures.seedArticle); articles"], in: folder)
        #expect(load.status == 0 && load.stdout.contains("moscow-secretary-kerry"))
    }

    @Test func loadingAMissingPathFailsAndLoadsTheRest() throws {
        let folder = Fixtures.temporaryDirectory()
        let result = try LedeBinary.run(["--workspace", "w.sqlite", "-c", "load nowhere.txt \(Fixtures.seedArticle)"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.contains("nowhere.txt: 0 added, 0 already present, 1 skipped\n  nowhere.txt: skipped: no such file or folder\n"))
        #expect(result.stderr.contains("error: nothing loaded from nowhere.txt: no such file or folder\n"))
        let after = try LedeBinary.run(["--workspace", "w.sqlite", "-c", "articles"], in: folder)
        #expect(after.stdout.contains("moscow-secretary-kerry"))
    }

    /// Runs lede as the unprivileged `nobody` when the tests run as root (root writes anywhere).
    static func runUnprivileged(_ arguments: [String], in folder: String) throws -> CommandResult {
        guard geteuid() == 0 else { return try LedeBinary.run(arguments, in: folder) }
        return try LedeBinary.run(arguments, in: folder, launcher: ["/usr/sbin/runuser", "-u", "nobody", "--"])
    }

    /// Whether lede can be run as someone who cannot write everywhere: not root, or root with
    /// `nobody` able to reach the binary and the seeds (a checkout under a private home is not).
    static var canRunUnprivileged: Bool {
        guard geteuid() == 0 else { return true }
        guard FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser") else { return false }
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
        probe.arguments = ["-u", "nobody", "--", "/bin/sh", "-c", "test -x \"$0\" && test -r \"$1\"", LedeBinary.path, Fixtures.seedArticle]
        guard (try? probe.run()) != nil else { return false }
        probe.waitUntilExit()
        return probe.terminationStatus == 0
    }

    @Test(.enabled(if: canRunUnprivileged, "lede cannot be run as an unprivileged user here (as root, `nobody` must be able to reach the build folder)"))
    func aReadOnlyWorkspaceAnswersQueriesAndRefusesLoads() throws {
        let folder = Fixtures.temporaryDirectory()
        chmod(folder, 0o755)
        // A folder name that a file: URI must escape.
        let name = "r o%?#"
        try FileManager.default.createDirectory(atPath: folder + "/" + name, withIntermediateDirectories: true)
        let load = try LedeBinary.run(["--workspace", name + "/w.sqlite", "-c", "load seeds"], in: folder)
        #expect(load.status == 0, "\(load.stderr)")
        // The unprivileged user owns the folder; first it may not write it (SQLite cannot make
        // its shared-memory file: the file is read as immutable), then it may write the folder
        // but not the file (an ordinary read-only connection).
        if geteuid() == 0 { chown(folder + "/" + name, 65534, 65534) }
        for (folderMode, fileMode) in [(0o555, 0o644), (0o755, 0o444)] as [(mode_t, mode_t)] {
            chmod(folder + "/" + name, folderMode)
            chmod(folder + "/" + name + "/w.sqlite", fileMode)
            defer { chmod(folder + "/" + name, 0o755) }
            let query = try Self.runUnprivileged(["--workspace", name + "/w.sqlite", "-c", "find \"peace process\" limit 1; who-said limit 1; timeline limit 1"], in: folder)
            #expect(query.status == 0, "\(query.stderr)")
            #expect(query.stdout.contains("moscow-secretary-kerry"))
            let refused = try Self.runUnprivileged(["--workspace", name + "/w.sqlite", "-c", "load \(Fixtures.seedArticle)"], in: folder)
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("error: workspace \(name)/w.sqlite cannot be written here (read-only file or folder): queries work, but nothing can be loaded into it"), "\(refused.stderr)")
            expectPlain(refused.stderr)
        }
    }

    @Test func aDamagedWorkspaceStopsALoadBeforeItWrites() throws {
        let folder = Fixtures.temporaryDirectory()
        let path = folder + "/w.sqlite"
        #expect(try LedeBinary.run(["--workspace", "w.sqlite", "-c", "load seeds"], in: folder).status == 0)
        // Garbage over two pages in the middle of the file.
        let handle = try #require(FileHandle(forUpdatingAtPath: path))
        let size = try handle.seekToEnd()
        try handle.seek(toOffset: size / 2)
        handle.write(Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 13) }))
        try handle.close()
        Fixtures.write("New Headline\n\nA new paragraph about peace.\n", to: folder + "/new.txt")
        let result = try LedeBinary.run(["--workspace", "w.sqlite", "-c", "load new.txt"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: workspace w.sqlite is damaged; nothing more is written to it. Load the articles into a new workspace, or restore a copy"))
        expectPlain(result.stderr)
        let find = try LedeBinary.run(["--workspace", "w.sqlite", "-c", "find \"new paragraph\""], in: folder)
        #expect(!find.stdout.contains("New Headline"))
        expectPlain(find.stderr)
    }

    /// A file-size limit makes writes fail as a full disk does (SIGXFSZ ignored, as a shell can).
    @Test func aWriteFailureMidLoadSaysWhatWasKept() throws {
        let folder = Fixtures.temporaryDirectory()
        var lines = ""
        for i in 0..<3000 {
            let body = String(repeating: "Officials said on Monday that item \(i) was late. ", count: 20)
            lines += "{\"title\": \"Report number \(i)\", \"date\": \"2020-01-\(String(format: "%02d", i % 28 + 1))\", \"text\": \"\(body)\"}\n"
        }
        Fixtures.write(lines, to: folder + "/big.jsonl")
        let result = try LedeBinary.run(
            [], in: folder, launcher: ["/bin/bash", "-c", "ulimit -f 8000; trap '' XFSZ; exec \"$0\" --workspace w.sqlite -c 'load big.jsonl'"])
        #expect(result.status == 1)
        let kept = try LedeBinary.run(["--workspace", "w.sqlite", "--format", "csv", "-c", "articles"], in: folder)
        let count = kept.stdout.split(separator: "\n").count - 1
        // Whole batches only: a load commits `Ingest.batchSize` (1,024) articles at a time.
        #expect(count > 0 && count < 3000 && count % 1024 == 0, "\(count)")
        #expect(result.stderr.contains("(\(count) articles were added before it stopped and are kept; loading again skips them)"), "\(result.stderr)")
        expectPlain(result.stderr)
    }

    @Test func loadsFromSeveralProcessesAllCompleteAndReadsNeverFail() throws {
        let folder = Fixtures.temporaryDirectory()
        #expect(try LedeBinary.run(["--workspace", "w.sqlite", "-c", "load \(Fixtures.seedArticle)"], in: folder).status == 0)
        let files = 24
        for file in 0..<files {
            var lines = ""
            for i in 0..<60 {
                lines += "{\"title\": \"Feed \(file) item \(i)\", \"date\": \"2020-02-01\", \"text\": \"\\\"We are ready,\\\" said Ann Lee about item \(i) of feed \(file).\"}\n"
            }
            Fixtures.write(lines, to: folder + "/f\(file).jsonl")
        }
        let failures = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: files + 8) { index in
            do {
                let arguments = index < files
                    ? ["--workspace", "w.sqlite", "-c", "load f\(index).jsonl"]
                    : ["--workspace", "w.sqlite", "-c", "articles limit 1; who-said limit 1; find ready limit 1"]
                let result = try LedeBinary.run(arguments, in: folder)
                if result.status != 0 { failures.withLock { $0.append("\(arguments.last!): \(result.stderr)") } }
            } catch {
                failures.withLock { $0.append("\(error)") }
            }
        }
        #expect(failures.withLock { $0 }.isEmpty, "\(failures.withLock { $0 })")
        let count = try LedeBinary.run(["--workspace", "w.sqlite", "--format", "csv", "-c", "articles"], in: folder)
        #expect(count.stdout.split(separator: "\n").count - 1 == 1 + files * 60)
    }

    @Test(.enabled(if: SQLiteShell.isInstalled, "the sqlite3 shell is not installed"))
    func aLoadWaitsForAnotherWriterAndSaysSo() throws {
        let folder = Fixtures.temporaryDirectory()
        #expect(try LedeBinary.run(["--workspace", "w.sqlite", "-c", "load \(Fixtures.seedArticle)"], in: folder).status == 0)
        // Another program takes the write lock and says so.
        let lock = try WriteLockHolder(workspace: folder + "/w.sqlite")
        #expect(lock.take(writing: "INSERT INTO article_alias VALUES ('held', 1);"))

        // lede waits, says so, and loads once the lock is given back.
        Fixtures.write("Later Headline\n\nWritten once the lock was free.\n", to: folder + "/later.txt")
        let (load, said) = try startLoad("later.txt", in: folder)
        #expect(said.waitFor("note: another process is writing to w.sqlite; waiting for it (Ctrl-C to stop)…"), "\(said.all)")
        lock.release()
        load.waitUntilExit()
        #expect(load.terminationStatus == 0, "\(said.all)")
        #expect(try LedeBinary.run(["--workspace", "w.sqlite", "-c", "show later-headline"], in: folder).stdout.contains("lock was free"))
    }

    @Test(.enabled(if: SQLiteShell.isInstalled, "the sqlite3 shell is not installed"))
    func ctrlCWhileWaitingForAnotherWriterSaysInterrupted() throws {
        let folder = Fixtures.temporaryDirectory()
        #expect(try LedeBinary.run(["--workspace", "w.sqlite", "-c", "load \(Fixtures.seedArticle)"], in: folder).status == 0)
        let lock = try WriteLockHolder(workspace: folder + "/w.sqlite")
        defer { lock.release() }
        #expect(lock.take())
        Fixtures.write("Later Headline\n\nNever written.\n", to: folder + "/later.txt")
        let (load, said) = try startLoad("later.txt", in: folder)
        #expect(said.waitFor("waiting for it"), "\(said.all)")
        kill(load.processIdentifier, SIGINT)
        load.waitUntilExit()
        #expect(load.terminationStatus == 1)
        #expect(said.waitFor("interrupted"), "\(said.all)")
        #expect(!said.all.contains("busy for"), "\(said.all)")
    }

    @Test func wordsAfterANULAreFound() throws {
        let folder = Fixtures.temporaryDirectory()
        Fixtures.write(#"{"title": "Nul", "date": "2019-01-04", "text": "before\u0000afterword and more"}"# + "\n", to: folder + "/nul.jsonl")
        let result = try LedeBinary.run(["--workspace", "w.sqlite", "-c", "load nul.jsonl; find afterword"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("before\u{FFFD}afterword"))
        #expect(result.stdout.contains("nul.jsonl:1: warning: a NUL character kept as \u{FFFD} (U+FFFD)"))
    }
}

/// The sqlite3 shell holding a workspace's write lock, as another program would.
private final class WriteLockHolder {
    let shell = Process()
    let input = Pipe()
    let output: StreamReader

    init(workspace: String) throws {
        shell.executableURL = URL(fileURLWithPath: SQLiteShell.path)
        shell.arguments = [workspace]
        let out = Pipe()
        shell.standardInput = input
        shell.standardOutput = out
        try shell.run()
        output = StreamReader(out.fileHandleForReading)
    }

    /// Takes the write lock (and writes `sql` under it); true once the shell holds it.
    func take(writing sql: String = "") -> Bool {
        input.fileHandleForWriting.write(Data("BEGIN IMMEDIATE;\n\(sql)\nSELECT 'locked';\n".utf8))
        return output.waitFor("locked")
    }

    /// Rolls back and leaves, giving the lock back.
    func release() {
        input.fileHandleForWriting.write(Data("ROLLBACK;\n.quit\n".utf8))
        shell.waitUntilExit()
    }
}

/// `lede --workspace w.sqlite -c 'load FILE'` started in `folder`, with its stderr read as it comes.
private func startLoad(_ file: String, in folder: String) throws -> (process: Process, stderr: StreamReader) {
    let load = Process()
    load.executableURL = URL(fileURLWithPath: LedeBinary.path)
    load.arguments = ["--workspace", "w.sqlite", "-c", "load \(file)"]
    load.currentDirectoryURL = URL(fileURLWithPath: folder)
    let errors = Pipe()
    load.standardError = errors
    load.standardOutput = FileHandle.nullDevice
    try load.run()
    return (load, StreamReader(errors.fileHandleForReading))
}
