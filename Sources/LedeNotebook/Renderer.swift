import LedeQuery

/// Renders query results in one output mode to an injected stream.
public protocol Renderer {
    /// Writes the result's data (and, in human modes, its heading and summary) to `out`.
    func render(_ result: QueryResult, to out: inout String)
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

    /// The heading line of an entry: the named columns' values joined by ` · `, a paragraph
    /// number written `¶N` after the article it belongs to.
    static func entryHeading(_ table: ResultTable, row: [Cell], keys: [String]) -> String {
        var parts: [String] = []
        for key in keys {
            guard let index = table.columns.firstIndex(where: { $0.key == key }) else { continue }
            let text = row[index].plain
            guard !text.isEmpty else { continue }
            if table.columns[index].header == "¶", !parts.isEmpty {
                parts[parts.count - 1] += " ¶" + text
            } else {
                parts.append(text)
            }
        }
        return parts.joined(separator: " · ")
    }

    /// The visible columns of a table in human modes.
    static func humanColumns(_ table: ResultTable) -> [Int] {
        table.columns.indices.filter { !table.columns[$0].isMachineOnly }
    }
}

enum ANSI {
    static let bold = "\u{1B}[1m"
    static let highlight = "\u{1B}[1;33m"
    static let dim = "\u{1B}[2m"
    static let reset = "\u{1B}[0m"
}
