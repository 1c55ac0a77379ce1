/// `.read FILE`: the commands of a script, run here as if typed.
enum ReadCommand: DotCommand {
    static let info = DotCommandInfo(name: ".read", syntax: ".read FILE", summary: "run the commands of a script here")

    static func run(_ typed: String, in session: Session, location: String?) -> Session.Outcome {
        let argument = Session.unquoted(typed)
        guard !argument.isEmpty else { return session.failure(".read needs a file name", location: location) }
        return session.read(argument, location: location)
    }
}
