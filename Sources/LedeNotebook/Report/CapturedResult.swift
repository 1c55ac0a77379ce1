import LedeQuery

/// A command's result as a report shows it: everything a renderer is given, with the rows
/// read (up to `maximumRows`; a longer result is cut, and the report says by how much).
public struct CapturedResult: Sendable, Equatable {
    /// Rows a report keeps of one command: enough to read, few enough to print.
    public static let maximumRows = 500

    public var layout: QueryResult.Layout = .table
    public var heading: [String] = []
    public var chart: Chart?
    public var columns: [Column] = []
    public var rows: [[Cell]] = []
    /// Rows of the result beyond `maximumRows`, not kept.
    public var rowsLeftOut = 0
    public var summary: [String] = []

    public init() {}

    /// The index of the column with `key`, if the result has one.
    func column(_ key: String) -> Int? {
        columns.firstIndex { $0.key == key }
    }
}

/// A renderer that draws nothing: it keeps the result for a report, side by side with the
/// renderers that draw it, from the same single reading of the rows.
struct ResultCapture: Renderer {
    private(set) var captured = CapturedResult()

    mutating func begin<Out: TextOutputStream>(_ result: QueryResult, to out: inout Out) {
        captured.layout = result.layout
        captured.heading = result.heading
        captured.chart = result.chart
        captured.columns = result.table?.columns ?? []
    }

    mutating func row<Out: TextOutputStream>(_ row: [Cell], to out: inout Out) {
        if captured.rows.count < CapturedResult.maximumRows {
            captured.rows.append(row)
        } else {
            captured.rowsLeftOut += 1
        }
    }

    mutating func end<Out: TextOutputStream>(summary: [String], to out: inout Out) {
        captured.summary = summary
    }
}
