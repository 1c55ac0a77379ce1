import Foundation
import LedeQuery

/// Where the REPL gets its lines: a line editor on a terminal, plain reads otherwise.
public protocol LineSource: AnyObject {
    func readLine(prompt: String) -> LineRead
    /// Remembers a complete command for Up/Down and Ctrl-R.
    func remember(_ command: String)
}

public enum LineRead: Equatable {
    case line(String)
    /// Ctrl-C at the prompt: the line is dropped, the REPL goes on.
    case interrupted
    case endOfInput
}

/// Reads standard input without touching the terminal: for pipes and files, and for
/// terminals that cannot edit a line (`TERM=dumb`), where the prompt is still shown.
public final class PlainLineSource: LineSource {
    let showsPrompt: Bool

    public init(showsPrompt: Bool = false) {
        self.showsPrompt = showsPrompt
    }

    public func readLine(prompt: String) -> LineRead {
        if showsPrompt {
            Output.out(prompt)
        }
        return Swift.readLine(strippingNewline: true).map(LineRead.line) ?? .endOfInput
    }
    public func remember(_ command: String) {}
}

/// The read-eval-print loop, over any line source and output streams.
public final class Repl {
    public let session: Session
    let source: LineSource
    let interactive: Bool
    let out: (String) -> Void
    let err: (String) -> Void

    public init(session: Session, source: LineSource, interactive: Bool, out: @escaping (String) -> Void, err: @escaping (String) -> Void) {
        self.session = session
        self.source = source
        self.interactive = interactive
        self.out = out
        self.err = err
        session.write = out
    }

    /// `lede[12]>` with the article count; `   ...>` while a command is unfinished.
    func prompt(continuing: Bool) -> String {
        guard interactive else { return "" }
        let count = (try? session.evaluator.store.articleCount()) ?? 0
        let main = "lede[\(count)]> "
        return continuing ? String(repeating: " ", count: main.count - 5) + "...> " : main
    }

    /// Runs until end of input or `.quit`. Returns false when a command failed and input was not
    /// interactive (a piped script stops at the first failure, as sqlite's -bail does).
    public func run() -> Bool {
        var buffer = InputBuffer()
        var lineNumber = 0
        var firstLine = 1
        while true {
            switch source.readLine(prompt: prompt(continuing: !buffer.isEmpty)) {
            case .endOfInput:
                if !buffer.isEmpty {
                    err("error: input ended inside an unfinished command\n")
                    return interactive
                }
                return true
            case .interrupted:
                buffer.clear()
                continue
            case .line(let line):
                lineNumber += 1
                if buffer.isEmpty { firstLine = lineNumber }
                guard let command = buffer.add(line) else { continue }
                if interactive && !command.trimmingSpaces().isEmpty { source.remember(command) }
                let outcome = session.execute(command, location: interactive ? nil : "<stdin>:\(firstLine)")
                out(outcome.output)
                err(outcome.diagnostics)
                if outcome.quit { return true }
                if !outcome.succeeded && !interactive { return false }
            }
        }
    }
}
