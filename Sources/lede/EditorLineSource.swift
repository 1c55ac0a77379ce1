import Foundation
import LedeNotebook

/// The REPL's line source on a terminal. (Until the libedit editor lands, plain reads with a prompt.)
final class EditorLineSource: LineSource {
    let session: Session

    init(session: Session) {
        self.session = session
    }

    func readLine(prompt: String) -> LineRead {
        Output.out(prompt)
        return Swift.readLine(strippingNewline: true).map(LineRead.line) ?? .endOfInput
    }

    func remember(_ command: String) {}
}
