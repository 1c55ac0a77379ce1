import LedeQuery

/// `.save FILE`: the session's successful commands and their outputs, as a script.
enum SaveCommand: DotCommand {
    static let info = DotCommandInfo(name: ".save", syntax: ".save FILE", summary: "write this session's successful commands and outputs as a script")

    static func run(_ typed: String, in session: Session, location: String?) -> Session.Outcome {
        let argument = Session.unquoted(typed)
        guard !argument.isEmpty else { return session.failure(".save needs a file name", location: location) }
        do {
            let replays = try session.save(to: session.resolve(argument), shownAs: argument)
            var diagnostics = "saved \(Noun.command.counted(session.entries.count)) to \(argument)\n"
            if !replays {
                diagnostics += "note: this session read articles it did not load; lede run --check replays a script in an empty workspace, so add the loads to \(argument) or record it on a new --workspace\n"
            }
            return Session.Outcome(diagnostics: diagnostics)
        } catch {
            return session.failure("cannot save \(argument): \(error.localizedDescription)", location: location)
        }
    }
}
