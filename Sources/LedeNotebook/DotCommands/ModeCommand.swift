import LedeQuery

/// `.mode NAME`: the output mode of what follows; `.mode` alone says which it is.
enum ModeCommand: DotCommand {
    static let info = DotCommandInfo(name: ".mode", syntax: ".mode table|plain|json|jsonl|csv|markdown", summary: "choose the output mode")

    static func run(_ argument: String, in session: Session, location: String?) -> Session.Outcome {
        // Asking is not recorded; changing is, since it changes what the commands after it print.
        guard !argument.isEmpty else { return Session.Outcome(output: "\(session.mode.rawValue)\n") }
        guard let mode = OutputMode(rawValue: argument.lowercased()) else {
            return session.failure(
                "unknown mode \(QueryError.quoted(argument)); modes: " + OutputMode.allCases.map(\.rawValue).joined(separator: ", "), location: location)
        }
        session.mode = mode
        return Session.Outcome(recording: RecordedText(""))
    }
}
