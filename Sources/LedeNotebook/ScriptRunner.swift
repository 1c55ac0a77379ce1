import Foundation
import LedeQuery
import LedeStore

/// `lede run`: replays scripts in batch, checks recorded outputs, or re-records them.
public struct ScriptRunner {
    public enum Mode: Sendable {
        case run, check, update
        /// Replayed quietly for `lede report`: only errors are shown.
        case report

        /// What the one line for a script that passed says; a plain run prints no such line.
        var passingVerdict: String? {
            switch self {
            case .run: return nil
            case .check: return "ok"
            case .update: return "updated"
            case .report: return nil
            }
        }
    }

    /// How the replay of one script ended.
    public struct FileResult: Sendable, Equatable {
        public var passed: Bool
        /// Ctrl-C stopped it: the run stops here, even with --keep-going.
        public var interrupted: Bool
    }

    public var mode: Mode
    public var keepGoing: Bool

    /// The workspace named for the run: a scratch workspace is made beside it, on the same
    /// backend (a schema on the same PostgreSQL server, or a file).
    public var scratchBeside: String?

    public init(mode: Mode, keepGoing: Bool, scratchBeside: String? = nil) {
        self.mode = mode
        self.keepGoing = keepGoing
        self.scratchBeside = scratchBeside
    }

    /// Whether each script is replayed in a scratch workspace of its own rather than the
    /// workspace named: a recorded output is compared or rewritten, so it must not depend on
    /// what else the user's workspace holds. A plain run is a batch job on the workspace named.
    public var usesScratchWorkspaces: Bool { mode != .run }

    /// Replays the script at `path` in a fresh session that `makeSession` makes on the workspace
    /// the script is to see: `named` for a plain run; when checking or re-recording, a scratch
    /// workspace made for this script and removed when it is done (failed or interrupted too).
    ///
    /// Relative paths in the script (`load seeds`, `.read other.lede`) resolve as the session
    /// resolves them, whichever workspace it is on.
    public func replay(
        _ path: String, displayName: String, named: WorkspaceStore?, makeSession: (WorkspaceStore) -> Session,
        out: @escaping (String) -> Void, err: (String) -> Void, afterwards: (Session) -> Void = { _ in }
    ) -> FileResult {
        var scratch: ScratchWorkspace?
        if usesScratchWorkspaces {
            do {
                scratch = try ScratchWorkspace(like: scratchBeside)
            } catch {
                err("\(displayName): error: \(error.localizedDescription)\n")
                return FileResult(passed: false, interrupted: false)
            }
        }
        defer { scratch?.remove() }
        guard let store = scratch?.store ?? named else { preconditionFailure("a plain run replays on the workspace named") }
        let session = makeSession(store)
        let passed = run(path, displayName: displayName, session: session, out: out, err: err)
        if passed { afterwards(session) }
        return FileResult(passed: passed, interrupted: session.wasInterrupted)
    }

    /// Runs `path` in `session`; writes output to `out` and diagnostics to `err`. True when all passed.
    ///
    /// Checking and re-recording are quiet about what passes: the notes, headings and summaries
    /// a command prints on stderr are left out (they are not what is compared), and a script
    /// that passes gets one line on `out`, `FILE: ok (14 commands)` (`updated` when re-recorded).
    /// A failing command still shows its error, and a difference its diff.
    public func run(_ path: String, displayName: String, session: Session, out: @escaping (String) -> Void, err: (String) -> Void) -> Bool {
        switch session.whileReading(path, shown: displayName, { replay(path, displayName: displayName, session: session, out: out, err: err) }) {
        case .success(let replayed):
            if replayed.passed, let verdict = mode.passingVerdict {
                out("\(displayName): \(verdict) (\(Noun.command.counted(replayed.commands)))\n")
            }
            return replayed.passed
        case .failure(let error):
            err("\(displayName): error: \(error.localizedDescription)\n")
            return false
        }
    }

    /// What replaying one script gave: whether it passed, and how many commands ran.
    private struct Replayed {
        var passed: Bool
        var commands: Int
    }

    private func replay(_ path: String, displayName: String, session: Session, out: @escaping (String) -> Void, err: (String) -> Void) -> Replayed {
        let script: Script
        do {
            script = try Script(contentsOf: path)
        } catch {
            err("\(displayName): error: cannot read: \(error.localizedDescription)\n")
            return Replayed(passed: false, commands: 0)
        }
        var passed = true
        var outputs: [String] = []
        // Replaying shows the output; checking and re-recording compare or keep only the record.
        let shown = session.write
        session.write = mode == .run ? out : { _ in }
        defer { session.write = shown }
        for entry in script.entries {
            let location = "\(displayName):\(entry.line)"
            let outcome = session.execute(entry.command, location: location)
            if mode == .run || !outcome.succeeded { err(outcome.diagnostics) }
            outputs.append(outcome.recorded ?? "")
            if !outcome.succeeded {
                passed = false
                if !keepGoing || outcome.interrupted { break }
                continue
            }
            if outcome.quit { break }
            if mode == .check {
                let actual = Script.lines(of: outcome.recorded ?? "")
                if actual != entry.recorded {
                    passed = false
                    var diff = "--- \(location) recorded\n+++ \(location) now\n@@ \(entry.command) @@\n"
                    diff += LineDiff.unified(expected: entry.recorded, actual: actual).map { $0 + "\n" }.joined()
                    out(diff)
                    if !keepGoing { break }
                }
            }
        }
        if mode == .update {
            guard outputs.count == script.entries.count else {
                err("\(displayName): not updated: a command failed\n")
                return Replayed(passed: false, commands: outputs.count)
            }
            do {
                try AtomicFile.write(script.updated(outputs: outputs), to: path)
            } catch {
                err("\(displayName): error: cannot write: \(error.localizedDescription)\n")
                return Replayed(passed: false, commands: outputs.count)
            }
        }
        return Replayed(passed: passed, commands: outputs.count)
    }
}
