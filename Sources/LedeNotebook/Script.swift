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
        var lines = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        self.lines = lines
        var entries: [Entry] = []
        var buffer = InputBuffer()
        var firstLine = 0
        for (index, line) in lines.enumerated() {
            if line.hasPrefix("#>") {
                if !entries.isEmpty && buffer.isEmpty {
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

/// A unified diff of two short texts, line by line.
public enum LineDiff {
    public static func unified(expected: [String], actual: [String]) -> [String] {
        let n = expected.count, m = actual.count
        var lcs = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lcs[i][j] = expected[i] == actual[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var out: [String] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, expected[i] == actual[j] {
                out.append(" " + expected[i]); i += 1; j += 1
            } else if i < n, j == m || lcs[i + 1][j] >= lcs[i][j + 1] {
                out.append("-" + expected[i]); i += 1
            } else {
                out.append("+" + actual[j]); j += 1
            }
        }
        return out
    }
}
