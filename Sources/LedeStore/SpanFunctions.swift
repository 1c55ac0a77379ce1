import GRDB
import GRDBSQLite
import LedeAnalysis

/// SQL functions that give the calendar period of a TIMEX3 value as day numbers (NULL for
/// durations, sets and vague references), so that SQLite can order a timeline and cut it to a
/// window while it reads, however many dates there are. Registered through SQLite's C API:
/// an unfiltered timeline calls them for every date in the workspace, and GRDB's general
/// function wrapper cost several times the work itself.
enum SpanFunctions {
    static let first = "lede_span_first"
    static let last = "lede_span_last"

    static func install(in db: Database) {
        let flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC
        sqlite3_create_function_v2(db.sqliteConnection, first, 1, flags, nil, { context, _, values in
            SpanFunctions.result(context, values) { $0.first.dayNumber }
        }, nil, nil, nil)
        sqlite3_create_function_v2(db.sqliteConnection, last, 1, flags, nil, { context, _, values in
            SpanFunctions.result(context, values) { $0.last.dayNumber }
        }, nil, nil, nil)
    }

    static func result(_ context: OpaquePointer?, _ values: UnsafeMutablePointer<OpaquePointer?>?, _ day: (TimexSpan) -> Int) {
        guard let value = values?[0], let text = sqlite3_value_text(value) else {
            sqlite3_result_null(context)
            return
        }
        let length = Int(sqlite3_value_bytes(value))
        let string = String(decoding: UnsafeBufferPointer(start: text, count: length), as: UTF8.self)
        if let span = TimexSpan(value: string) {
            sqlite3_result_int64(context, Int64(day(span)))
        } else {
            sqlite3_result_null(context)
        }
    }
}
