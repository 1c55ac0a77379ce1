import LedeArticles

/// Told how a `load` is going, as it goes, so that a terminal can show a progress line. The
/// executable injects one where a terminal shows it; the query layer only reports.
public protocol LoadProgressReporting: AnyObject {
    /// After each article and each chunk read: called often, so it should be cheap.
    func loading(_ status: LoadStatus)
    /// The target's load ended (done, failed or interrupted): whatever was shown goes.
    func finished()
}

/// How far the load of one target has come.
public struct LoadStatus: Sendable, Equatable {
    /// What `load` was given: a file, folder, glob or `seeds`.
    public var target: String
    public var position: LoadPosition
    /// Articles read so far (each is analysed and written shortly after).
    public var articlesRead: Int

    public init(target: String, position: LoadPosition, articlesRead: Int) {
        self.target = target
        self.position = position
        self.articlesRead = articlesRead
    }
}
