import LedeQuery

/// `.export FILE.html|FILE.md`: the session so far as a report, from the results on screen.
enum ExportCommand: DotCommand {
    static let info = DotCommandInfo(
        name: ".export", syntax: ".export FILE.html|FILE.md", summary: "write this session so far as a report: results, charts, cited paragraphs")

    static func run(_ typed: String, in session: Session, location: String?) -> Session.Outcome {
        let argument = Session.unquoted(typed)
        guard !argument.isEmpty else { return session.failure(".export needs a file name ending in \(Report.Format.extensionList)", location: location) }
        guard let format = Report.Format(path: argument) else {
            return session.failure(
                "cannot tell the report format of \(QueryError.quoted(argument)); name a file ending in \(Report.Format.extensionList)", location: location)
        }
        do {
            let report = try session.export(to: session.resolve(argument), format: format, title: Session.reportTitle(argument), shownAs: argument)
            var diagnostics = "exported \(Noun.command.counted(report.sections.count)) to \(argument)\n"
            if session.resultsLetGo > 0 {
                diagnostics += "note: the results of \(Noun.command.counted(session.resultsLetGo)) early in the session were let go to save memory "
                    + "(a session keeps \(session.capturedRowBudget ?? 0) rows for reports); lede report on the saved script has them all\n"
            }
            return Session.Outcome(diagnostics: diagnostics)
        } catch {
            return session.failure("cannot export \(argument): \(error.localizedDescription)", location: location)
        }
    }
}
