import CLibedit
import Foundation

/// Reads lines from the terminal with libedit: emacs keys, history, Ctrl-R search and Tab completion.
///
/// Use it only when stdin and stdout are terminals; for piped input read stdin directly.
/// Call ``readLine(prompt:)`` from one thread at a time.
///
///     let editor = LineEditor(programName: "lede", historyFile: historyPath)
///     editor.completer = { before in table.completions(for: before) }
///     loop: while true {
///         switch editor.readLine(prompt: "lede> ") {
///         case .line(let text): editor.addHistory(text); run(text)
///         case .interrupted: continue
///         case .endOfInput: break loop
///         }
///     }
public final class LineEditor {
    /// How a call to ``readLine(prompt:)`` ended.
    public enum ReadResult: Equatable {
        /// The user pressed Enter; the text has no trailing newline (it may contain inner ones
        /// when a multi-line history entry was recalled).
        case line(String)
        /// Ctrl-C: the line was abandoned; the REPL should carry on with a fresh prompt.
        case interrupted
        /// Ctrl-D on an empty line, or the terminal went away.
        case endOfInput
    }

    /// Completes the word before the cursor on Tab: receives the text left of the cursor and
    /// returns candidates that each replace the last whitespace-separated token.
    ///
    /// One candidate is inserted followed by a space (none if it ends in `/`); several insert
    /// their longest common prefix, and a second Tab lists them.
    public var completer: ((_ lineBeforeCursor: String) -> [String])?

    /// The history, oldest entry first (for a `.history` command).
    public var history: [String] { store.entries }

    /// The last problem with the history file, or nil when it loaded and saved fine.
    public var historyError: LineEditorError? { store.error }

    /// Marks the start and end of non-printing text (colour escapes) in a prompt.
    public static let promptEscape: Character = "\u{1}"

    private let editLine: OpaquePointer
    private let store: HistoryStore
    private var prompt: UnsafeMutablePointer<CChar>
    /// The line left of the cursor after the last Tab, to tell a second Tab from a first.
    private var lineAfterLastTab: String?
    /// Whether to finish the on-screen line after Ctrl-C or Ctrl-D (libedit draws nothing without a terminal).
    private let onTerminal = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1

    /// Sets up editing on stdin/stdout and loads the history file if there is one.
    ///
    /// - Parameters:
    ///   - programName: the name `~/.editrc` sections use (`lede:bind …`).
    ///   - historyFile: where history is kept; created, with its folder, on the first entry. Nil keeps none.
    ///   - historyLimit: the most entries kept, oldest dropped first.
    public init(programName: String, historyFile: String?, historyLimit: Int = 2000) {
        LineEditor.useUTF8Locale()
        guard let editLine = lede_el_init(programName) else {
            fatalError("libedit: el_init failed (out of memory)")
        }
        self.editLine = editLine
        self.store = HistoryStore(path: historyFile, limit: historyLimit)
        self.prompt = strdup("")

        lede_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        lede_el_set_prompt(editLine, LineEditor.promptCallback, CChar(1))
        lede_el_set_editor(editLine, "emacs")
        lede_el_set_history(editLine, store.handle)
        // EL_SIGNAL: while editing, libedit restores the terminal on Ctrl-Z, puts it back in raw
        // mode and redraws after `fg`, and follows window resizes. Its handler then re-raises the
        // signal to the handler found before (ours, for SIGINT) with kill(0, sig).
        lede_el_set_signal(editLine, 1)
        el_source(editLine, nil)
        lede_el_add_function(editLine, "lede-complete", "Complete the word before the cursor", LineEditor.completeCallback)
        lede_el_bind(editLine, "^I", "lede-complete")
        lede_el_bind(editLine, "^R", "em-inc-search-prev")
    }

    deinit {
        lede_el_end(editLine)
        free(prompt)
    }

    /// Shows `prompt` and edits one line until Enter, Ctrl-C or Ctrl-D.
    ///
    /// The prompt may change on every call (a continuation prompt is just another call). Wrap
    /// colour escapes in ``promptEscape`` so they do not count toward its width.
    public func readLine(prompt: String) -> ReadResult {
        setPrompt(prompt)
        lineAfterLastTab = nil
        while true {
            lede_sigint_install()
            var count: Int32 = 0
            let text = el_gets(editLine, &count)
            let failure = errno
            let interrupted = lede_sigint_was_seen() != 0
            lede_sigint_restore()

            if let text, count > 0 {
                var line = String(cString: text)
                if line.hasSuffix("\n") { line.removeLast() }
                return .line(line)
            }
            // libedit ends the line on screen only for Enter; move on for the other two.
            if interrupted {
                if onTerminal { write("^C\n") }
                return .interrupted
            }
            if onTerminal { write("\n") }
            if count < 0, failure == EINTR {
                // A caught signal other than SIGINT (libedit itself resumes after SIGWINCH and
                // SIGCONT): the line is gone, so start a fresh one rather than end the session.
                continue
            }
            return .endOfInput
        }
    }

    /// Records an entered line in the history and saves the file; blank lines and a repeat of
    /// the previous entry are skipped. Lines containing newlines are kept whole.
    public func addHistory(_ entry: String) {
        store.add(entry)
    }

    // MARK: - libedit callbacks

    private func setPrompt(_ text: String) {
        free(prompt)
        prompt = strdup(text)
    }

    private static let promptCallback: lede_prompt_fn = { editLine in
        guard let editor = LineEditor.owner(of: editLine) else { return nil }
        return editor.prompt
    }

    private static let completeCallback: lede_command_fn = { editLine, _ in
        guard let editor = LineEditor.owner(of: editLine) else { return UInt8(CC_ERROR) }
        return editor.complete()
    }

    private static func owner(of editLine: OpaquePointer?) -> LineEditor? {
        guard let editLine, let data = lede_el_get_clientdata(editLine) else { return nil }
        return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
    }

    /// Tab: asks the completer and edits the line; returns libedit's redraw instruction.
    private func complete() -> UInt8 {
        guard let completer, let info = el_line(editLine)?.pointee else { return UInt8(CC_ERROR) }
        let before = String(
            decoding: UnsafeRawBufferPointer(start: info.buffer, count: info.cursor - info.buffer),
            as: UTF8.self
        )
        let action = TabCompletion.decide(
            lineBeforeCursor: before,
            candidates: completer(before),
            repeated: lineAfterLastTab == before
        )
        lineAfterLastTab = action.applied(to: before)
        switch action {
        case .replace(let tokenLength, let text):
            if tokenLength > 0 { el_deletestr(editLine, Int32(tokenLength)) }
            return el_insertstr(editLine, text) == 0 ? UInt8(CC_REFRESH) : UInt8(CC_ERROR)
        case .list(let candidates):
            let width = Int(lede_terminal_columns(STDOUT_FILENO))
            let lines = CandidateColumns.lines(for: candidates, width: width > 0 ? width : 80)
            write("\n" + lines.joined(separator: "\n") + "\n")
            // CC_REDISPLAY makes libedit draw the prompt and the line afresh below the list.
            return UInt8(CC_REDISPLAY)
        case .beep:
            return UInt8(CC_ERROR)
        }
    }

    private func write(_ text: String) {
        fputs(text, lede_stdout())
        fflush(lede_stdout())
    }

    /// libedit decodes input with mbrtowc, which drops every non-ASCII byte in the "C" locale
    /// that Swift programs start in.
    private static func useUTF8Locale() {
        if let current = setlocale(LC_CTYPE, ""), !["C", "POSIX"].contains(String(cString: current)) {
            return
        }
        for name in ["C.UTF-8", "en_US.UTF-8", "UTF-8"] where setlocale(LC_CTYPE, name) != nil {
            return
        }
    }
}
