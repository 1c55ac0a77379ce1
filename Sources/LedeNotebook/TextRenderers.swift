import LedeQuery

/// Tab-separated rows under a header line: easy to grep, cut and paste.
struct PlainRenderer: Renderer {
    private var layout: QueryResult.Layout = .table
    private var columns: [Column] = []
    private var rowsDrawn = 0

    mutating func begin<Out: TextOutputStream>(_ result: QueryResult, to out: inout Out) {
        layout = result.layout
        columns = result.table?.columns ?? []
        for line in result.heading + (result.chart.map(ChartText.lines) ?? []) { out.write(line + "\n") }
    }

    mutating func row<Out: TextOutputStream>(_ row: [Cell], to out: inout Out) {
        defer { rowsDrawn += 1 }
        if layout == .document {
            out.write("¶" + row[0].plain + " " + row[1].plain + "\n")
            return
        }
        let visible = Renderers.humanColumns(columns)
        if rowsDrawn == 0 { out.write(visible.map { columns[$0].header }.joined(separator: "\t") + "\n") }
        out.write(visible.map { row[$0].plain.replacingTabs() }.joined(separator: "\t") + "\n")
    }

    mutating func end<Out: TextOutputStream>(summary: [String], to out: inout Out) {
        for line in summary { out.write(line + "\n") }
    }
}

/// GitHub-flavoured markdown: a pipe table, matched words in bold.
struct MarkdownRenderer: Renderer {
    private var layout: QueryResult.Layout = .table
    private var columns: [Column] = []
    private var rowsDrawn = 0

    mutating func begin<Out: TextOutputStream>(_ result: QueryResult, to out: inout Out) {
        layout = result.layout
        columns = result.table?.columns ?? []
        for (index, line) in result.heading.enumerated() {
            out.write((index == 0 && result.layout == .document ? "## " : "") + escape(line) + "\n")
        }
        if !result.heading.isEmpty { out.write("\n") }
        if let chart = result.chart { writeChart(chart, to: &out) }
    }

    /// A chart as a table: a row per period, a column of counts per series.
    func writeChart<Out: TextOutputStream>(_ chart: Chart, to out: inout Out) {
        out.write("| " + escape(chart.period.rawValue) + " | " + chart.series.map(escape).joined(separator: " | ") + " |\n")
        out.write("| --- |" + chart.series.map { _ in " ---: |" }.joined() + "\n")
        for bar in chart.bars {
            out.write("| " + escape(bar.label) + " | " + bar.counts.map(String.init).joined(separator: " | ") + " |\n")
        }
        out.write("\n")
    }

    mutating func row<Out: TextOutputStream>(_ row: [Cell], to out: inout Out) {
        defer { rowsDrawn += 1 }
        if case .entries(let heading, let body) = layout, let bodyIndex = columns.firstIndex(where: { $0.key == body }) {
            out.write("**" + escape(Renderers.entryHeading(columns, row: row, keys: heading)) + "**\n\n")
            out.write("> " + cell(row[bodyIndex]) + "\n\n")
        } else if layout == .document {
            out.write("**¶" + row[0].plain + "** " + escape(row[1].plain) + "\n\n")
        } else {
            let visible = Renderers.humanColumns(columns)
            if rowsDrawn == 0 {
                out.write("| " + visible.map { escape(columns[$0].header) }.joined(separator: " | ") + " |\n")
                out.write("|" + visible.map { _ in " --- |" }.joined() + "\n")
            }
            out.write("| " + visible.map { cell(row[$0]) }.joined(separator: " | ") + " |\n")
        }
    }

    mutating func end<Out: TextOutputStream>(summary: [String], to out: inout Out) {
        guard !summary.isEmpty else { return }
        if rowsDrawn > 0 { out.write("\n") }
        for line in summary { out.write("_" + escape(line) + "_\n") }
    }

    func cell(_ cell: Cell) -> String {
        guard case .highlighted(let text, let ranges) = cell else { return escape(cell.plain) }
        let characters = Array(text)
        var out = ""
        var position = 0
        // Ranges outside the text are dropped: a bad highlight must not cost the whole output.
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound })
        where range.lowerBound >= position && range.upperBound <= characters.count {
            out += escape(String(characters[position..<range.lowerBound]))
            out += "**" + escape(String(characters[range])) + "**"
            position = range.upperBound
        }
        out += escape(String(characters[position...]))
        return out
    }

    /// Text from articles and commands, with everything that would be markup escaped.
    func escape(_ text: String) -> String {
        MarkdownText.escape(text)
    }
}

/// RFC 4180 quoting (a field is quoted when it holds a comma, quote or line break), with
/// `\n` line ends so that recorded sessions stay plain text.
struct CSVRenderer: Renderer {
    private var columns: [Column]?

    mutating func begin<Out: TextOutputStream>(_ result: QueryResult, to out: inout Out) {
        columns = result.table?.columns
        if let columns { out.write(columns.map { field($0.key) }.joined(separator: ",") + "\n") }
    }

    mutating func row<Out: TextOutputStream>(_ row: [Cell], to out: inout Out) {
        out.write(row.map { field($0.plain) }.joined(separator: ",") + "\n")
    }

    mutating func end<Out: TextOutputStream>(summary: [String], to out: inout Out) {}

    func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// An array of objects with the documented keys in a fixed order (`json`), or one object a
/// line (`jsonl`). JSON keeps article text exactly; control characters are escaped.
struct JSONRenderer: Renderer {
    var linePerObject: Bool
    private var columns: [Column] = []
    private var rowsDrawn = 0

    init(linePerObject: Bool) {
        self.linePerObject = linePerObject
    }

    var escapesControlCharacters: Bool { false }

    mutating func begin<Out: TextOutputStream>(_ result: QueryResult, to out: inout Out) {
        columns = result.table?.columns ?? []
    }

    mutating func row<Out: TextOutputStream>(_ row: [Cell], to out: inout Out) {
        defer { rowsDrawn += 1 }
        let object = "{" + columns.indices.map { JSONText.string(columns[$0].key) + ": " + value(row[$0]) }.joined(separator: ", ") + "}"
        if linePerObject {
            out.write(object + "\n")
        } else {
            out.write((rowsDrawn == 0 ? "[\n  " : ",\n  ") + object)
        }
    }

    mutating func end<Out: TextOutputStream>(summary: [String], to out: inout Out) {
        guard !linePerObject else { return }
        out.write(rowsDrawn == 0 ? "[]\n" : "\n]\n")
    }

    func value(_ cell: Cell) -> String {
        switch cell {
        case .text(let s), .highlighted(let s, _): return JSONText.string(s)
        case .integer(let n): return String(n)
        case .decimal: return cell.plain
        case .list(let items): return "[" + items.map(JSONText.string).joined(separator: ", ") + "]"
        case .null: return "null"
        }
    }
}

enum JSONText {
    static func string(_ text: String) -> String {
        // Most text needs no escape: no quote, backslash or control byte, nothing that could
        // begin DEL, a C1 control, a line separator or a bidi control (lead bytes 0xC2, 0xE2).
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) {
            return "\"" + text + "\""
        }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                // Controls, DEL, C1 and bidi overrides as escapes: the text is the same to a
                // JSON reader, and a terminal showing the JSON obeys none of them.
                if scalar.value < 0x20 || TerminalSafe.replacement(for: scalar) != nil || scalar == "\u{2028}" || scalar == "\u{2029}" {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

extension String {
    func replacingTabs() -> String {
        contains("\t") || contains("\n") ? replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ") : self
    }
}
