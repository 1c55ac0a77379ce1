/// One cell of a result table.
public enum Cell: Sendable, Equatable {
    case text(String)
    /// Text with ranges (in characters) to highlight: the words a search matched.
    case highlighted(String, [Range<Int>])
    case integer(Int)
    /// A number shown with a fixed count of decimals.
    case decimal(Double, places: Int)
    case list([String])
    case null

    /// The cell as plain text.
    public var plain: String {
        switch self {
        case .text(let s), .highlighted(let s, _): return s
        case .integer(let n): return String(n)
        case .decimal(let d, let places): return formatDecimal(d, places: places)
        case .list(let items): return items.joined(separator: "; ")
        case .null: return ""
        }
    }
}

/// Formats without locale or scientific notation, so output is the same everywhere.
func formatDecimal(_ value: Double, places: Int) -> String {
    let scale = (0..<places).reduce(1.0) { r, _ in r * 10 }
    let rounded = (value * scale).rounded() / scale
    var text = String(Int((abs(rounded) * scale).rounded()))
    while text.count <= places { text = "0" + text }
    let split = text.index(text.endIndex, offsetBy: -places)
    // Strings, not Substrings: the generic `+` on Substrings costs a dynamic type look-up.
    let body = places > 0 ? String(text[..<split]) + "." + String(text[split...]) : text
    return (rounded < 0 ? "-" : "") + body
}

public struct Column: Sendable, Equatable {
    /// The JSON key (as documented for users) and the CSV header.
    public var key: String
    /// The header in table, plain and markdown modes.
    public var header: String
    /// Long text that a table may wrap or cut.
    public var isLongText: Bool
    /// Left out of table, plain and markdown output (still in json and csv).
    public var isMachineOnly: Bool

    public init(_ key: String, header: String? = nil, longText: Bool = false, machineOnly: Bool = false) {
        self.key = key
        self.header = header ?? key
        self.isLongText = longText
        self.isMachineOnly = machineOnly
    }
}

public struct ResultTable: Sendable, Equatable {
    public var columns: [Column]
    public var source: RowSource

    public init(columns: [Column], rows: [[Cell]] = []) {
        self.columns = columns
        self.source = .rows(rows)
    }

    /// A table whose rows are read from the workspace while they are drawn.
    public init(columns: [Column], stream: RowStream) {
        self.columns = columns
        self.source = .stream(stream)
    }

    /// Every row, read now (a stream is run to its end: for tests and small results).
    public var rows: [[Cell]] {
        switch source {
        case .rows(let rows): return rows
        case .stream(let stream):
            var rows: [[Cell]] = []
            _ = try? stream.produce { rows.append($0) }
            return rows
        }
    }

    public static func == (a: ResultTable, b: ResultTable) -> Bool {
        a.columns == b.columns && a.rows == b.rows
    }
}

/// Where a table's rows come from: held, or produced one at a time.
public enum RowSource: Sendable {
    case rows([[Cell]])
    case stream(RowStream)
}

/// Rows produced one at a time, so that memory is bounded by a row, not by the result: a
/// million quotes are drawn as they are read. Running it again reads them again.
public struct RowStream: Sendable {
    /// Calls `emit` with each row in order and returns summary lines known only at the end
    /// ("20 of 5,123 quotes shown"). `emit` may throw to stop early (Ctrl-C).
    public let produce: @Sendable (_ emit: ([Cell]) throws -> Void) throws -> [String]

    public init(_ produce: @escaping @Sendable (_ emit: ([Cell]) throws -> Void) throws -> [String]) {
        self.produce = produce
    }
}

/// What a command produced, before it is rendered in the chosen mode.
public struct QueryResult: Sendable, Equatable {
    public enum Layout: Sendable, Equatable {
        /// Rows and columns.
        case table
        /// Numbered paragraphs of running text (`show`).
        case document
        /// One block per row for reading: a line of the `heading` columns, then the `body`
        /// column's text wrapped and indented (quotes, snippets, sentences).
        case entries(heading: [String], body: String)
        /// Two things side by side (`compare`): per row an `aspect`, what only the `left` side
        /// has and what only the `right` side has in two aligned columns, and what is `shared`
        /// on a line across both.
        case comparison(aspect: String, left: String, shared: String, right: String)
    }

    public var layout: Layout = .table
    /// Lines printed before the table in human modes (a title, a chart).
    public var heading: [String] = []
    /// Counts per period, drawn before the table by each renderer in its own way.
    public var chart: Chart?
    public var table: ResultTable?
    /// Lines printed after the table in human modes, and alone when there is no table.
    public var summary: [String] = []
    /// Remarks for the person at the terminal, on stderr: never part of a recorded session.
    public var notes: [String] = []
    /// The articles this result is about, handed to the next stage of a pipe or to `let`.
    public var articleIDs: [String] = []
    /// Set when the command did part of its work and then failed (a load that found a path
    /// missing, or filled the disk): the result is shown, then this error, and the command
    /// counts as failed.
    public var failure: QueryError?
    /// The failure is Ctrl-C's (a load stopped part way): a script stops here.
    public var interrupted = false

    public init() {}
}
