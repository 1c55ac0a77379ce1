import Foundation

/// A `.lede` script: commands, each followed by the output it printed as `#>` lines.
public struct Script: Sendable {
    public struct Entry: Sendable, Equatable {
        /// The command, continuation lines joined.
        public var command: String
        /// 1-based line of the command's first line.
        public var line: Int
        /// 0-based index of the command's last line in `lines`: outputs follow it.
        public var lastLineIndex: Int
        /// The recorded output, one element a line, without the `#> ` marker.
        public var recorded: [String]
    }

    public var lines: [String]
    public var entries: [Entry]

    public init(contentsOf path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        self.init(text: String(decoding: data, as: UTF8.self))
    }

    public init(text: String) {
        // A line ends at LF, CRLF or a lone CR (a file saved on an old Mac, or cut short).
        var lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        self.lines = lines
        var entries: [Entry] = []
        var buffer = InputBuffer()
        var firstLine = 0
        for (index, line) in lines.enumerated() {
            if line.hasPrefix("#>") {
                // Output follows only a command that ran: one left unfinished (an open quote or
                // parenthesis) ended where its output begins, as a replay recorded it.
                if !buffer.isEmpty {
                    entries.append(Entry(command: buffer.pending.joined(separator: " "), line: firstLine + 1, lastLineIndex: index - 1, recorded: []))
                    buffer.clear()
                }
                if !entries.isEmpty {
                    var output = String(line.dropFirst(2))
                    if output.hasPrefix(" ") { output.removeFirst() }
                    entries[entries.count - 1].recorded.append(output)
                }
                continue
            }
            if buffer.isEmpty {
                let trimmed = line.trimmingSpaces()
                if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
                firstLine = index
            }
            if let command = buffer.add(line) {
                entries.append(Entry(command: command, line: firstLine + 1, lastLineIndex: index, recorded: []))
            }
        }
        // An unfinished command at the end still runs, so that its error is reported.
        if !buffer.isEmpty {
            entries.append(Entry(command: buffer.pending.joined(separator: " "), line: firstLine + 1, lastLineIndex: lines.count - 1, recorded: []))
        }
        self.entries = entries
    }

    /// Output text as `#>` lines.
    public static func outputLines(_ output: String) -> String {
        guard !output.isEmpty else { return "" }
        return lines(of: output).map { $0.isEmpty ? "#>\n" : "#> " + $0 + "\n" }.joined()
    }

    /// `outputLines` a piece at a time: each complete line of the pieces so far as a `#>`
    /// line; `finish` marks what is left after the last line break.
    public struct OutputMarker {
        private var pending = ""

        public init() {}

        public mutating func mark(_ piece: String) -> String {
            pending += piece
            guard let lastBreak = pending.unicodeScalars.lastIndex(of: "\n") else { return "" }
            let complete = String(pending.unicodeScalars[...lastBreak])
            pending = String(pending.unicodeScalars[pending.unicodeScalars.index(after: lastBreak)...])
            return Script.outputLines(complete)
        }

        public mutating func finish() -> String {
            defer { pending = "" }
            return Script.outputLines(pending)
        }
    }

    /// The lines of `text`, split at every U+000A (Swift's `components` keeps "\r\n" whole).
    public static func lines(of text: String) -> [String] {
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String(String.UnicodeScalarView($0)) }
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The script with each entry's recorded output replaced by `outputs[i]`.
    public func updated(outputs: [String]) -> String {
        var out = ""
        var next = 0
        for (index, line) in lines.enumerated() {
            if line.hasPrefix("#>") { continue }
            out += line + "\n"
            if next < entries.count, entries[next].lastLineIndex == index {
                out += Script.outputLines(outputs[next])
                next += 1
            }
        }
        return out
    }
}
