import LedeQuery

/// `.workspace`: where the workspace is and how many articles it holds.
enum WorkspaceCommand: DotCommand {
    static let info = DotCommandInfo(name: ".workspace", syntax: ".workspace", summary: "where the workspace is and how many articles it holds")

    static func run(_ argument: String, in session: Session, location: String?) -> Session.Outcome {
        let store = session.evaluator.store
        guard store.exists else { return Session.Outcome(output: "\(store.location): not created yet (the first load creates it)\n") }
        do {
            return Session.Outcome(output: "\(store.location): \(Noun.article.counted(try store.articleCount()))\n")
        } catch {
            return session.failure(error.localizedDescription, location: location)
        }
    }
}
