import ArgumentParser
import Foundation
import LedeLineEditor
import LedeArticles
import LedeNotebook
import LedeQuery
import LedeStore

/// The `lede` command: parses arguments, sets up the terminal, and hands over to the notebook.
@main
struct Lede: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lede",
        abstract: "A research notebook for news articles: find, who-said, timeline, compare.",
        discussion: "With no command, starts the REPL (or reads a script from stdin when it is not a terminal).",
        subcommands: [Run.self, ReportCommand.self]
    )

    @OptionGroup var options: CommonOptions
    @Option(name: .short, help: ArgumentHelp("Run COMMAND (several separated by ;), print, exit.", valueName: "command")) var command: String?
    @Flag(name: .customLong("no-init"), help: "Do not run $XDG_CONFIG_HOME/lede/init.lede.") var noInit = false

    /// Exit codes: 0 success, 1 a command or check failed, 2 a bad command line.
    static func main() {
        // The everyday command lines skip ArgumentParser's reflection, a few milliseconds of
        // every start; anything else (help, `run`, errors) goes through it as before.
        if let quick = QuickArguments(Array(CommandLine.arguments.dropFirst())) {
            do {
                try run(workspace: quick.workspace, format: quick.format, command: quick.command, noInit: quick.noInit)
            } catch {
                exit(withError: error)
            }
            return
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                Output.err(fullMessage(for: error) + "\n")
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }

    func run() throws {
        try Self.run(workspace: options.workspace, format: options.format, command: command, noInit: noInit)
    }

    static func run(workspace: String?, format: OutputMode, command: String?, noInit: Bool) throws {
        let environment = try Environment(workspace: workspace, format: format, singleCommand: command != nil)
        let terminal = Terminal.current
        if let command {
            let parts = CommandSplitter.split(command)
            // (Only a `.save` in the line needs to know what the workspace began with.)
            let saves = parts.contains { $0.hasPrefix(".save") }
            let session = saves ? environment.sessionRemembersSeeds(style: terminal.style) : environment.session(style: terminal.style)
            Interrupts.install()
            Interrupts.stop(with: session.evaluator.interrupt)
            if terminal.showsProgress { session.evaluator.loadProgress = TerminalLoadProgress() }
            session.write = Output.out
            // Outputs are kept only for a `.save` (or another dot-command) later in the line.
            session.recordsOutputs = parts.contains { $0.hasPrefix(".") }
            session.capturesResults = session.recordsOutputs
            for part in parts {
                let outcome = session.execute(part)
                Output.out(outcome.output)
                Output.err(outcome.diagnostics)
                if !outcome.succeeded { throw ExitCode(1) }
                if outcome.quit { break }
            }
            // A command that only read leaves at once: tearing down the session and the
            // read-only connection has nothing to save and cost a third of a millisecond.
            if (environment.store as? SQLiteWorkspace)?.hasOnlyRead == true { Foundation.exit(0) }
            return
        }
        let interactive = terminal.stdinIsTerminal && terminal.stdoutIsTerminal
        let session = environment.sessionRemembersSeeds(style: interactive ? terminal.style : .recorded)
        session.capturesResults = true
        session.capturedRowBudget = Session.interactiveCapturedRows
        if interactive {
            // Tables are laid out for the window as it is when each result is drawn.
            session.currentWidth = { Terminal.columns }
            if terminal.showsProgress { session.evaluator.loadProgress = TerminalLoadProgress() }
        }
        if interactive && !noInit { environment.runInitFile(session) }
        // Ctrl-C stops the running command: the REPL keeps its state, a script stops with exit 1.
        Interrupts.install()
        Interrupts.stop(with: session.evaluator.interrupt)
        let source: LineSource
        if !interactive {
            source = PlainLineSource(interrupted: Interrupts.takePending)
        } else if terminal.canEditLines {
            source = EditorLineSource(session: session)
        } else {
            source = PlainLineSource(showsPrompt: true, interrupted: Interrupts.takePending)
        }
        if interactive {
            let store = environment.store
            let contents = store.exists ? "\(Noun.article.counted(try store.articleCount())) in \(store.location)" : "new workspace \(store.location) (the first load creates it)"
            Output.err("lede — \(contents). .help for help, Ctrl-D to leave.\n")
        }
        let repl = Repl(session: session, source: source, interactive: interactive, out: Output.out, err: Output.err)
        if !repl.run() { throw ExitCode(1) }
    }
}

/// `lede`'s own options in their plain spellings (`--workspace W`, `--format F`, `-c COMMAND`,
/// `--no-init`, each at most once), read without ArgumentParser. Nil for anything else, which
/// ArgumentParser then parses, explains or refuses exactly as before.
struct QuickArguments {
    var workspace: String?
    var format: OutputMode = .table
    var command: String?
    var noInit = false

    init?(_ arguments: [String]) {
        var seen: [String] = []  // at most four: a Set would cost more to set up than it saves
        var index = 0
        while index < arguments.count {
            let name = arguments[index]
            guard !seen.contains(name) else { return nil }
            seen.append(name)
            if name == "--no-init" {
                noInit = true
                index += 1
                continue
            }
            guard name == "--workspace" || name == "--format" || name == "-c", index + 1 < arguments.count else { return nil }
            let value = arguments[index + 1]
            guard !value.hasPrefix("-") else { return nil }
            switch name {
            case "--workspace": workspace = value
            case "--format":
                guard let mode = OutputMode(rawValue: value) else { return nil }
                format = mode
            default: command = value
            }
            index += 2
        }
    }
}

/// Options shared by `lede` and `lede run`.
struct CommonOptions: ParsableArguments {
    @Option(help: "The workspace database (default .lede/workspace.sqlite; also LEDE_WORKSPACE).") var workspace: String?
    @Option(help: "Output mode: table, plain, json, jsonl, csv, markdown.") var format: OutputMode = .table
}

extension OutputMode: ExpressibleByArgument {}

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Replay .lede scripts; --check compares outputs, --update re-records them.")

    @OptionGroup var options: CommonOptions
    @Flag(help: "Replay each script in a scratch workspace of its own and compare each command's output with the recorded one; print a diff and fail on any difference.") var check = false
    @Flag(help: "Replay each script in a scratch workspace of its own and rewrite the recorded outputs in place.") var update = false
    @Flag(name: .customLong("keep-going"), help: "Go on after a failing command (still exit 1).") var keepGoing = false
    @Argument(help: "Scripts to run.") var files: [String]

    func validate() throws {
        if check && update { throw ValidationError("--check and --update cannot be used together") }
        if files.isEmpty { throw ValidationError("name at least one script") }
    }

    func run() throws {
        let runner = ScriptRunner(
            mode: check ? .check : update ? .update : .run, keepGoing: keepGoing,
            scratchBeside: options.workspace ?? Variables.value("LEDE_WORKSPACE"))
        let surroundings = Surroundings(format: options.format)
        // Checking and re-recording give each script a scratch workspace of its own, so the
        // workspace named is not opened (nor seeded) at all; a plain run works on it.
        let named = runner.usesScratchWorkspaces ? nil : try Environment(workspace: options.workspace, surroundings: surroundings).store
        var passed = true
        // Ctrl-C stops the command running and the replay with it (exit 1).
        Interrupts.install()
        for file in files {
            let path = file.hasPrefix("/") ? file : surroundings.baseDirectory + "/" + file
            // Each script starts from a fresh session: its own mode and let sets.
            let result = runner.replay(path, displayName: file, named: named, makeSession: { store in
                let session = surroundings.session(on: store, style: .recorded)
                Interrupts.stop(with: session.evaluator.interrupt)
                return session
            }, out: Output.out, err: Output.err)
            if !result.passed {
                passed = false
                if !keepGoing || result.interrupted { break }
            }
        }
        if !passed { throw ExitCode(1) }
    }
}

/// `lede report FILE.lede -o OUT.html`: the script replayed and written as a report.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Replay a .lede script in a scratch workspace and write it as a report.",
        discussion: "OUT.html is one self-contained page (inline style and SVG charts, no scripts); OUT.md is Markdown with pipe tables.")

    @Option(name: .shortAndLong, help: ArgumentHelp("The report to write: a .html or .md file.", valueName: "file")) var output: String
    @Argument(help: "The script to replay.") var file: String

    func validate() throws {
        if Report.Format(path: output) == nil {
            throw ValidationError("cannot tell the report format of '\(output)'; name a file ending in \(Report.Format.extensionList)")
        }
    }

    func run() throws {
        let surroundings = Surroundings(format: .table)
        let runner = ScriptRunner(mode: .report, keepGoing: false)
        let path = file.hasPrefix("/") ? file : surroundings.baseDirectory + "/" + file
        let target = output.hasPrefix("/") ? output : surroundings.baseDirectory + "/" + output
        Interrupts.install()
        var written: Report?
        var failure: String?
        let result = runner.replay(path, displayName: file, named: nil, makeSession: { store in
            let session = surroundings.session(on: store, style: .recorded)
            session.capturesResults = true
            Interrupts.stop(with: session.evaluator.interrupt)
            return session
        }, out: Output.out, err: Output.err, afterwards: { session in
            do {
                written = try session.export(to: target, format: Report.Format(path: output)!, title: Session.reportTitle(file), shownAs: output)
            } catch {
                failure = "\(output): error: cannot write the report: \(error.localizedDescription)\n"
            }
        })
        if let failure { Output.err(failure) }
        guard result.passed, let written else { throw ExitCode(1) }
        Output.out("\(output): \(Noun.command.counted(written.sections.count)), \(Noun.paragraph.counted(written.citations.count)) cited\n")
    }
}
