import ArgumentParser

struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "quotes", abstract: "Score quotes on a PolNeAR folder.")
    @Argument(help: "A PolNeAR folder (text/, attributions/, metadata.tsv).") var directory: String
    func run() throws { throw ValidationError("quote scoring is not built yet") }
}
