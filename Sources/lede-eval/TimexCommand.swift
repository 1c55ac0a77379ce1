import ArgumentParser

struct TimexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "timex", abstract: "Score temporal tagging on TimeML or MEANTIME.")
    @Argument(help: "A folder of TimeML (.tml) or MEANTIME (.xml) files.") var directory: String
    func run() throws { throw ValidationError("temporal scoring is not built yet") }
}
