import ArgumentParser

/// Scores lede's text analysis against the annotated sets in `../shared/eval`.
@main
struct LedeEvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lede-eval",
        abstract: "Score lede's quote attribution and temporal tagging on annotated news.",
        subcommands: [QuotesCommand.self, TimexCommand.self]
    )
}
