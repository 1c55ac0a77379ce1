/// `.history`: the commands typed so far in this session, numbered.
enum HistoryCommand: DotCommand {
    static let info = DotCommandInfo(name: ".history", syntax: ".history", summary: "list the commands of this session")

    static func run(_ argument: String, in session: Session, location: String?) -> Session.Outcome {
        // The last entry is this `.history` itself.
        Session.Outcome(output: session.history.dropLast().enumerated().map { "\($0.offset + 1)  \($0.element)\n" }.joined())
    }
}
