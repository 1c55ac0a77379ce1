import Foundation
import LedeTestSupport
import Testing

@Suite struct InterruptedLoadTests {
    /// A process killed mid-load leaves a workspace that opens, holds whole articles, and
    /// finishes the load when asked again.
    @Test(.enabled(if: SQLiteShell.isInstalled, "the sqlite3 shell is not installed"))
    func killingALoadLosesNothingLoadedBefore() throws {
        let folder = Fixtures.temporaryDirectory()
        let count = 6000
        var lines = ""
        for i in 0..<count {
            lines += "{\"title\": \"Report number \(i)\", \"date\": \"2020-01-\(i % 28 + 1 < 10 ? "0" : "")\(i % 28 + 1)\", \"text\": \"Officials said on Monday that item \(i) was late.\\n\\nA second paragraph for \(i), with \\\"a quote\\\" inside.\"}\n"
        }
        Fixtures.write(lines, to: folder + "/big.jsonl")

        let process = Process()
        process.executableURL = URL(fileURLWithPath: LedeBinary.path)
        process.arguments = ["--workspace", "w.sqlite", "-c", "load big.jsonl"]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until at least one batch is committed, then kill without warning.
        let deadline = Date().addingTimeInterval(60)
        var committed = 0
        while Date() < deadline, process.isRunning {
            committed = articleCount(folder + "/w.sqlite")
            if committed > 0 { break }
            usleep(2000)
        }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()

        let afterKill = articleCount(folder + "/w.sqlite")
        // Killed mid-load: some whole batches are there, not all of them.
        #expect(afterKill > 0 && afterKill < count, "killed after \(afterKill) of \(count)")
        let check = try LedeBinary.run(["--workspace", "w.sqlite", "--format", "csv", "-c", "articles limit 1"], in: folder)
        #expect(check.status == 0, "\(check.stderr)")

        let resumed = try LedeBinary.run(["--workspace", "w.sqlite", "-c", "load big.jsonl"], in: folder)
        #expect(resumed.status == 0)
        #expect(resumed.stdout == "big.jsonl: \(count - afterKill) added, \(afterKill) already present\n", "\(resumed.stdout)")
        #expect(articleCount(folder + "/w.sqlite") == count)
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Counts articles with the sqlite3 shell, as an outside reader would (read-only, WAL-aware).
    func articleCount(_ path: String) -> Int {
        guard FileManager.default.fileExists(atPath: path) else { return 0 }
        // Before the schema is written the table is missing: no articles yet.
        return (try? SQLiteShell.run("SELECT count(*) FROM article", on: path)).flatMap { Int($0) } ?? 0
    }
}
