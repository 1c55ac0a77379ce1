import LedeQuery

/// Tab-separated rows under a header line: easy to grep, cut and paste.
struct PlainRenderer: Renderer {
    func render(_ result: QueryResult, to out: inout String) {
        for line in result.heading { out += line + "\n" }
        if let table = result.table, !table.rows.isEmpty {
            let columns = Renderers.humanColumns(table)
            if result.layout == .document {
                for row in table.rows { out += "¶" + row[0].plain + " " + row[1].plain + "\n" }
            } else {
                out += columns.map { table.columns[$0].header }.joined(separator: "\t") + "\n"
                for row in table.rows {
                    out += columns.map { row[$0].plain.replacingTabs() }.joined(separator: "\t") + "\n"
                }
            }
        }
        for line in result.summary { out += line + "\n" }
    }
}

/// GitHub-flavoured markdown: a pipe table, matched words in bold.
struct MarkdownRenderer: Renderer {
    func render(_ result: QueryResult, to out: inout String) {
        for (index, line) in result.heading.enumerated() {
            out += (index == 0 && result.layout == .document ? "## " + line : line) + "\n"
        }
        if !result.heading.isEmpty { out += "\n" }
        if let table = result.table, !table.rows.isEmpty {
            if case .entries(let heading, let body) = result.layout, let bodyIndex = table.columns.firstIndex(where: { $0.key == body }) {
                for row in table.rows {
                    out += "**" + escape(Renderers.entryHeading(table, row: row, keys: heading)) + "**\n\n"
                    out += "> " + cell(row[bodyIndex]) + "\n\n"
                }
            } else if result.layout == .document {
                for row in table.rows { out += "**¶" + row[0].plain + "** " + row[1].plain + "\n\n" }
            } else {
                let columns = Renderers.humanColumns(table)
                out += "| " + columns.map { escape(table.columns[$0].header) }.joined(separator: " | ") + " |\n"
                out += "|" + columns.map { _ in " --- |" }.joined() + "\n"
                for row in table.rows {
                    out += "| " + columns.map { cell(row[$0]) }.joined(separator: " | ") + " |\n"
                }
            }
        }
        if !result.summary.isEmpty {
            if result.table.map({ !$0.rows.isEmpty }) ?? false { out += "\n" }
            for line in result.summary { out += "_" + escape(line) + "_\n" }
        }
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

    func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "|": out += "\\|"
            case "\n": out += " "
            default: out.append(c)
            }
        }
        return out
    }
}

/// RFC 4180 quoting (a field is quoted when it holds a comma, quote or line break), with
/// `\n` line ends so that recorded sessions stay plain text.
struct CSVRenderer: Renderer {
    func render(_ result: QueryResult, to out: inout String) {
        guard let table = result.table else { return }
        out += table.columns.map { field($0.key) }.joined(separator: ",") + "\n"
        for row in table.rows { out += row.map { field($0.plain) }.joined(separator: ",") + "\n" }
    }

    func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// An array of objects with SPEC.md's keys in a fixed order (`json`), or one object a line (`jsonl`).
struct JSONRenderer: Renderer {
    var linePerObject: Bool

    func render(_ result: QueryResult, to out: inout String) {
        guard let table = result.table else {
            if !linePerObject { out += "[]\n" }
            return
        }
        let objects = table.rows.map { row in
            "{" + table.columns.indices.map { JSONText.string(table.columns[$0].key) + ": " + value(row[$0]) }.joined(separator: ", ") + "}"
        }
        if linePerObject {
            for object in objects { out += object + "\n" }
        } else if objects.isEmpty {
            out += "[]\n"
        } else {
            out += "[\n  " + objects.joined(separator: ",\n  ") + "\n]\n"
        }
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
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
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
