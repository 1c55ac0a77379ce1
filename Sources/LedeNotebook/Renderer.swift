import LedeQuery

/// Draws query results in one output mode, a row at a time, to an injected stream: rows read
/// from the workspace are drawn as they come, so memory is bounded by a page, not the result.
///
/// A result is drawn as `begin`, then `row` for each row, then `end`; `Renderers.draw` does
/// that (and makes article text harmless for a terminal first, where the mode needs it).
public protocol Renderer {
    /// Whether text from articles must have its control characters made visible before it
    /// is drawn (every mode but JSON, whose escapes keep the exact text harmlessly).
    var escapesControlCharacters: Bool { get }
    /// Before any row: headings, and whatever needs no rows.
    mutating func begin<Out: TextOutputStream>(_ result: QueryResult, to out: inout Out)
    mutating func row<Out: TextOutputStream>(_ row: [Cell], to out: inout Out)
    /// After the last row: what was held back for layout, then the summary lines.
    mutating func end<Out: TextOutputStream>(summary: [String], to out: inout Out)
}

extension Renderer {
    public var escapesControlCharacters: Bool { true }

    /// Draws a whole result into `out` (a stream is read to its end; one that fails ends the drawing).
    public func render(_ result: QueryResult, to out: inout String) {
        var targets = [Renderers.Target(self, out)]
        _ = try? Renderers.draw(result, to: &targets)
        out = targets[0].out
    }
}

public enum Renderers {
    public static func renderer(for mode: OutputMode, style: TextStyle) -> Renderer {
        switch mode {
        case .table: return TableRenderer(style: style)
        case .plain: return PlainRenderer()
        case .json: return JSONRenderer(linePerObject: false)
        case .jsonl: return JSONRenderer(linePerObject: true)
        case .csv: return CSVRenderer()
        case .markdown: return MarkdownRenderer()
        }
    }

    /// One renderer and the stream it writes to; `draw` feeds several from one pass over the rows.
    public struct Target<Out: TextOutputStream> {
        public var renderer: Renderer
        public var out: Out

        public init(_ renderer: Renderer, _ out: Out) {
            self.renderer = renderer
            self.out = out
        }

        mutating func begin(_ result: QueryResult, safe: QueryResult) {
            renderer.begin(renderer.escapesControlCharacters ? safe : result, to: &out)
        }

        mutating func row(_ row: [Cell], safe: [Cell]) {
            renderer.row(renderer.escapesControlCharacters ? safe : row, to: &out)
        }

        mutating func end(_ summary: [String], safe: [String]) {
            renderer.end(summary: renderer.escapesControlCharacters ? safe : summary, to: &out)
        }
    }

    /// Draws `result` with each target's renderer, reading its rows once: a terminal and the
    /// session's record are drawn side by side. `shouldStop` is asked before each row; a row
    /// stream that throws (or `shouldStop`) ends the drawing with that error.
    ///
    /// - Returns: the summary lines, the result's own and those its rows' stream gave at the
    ///   end (a machine mode's renderer draws none: they go to stderr).
    @discardableResult
    public static func draw<Out: TextOutputStream>(
        _ result: QueryResult, to targets: inout [Target<Out>], shouldStop: () -> Bool = { false }
    ) throws -> [String] {
        let safe = TerminalSafe.result(result)
        for index in targets.indices { targets[index].begin(result, safe: safe) }
        var trailing: [String] = []
        if let table = result.table {
            func emit(_ row: [Cell]) throws {
                if shouldStop() { throw RenderStopped() }
                let safeRow = targets.contains(where: \.renderer.escapesControlCharacters) ? row.map(TerminalSafe.cell) : row
                for index in targets.indices { targets[index].row(row, safe: safeRow) }
            }
            do {
                switch table.source {
                case .rows(let rows):
                    for row in rows { try emit(row) }
                case .stream(let stream):
                    trailing = try stream.produce(emit)
                }
            } catch {
                // What was read is drawn (rows held for fitting, a JSON array closed) before
                // the error is reported.
                for index in targets.indices { targets[index].end([], safe: []) }
                throw error
            }
        }
        let summary = result.summary + trailing
        let safeSummary = summary.map(TerminalSafe.text)
        for index in targets.indices { targets[index].end(summary, safe: safeSummary) }
        return summary
    }

    /// The heading line of an entry: the named columns' values joined by ` · `, a paragraph
    /// number written `¶N` after the article it belongs to.
    static func entryHeading(_ columns: [Column], row: [Cell], keys: [String]) -> String {
        var parts: [String] = []
        for key in keys {
            guard let index = columns.firstIndex(where: { $0.key == key }) else { continue }
            let text = row[index].plain
            guard !text.isEmpty else { continue }
            if columns[index].header == "¶", !parts.isEmpty {
                parts[parts.count - 1] += " ¶" + text
            } else {
                parts.append(text)
            }
        }
        return parts.joined(separator: " · ")
    }

    /// The visible columns of a table in human modes.
    static func humanColumns(_ columns: [Column]) -> [Int] {
        columns.indices.filter { !columns[$0].isMachineOnly }
    }
}

/// `shouldStop` said stop (Ctrl-C) between two rows.
public struct RenderStopped: Error, Equatable {}

enum ANSI {
    static let bold = "\u{1B}[1m"
    static let highlight = "\u{1B}[1;33m"
    static let dim = "\u{1B}[2m"
    static let reset = "\u{1B}[0m"
}
