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
    /// Whether Ctrl-C came while waiting (the read then ends without a line).
    let interrupted: () -> Bool

    public init(showsPrompt: Bool = false, interrupted: @escaping () -> Bool = { false }) {
        self.showsPrompt = showsPrompt
        self.interrupted = interrupted
    }

    public func readLine(prompt: String) -> LineRead {
        if showsPrompt {
            Output.out(prompt)
        }
        while true {
            if let line = input.nextLine() { return .line(line) }
            if input.atEnd { return .endOfInput }
            // The read was cut short by a signal: Ctrl-C ends the wait, anything else resumes it.
            if interrupted() { return .interrupted }
        }
    }

    private var input = StandardInput()
    public func remember(_ command: String) {}
}

/// Lines of standard input, read with read(2): a signal ends a wait (`nextLine` returns nil
/// without `atEnd`), where the C library's buffered reads would retry or mark the stream failed.
struct StandardInput {
    static let chunkSize = 64 << 10
    private var buffer: [UInt8] = []
    private var start = 0
    private(set) var atEnd = false

    /// The next line without its line end, or nil at the end of input or when a read was interrupted.
    mutating func nextLine() -> String? {
        while true {
            if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: buffer[start..<newline], as: UTF8.self)
                start = newline + 1
                return line
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = String(decoding: buffer[start...], as: UTF8.self)
                start = buffer.count
                return line
            }
            if start > 0 {
                buffer.removeFirst(start)
                start = 0
            }
            var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
            let count = read(STDIN_FILENO, &chunk, chunk.count)
            if count < 0 {
                if errno == EINTR { return nil }
                atEnd = true
            } else if count == 0 {
                atEnd = true
            } else {
                buffer += chunk[0..<count]
            }
        }
    }
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
                // At a prompt Ctrl-C drops the line; in a script it stops the script.
                guard interactive else {
                    err("interrupted\n")
                    return false
                }
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
