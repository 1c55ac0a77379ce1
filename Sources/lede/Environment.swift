import ArgumentParser
import Foundation
import LedeArticles
import LedeIngest
import LedeNotebook
import LedePostgres
import LedeQuery
import LedeStore

/// What every session of a run shares, whichever workspace it is on: the folder relative paths
/// resolve against (the current one), the loader that finds the seeds, and the output mode.
struct Surroundings {
    let loader: ArticleLoader
    let mode: OutputMode
    let baseDirectory: String
    let seeds: String?

    init(format: OutputMode) {
        baseDirectory = FileManager.default.currentDirectoryPath
        mode = format
        seeds = Seeds.locate()
        loader = ArticleLoader(baseDirectory: baseDirectory, seedsDirectory: seeds)
    }

    func session(on store: WorkspaceStore, style: TextStyle) -> Session {
        Session(evaluator: Evaluator(store: store, loader: loader), mode: mode, displayStyle: style, baseDirectory: baseDirectory)
    }
}

/// The workspace, loader and seeds that a run of lede works with.
struct Environment {
    let store: any WorkspaceStore
    let surroundings: Surroundings
    /// The default workspace (no `--workspace`, no LEDE_WORKSPACE), which opens on the seeds.
    let isDefaultWorkspace: Bool
    var loader: ArticleLoader { surroundings.loader }
    var baseDirectory: String { surroundings.baseDirectory }

    init(options: CommonOptions) throws {
        try self.init(workspace: options.workspace, surroundings: Surroundings(format: options.format))
    }

    init(workspace: String?, format: OutputMode, singleCommand: Bool = false) throws {
        try self.init(workspace: workspace, surroundings: Surroundings(format: format), singleCommand: singleCommand)
    }

    /// `singleCommand`: this run evaluates one `-c` command and leaves (see `SQLiteWorkspace.ReadCache`).
    init(workspace: String?, surroundings: Surroundings, singleCommand: Bool = false) throws {
        self.surroundings = surroundings
        let base = surroundings.baseDirectory
        let seeds = surroundings.seeds
        let loader = surroundings.loader
        let named = workspace ?? Variables.value("LEDE_WORKSPACE")
        let path = named ?? ".lede/workspace.sqlite"
        isDefaultWorkspace = named == nil
        do {
            store = PostgresWorkspace.isServerLocation(path) ? try PostgresWorkspace(url: path) : try SQLiteWorkspace(
                path: path.hasPrefix("/") ? path : base + "/" + path, displayName: path,
                readCache: singleCommand ? .singleCommand : .session,
                notices: { Output.err("note: " + $0 + "\n") })
        } catch {
            Output.err("error: \(error.localizedDescription)\n")
            throw ExitCode(1)
        }
        // The default workspace opens on the seeds, so that who-said answers at once.
        do {
            guard try named == nil && (!store.exists || store.articleCount() == 0) else { return }
            guard seeds != nil else {
                Output.err("note: the bundled seeds were not found; set LEDE_SEEDS to the seeds folder\n")
                return
            }
            let report = try store.load({ handle in try loader.load("seeds", handle: handle) }, shouldStop: { false })
            if let failure = report.failure { throw failure }
            Output.err("loaded \(Noun("seed article").counted(report.added.count)) into \(path)\n")
        } catch {
            Output.err("error: \(error.localizedDescription)\n")
            throw ExitCode(1)
        }
    }

    func session(style: TextStyle) -> Session {
        surroundings.session(on: store, style: style)
    }

    /// A session whose `.save` writes `load seeds` first when the default workspace held just
    /// the seeds as it began, so the script replays in the empty workspace of a check.
    func sessionRemembersSeeds(style: TextStyle) -> Session {
        let session = self.session(style: style)
        guard isDefaultWorkspace, let count = try? store.articleCount(), count > 0 else { return session }
        session.startingSeeds = Session.StartingSeeds(articlesAtStart: count, mode: session.mode)
        return session
    }

    /// `$XDG_CONFIG_HOME/lede/init.lede`, run before the first prompt.
    func runInitFile(_ session: Session) {
        let path = XDG.configHome + "/lede/init.lede"
        guard FileManager.default.fileExists(atPath: path) else { return }
        let outcome = session.execute(".read \(path)")
        Output.out(outcome.output)
        Output.err(outcome.diagnostics)
    }
}

/// Finds the bundled `seeds/` folder from wherever lede was started.
enum Seeds {
    static func locate() -> String? {
        let fm = FileManager.default
        if let env = Variables.value("LEDE_SEEDS"), !env.isEmpty { return env }
        // The checkout this binary was built from, tried first with a plain stat: building URLs
        // cost a millisecond of every start.
        var source = #filePath
        for _ in 0..<3 {
            if let slash = source.lastIndex(of: "/") { source = String(source[..<slash]) }
        }
        var info = stat()
        if source.hasPrefix("/"), stat(source + "/seeds/README.md", &info) == 0 { return source + "/seeds" }
        var candidates: [String] = []
        // Beside the executable or above it (an installed copy next to its seeds).
        var executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        for _ in 0..<5 {
            executable.deleteLastPathComponent()
            candidates.append(executable.appendingPathComponent("seeds").path)
        }
        for candidate in candidates where fm.fileExists(atPath: candidate + "/README.md") {
            return candidate
        }
        return nil
    }
}

enum XDG {
    static var configHome: String {
        Variables.value("XDG_CONFIG_HOME").flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory() + "/.config"
    }
    static var stateHome: String {
        Variables.value("XDG_STATE_HOME").flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory() + "/.local/state"
    }
}

/// Splits `-c 'a; b'` at semicolons outside quotes.
enum CommandSplitter {
    static func split(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var quote: Character?
        for c in text {
            if let q = quote {
                if Lexer.closes(c, q) { quote = nil }
            } else if let closing = Lexer.closingQuote(c) {
                quote = closing
            } else if c == ";" {
                parts.append(current)
                current = ""
                continue
            }
            current.append(c)
        }
        parts.append(current)
        return parts.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }
}
