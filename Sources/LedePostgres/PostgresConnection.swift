import Foundation
import Synchronization

/// One connection to a PostgreSQL server through libpq, used by one thread at a time (the
/// store keeps it behind a lock). Statements take their values as bound text parameters, never
/// spliced into SQL; results come back as text.
final class PostgresConnection: @unchecked Sendable {
    // libpq's handle may be used from any thread, one at a time: every use below is under `lock`,
    // but cancelling, which libpq makes safe from another thread, goes through `canceller`.
    private let handle: OpaquePointer
    private let pq: Libpq
    /// libpq's cancel request for the server process now serving this connection.
    private let canceller: Mutex<CancelRequest?>

    /// libpq's cancel object, which its manual makes safe to use from another thread.
    private struct CancelRequest: @unchecked Sendable {
        let pointer: OpaquePointer
    }
    private let lock = Mutex(())
    /// Open transactions (a cursor's, or `transaction`'s): only the outermost begins and ends one.
    private let transactionDepth = Mutex(0)
    private let cursorCount = Mutex(0)

    /// Connects with a libpq connection string or URI: libpq's environment variables
    /// (PGHOST, PGPASSWORD …), `~/.pgpass` and `sslmode` apply as they do for psql.
    init(conninfo: String, applicationName: String = "lede") throws(PostgresFailure) {
        guard let pq = Libpq.shared else {
            throw PostgresFailure(
                kind: .cannotConnect(reason: "PostgreSQL's client library, libpq, is not installed (apt-get install libpq5)"),
                message: "libpq not found", sqlState: nil)
        }
        self.pq = pq
        // Defaults first, then the URL (which may set its own application_name or
        // connect_timeout), then what lede cannot do without: text in UTF-8.
        let keywords = ["application_name", "connect_timeout", "dbname", "client_encoding"]
        let values = [applicationName, Self.defaultConnectTimeout, conninfo, "UTF8"]
        // expand_dbname = 1: the first dbname is read as a connection string or URI.
        let connection = Self.withCStrings(keywords) { keys in
            Self.withCStrings(values) { vals in pq.connectdbParams(keys, vals, 1) }
        }
        guard let connection else { throw PostgresFailure(kind: .outOfMemory, message: "out of memory", sqlState: nil) }
        guard pq.status(connection) == Libpq.connectionOK else {
            let message = pq.errorText(connection)
            pq.finish(connection)
            throw PostgresFailure.connecting(message)
        }
        handle = connection
        canceller = Mutex(pq.getCancel(connection).map(CancelRequest.init))
        // Notices (a table that already exists, a truncated identifier) are the server's business.
        _ = pq.setNoticeProcessor(connection, { _, _ in }, nil)
        // lede reads every row a cursor gives: plan cursors for the whole answer, not its first
        // tenth (PostgreSQL's default), which chose row-by-row joins that took seconds.
        pq.clear(pq.exec(connection, "SET cursor_tuple_fraction = 1"))
    }

    deinit {
        canceller.withLock { if let old = $0 { pq.freeCancel(old.pointer) } }
        pq.finish(handle)
    }

    /// Seconds a connection attempt waits for an unreachable host, unless PGCONNECT_TIMEOUT says otherwise.
    static var defaultConnectTimeout: String {
        ProcessInfo.processInfo.environment["PGCONNECT_TIMEOUT"] ?? "10"
    }


    /// Runs one statement with its parameters (text, nil for NULL) and returns its rows.
    @discardableResult
    func execute(_ sql: String, _ parameters: [String?] = []) throws(PostgresFailure) -> PostgresRows {
        try lock.withLock { _ throws(PostgresFailure) in try run(sql, parameters) }
    }

    /// Runs statements without parameters, separated by semicolons (a migration).
    func executeScript(_ sql: String) throws(PostgresFailure) {
        try lock.withLock { _ throws(PostgresFailure) in
            // The rows own the result and free it.
            _ = try check(pq.exec(handle, sql))
        }
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    /// - Parameters:
    ///   - readOnly: the transaction only reads.
    ///   - snapshot: every statement sees the same committed state (repeatable read), not each
    ///     its own.
    func transaction<T>(readOnly: Bool = false, snapshot: Bool = false, _ body: () throws -> T) throws -> T {
        let outermost = transactionDepth.withLock { depth in
            depth += 1
            return depth == 1
        }
        defer { transactionDepth.withLock { $0 -= 1 } }
        guard outermost else { return try body() }
        let begin = "BEGIN" + (snapshot ? " ISOLATION LEVEL REPEATABLE READ" : "") + (readOnly ? " READ ONLY" : "")
        do throws(PostgresFailure) {
            try execute(begin)
        } catch {
            // Found broken before anything was done (the server restarted since the last
            // statement): connected again, nothing is lost by beginning once more.
            guard error.kind == .lost else { throw error }
            try execute(begin)
        }
        do {
            let value = try body()
            try execute("COMMIT")
            return value
        } catch {
            _ = try? execute("ROLLBACK")
            throw error
        }
    }

    static let cancelReasonBytes = 256

    /// Rows a cursor fetches at a time: a page of an answer, never the whole of a large one.
    static let cursorPage = 1000

    /// Runs a query through a cursor and calls `body` with each page of rows as it comes, so a
    /// million quotes cost the memory of a page. `body` may run other statements meanwhile.
    func forEachPage(_ sql: String, _ parameters: [String?] = [], _ body: (PostgresRows) throws -> Void) throws {
        let name = cursorCount.withLock { count in
            count += 1
            return "lede_cursor_\(count)"
        }
        try transaction(readOnly: true) {
            try execute("DECLARE \(name) NO SCROLL CURSOR FOR \(sql)", parameters)
            defer { _ = try? execute("CLOSE \(name)") }
            while true {
                let page = try execute("FETCH \(Self.cursorPage) FROM \(name)")
                guard page.count > 0 else { break }
                try body(page)
                if page.count < Self.cursorPage { break }
            }
        }
    }

    /// Sends rows to `COPY table (columns) FROM STDIN` in text format: the fastest way in.
    func copy(into table: String, columns: [String], rows: CopyRows) throws(PostgresFailure) {
        guard !rows.isEmpty else { return }
        try lock.withLock { _ throws(PostgresFailure) in
            let start = pq.exec(handle, "COPY \(table) (\(columns.joined(separator: ", "))) FROM STDIN")
            guard pq.resultStatus(start) == Libpq.copyIn else {
                _ = try check(start)
                throw PostgresFailure(kind: .failed, message: "the server did not accept the rows", sqlState: nil)
            }
            pq.clear(start)
            let sent = rows.bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { pq.putCopyData(handle, $0.baseAddress, Int32($0.count)) }
            }
            let ended = pq.putCopyEnd(handle, sent == 1 ? nil : "lede could not send the rows")
            guard ended == 1 else { throw PostgresFailure.lost(pq.errorText(handle)) }
            var failure: PostgresFailure?
            while let result = pq.getResult(handle) {
                do throws(PostgresFailure) { _ = try check(result) } catch { failure = failure ?? error }
            }
            if let failure { throw failure }
        }
    }

    /// Asks the server to stop the statement running now; safe from any thread (Ctrl-C).
    func cancel() {
        canceller.withLock { canceller in
            guard let canceller else { return }
            // Room for libpq's reason when the request cannot be sent (lede does not show it).
            var buffer = [CChar](repeating: 0, count: Self.cancelReasonBytes)
            _ = pq.cancel(canceller.pointer, &buffer, Int32(buffer.count))
        }
    }


    // MARK: - Under the lock

    private func run(_ sql: String, _ parameters: [String?]) throws(PostgresFailure) -> PostgresRows {
        // A connection the server dropped (a restart) is made again for the next statement, so a
        // session outlives it; the statement that saw it break has failed already.
        if pq.status(handle) == Libpq.connectionBad {
            pq.reset(handle)
            let fresh = pq.getCancel(handle).map(CancelRequest.init)
            canceller.withLock { old in
                if let previous = old { pq.freeCancel(previous.pointer) }
                old = fresh
            }
        }
        let result: OpaquePointer? = parameters.isEmpty
            ? pq.execParams(handle, sql, 0, nil, nil, nil, nil, 0)
            : Self.withOptionalCStrings(parameters) { values in
                pq.execParams(handle, sql, Int32(parameters.count), nil, values, nil, nil, 0)
            }
        return try check(result)
    }

    /// The result as rows, or the server's refusal as a failure (the result is freed then).
    private func check(_ result: OpaquePointer?) throws(PostgresFailure) -> PostgresRows {
        guard let result else { throw PostgresFailure.lost(pq.errorText(handle)) }
        switch pq.resultStatus(result) {
        case Libpq.commandOK, Libpq.tuplesOK, Libpq.copyIn:
            // From here on the rows own the result.
            return PostgresRows(result, pq)
        default:
            let sqlState = pq.resultErrorField(result, Libpq.sqlStateField).map { String(cString: $0) }
            let message = pq.resultErrorField(result, Libpq.primaryMessageField).map { String(cString: $0) }
                ?? pq.errorText(handle)
            pq.clear(result)
            if pq.status(handle) != Libpq.connectionOK { throw PostgresFailure.lost(message) }
            throw PostgresFailure(sqlState: sqlState, message: message)
        }
    }

    private static func withCStrings<R>(_ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> R) -> R {
        let copies = strings.map { strdup($0) }
        defer { copies.forEach { free($0) } }
        let pointers: [UnsafePointer<CChar>?] = copies.map { UnsafePointer($0) } + [nil]
        return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
    }

    private static func withOptionalCStrings<R>(_ strings: [String?], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> R) -> R {
        let copies = strings.map { $0.map { strdup($0) } ?? nil }
        defer { copies.forEach { free($0) } }
        let pointers: [UnsafePointer<CChar>?] = copies.map { $0.map { UnsafePointer($0) } }
        return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
    }
}

/// The rows of one result, read as text; freed with the value.
final class PostgresRows: @unchecked Sendable {
    // Read-only after creation; libpq results are independent of their connection.
    private let result: OpaquePointer
    let count: Int
    let columns: Int

    private let pq: Libpq

    init(_ result: OpaquePointer, _ pq: Libpq) {
        self.result = result
        self.pq = pq
        count = Int(pq.ntuples(result))
        columns = Int(pq.nfields(result))
    }

    deinit { pq.clear(result) }

    /// The value at `row`, `column` as text; nil for NULL.
    func text(_ row: Int, _ column: Int) -> String? {
        guard pq.getisnull(result, Int32(row), Int32(column)) == 0, let value = pq.getvalue(result, Int32(row), Int32(column)) else { return nil }
        return String(cString: value)
    }

    func string(_ row: Int, _ column: Int) -> String { text(row, column) ?? "" }

    func int(_ row: Int, _ column: Int) -> Int { text(row, column).flatMap { Int($0) } ?? 0 }


}

/// Rows for `COPY … FROM STDIN` in text format: tab between values, a newline after each row,
/// `\N` for NULL, and backslash escapes for what would end a value.
struct CopyRows {
    private(set) var bytes: [UInt8] = []
    private(set) var count = 0
    var isEmpty: Bool { count == 0 }

    mutating func append(_ values: [CopyValue]) {
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: "\t")) }
            switch value {
            case .null:
                bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "N")])
            case .int(let number):
                bytes.append(contentsOf: String(number).utf8)
            case .text(let text):
                for byte in text.utf8 {
                    switch byte {
                    case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
                    case UInt8(ascii: "\t"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
                    case UInt8(ascii: "\n"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
                    case UInt8(ascii: "\r"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
                    // NUL cannot be stored in text; the loaders never produce it, but a value must not end early.
                    case 0: continue
                    default: bytes.append(byte)
                    }
                }
            }
        }
        bytes.append(UInt8(ascii: "\n"))
        count += 1
    }
}

enum CopyValue {
    case null
    case int(Int)
    case text(String)

    static func optional(_ text: String?) -> CopyValue { text.map(CopyValue.text) ?? .null }
    static func optional(_ number: Int?) -> CopyValue { number.map(CopyValue.int) ?? .null }
}

/// What went wrong talking to the server, in the server's words: the store turns it into a
/// `StoreError` before a user sees anything.
struct PostgresFailure: Error, Equatable {
    enum Kind: Equatable {
        /// The connection could not be made: `reason` says why in plain words.
        case cannotConnect(reason: String)
        /// The connection broke (the server went away, the network failed).
        case lost
        case permissionDenied
        case readOnly
        case cancelled
        case diskFull
        case outOfMemory
        case uniqueViolation
        case failed
    }

    var kind: Kind
    /// The server's message: kept for tests and debugging, never shown to a user.
    var message: String
    var sqlState: String?

    init(kind: Kind, message: String, sqlState: String?) {
        self.kind = kind
        self.message = message
        self.sqlState = sqlState
    }

    /// A refusal by SQLSTATE (PostgreSQL's error codes, appendix A of its manual).
    init(sqlState: String?, message: String) {
        self.message = message
        self.sqlState = sqlState
        switch sqlState ?? "" {
        case "42501": kind = .permissionDenied
        case "25006": kind = .readOnly
        case "57014": kind = .cancelled
        case "53100": kind = .diskFull
        case "53200": kind = .outOfMemory
        case "23505": kind = .uniqueViolation
        case let state where (state.hasPrefix("08") && state != "08P01") || state == "57P01" || state == "57P02" || state == "57P03": kind = .lost
        default: kind = .failed
        }
    }

    static func lost(_ message: String) -> PostgresFailure {
        PostgresFailure(kind: .lost, message: message, sqlState: nil)
    }

    /// libpq's message for a failed connection, turned into one plain reason.
    static func connecting(_ message: String) -> PostgresFailure {
        let lowered = message.lowercased()
        let reason: String
        if lowered.contains("password authentication failed") || lowered.contains("no password supplied")
            || lowered.contains("password is required") {
            reason = "the server refused the password (check PGPASSWORD or ~/.pgpass)"
        } else if lowered.contains("role \"") && lowered.contains("does not exist") {
            reason = "the server has no such user"
        } else if lowered.contains("database") && lowered.contains("does not exist") {
            reason = "the server has no such database; create it first (createdb)"
        } else if lowered.contains("connection refused") {
            reason = "nothing answers at that host and port (is the server running?)"
        } else if lowered.contains("could not translate host name") {
            reason = "the host name is unknown"
        } else if lowered.contains("timeout expired") || lowered.contains("timed out") {
            reason = "the host did not answer in time"
        } else if lowered.contains("invalid uri") || lowered.contains("invalid connection option")
            || lowered.contains("missing \"=\"") || lowered.contains("invalid integer value")
            || lowered.contains("invalid port") || lowered.contains("invalid sslmode") {
            reason = "the address is not a valid PostgreSQL URL (postgresql://user@host:port/database)"
        } else if lowered.contains("no pg_hba.conf entry") || lowered.contains("not permitted") {
            reason = "the server does not let this user connect from here"
        } else if lowered.contains("ssl") {
            reason = "the secure connection could not be set up (check sslmode)"
        } else if lowered.contains("too many") {
            reason = "the server has too many connections; try again later"
        } else if lowered.contains("starting up") || lowered.contains("shutting down") {
            reason = "the server is starting up or shutting down; try again shortly"
        } else {
            reason = "the server could not be reached"
        }
        return PostgresFailure(kind: .cannotConnect(reason: reason), message: message, sqlState: nil)
    }
}
