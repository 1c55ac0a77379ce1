/// `.quit` (also `.exit`, `quit`, `exit`, Ctrl-D): leave lede.
enum QuitCommand: DotCommand {
    static let info = DotCommandInfo(name: ".quit", syntax: ".quit", summary: "leave lede (also .exit, Ctrl-D)")

    static func run(_ argument: String, in session: Session, location: String?) -> Session.Outcome {
        Session.Outcome(quit: true)
    }
}
