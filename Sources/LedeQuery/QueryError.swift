import Foundation

/// A command that cannot run, with the place in the line to point at.
public struct QueryError: LocalizedError, Equatable, Sendable {
    public var message: String
    /// Character offsets in the command line of the offending token; nil when the whole line is meant.
    public var range: Range<Int>?
    /// A hint such as "did you mean who-said?".
    public var suggestion: String?

    public init(_ message: String, at range: Range<Int>? = nil, suggestion: String? = nil) {
        self.message = message
        self.range = range
        self.suggestion = suggestion
    }

    public var errorDescription: String? {
        suggestion.map { "\(message); \($0)" } ?? message
    }

    /// The message with the line and a caret under the problem:
    ///
    ///     error: unknown verb 'who-sad'
    ///       who-sad Lukyanov
    ///       ^~~~~~~
    ///     did you mean 'who-said'?
    public func rendered(line: String) -> String {
        var out = "error: \(message)"
        if let range {
            let width = max(1, range.count)
            out += "\n  \(line)\n  " + String(repeating: " ", count: range.lowerBound) + "^" + String(repeating: "~", count: width - 1)
        }
        if let suggestion { out += "\n\(suggestion)" }
        return out
    }
}
