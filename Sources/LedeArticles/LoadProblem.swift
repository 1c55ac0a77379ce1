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

/// How far a `load` has read, for a progress line: files done of all the target names, and
/// bytes read of their total size (compressed bytes for a `.gz` file, whose size on disk is the
/// one known beforehand).
public struct LoadPosition: Sendable, Equatable {
    public var filesDone: Int
    public var fileCount: Int
    public var bytesRead: Int
    public var byteCount: Int

    public init(filesDone: Int, fileCount: Int, bytesRead: Int, byteCount: Int) {
        self.filesDone = filesDone
        self.fileCount = fileCount
        self.bytesRead = bytesRead
        self.byteCount = byteCount
    }
}
