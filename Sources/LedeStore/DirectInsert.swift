import Foundation
import GRDB
import GRDBSQLite

/// An insert that a load runs for every row it writes (dates, quotes, paragraphs, index rows):
/// its values bound straight to SQLite. GRDB's `StatementArguments` box every value of every
/// row as `any DatabaseValueConvertible` and convert it again to bind it, which cost the
/// writer about a tenth of its CPU.
struct DirectInsert {
    private let statement: Statement
    private let db: Database
    private var handle: OpaquePointer { statement.sqliteStatement }

    /// The statement for `sql`, prepared once per connection (GRDB's statement cache).
    init(_ db: Database, sql: String) throws {
        self.db = db
        statement = try db.cachedStatement(sql: sql)
    }

    /// A value bound to one of the statement's parameters.
    enum Value: Sendable {
        case integer(Int64)
        case text(String)
        case blob(Data)
        case null

        static func integer(_ value: Int?) -> Value { value.map { .integer(Int64($0)) } ?? .null }
        static func text(_ value: String?) -> Value { value.map { .text($0) } ?? .null }
    }

    /// Runs the insert once, its parameters given `values` in order.
    func run(_ values: Value...) throws {
        defer { sqlite3_reset(handle) }
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let status: Int32
            switch value {
            case .integer(let number):
                status = sqlite3_bind_int64(handle, index, number)
            case .text(var text):
                // An empty text is '', never NULL (which a nil address would bind).
                status = text.withUTF8 { bytes in
                    bytes.baseAddress.map { sqlite3_bind_text(handle, index, $0, Int32(bytes.count), Self.copyValue) }
                        ?? sqlite3_bind_text(handle, index, "", 0, Self.copyValue)
                }
            case .blob(let bytes):
                status = bytes.withUnsafeBytes { bytes in
                    bytes.baseAddress.map { sqlite3_bind_blob(handle, index, $0, Int32(bytes.count), Self.copyValue) }
                        ?? sqlite3_bind_zeroblob(handle, index, 0)
                }
            case .null:
                status = sqlite3_bind_null(handle, index)
            }
            guard status == SQLITE_OK else { throw error(status) }
        }
        let status = sqlite3_step(handle)
        guard status == SQLITE_DONE else { throw error(status) }
    }

    /// SQLite copies a value bound with this destructor (the String or Data may go before the step).
    private static let copyValue = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    private func error(_ status: Int32) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: status), message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: statement.sql)
    }
}
