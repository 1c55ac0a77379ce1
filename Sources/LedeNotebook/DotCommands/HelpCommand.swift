import LedeQuery

/// `.help [VERB]`: the verbs and dot-commands, or one of them explained.
enum HelpCommand: DotCommand {
    static let info = DotCommandInfo(name: ".help", syntax: ".help [VERB]", summary: "list verbs and dot-commands, or explain one")

    static func run(_ argument: String, in session: Session, location: String?) -> Session.Outcome {
        guard let text = text(for: argument.isEmpty ? nil : argument) else {
            let nearest = VerbTable.nearest(to: argument, in: VerbTable.verbs.map(\.name))
            return session.failure("no help for \(QueryError.quoted(argument))" + (nearest.map { "; did you mean '\($0)'?" } ?? ""), location: location)
        }
        // Help is kept in a saved session with its text: it documents the script.
        return Session.Outcome(output: text, recording: RecordedText(text))
    }

    /// The help text for `topic` (a verb or dot-command), or the overview; nil for an unknown topic.
    static func text(for topic: String?) -> String? {
        guard let topic else {
            var out = "verbs:\n"
            let width = (VerbTable.verbs.map(\.syntax) + DotCommands.all.map(\.syntax)).map(\.count).max()!
            for verb in VerbTable.verbs { out += "  " + verb.syntax.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + verb.summary + "\n" }
            out += "dot-commands:\n"
            for dot in DotCommands.all { out += "  " + dot.syntax.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + dot.summary + "\n" }
            out += VerbTable.filtersHelp + "\n"
            out += "pipes: find sanctions | who-said    let syria = find Syria    .help VERB for more\n"
            return out
        }
        if let verb = VerbTable.info(named: topic) {
            var out = "\(verb.syntax)\n  \(verb.summary)\n"
            if !verb.details.isEmpty { out += verb.details.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n") + "\n" }
            if verb.name != "load" && verb.name != "let" { out += "  " + VerbTable.filtersHelp + "\n" }
            out += "examples:\n" + verb.examples.map { "  " + $0 + "\n" }.joined()
            return out
        }
        let dotName = topic.hasPrefix(".") ? topic : "." + topic
        if let dot = DotCommands.named(dotName) { return "\(dot.syntax)\n  \(dot.summary)\n" }
        return nil
    }
}
