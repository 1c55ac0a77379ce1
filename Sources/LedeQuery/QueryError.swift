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

    /// Typed text as an error message quotes it: `'name'`, cut to a readable length.
    public static func quoted(_ text: String) -> String { "'" + cut(text) + "'" }

    /// `text` cut to `quotedLength` characters with `…`: a message never repeats 10 KB of input.
    public static func cut(_ text: String) -> String {
        text.count <= quotedLength ? text : String(text.prefix(quotedLength - 1)) + "…"
    }

    static let quotedLength = 60

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
            let shown = Excerpt(line: line, around: range)
            out += "\n  \(shown.text)\n  " + String(repeating: " ", count: shown.caret.lowerBound) + "^"
                + String(repeating: "~", count: max(1, shown.caret.count) - 1)
        }
        if let suggestion { out += "\n\(suggestion)" }
        return out
    }

    /// The part of a long line shown above the caret: the problem with some context each side,
    /// `…` where the line is cut, so that an error in a 100 KB line is still one screen.
    struct Excerpt {
        static let contextBefore = 40
        static let widest = 100
        var text: String
        var caret: Range<Int>

        init(line: String, around range: Range<Int>) {
            let characters = Array(line)
            let lower = min(max(0, range.lowerBound), characters.count)
            let upper = min(max(lower, range.upperBound), characters.count)
            guard characters.count > Self.widest else {
                text = line
                caret = lower..<max(lower + 1, upper)
                return
            }
            let start = max(0, lower - Self.contextBefore)
            let end = min(characters.count, start + Self.widest)
            let lead = start > 0 ? "…" : ""
            text = lead + String(characters[start..<end]) + (end < characters.count ? "…" : "")
            let caretStart = lower - start + lead.count
            caret = caretStart..<max(caretStart + 1, min(upper, end) - start + lead.count)
        }
    }
}
