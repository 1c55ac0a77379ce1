import LedeQuery

/// Makes text from articles harmless to draw: a control character in an article (an escape
/// sequence that sets the window title, writes the clipboard, clears the screen; a backspace
/// that hides a word; a bidi override that reorders a line) is shown as a visible symbol
/// instead of being obeyed. Each character becomes exactly one, so widths and highlighted
/// ranges stay where they were.
///
/// - C0 controls but tab and newline become their Control Pictures (`ESC` → `␛`, U+241B).
/// - DEL becomes `␡`; C1 controls and the bidi embeddings, overrides and isolates become `�`.
public enum TerminalSafe {
    static let deleteSymbol: Unicode.Scalar = "\u{2421}"
    static let unknownSymbol: Unicode.Scalar = "\u{FFFD}"

    /// The symbol drawn for `scalar`, or nil when it is safe as it is.
    static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        switch v {
        case 0x09, 0x0A: return nil
        case 0x00..<0x20: return Unicode.Scalar(0x2400 + v)
        case 0x7F: return deleteSymbol
        case 0x80..<0xA0, 0x202A...0x202E, 0x2066...0x2069: return unknownSymbol
        default: return nil
        }
    }

    /// Whether any byte of the UTF-8 text could start something to replace. Most text has
    /// none, and is returned without being copied.
    static func needsWork(_ text: String) -> Bool {
        for byte in text.utf8 {
            if byte < 0x20 && byte != 0x09 && byte != 0x0A { return true }
            if byte == 0x7F || byte == 0xC2 || byte == 0xE2 { return true }
        }
        return false
    }

    public static func text(_ text: String) -> String {
        guard needsWork(text) else { return text }
        var out = String.UnicodeScalarView()
        var changed = false
        for scalar in text.unicodeScalars {
            if let symbol = replacement(for: scalar) {
                out.append(symbol)
                changed = true
            } else {
                out.append(scalar)
            }
        }
        return changed ? String(out) : text
    }

    public static func cell(_ cell: Cell) -> Cell {
        switch cell {
        case .text(let text): return .text(self.text(text))
        case .highlighted(let text, let ranges):
            let safe = self.text(text)
            // A symbol can join a following combining mark into one Character; then the
            // highlighted ranges no longer fit, and the words are shown plain.
            guard safe == text || safe.count == text.count else { return .text(safe) }
            return .highlighted(safe, ranges)
        case .list(let items): return .list(items.map(self.text))
        case .integer, .decimal, .null: return cell
        }
    }

    /// Headings, summary and column headers made safe (rows are made safe as they are drawn).
    static func result(_ result: QueryResult) -> QueryResult {
        var safe = result
        safe.heading = result.heading.map(text)
        safe.summary = result.summary.map(text)
        if var chart = result.chart {
            chart.series = chart.series.map(text)
            safe.chart = chart
        }
        if var table = result.table {
            table.columns = table.columns.map { column in
                var column = column
                column.header = text(column.header)
                return column
            }
            safe.table = table
        }
        return safe
    }
}
