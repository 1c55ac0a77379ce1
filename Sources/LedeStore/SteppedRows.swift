import Foundation
import GRDB
import GRDBSQLite

/// A statement's rows read straight from SQLite, for the listings that read tens of thousands
/// of rows (`speakers`): there a GRDB `Row` per row and a C-string conversion per column cost
/// more than the query itself. Columns are read from the current row, valid until `next()`.
struct SteppedRows {
    private let statement: Statement
    private let db: Database
    private var handle: OpaquePointer { statement.sqliteStatement }

    /// Steps `sql`, made into a statement of its own for this one reading.
    init(_ db: Database, sql: String) throws {
        self.db = db
        statement = try db.makeStatement(sql: sql)
    }

    /// Starts the statement over with `arguments` bound, for another reading of the same kind.
    func restart(with arguments: StatementArguments) throws {
        try statement.setArguments(arguments)
    }

    /// Moves to the next row: false after the last.
    func next() throws -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let code:
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                sql: statement.sql)
        }
    }

    /// A text column ('' for NULL), its length taken from SQLite rather than searched for.
    func text(_ column: Int32) -> String {
        withBytes(column) { String(decoding: $0, as: UTF8.self) }
    }

    /// A text column, nil for NULL.
    func optionalText(_ column: Int32) -> String? {
        sqlite3_column_type(handle, column) == SQLITE_NULL ? nil : text(column)
    }

    func int(_ column: Int32) -> Int {
        Int(sqlite3_column_int64(handle, column))
    }

    /// How a text column compares with `text`, byte by byte (SQLite's BINARY order), without
    /// making a String of it.
    func compare(_ column: Int32, with text: String) -> ByteOrder {
        var text = text
        return text.withUTF8 { other in
            withBytes(column) { Self.order(of: $0, against: other) }
        }
    }

    /// Whether a text column is empty or NULL.
    func isEmpty(_ column: Int32) -> Bool {
        sqlite3_column_bytes(handle, column) == 0
    }

    private static func order(of bytes: UnsafeBufferPointer<UInt8>, against other: UnsafeBufferPointer<UInt8>) -> ByteOrder {
        let common = min(bytes.count, other.count)
        let order = common == 0 ? 0 : memcmp(bytes.baseAddress!, other.baseAddress!, common)
        if order != 0 { return order < 0 ? .before : .after }
        return bytes.count == other.count ? .same : bytes.count < other.count ? .before : .after
    }

    enum ByteOrder {
        case before, same, after
    }

    private func withBytes<T>(_ column: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        guard let bytes = sqlite3_column_text(handle, column) else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        return body(UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(handle, column))))
    }
}
