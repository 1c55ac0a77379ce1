import LedeQuery

/// Aligned columns fitted to the width: long text wraps, short columns are cut with `…`.
/// Box-drawn on a terminal, plain-aligned otherwise.
struct TableRenderer: Renderer {
    var style: TextStyle
    static let minimumLongColumn = 16
    static let comfortableLongColumn = 22
    static let maximumShortColumn = 40

    func render(_ result: QueryResult, to out: inout String) {
        for line in result.heading { out += line + "\n" }
        if let table = result.table, !table.rows.isEmpty {
            switch result.layout {
            case .document: renderDocument(table, to: &out)
            case .entries(let heading, let body): renderEntries(table, heading: heading, body: body, to: &out)
            case .table: renderTable(table, to: &out)
            case .comparison(let aspect, let left, let shared, let right):
                renderComparison(table, keys: (aspect, left, shared, right), to: &out)
            }
        }
        for line in result.summary { out += (style.colour ? ANSI.dim + line + ANSI.reset : line) + "\n" }
    }

    func renderDocument(_ table: ResultTable, to out: inout String) {
        for row in table.rows {
            let marker = "¶" + row[0].plain + " "
            let lines = TextWrap.wrap(row[1].plain, width: max(20, style.width - marker.count))
            for (index, line) in lines.enumerated() {
                out += (index == 0 ? marker : String(repeating: " ", count: marker.count)) + line + "\n"
            }
        }
    }

    static let entryIndent = "    "

    func renderEntries(_ table: ResultTable, heading: [String], body: String, to out: inout String) {
        guard let bodyIndex = table.columns.firstIndex(where: { $0.key == body }) else { return renderTable(table, to: &out) }
        for (index, row) in table.rows.enumerated() {
            if index > 0 { out += "\n" }
            let title = Renderers.entryHeading(table, row: row, keys: heading)
            for line in TextWrap.wrap(title, width: style.width) {
                out += (style.colour ? ANSI.bold + line + ANSI.reset : line) + "\n"
            }
            let cell = row[bodyIndex]
            let lines = TextWrap.wrap(cell.plain, width: style.width - Self.entryIndent.count)
            if style.colour, let coloured = colourHighlights([cell], texts: [lines]) {
                for line in coloured[0] { out += Self.entryIndent + line.shown + "\n" }
            } else {
                for line in lines { out += Self.entryIndent + line + "\n" }
            }
        }
    }

    static let sharedLabel = "  shared"

    /// `compare`: the aspect, then the two sides in aligned columns of equal width, then what
    /// both share on a line across them. Widths are measured on the plain text; colour is put
    /// on after padding. (Never boxed: the shared line runs across both columns.)
    func renderComparison(_ table: ResultTable, keys: (aspect: String, left: String, shared: String, right: String), to out: inout String) {
        func index(_ key: String) -> Int? { table.columns.firstIndex { $0.key == key } }
        guard let a = index(keys.aspect), let l = index(keys.left), let s = index(keys.shared), let r = index(keys.right) else {
            return renderTable(table, to: &out)
        }
        let gap = "  "
        // The aspect column takes at most a quarter of the width; longer labels wrap.
        let widest = table.rows.reduce(max(TextWrap.width(table.columns[a].header), TextWrap.width(Self.sharedLabel))) {
            max($0, TextWrap.width($1[a].plain))
        }
        let labelWidth = max(1, min(widest, style.width / 4))
        let sideWidth = max(1, (style.width - labelWidth - 2 * gap.count) / 2)
        let acrossWidth = 2 * sideWidth + gap.count
        func bold(_ text: String) -> String { style.colour ? ANSI.bold + text + ANSI.reset : text }
        func dim(_ text: String) -> String { style.colour ? ANSI.dim + text + ANSI.reset : text }
        func emit(_ label: String, _ columns: [[String]], widths: [Int], labelStyle: (String) -> String, columnStyle: (String) -> String = { $0 }) {
            let labelLines = TextWrap.wrap(label, width: labelWidth)
            for lineIndex in 0..<max(labelLines.count, columns.map(\.count).max() ?? 1) {
                // Styles go on the text, padding after it: the line ends where its text does.
                var cells: [(text: String, width: Int)] = [(lineIndex < labelLines.count ? labelLines[lineIndex] : "", labelWidth)]
                for (column, width) in zip(columns, widths) {
                    cells.append((lineIndex < column.count ? column[lineIndex] : "", width))
                }
                while cells.count > 1, cells.last?.text.isEmpty == true { cells.removeLast() }
                var line = ""
                for (index, cell) in cells.enumerated() {
                    line += cell.text.isEmpty ? "" : index == 0 ? labelStyle(cell.text) : columnStyle(cell.text)
                    if index < cells.count - 1 {
                        line += String(repeating: " ", count: max(0, cell.width - TextWrap.width(cell.text))) + gap
                    }
                }
                out += line + "\n"
            }
        }
        let headers = [table.columns[l].header, table.columns[r].header].map { [TextWrap.cut($0, width: sideWidth)] }
        emit(table.columns[a].header, headers, widths: [sideWidth, sideWidth], labelStyle: bold, columnStyle: bold)
        out += [labelWidth, sideWidth, sideWidth].map { String(repeating: "─", count: $0) }.joined(separator: gap) + "\n"
        for row in table.rows {
            let sides = [row[l], row[r]].map { TextWrap.wrap($0.plain, width: sideWidth) }
            emit(row[a].plain, sides, widths: [sideWidth, sideWidth], labelStyle: bold)
            let shared = row[s].plain
            if !shared.isEmpty {
                emit(Self.sharedLabel, [TextWrap.wrap(shared, width: acrossWidth)], widths: [acrossWidth], labelStyle: dim)
            }
        }
    }

    func renderTable(_ table: ResultTable, to out: inout String) {
        let columns = Renderers.humanColumns(table)
        let headers = columns.map { table.columns[$0].header }
        let cells = table.rows.map { row in columns.map { row[$0] } }
        let long = columns.map { table.columns[$0].isLongText }
        var widths = headers.indices.map { index in
            min(cells.reduce(headers[index].count) { max($0, TextWrap.width($1[index].plain)) },
                long[index] ? Int.max : Self.maximumShortColumn)
        }
        // Separators: "│ " + " │ " between + " │" for boxes; two spaces otherwise.
        let overhead = style.boxes ? 3 * columns.count + 1 : 2 * (columns.count - 1)
        var excess = widths.reduce(0, +) + overhead - style.width
        // Take width from long-text columns: first from all but the last one (the quote or
        // snippet people read), down to a comfortable floor; then from all, widest first.
        let longColumns = widths.indices.filter { long[$0] }
        for (phase, floor) in [(0, Self.comfortableLongColumn), (1, Self.minimumLongColumn)] {
            let candidates = phase == 0 ? Array(longColumns.dropLast()) : longColumns
            while excess > 0 {
                guard let widest = candidates.filter({ widths[$0] > floor }).max(by: { widths[$0] < widths[$1] }) else { break }
                widths[widest] -= 1
                excess -= 1
            }
        }
        func line(_ left: String, _ fill: String, _ middle: String, _ right: String) -> String {
            left + widths.map { String(repeating: fill, count: $0 + 2) }.joined(separator: middle) + right + "\n"
        }
        if style.boxes { out += line("┌", "─", "┬", "┐") }
        emit(headers.map { [($0, style.colour ? ANSI.bold + $0 + ANSI.reset : $0)] }, widths: widths, to: &out)
        out += style.boxes ? line("├", "─", "┼", "┤") : widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
        for row in cells {
            let texts: [[String]] = row.indices.map { c in
                let text = row[c].plain
                if long[c] { return TextWrap.wrap(text, width: widths[c]) }
                return [TextWrap.cut(text, width: widths[c])]
            }
            let shown = style.colour ? colourHighlights(row, texts: texts) : nil
            emit(shown ?? texts.map { $0.map { ($0, $0) } }, widths: widths, to: &out)
        }
        if style.boxes { out += line("└", "─", "┴", "┘") }
    }

    /// Wrapped lines with the matched words in colour, when a cell of the row is highlighted.
    func colourHighlights(_ row: [Cell], texts: [[String]]) -> [[(plain: String, shown: String)]]? {
        guard row.contains(where: { if case .highlighted = $0 { return true } else { return false } }) else { return nil }
        return row.indices.map { c in
            guard case .highlighted(_, let ranges) = row[c] else { return texts[c].map { ($0, $0) } }
            // Re-find each highlighted word in the wrapped lines by walking the original text.
            let original = Array(row[c].plain)
            var marked = Set<Int>()
            for range in ranges { marked.formUnion(range) }
            var position = 0
            return texts[c].map { line in
                var shown = ""
                var inside = false
                for character in line {
                    while position < original.count, original[position] != character { position += 1 }
                    let isMarked = marked.contains(position)
                    if isMarked != inside { shown += isMarked ? ANSI.highlight : ANSI.reset; inside = isMarked }
                    shown.append(character)
                    position += 1
                }
                if inside { shown += ANSI.reset }
                return (line, shown)
            }
        }
    }

    /// One table row: each cell's lines side by side, padded by the plain text's width (what
    /// is shown may carry colour codes); without boxes the line ends where its text does.
    func emit(_ cells: [[(plain: String, shown: String)]], widths: [Int], to out: inout String) {
        let height = cells.map(\.count).max() ?? 1
        for lineIndex in 0..<height {
            let parts = cells.enumerated().map { c, lines -> String in
                let item: (plain: String, shown: String) = lineIndex < lines.count ? lines[lineIndex] : ("", "")
                return item.shown + String(repeating: " ", count: max(0, widths[c] - TextWrap.width(item.plain)))
            }
            if style.boxes {
                out += "│ " + parts.joined(separator: " │ ") + " │\n"
            } else {
                var row = parts.joined(separator: "  ")
                while row.hasSuffix(" ") { row.removeLast() }
                out += row + "\n"
            }
        }
    }
}

/// Word wrapping and cutting by display width (one column per character).
enum TextWrap {
    static func width(_ text: String) -> Int { text.count }

    static func cut(_ text: String, width: Int) -> String {
        guard text.count > width else { return text }
        guard width > 1 else { return "…" }
        return String(text.prefix(width - 1)) + "…"
    }

    static func wrap(_ text: String, width: Int) -> [String] {
        guard text.count > width else { return [text] }
        var lines: [String] = []
        // The line's width is kept as it grows: counting Characters anew for every word made
        // wrapping quadratic, a tenth of a `find`'s instructions.
        var current = ""
        var currentWidth = 0
        // Split on the bytes: String's Character-by-Character split was most of the work.
        for bytes in text.utf8.split(separator: 0x20) {
            var word = Substring(bytes)
            var wordWidth = bytes.allSatisfy { $0 < 0x80 } ? bytes.count : word.count
            while wordWidth > width {
                if currentWidth > 0 { lines.append(current); current = ""; currentWidth = 0 }
                lines.append(String(word.prefix(width)))
                word = word.dropFirst(width)
                wordWidth -= width
            }
            if currentWidth == 0 {
                current = String(word)
                currentWidth = wordWidth
            } else if currentWidth + 1 + wordWidth <= width {
                current.append(" ")
                current.append(contentsOf: word)
                currentWidth += 1 + wordWidth
            } else {
                lines.append(current)
                current = String(word)
                currentWidth = wordWidth
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.isEmpty ? [""] : lines
    }
}
