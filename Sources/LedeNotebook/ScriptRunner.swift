import Foundation

/// `lede run`: replays scripts in batch, checks recorded outputs, or re-records them.
public struct ScriptRunner {
    public enum Mode: Sendable { case run, check, update }

    public var mode: Mode
    public var keepGoing: Bool

    public init(mode: Mode, keepGoing: Bool) {
        self.mode = mode
        self.keepGoing = keepGoing
    }

    /// Runs `path` in `session`; writes output to `out` and diagnostics to `err`. True when all passed.
    public func run(_ path: String, displayName: String, session: Session, out: @escaping (String) -> Void, err: (String) -> Void) -> Bool {
        switch session.whileReading(path, shown: displayName, { replay(path, displayName: displayName, session: session, out: out, err: err) }) {
        case .success(let passed): return passed
        case .failure(let error):
            err("\(displayName): error: \(error.localizedDescription)\n")
            return false
        }
    }

    private func replay(_ path: String, displayName: String, session: Session, out: @escaping (String) -> Void, err: (String) -> Void) -> Bool {
        let script: Script
        do {
            script = try Script(contentsOf: path)
        } catch {
            err("\(displayName): error: cannot read: \(error.localizedDescription)\n")
            return false
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
            err(outcome.diagnostics)
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
                return false
            }
            do {
                try AtomicFile.write(script.updated(outputs: outputs), to: path)
            } catch {
                err("\(displayName): error: cannot write: \(error.localizedDescription)\n")
                return false
            }
        }
        return passed
    }
}
