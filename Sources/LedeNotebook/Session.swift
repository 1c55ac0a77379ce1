import Foundation
import LedeArticles
import LedeQuery
import LedeStore

/// One notebook session: runs commands and dot-commands, renders their results, and keeps
/// what succeeded so that `.save` can write it as a replayable script.
public final class Session {
    /// A command that succeeded, with its output as a saved session records it.
    public struct Entry: Sendable, Equatable {
        public var command: String
        /// The output as a saved session records it (fixed width, no colour).
        public let recording: RecordedText
        /// The result as a report shows it (queries only, and only where results are kept).
        public var result: CapturedResult?

        public var output: String { recording.text }
    }

    /// What running one command gave.
    public struct Outcome: Sendable, Equatable {
        /// For stdout, in the display style (empty when the session writes its output itself:
        /// see `write`).
        public var output = ""
        /// For stderr: notes, timings, errors.
        public var diagnostics = ""
        /// The output as a session records it (fixed width, no colour); nil when not recorded.
        public var recording: RecordedText?
        /// The result kept for a report, when the session keeps them.
        public var captured: CapturedResult?
        public var succeeded = true
        public var quit = false
        /// Ctrl-C stopped the command: a script stops here, even with --keep-going.
        public var interrupted = false
        /// The command as a saved session writes it, when that differs from what was typed: a
        /// dot-command by its full name (`.mo json` is kept as `.mode json`), so a script
        /// replays even after a later dot-command shares the prefix.
        public var canonicalCommand: String?

        /// The recorded output as text.
        public var recorded: String? { recording?.text }
    }

    public let evaluator: Evaluator
    public var mode: OutputMode
    /// How output is drawn where it is shown; recordings always use `TextStyle.recorded`.
    public var displayStyle: TextStyle
    /// The window's width now, asked before each command is drawn, so that a resized terminal
    /// gets tables of its new width; nil (or an answer of nil) keeps `displayStyle.width`.
    public var currentWidth: (() -> Int?)?
    public var timer = false
    /// Where command output goes as it is drawn (rows reach the terminal while they are read);
    /// nil keeps it in `Outcome.output`.
    public var write: ((String) -> Void)?
    /// Whether outputs are kept for `.save` (a single `-c` command that saves nothing need not).
    public var recordsOutputs = true
    /// Whether results are kept (a page of rows each) for a report: `.export`, `lede report`.
    public var capturesResults = false
    /// Rows of results a session keeps for reports in all, if limited: past it, the oldest
    /// results are let go, so a long REPL session's memory stays bounded (`lede report`
    /// replays a script whole and sets none).
    public var capturedRowBudget: Int?
    /// The budget of an interactive session.
    public static let interactiveCapturedRows = 20_000
    /// Commands whose results were let go to keep within the budget.
    public private(set) var resultsLetGo = 0
    public private(set) var entries: [Entry] = []
    /// Whether a command of this session was stopped by Ctrl-C.
    public private(set) var wasInterrupted = false
    public private(set) var history: [String] = []
    /// Where `.save` and `.read` paths are resolved.
    public let baseDirectory: String
    /// Dates `.save` headers; injected so that tests are repeatable.
    public var today: () -> String = { Session.isoToday() }
    /// Set on a session over the default workspace, which opens on the bundled seeds (see
    /// `StartingSeeds`); nil elsewhere.
    public var startingSeeds: StartingSeeds?

    /// A script replays in the empty workspace of `lede run --check`, but a session over the
    /// default workspace began on the seeds without loading them. `.save` then writes
    /// `load seeds`, with what it prints in an empty workspace, before the session's commands,
    /// so the script replays as it ran, when the workspace held exactly the seeds at the start.
    public struct StartingSeeds {
        /// Articles in the workspace when the session began.
        public var articlesAtStart: Int
        /// The output mode the session began in, which a replay of its script starts in too.
        public var mode: OutputMode

        public init(articlesAtStart: Int, mode: OutputMode) {
            self.articlesAtStart = articlesAtStart
            self.mode = mode
        }
    }

    /// The command `.save` writes first for a session that began on the seeds.
    static let seedsLoad = "load seeds"

    public init(evaluator: Evaluator, mode: OutputMode = .table, displayStyle: TextStyle = .recorded, baseDirectory: String) {
        self.evaluator = evaluator
        self.mode = mode
        self.displayStyle = displayStyle
        self.baseDirectory = baseDirectory
    }

    /// Runs one complete command line (already joined from continuation lines).
    public func execute(_ line: String, location: String? = nil) -> Outcome {
        let trimmed = line.trimmingSpaces()
        guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return Outcome() }
        history.append(trimmed)
        if let width = currentWidth?() { displayStyle.width = width }
        let start = ContinuousClock.now
        var outcome: Outcome
        if let dot = trimmed.hasPrefix(".") ? trimmed : DotCommands.fromBareWord(trimmed) {
            outcome = dotCommand(dot, location: location)
            if let write, !outcome.output.isEmpty {
                write(TerminalSafe.text(outcome.output))
                outcome.output = ""
            }
        } else {
            outcome = query(trimmed, location: location)
        }
        if timer {
            let elapsed = ContinuousClock.now - start
            let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
            outcome.diagnostics += "time: \(String(format: "%.1f", ms)) ms\n"
        }
        // Diagnostics quote paths, names and lines that may come from articles or files.
        outcome.diagnostics = TerminalSafe.text(outcome.diagnostics)
        if outcome.interrupted { wasInterrupted = true }
        if outcome.succeeded, let recording = outcome.recording {
            entries.append(Entry(command: outcome.canonicalCommand ?? trimmed, recording: recording, result: outcome.captured))
            if outcome.captured != nil, let budget = capturedRowBudget { keepCaptures(within: budget) }
        }
        return outcome
    }

    func query(_ line: String, location: String?) -> Outcome {
        var outcome = Outcome()
        var collected = ""
        let display = TextSink([write ?? { collected += $0 }])
        do {
            let result = try evaluator.run(line)
            let recording = recordsOutputs ? RecordedText() : nil
            // The record is drawn beside the display, in the recorded style, from the same rows;
            // when the two styles agree the display's text is the record.
            let recordSeparately = recording != nil && displayStyle != .recorded
            let shown = recording.map { record in recordSeparately ? display : TextSink([write ?? { collected += $0 }, record.append]) } ?? display
            var targets = [Renderers.Target(Renderers.renderer(for: mode, style: displayStyle), shown)]
            let recordSink = recording.map { TextSink([$0.append]) }
            if recordSeparately, let recordSink {
                targets.append(Renderers.Target(Renderers.renderer(for: mode, style: .recorded), recordSink))
            }
            let captureIndex = capturesResults ? targets.count : nil
            if capturesResults { targets.append(Renderers.Target(ResultCapture(), TextSink([]))) }
            defer {
                shown.flush()
                recordSink?.flush()
            }
            let summary = try Renderers.draw(result, to: &targets, shouldStop: evaluator.shouldStop)
            outcome.recording = recording
            if let captureIndex { outcome.captured = (targets[captureIndex].renderer as? ResultCapture)?.captured }
            for note in result.notes { outcome.diagnostics += note + "\n" }
            if mode.isMachineReadable {
                for line in result.heading + summary where !line.isEmpty { outcome.diagnostics += line + "\n" }
            }
            if let failure = result.failure {
                outcome.succeeded = false
                outcome.interrupted = result.interrupted
                outcome.diagnostics += prefix(location) + failure.rendered(line: line) + "\n"
            }
        } catch let error as QueryError {
            outcome.succeeded = false
            outcome.diagnostics += prefix(location) + error.rendered(line: line) + "\n"
        } catch is RenderStopped {
            outcome.succeeded = false
            outcome.interrupted = true
            outcome.diagnostics += prefix(location) + "interrupted\n"
        } catch StoreError.interrupted {
            outcome.succeeded = false
            outcome.interrupted = true
            outcome.diagnostics += prefix(location) + "interrupted\n"
        } catch {
            outcome.succeeded = false
            outcome.diagnostics += prefix(location) + "error: \(error.localizedDescription)\n"
        }
        display.flush()
        outcome.output = collected
        if !outcome.succeeded { outcome.recording = nil }
        return outcome
    }

    func prefix(_ location: String?) -> String { location.map { "\($0): " } ?? "" }

    // MARK: - Dot-commands

    func dotCommand(_ line: String, location: String?) -> Outcome {
        let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        func fail(_ message: String) -> Outcome { failure(message, location: location) }
        let info: DotCommandInfo
        switch DotCommands.resolve(words[0]) {
        case .command(let found):
            info = found
        case .ambiguous(let names):
            return fail("\(QueryError.quoted(words[0])) could be " + names.joined(separator: " or ") + "; type more of it")
        case .unknown:
            let names = DotCommands.all.map(\.name)
            let nearest = VerbTable.nearest(to: words[0], in: names)
            return fail("unknown command \(QueryError.quoted(words[0]))" + (nearest.map { "; did you mean '\($0)'?" } ?? "; see .help"))
        }
        let argument = words.dropFirst().joined(separator: " ")
        guard let command = DotCommands.type(named: info.name) else { return fail("unknown command \(QueryError.quoted(words[0]))") }
        var outcome = command.run(argument, in: self, location: location)
        outcome.canonicalCommand = argument.isEmpty ? info.name : info.name + " " + argument
        return outcome
    }

    /// A dot-command's failure, with the script location when there is one.
    func failure(_ message: String, location: String?) -> Outcome {
        Outcome(diagnostics: prefix(location) + "error: \(message)\n", succeeded: false)
    }

    /// A file name as typed after a dot-command: `"my notes.lede"` (as completion quotes a
    /// name with a space) stands for `my notes.lede`.
    static func unquoted(_ argument: String) -> String {
        guard argument.count >= 2, argument.hasPrefix("\""), argument.hasSuffix("\"") else { return argument }
        return String(argument.dropFirst().dropLast())
    }

    func resolve(_ path: String) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        return expanded.hasPrefix("/") ? expanded : baseDirectory + "/" + expanded
    }

    /// The scripts being read, outermost first, as resolved paths: a script that reads itself,
    /// directly or through others, is refused instead of recursing until the stack runs out.
    private var scriptsBeingRead: [(path: String, shown: String)] = []
    /// How deeply `.read` may nest, even through different files.
    public static let maximumReadDepth = 16

    /// Runs `body` with `path` marked as being read; nil when it is already being read (or
    /// scripts nest too deeply), with the error to report.
    public func whileReading<T>(_ path: String, shown: String, _ body: () -> T) -> Result<T, ScriptError> {
        let resolved = (path as NSString).resolvingSymlinksInPath
        if scriptsBeingRead.contains(where: { $0.path == resolved }) {
            let chain = (scriptsBeingRead.map(\.shown) + [shown]).joined(separator: " → ")
            return .failure(.readsItself(chain: chain))
        }
        guard scriptsBeingRead.count < Self.maximumReadDepth else {
            return .failure(.nestedTooDeeply(maximum: Self.maximumReadDepth))
        }
        scriptsBeingRead.append((resolved, shown))
        defer { scriptsBeingRead.removeLast() }
        return .success(body())
    }

    /// `.read FILE`: runs each command of a script here, as if typed; stops at the first failure.
    func read(_ path: String, location: String?) -> Outcome {
        let script: Script
        let resolved = resolve(path)
        do {
            script = try Script(contentsOf: resolved)
        } catch {
            return Outcome(diagnostics: prefix(location) + "error: cannot read \(path): \(error.localizedDescription)\n", succeeded: false)
        }
        switch whileReading(resolved, shown: path, { run(script, shownAs: path) }) {
        case .success(let outcome): return outcome
        case .failure(let error): return Outcome(diagnostics: prefix(location) + "error: \(error.localizedDescription)\n", succeeded: false)
        }
    }

    private func run(_ script: Script, shownAs path: String) -> Outcome {
        var outcome = Outcome()
        for entry in script.entries {
            let inner = execute(entry.command, location: "\(path):\(entry.line)")
            outcome.output += inner.output
            outcome.diagnostics += inner.diagnostics
            if !inner.succeeded || inner.quit {
                outcome.succeeded = inner.succeeded
                outcome.interrupted = inner.interrupted
                break
            }
        }
        outcome.recording = nil  // the commands themselves were recorded as they ran
        return outcome
    }

    // MARK: - Saving

    /// The script in pieces, each output a piece at a time (a recorded output may be large).
    func writeScript(_ write: (String) throws -> Void, preamble: [Entry]) throws {
        try write("# lede session, saved \(today())\n")
        for entry in preamble + entries {
            try write(entry.command + "\n")
            var marker = Script.OutputMarker()
            try entry.recording.forEachPiece { try write(marker.mark($0)) }
            try write(marker.finish())
        }
    }

    /// `load seeds` as an empty workspace records it, when this session began on exactly the
    /// articles that load brings (see `StartingSeeds`); nothing otherwise.
    func seedsPreamble() throws -> [Entry] {
        guard let start = startingSeeds, start.articlesAtStart > 0 else { return [] }
        let scratch = try ScratchWorkspace()
        defer { scratch.remove() }
        let replay = Session(
            evaluator: Evaluator(store: scratch.store, loader: evaluator.loader), mode: start.mode, baseDirectory: baseDirectory)
        let outcome = replay.execute(Self.seedsLoad)
        guard outcome.succeeded, let loaded = try? scratch.store.articleCount(), loaded == start.articlesAtStart else { return [] }
        return replay.entries
    }

    /// Writes the script; returns whether it replays in an empty workspace as the session ran
    /// (false when the session began on articles it does not load, beyond the seeds).
    @discardableResult
    public func save(to path: String, shownAs shown: String? = nil) throws -> Bool {
        let preamble = try seedsPreamble()
        try AtomicFile.write(to: path, shownAs: shown) { write in try writeScript(write, preamble: preamble) }
        return (startingSeeds?.articlesAtStart ?? 0) == 0 || !preamble.isEmpty
    }

    // MARK: - Reports

    /// Lets go of the oldest kept results until the rows kept fit `budget` (the newest is kept).
    func keepCaptures(within budget: Int) {
        var kept = entries.reduce(0) { $0 + ($1.result?.rows.count ?? 0) }
        var index = 0
        while kept > budget, index < entries.count - 1 {
            if let result = entries[index].result, !result.rows.isEmpty {
                kept -= result.rows.count
                entries[index].result = nil
                resultsLetGo += 1
            }
            index += 1
        }
    }

    /// Writes the results kept so far as a report (atomically), with the paragraphs they cite
    /// read from the workspace; returns the report written.
    @discardableResult
    public func export(to path: String, format: Report.Format, title: String, shownAs shown: String? = nil) throws -> Report {
        let store = evaluator.store
        let report = try Report(title: title, entries: entries, article: { try store.article(id: $0) })
        try AtomicFile.write(report.rendered(as: format), to: path, shownAs: shown)
        return report
    }

    /// A report's title from the file it is written to or made from: its name without folder
    /// or extension.
    public static func reportTitle(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    static func isoToday() -> String {
        let now = Date()
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)?.iso ?? ""
    }
}
