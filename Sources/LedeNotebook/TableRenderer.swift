import LedeQuery

/// Aligned columns fitted to the width: long text wraps, short columns are cut with `…`.
/// Box-drawn on a terminal, plain-aligned otherwise.
///
/// Rows are drawn as they come. Column widths are fitted to the first page of rows: a result
/// of a page or less looks as if laid out whole, and a longer one keeps those widths (long
/// text wraps, short columns are cut), so memory holds one page however long the result.
struct TableRenderer: Renderer {
    var style: TextStyle
    static let minimumLongColumn = 16
    static let comfortableLongColumn = 22
    static let maximumShortColumn = 40
    /// A short column is cut no narrower than this (a date, `2019-01-04`, stays whole) before
    /// long text wraps below its minimum.
    static let minimumShortColumn = 10
    /// How narrow long text wraps before short columns are cut below their minimum.
    static let narrowLongColumn = 8
    /// Rows held to fit the column widths before the first is drawn.
    static let pageSize = 1000

    private var result = QueryResult()
    private var columns: [Column] = []
    private var page: [[Cell]] = []
    /// Set once the first page is drawn: the widths every later row is drawn with.
    private var fitted: [Int]?
    private var comparisonWidths: ComparisonWidths?
    private var rowsDrawn = 0

    init(style: TextStyle) {
        self.style = style
    }

    mutating func begin<Out: TextOutputStream>(_ result: QueryResult, to out: inout Out) {
        self.result = result
        columns = result.table?.columns ?? []
        for line in result.heading + (result.chart.map(ChartText.lines) ?? []) { out.write(line + "\n") }
    }

    mutating func row<Out: TextOutputStream>(_ row: [Cell], to out: inout Out) {
        defer { rowsDrawn += 1 }
        switch result.layout {
        case .document: renderDocument(row, to: &out)
        case .entries(let heading, let body):
            guard let bodyIndex = columns.firstIndex(where: { $0.key == body }) else { return paged(row, to: &out) }
            renderEntry(row, heading: heading, bodyIndex: bodyIndex, to: &out)
        case .table, .comparison: paged(row, to: &out)
        }
    }

    mutating func end<Out: TextOutputStream>(summary: [String], to out: inout Out) {
        flushPage(to: &out)
        if fitted != nil, style.boxes, case .table = layoutForPaging { out.write(borderLine("└", "─", "┴", "┘")) }
        for line in summary { out.write((style.colour ? ANSI.dim + line + ANSI.reset : line) + "\n") }
    }

    /// Tables and comparisons are fitted to a page; entries whose body column is missing too.
    private var layoutForPaging: QueryResult.Layout {
        if case .comparison = result.layout { return result.layout }
        return .table
    }

    private mutating func paged<Out: TextOutputStream>(_ row: [Cell], to out: inout Out) {
        if fitted != nil {
            draw(row, to: &out)
            return
        }
        page.append(row)
        if page.count >= Self.pageSize { flushPage(to: &out) }
    }

    /// Fits the widths to the rows held, draws the header and them.
    private mutating func flushPage<Out: TextOutputStream>(to out: inout Out) {
        guard fitted == nil, !page.isEmpty else { return }
        if case .comparison(let aspect, let left, let shared, let right) = layoutForPaging,
           let widths = ComparisonWidths(columns: columns, rows: page, keys: (aspect, left, shared, right), style: style) {
            comparisonWidths = widths
            fitted = []
            renderComparisonHeader(widths, to: &out)
        } else {
            let widths = fitTable(page)
            fitted = widths
            renderTableHeader(widths, to: &out)
        }
        for row in page { draw(row, to: &out) }
        page = []
    }

    private func draw<Out: TextOutputStream>(_ row: [Cell], to out: inout Out) {
        if let comparisonWidths {
            renderComparisonRow(row, comparisonWidths, to: &out)
        } else if let fitted {
            renderTableRow(row, widths: fitted, to: &out)
        }
    }

    func renderDocument<Out: TextOutputStream>(_ row: [Cell], to out: inout Out) {
        let marker = "¶" + row[0].plain + " "
        let lines = TextWrap.wrap(row[1].plain, width: max(20, style.width - marker.count))
        for (index, line) in lines.enumerated() {
            out.write((index == 0 ? marker : String(repeating: " ", count: marker.count)) + line + "\n")
        }
    }

    static let entryIndent = "    "

    func renderEntry<Out: TextOutputStream>(_ row: [Cell], heading: [String], bodyIndex: Int, to out: inout Out) {
        if rowsDrawn > 0 { out.write("\n") }
        let title = Renderers.entryHeading(columns, row: row, keys: heading)
        for line in TextWrap.wrap(title, width: style.width) {
            out.write((style.colour ? ANSI.bold + line + ANSI.reset : line) + "\n")
        }
        let cell = row[bodyIndex]
        let lines = TextWrap.wrap(cell.plain, width: style.width - Self.entryIndent.count)
        if style.colour, let coloured = colourHighlights([cell], texts: [lines]) {
            for line in coloured[0] { out.write(Self.entryIndent + line.shown + "\n") }
        } else {
            for line in lines { out.write(Self.entryIndent + line + "\n") }
        }
    }

    static let sharedLabel = "  shared"

    /// `compare`: the aspect, then the two sides in aligned columns of equal width, then what
    /// both share on a line across them. Widths are measured on the plain text; colour is put
    /// on after padding. (Never boxed: the shared line runs across both columns.)
    struct ComparisonWidths {
        var aspect: Int, left: Int, shared: Int, right: Int
        var label: Int
        var side: Int
        var across: Int

        init?(columns: [Column], rows: [[Cell]], keys: (aspect: String, left: String, shared: String, right: String), style: TextStyle) {
            func index(_ key: String) -> Int? { columns.firstIndex { $0.key == key } }
            guard let a = index(keys.aspect), let l = index(keys.left), let s = index(keys.shared), let r = index(keys.right) else { return nil }
            (aspect, left, shared, right) = (a, l, s, r)
            // The aspect column takes at most a quarter of the width; longer labels wrap.
            let widest = rows.reduce(max(TextWrap.width(columns[a].header), TextWrap.width(TableRenderer.sharedLabel))) {
                max($0, TextWrap.width($1[a].plain))
            }
            label = max(1, min(widest, style.width / 4))
            side = max(1, (style.width - label - 2 * TableRenderer.comparisonGap.count) / 2)
            across = 2 * side + TableRenderer.comparisonGap.count
        }
    }

    static let comparisonGap = "  "

    func renderComparisonHeader<Out: TextOutputStream>(_ widths: ComparisonWidths, to out: inout Out) {
        let headers = [columns[widths.left].header, columns[widths.right].header].map { [TextWrap.cut($0, width: widths.side)] }
        emitComparison(columns[widths.aspect].header, headers, widths: [widths.side, widths.side], label: widths.label, labelStyle: bold, columnStyle: bold, to: &out)
        out.write([widths.label, widths.side, widths.side].map { String(repeating: "─", count: $0) }.joined(separator: Self.comparisonGap) + "\n")
    }

    func renderComparisonRow<Out: TextOutputStream>(_ row: [Cell], _ widths: ComparisonWidths, to out: inout Out) {
        let sides = [row[widths.left], row[widths.right]].map { TextWrap.wrap($0.plain, width: widths.side) }
        emitComparison(row[widths.aspect].plain, sides, widths: [widths.side, widths.side], label: widths.label, labelStyle: bold, to: &out)
        let shared = row[widths.shared].plain
        if !shared.isEmpty {
            emitComparison(Self.sharedLabel, [TextWrap.wrap(shared, width: widths.across)], widths: [widths.across], label: widths.label, labelStyle: dim, to: &out)
        }
    }

    func bold(_ text: String) -> String { style.colour ? ANSI.bold + text + ANSI.reset : text }
    func dim(_ text: String) -> String { style.colour ? ANSI.dim + text + ANSI.reset : text }

    func emitComparison<Out: TextOutputStream>(
        _ label: String, _ columns: [[String]], widths: [Int], label labelWidth: Int,
        labelStyle: (String) -> String, columnStyle: (String) -> String = { $0 }, to out: inout Out
    ) {
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
                    line += String(repeating: " ", count: max(0, cell.width - TextWrap.width(cell.text))) + Self.comparisonGap
                }
            }
            out.write(line + "\n")
        }
    }

    /// The visible columns and their widths, fitted to `rows` and the style's width.
    func fitTable(_ rows: [[Cell]]) -> [Int] {
        let visible = Renderers.humanColumns(columns)
        let headers = visible.map { columns[$0].header }
        let long = visible.map { columns[$0].isLongText }
        var widths = headers.indices.map { index in
            min(rows.reduce(TextWrap.width(headers[index])) { max($0, TextWrap.width($1[visible[index]].plain)) },
                long[index] ? Int.max : Self.maximumShortColumn)
        }
        // Separators: "│ " + " │ " between + " │" for boxes; two spaces otherwise.
        let overhead = style.boxes ? 3 * visible.count + 1 : 2 * (visible.count - 1)
        var excess = widths.reduce(0, +) + overhead - style.width
        // Take width from long-text columns: first from all but the last one (the quote or
        // snippet people read), down to a comfortable floor; then from all, widest first.
        // Then from the short columns (cut with `…`), widest first, down to a whole ISO date;
        // then long text wraps narrower still; last, every column gives way down to one cell,
        // so that a table is never wider than the window.
        let longColumns = widths.indices.filter { long[$0] }
        let shortColumns = widths.indices.filter { !long[$0] }
        let steps: [(candidates: [Int], floor: Int)] = [
            (Array(longColumns.dropLast()), Self.comfortableLongColumn),
            (longColumns, Self.minimumLongColumn),
            (shortColumns, Self.minimumShortColumn),
            (longColumns, Self.narrowLongColumn),
            (Array(widths.indices), 1),
        ]
        for step in steps {
            while excess > 0 {
                guard let widest = step.candidates.filter({ widths[$0] > step.floor }).max(by: { widths[$0] < widths[$1] }) else { break }
                widths[widest] -= 1
                excess -= 1
            }
        }
        return widths
    }

    func borderLine(_ left: String, _ fill: String, _ middle: String, _ right: String) -> String {
        guard let widths = fitted else { return "" }
        return left + widths.map { String(repeating: fill, count: $0 + 2) }.joined(separator: middle) + right + "\n"
    }

    func renderTableHeader<Out: TextOutputStream>(_ widths: [Int], to out: inout Out) {
        // In a very narrow window even headers are cut.
        let headers = zip(Renderers.humanColumns(columns), widths).map { TextWrap.cut(columns[$0].header, width: $1) }
        if style.boxes { out.write(borderLine("┌", "─", "┬", "┐")) }
        emit(headers.map { [($0, style.colour ? ANSI.bold + $0 + ANSI.reset : $0)] }, widths: widths, to: &out)
        out.write(style.boxes ? borderLine("├", "─", "┼", "┤") : widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n")
    }

    func renderTableRow<Out: TextOutputStream>(_ fullRow: [Cell], widths: [Int], to out: inout Out) {
        let visible = Renderers.humanColumns(columns)
        let row = visible.map { fullRow[$0] }
        let texts: [[String]] = row.indices.map { c in
            let text = row[c].plain
            if columns[visible[c]].isLongText { return TextWrap.wrap(text, width: widths[c]) }
            return [TextWrap.cut(text, width: widths[c])]
        }
        let shown = style.colour ? colourHighlights(row, texts: texts) : nil
        emit(shown ?? texts.map { $0.map { ($0, $0) } }, widths: widths, to: &out)
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
    func emit<Out: TextOutputStream>(_ cells: [[(plain: String, shown: String)]], widths: [Int], to out: inout Out) {
        let height = cells.map(\.count).max() ?? 1
        for lineIndex in 0..<height {
            let parts = cells.enumerated().map { c, lines -> String in
                let item: (plain: String, shown: String) = lineIndex < lines.count ? lines[lineIndex] : ("", "")
                return item.shown + String(repeating: " ", count: max(0, widths[c] - TextWrap.width(item.plain)))
            }
            if style.boxes {
                out.write("│ " + parts.joined(separator: " │ ") + " │\n")
            } else {
                var row = parts.joined(separator: "  ")
                while row.hasSuffix(" ") { row.removeLast() }
                out.write(row + "\n")
            }
        }
    }
}

/// Word wrapping and cutting by display width: terminal cells (see `DisplayWidth`), cut
/// between grapheme clusters.
enum TextWrap {
    static func width(_ text: String) -> Int { DisplayWidth.of(text) }

    static func cut(_ text: String, width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        guard width > 1 else { return "…" }
        var kept = DisplayWidth.prefix(text[...], fitting: width - 1)
        // A wide character that would need the ellipsis's cell is left out.
        if DisplayWidth.of(kept) > width - 1 { kept = kept.dropLast() }
        return String(kept) + "…"
    }

    static func wrap(_ text: String, width: Int) -> [String] {
        guard DisplayWidth.of(text) > width else { return [text] }
        var lines: [String] = []
        // The line's width is kept as it grows: counting Characters anew for every word made
        // wrapping quadratic, a tenth of a `find`'s instructions.
        var current = ""
        var currentWidth = 0
        // Split on the bytes: String's Character-by-Character split was most of the work.
        for bytes in text.utf8.split(separator: 0x20) {
            var word = Substring(bytes)
            var wordWidth = bytes.allSatisfy { $0 < 0x80 } ? bytes.count : DisplayWidth.of(word)
            while wordWidth > width {
                if currentWidth > 0 { lines.append(current); current = ""; currentWidth = 0 }
                let piece = DisplayWidth.prefix(word, fitting: width)
                lines.append(String(piece))
                word = word[piece.endIndex...]
                wordWidth -= DisplayWidth.of(piece)
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
