import Foundation

/// A golden file: short passages, each with the lines a component must give for it, replayed by
/// `swift test` and re-recorded on purpose (`LEDE_RECORD_GOLDEN=1`) for a reviewed diff.
///
/// A case is a `### name` line, an optional header line (`@ 2019-10-09`, where the format has
/// one), the passage's paragraphs (one per line), then one `>>> ` line per expected result, or
/// `>>> (none)`. `#` lines outside cases are comments and are kept when recording.
public struct GoldenCases {
    public struct Case {
        public var name: String
        public var line: Int
        /// The header line's text after its prefix, where the format has one.
        public var header: String?
        public var paragraphs: [String]
        public var expected: [String]

        public init(name: String, line: Int, header: String?, paragraphs: [String], expected: [String]) {
            self.name = name
            self.line = line
            self.header = header
            self.paragraphs = paragraphs
            self.expected = expected
        }
    }

    public struct FormatError: Error, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "golden file line \(line): \(message)" }

        public init(line: Int, message: String) {
            self.line = line
            self.message = message
        }
    }

    /// Cases and comment lines, in file order, so recording keeps the file's layout.
    public enum Block {
        case comment(String)
        case golden(Case)
    }

    /// What the expectation lines of a case with nothing to find say.
    public static let nothing = "(none)"

    public private(set) var blocks: [Block] = []
    public var cases: [Case] { blocks.compactMap { if case .golden(let c) = $0 { c } else { nil } } }
    /// The header's prefix (`@ `), when every case must have one.
    public let headerPrefix: String?

    public init(parsing text: String, headerPrefix: String? = nil) throws {
        self.headerPrefix = headerPrefix
        var current: Case?
        func finish() throws {
            guard let done = current else { return }
            if headerPrefix != nil, done.header == nil { throw FormatError(line: done.line, message: "case \(done.name) has no \(headerPrefix!)line") }
            guard !done.paragraphs.isEmpty else { throw FormatError(line: done.line, message: "case \(done.name) has no passage") }
            guard !done.expected.isEmpty else { throw FormatError(line: done.line, message: "case \(done.name) has no >>> line") }
            blocks.append(.golden(done))
            current = nil
        }
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            let number = index + 1
            if line.hasPrefix("### ") {
                try finish()
                current = Case(name: String(line.dropFirst(4)), line: number, header: nil, paragraphs: [], expected: [])
            } else if let prefix = headerPrefix, line.hasPrefix(prefix), var open = current, open.header == nil, open.paragraphs.isEmpty {
                open.header = String(line.dropFirst(prefix.count))
                current = open
            } else if line.hasPrefix(">>> ") {
                guard current != nil else { throw FormatError(line: number, message: "an expectation outside a case") }
                current!.expected.append(String(line.dropFirst(4)))
            } else if line.trimmingCharacters(in: .whitespaces).isEmpty {
                try finish()
            } else if line.hasPrefix("#"), current.map({ !$0.expected.isEmpty }) ?? true {
                // A comment: outside a case, or right after one's expectations.
                try finish()
                blocks.append(.comment(line))
            } else if var open = current {
                if let prefix = headerPrefix, open.header == nil {
                    throw FormatError(line: number, message: "case \(open.name) needs its \(prefix)line first")
                }
                guard open.expected.isEmpty else { throw FormatError(line: number, message: "passage text after the expectations of \(open.name)") }
                open.paragraphs.append(line)
                current = open
            } else {
                throw FormatError(line: number, message: "text outside a case (cases start with ### NAME)")
            }
        }
        try finish()
    }

    /// The file with every case's expectations replaced by what `results` gives now.
    public func recorded(_ results: (Case) throws -> [String]) rethrows -> String {
        var out = ""
        var previous: Block?
        for block in blocks {
            defer { previous = block }
            switch block {
            case .comment(let line):
                if case .golden = previous { out += "\n" }
                out += line + "\n"
            case .golden(let golden):
                out += "\n### \(golden.name)\n"
                if let prefix = headerPrefix, let header = golden.header { out += prefix + header + "\n" }
                for paragraph in golden.paragraphs { out += paragraph + "\n" }
                for line in try results(golden) { out += ">>> " + line + "\n" }
            }
        }
        return out
    }

    /// One report per case whose results differ from its expectations, with both.
    public func differences(_ results: (Case) throws -> [String]) rethrows -> [String] {
        try cases.compactMap { golden in
            let actual = try results(golden)
            guard actual != golden.expected else { return nil }
            return """
                \(golden.name) (line \(golden.line)):
                  expected: \(golden.expected.joined(separator: "\n                "))
                  actual:   \(actual.joined(separator: "\n                "))
                """
        }
    }

    /// What a replay found: the file as read, and a report per case that differs.
    public struct Replay {
        public var file: GoldenCases
        public var differences: [String]
    }

    /// Replays the file at `path`, or re-records it when `LEDE_RECORD_GOLDEN=1` (then nothing
    /// differs).
    public static func replay(path: String, headerPrefix: String? = nil, results: (Case) throws -> [String]) throws -> Replay {
        let file = try GoldenCases(parsing: String(contentsOfFile: path, encoding: .utf8), headerPrefix: headerPrefix)
        if ProcessInfo.processInfo.environment["LEDE_RECORD_GOLDEN"] == "1" {
            try file.recorded(results).write(toFile: path, atomically: true, encoding: .utf8)
            return Replay(file: file, differences: [])
        }
        return Replay(file: file, differences: try file.differences(results))
    }
}
