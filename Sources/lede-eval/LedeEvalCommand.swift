import ArgumentParser

/// Scores lede's text analysis against annotated news sets (PolNeAR, TimeML, MEANTIME).
@main
struct LedeEvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lede-eval",
        abstract: "Score lede's quote attribution and temporal tagging on annotated news.",
        subcommands: [QuotesCommand.self, TimexCommand.self, TrainCuesCommand.self]
    )
}
