/// `.timer on|off`: the time each command took, on stderr (never recorded).
enum TimerCommand: DotCommand {
    static let info = DotCommandInfo(name: ".timer", syntax: ".timer on|off", summary: "print the time each command took (never recorded)")

    static func run(_ argument: String, in session: Session, location: String?) -> Session.Outcome {
        switch argument.lowercased() {
        case "on": session.timer = true
        case "off": session.timer = false
        default: return session.failure(".timer takes on or off", location: location)
        }
        return Session.Outcome()
    }
}
