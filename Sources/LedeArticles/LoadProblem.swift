/// Something `load` could not take as it was: a file skipped, or loaded with a caveat.
public struct LoadProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable { case skipped, warning }
    public var severity: Severity
    /// `file`, or `file:line` for a line of JSON Lines.
    public var location: String
    public var message: String

    public init(_ severity: Severity, at location: String, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    /// `seeds/x.txt: skipped: empty file`.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

/// What the loader hands on, one at a time, so that a corpus is never held whole in memory.
public enum LoadEvent: Sendable {
    case article(Article)
    case problem(LoadProblem)
}
