import LedeLineEditor
import LedeNotebook

/// The REPL's line source on a terminal: libedit with history, completion and Ctrl-R.
final class EditorLineSource: LineSource {
    static let historyLimit = 2000
    let editor: LineEditor

    init(session: Session) {
        editor = LineEditor(programName: "lede", historyFile: XDG.stateHome + "/lede/history", historyLimit: Self.historyLimit)
        editor.completer = { [unowned session] line in Completion.candidates(for: line, in: session) }
        if let error = editor.historyError { Output.err("note: \(error.localizedDescription)\n") }
    }

    func readLine(prompt: String) -> LineRead {
        let result = editor.readLine(prompt: prompt)
        // A Ctrl-C typed at the prompt belongs to the prompt, not to the next command.
        _ = Interrupts.takePending()
        switch result {
        case .line(let line): return .line(line)
        case .interrupted: return .interrupted
        case .endOfInput: return .endOfInput
        }
    }

    func remember(_ command: String) {
        editor.addHistory(command)
        if let error = editor.historyError { Output.err("note: \(error.localizedDescription)\n") }
    }
}
