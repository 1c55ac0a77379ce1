import Foundation
import LedeTestSupport
import Testing

/// Drives the real `lede` REPL in a terminal under tmux: keys in with send-keys, the screen
/// read back with capture-pane.
final class TmuxSession {
    let socket: String
    let name = "lede"
    let folder: String

    static var isInstalled: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") }

    init(folder: String) {
        self.folder = folder
        socket = folder + "/tmux.sock"
    }

    /// Runs a tmux command and returns what it printed. Spawned with posix_spawn and reaped
    /// with waitpid: the tmux server that `new-session` forks inherits descriptors that
    /// Foundation's Process watches, and Process would then wait for the server too.
    @discardableResult
    func tmux(_ arguments: [String]) -> String {
        let outputPath = folder + "/tmux.out"
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, arguments.first == "new-session" ? "/dev/null" : outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = (["/usr/bin/tmux", "-S", socket] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        // Test threads block signals; the terminal's programs must get Ctrl-C as a user's would.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGINT)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/usr/bin/tmux", &actions, &attributes, argv, environ) == 0 else { return "" }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return arguments.first == "new-session" ? "" : ((try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "")
    }

    /// How many times `start` tries to make the session (a server still shutting down from
    /// `stop` can refuse the first).
    static let startAttempts = 5

    /// Starts lede with its own history and config folders, in a window of `columns` by
    /// `rows`; `[exited]` shows when it ends.
    func start(columns: Int = 120, rows: Int = 40) {
        let environment = "env XDG_STATE_HOME=\(folder)/state XDG_CONFIG_HOME=\(folder)/config EDITRC=/dev/null LEDE_SEEDS=\(Fixtures.seeds) TERM=xterm-256color"
        let command = "cd \(folder) && \(environment) \(LedeBinary.path) --workspace w.sqlite; echo '[exited]'; sleep 30"
        for _ in 0..<Self.startAttempts {
            tmux(["new-session", "-d", "-s", name, "-x", String(columns), "-y", String(rows), command])
            if tmux(["list-sessions", "-F", "#{session_name}"]).split(separator: "\n").contains(Substring(name)) { return }
            usleep(200_000)
        }
    }

    func send(_ keys: String...) { tmux(["send-keys", "-t", name] + keys) }
    func type(_ text: String) { tmux(["send-keys", "-t", name, "-l", text]) }

    var screen: String { tmux(["capture-pane", "-t", name, "-p"]) }
    /// The screen with lines the terminal wrapped joined again: a line as wide as it was drawn.
    var joinedScreen: String { tmux(["capture-pane", "-t", name, "-p", "-J"]) }

    func resize(columns: Int) { tmux(["resize-window", "-t", name, "-x", String(columns)]) }

    /// The last non-empty line on screen, without trailing spaces.
    var lastLine: String {
        screen.split(separator: "\n").map { String($0) }.last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }?
            .replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) ?? ""
    }

    /// Waits (up to 20 s, for a loaded machine) until `condition` holds for the screen;
    /// `description` names the wait where it is called.
    @discardableResult
    func waitFor(_ description: String, _ condition: (TmuxSession) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if condition(self) { return true }
            usleep(50_000)
        }
        return false
    }

    func stop() {
        tmux(["kill-server"])
        try? FileManager.default.removeItem(atPath: socket)
    }
}

@Suite(.serialized) struct ReplTerminalTests {
    @Test(.enabled(if: TmuxSession.isInstalled, "tmux is not installed (apt-get install tmux)"))
    func completionHistorySearchInterruptAndEnd() throws {
        let folder = Fixtures.temporaryDirectory()
        let terminal = TmuxSession(folder: folder)
        defer { terminal.stop() }
        terminal.start()
        #expect(terminal.waitFor("prompt") { $0.lastLine == "lede[0]>" }, "\(terminal.screen)")

        // Tab completes a verb, then an argument path.
        terminal.type("lo")
        terminal.send("Tab")
        #expect(terminal.waitFor("verb completed") { $0.lastLine == "lede[0]> load" }, "\(terminal.screen)")
        terminal.type("se")
        terminal.send("Tab")
        #expect(terminal.waitFor("seeds completed") { $0.lastLine == "lede[0]> load seeds" }, "\(terminal.screen)")
        terminal.send("Enter")
        #expect(terminal.waitFor("loaded") { $0.lastLine == "lede[101]>" }, "\(terminal.screen)")

        // A speaker's name completes from the workspace.
        terminal.type("who-said Lukya")
        terminal.send("Tab")
        #expect(terminal.waitFor("speaker completed") { $0.lastLine == "lede[101]> who-said Lukyanov" }, "\(terminal.screen)")
        terminal.send("Enter")
        #expect(terminal.waitFor("quotes shown") { $0.screen.contains("Fyodor Lukyanov · head of the Russian Council") && $0.lastLine == "lede[101]>" }, "\(terminal.screen)")

        // An article id completes.
        terminal.type("show moscow-sec")
        terminal.send("Tab")
        #expect(terminal.waitFor("id completed") { $0.lastLine == "lede[101]> show moscow-secretary-kerry" }, "\(terminal.screen)")
        terminal.type("¶6")
        terminal.send("Enter")
        #expect(terminal.waitFor("paragraph shown") { $0.screen.contains("¶6 The agreement of Moscow and Washington") && $0.lastLine == "lede[101]>" }, "\(terminal.screen)")

        // Ctrl-C clears a half-typed line and keeps the REPL.
        terminal.type("find half typed")
        #expect(terminal.waitFor("typed") { $0.lastLine.hasSuffix("find half typed") })
        terminal.send("C-c")
        #expect(terminal.waitFor("cleared") { $0.lastLine == "lede[101]>" && $0.screen.contains("^C") }, "\(terminal.screen)")

        // An unfinished command asks for more.
        terminal.type("find (Kerry or")
        terminal.send("Enter")
        #expect(terminal.waitFor("continuation") { $0.lastLine.hasSuffix("...>") }, "\(terminal.screen)")
        terminal.type("Lavrov) limit 1")
        terminal.send("Enter")
        #expect(terminal.waitFor("found") { $0.screen.contains("moscow-secretary-kerry") && $0.lastLine == "lede[101]>" }, "\(terminal.screen)")

        // Ctrl-D on an empty line leaves.
        terminal.send("C-d")
        #expect(terminal.waitFor("exited") { $0.lastLine == "[exited]" }, "\(terminal.screen)")
        let history = try String(contentsOfFile: folder + "/state/lede/history", encoding: .utf8)
        #expect(history.hasPrefix("_HiStOrY_V2_\n"))
        #expect(history.contains("find\\040(Kerry\\040or\\040Lavrov)\\040limit\\0401"))

        // A second run has the first run's history: Up recalls, Ctrl-R searches.
        // (A new server on a removed socket: killing the last session lets the old server
        // shut down while the next one starts, which once lost the second run.)
        terminal.stop()
        terminal.start()
        #expect(terminal.waitFor("prompt again") { $0.lastLine == "lede[101]>" }, "\(terminal.screen)")
        terminal.send("Up")
        #expect(terminal.waitFor("recalled") { $0.lastLine == "lede[101]> find (Kerry or Lavrov) limit 1" }, "\(terminal.screen)")
        terminal.send("C-c")
        #expect(terminal.waitFor("cleared again") { $0.lastLine == "lede[101]>" })
        terminal.send("C-r")
        terminal.type("moscow")
        #expect(terminal.waitFor("searched") { $0.screen.contains("show moscow-secretary-kerry ¶6") }, "\(terminal.screen)")
        terminal.send("Enter")
        #expect(terminal.waitFor("ran the found entry") { $0.screen.components(separatedBy: "¶6 The agreement").count >= 2 && $0.lastLine == "lede[101]>" }, "\(terminal.screen)")
        terminal.send("C-d")
        #expect(terminal.waitFor("exited again") { $0.lastLine == "[exited]" }, "\(terminal.screen)")
    }

    @Test(.enabled(if: TmuxSession.isInstalled, "tmux is not installed (apt-get install tmux)"))
    func ctrlCStopsARunningCommandAndTheSessionGoesOn() throws {
        let folder = Fixtures.temporaryDirectory()
        func feed(_ name: String, _ prefix: String) {
            var lines = ""
            for i in 0..<40_000 {
                lines += "{\"title\": \"\(prefix) \(i)\", \"date\": \"2020-01-\(String(format: "%02d", i % 28 + 1))\", \"text\": \"\\\"We are on it,\\\" said Ann Lee on Monday about item \(i).\"}\n"
            }
            Fixtures.write(lines, to: folder + "/" + name)
        }
        feed("big.jsonl", "Bulletin")
        feed("more.jsonl", "Notice")
        // Loaded beforehand: forty thousand dates take the terminal long enough to draw that
        // Ctrl-C certainly comes while they are drawn.
        let preload = try LedeBinary.run(["--workspace", "w.sqlite", "-c", "load seeds big.jsonl"], in: folder)
        #expect(preload.status == 0, "\(preload.stderr)")
        let terminal = TmuxSession(folder: folder)
        defer { terminal.stop() }
        terminal.start()
        #expect(terminal.waitFor("prompt") { $0.lastLine == "lede[40101]>" }, "\(terminal.screen)")
        terminal.type("let k = find Kerry")
        terminal.send("Enter")
        #expect(terminal.waitFor("let made") { $0.screen.contains("k: ") && $0.lastLine == "lede[40101]>" }, "\(terminal.screen)")

        // A load stops at Ctrl-C and keeps what it committed.
        terminal.type("load more.jsonl")
        terminal.send("Enter")
        usleep(1_500_000)
        terminal.send("C-c")
        #expect(terminal.waitFor("load interrupted") { $0.screen.contains("added before Ctrl-C") && $0.lastLine.hasPrefix("lede[") }, "\(terminal.screen)")

        // A long listing stops at Ctrl-C, part drawn, and the prompt comes back.
        terminal.type("timeline")
        terminal.send("Enter")
        #expect(terminal.waitFor("drawing") { $0.screen.contains("on Monday") }, "\(terminal.screen)")
        terminal.send("C-c")
        #expect(terminal.waitFor("listing interrupted") { $0.screen.contains("\ninterrupted\n") && $0.lastLine.hasPrefix("lede[") }, "\(terminal.screen)")

        // The let set made before is still there.
        terminal.type("articles in k")
        terminal.send("Enter")
        #expect(terminal.waitFor("set kept") { $0.screen.contains("moscow-secretary-kerry") && $0.lastLine.hasPrefix("lede[") }, "\(terminal.screen)")
        terminal.send("C-d")
        #expect(terminal.waitFor("exited") { $0.lastLine == "[exited]" }, "\(terminal.screen)")
    }

    /// The lines drawn after the last prompt showing `command`, with wrapped lines joined.
    static func output(of command: String, on screen: String) -> [String] {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.lastIndex(where: { $0.hasSuffix("> " + command) }) else { return [] }
        return Array(lines[(start + 1)...].prefix { !$0.hasPrefix("lede[") })
    }

    @Test(.enabled(if: TmuxSession.isInstalled && Gzip.isInstalled, "tmux or gzip is not installed"))
    func tablesFollowAResizePathsCompleteAndALongLoadShowsProgress() throws {
        let folder = Fixtures.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: folder + "/stories", withIntermediateDirectories: true)
        var lines = ""
        for i in 0..<Self.progressArticles {
            lines += "{\"title\": \"Bulletin \(i)\", \"date\": \"2020-01-\(String(format: "%02d", i % 28 + 1))\", \"text\": \"\\\"We are on it,\\\" said Ann Lee about item \(i).\"}\n"
        }
        Fixtures.write(lines, to: folder + "/stories/big.jsonl")
        try Gzip.compress(folder + "/stories/big.jsonl")
        try FileManager.default.removeItem(atPath: folder + "/stories/big.jsonl")
        let terminal = TmuxSession(folder: folder)
        defer { terminal.stop() }
        terminal.start(columns: 140)
        #expect(terminal.waitFor("prompt") { $0.lastLine == "lede[0]>" }, "\(terminal.screen)")
        terminal.type("load seeds")
        terminal.send("Enter")
        #expect(terminal.waitFor("seeds loaded") { $0.lastLine == "lede[101]>" }, "\(terminal.screen)")

        // A table drawn at 140 columns, then again after the window shrinks to 70: each is
        // laid out for the width of its moment (read with wrapped lines joined, so a line
        // drawn too wide shows as such).
        func drawArticles(within columns: Int) {
            terminal.send("C-l")
            terminal.type("articles limit 4")
            terminal.send("Enter")
            #expect(terminal.waitFor("articles drawn") { $0.lastLine == "lede[101]>" && $0.screen.contains("articles shown") }, "\(terminal.screen)")
            let table = Self.output(of: "articles limit 4", on: terminal.joinedScreen).filter { !$0.isEmpty }
            #expect(table.count >= 6, "\(terminal.screen)")
            // (The seeds' titles and the box characters take one cell each.)
            let widths = table.map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression).count }
            #expect(widths.allSatisfy { $0 <= columns }, "\(table.joined(separator: "\n"))")
            #expect(widths.max() ?? 0 > columns / 2, "laid out far narrower than the window: \(table.joined(separator: "\n"))")
        }
        drawArticles(within: 140)
        terminal.resize(columns: 70)
        #expect(terminal.waitFor("resized") { $0.tmux(["display-message", "-p", "-t", $0.name, "#{pane_width}"]).hasPrefix("70") })
        drawArticles(within: 70)

        // Tab completes a folder after load, then the one file in it.
        terminal.send("C-l")
        terminal.type("load sto")
        terminal.send("Tab")
        #expect(terminal.waitFor("folder completed") { $0.lastLine == "lede[101]> load stories/" }, "\(terminal.screen)")
        terminal.send("Tab")
        #expect(terminal.waitFor("file completed") { $0.lastLine == "lede[101]> load stories/big.jsonl.gz" }, "\(terminal.screen)")

        // The load of a big gzipped feed shows a progress line while it runs, gone at the end.
        terminal.send("Enter")
        #expect(terminal.waitFor("progress shown") { $0.screen.contains("load stories/big.jsonl.gz: 0/1 file, ") }, "\(terminal.screen)")
        let total = 101 + Self.progressArticles
        #expect(terminal.waitFor("loaded") { $0.lastLine == "lede[\(total)]>" }, "\(terminal.screen)")
        #expect(terminal.screen.contains("stories/big.jsonl.gz: \(Self.progressArticles) added, 0 already present"), "\(terminal.screen)")
        #expect(!terminal.screen.contains(" file, "), "the progress line was left: \(terminal.screen)")
        terminal.send("C-d")
        #expect(terminal.waitFor("exited") { $0.lastLine == "[exited]" }, "\(terminal.screen)")
    }

    /// Enough articles for a load of a second or two in a debug build, long enough for the
    /// progress line to be drawn a few times.
    static let progressArticles = 6000
}
