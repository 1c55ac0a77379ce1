import Foundation

/// libpq, PostgreSQL's own C client, opened on first use with `dlopen`.
///
/// Linked at build time, libpq brought 24 more shared libraries (OpenSSL, Kerberos, LDAP, SASL,
/// GnuTLS …) that the dynamic loader resolved at every start of lede — start-up went from 4 ms to
/// 9 ms, for every command on a workspace file that never talks to a server. Opened here, it
/// costs only the runs that use a server workspace, and lede builds without libpq's headers.
///
/// Only the functions lede calls are looked up; their C types are spelled out below as libpq's
/// manual and `libpq-fe.h` give them (stable across libpq versions since 9.x).
struct Libpq: @unchecked Sendable {
    // Handles: PGconn*, PGresult*, PGcancel* as opaque pointers.
    typealias Connect = @convention(c) (UnsafePointer<UnsafePointer<CChar>?>?, UnsafePointer<UnsafePointer<CChar>?>?, Int32) -> OpaquePointer?
    typealias ConnectionInt = @convention(c) (OpaquePointer?) -> Int32
    typealias ConnectionText = @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>?
    typealias ConnectionVoid = @convention(c) (OpaquePointer?) -> Void
    typealias ConnectionPointer = @convention(c) (OpaquePointer?) -> OpaquePointer?
    typealias Cancel = @convention(c) (OpaquePointer?, UnsafeMutablePointer<CChar>?, Int32) -> Int32
    typealias NoticeProcessor = @convention(c) (UnsafeMutableRawPointer?, UnsafePointer<CChar>?) -> Void
    typealias SetNoticeProcessor = @convention(c) (OpaquePointer?, NoticeProcessor?, UnsafeMutableRawPointer?) -> NoticeProcessor?
    typealias Exec = @convention(c) (OpaquePointer?, UnsafePointer<CChar>?) -> OpaquePointer?
    typealias ExecParams = @convention(c) (
        OpaquePointer?, UnsafePointer<CChar>?, Int32, UnsafePointer<UInt32>?, UnsafePointer<UnsafePointer<CChar>?>?,
        UnsafePointer<Int32>?, UnsafePointer<Int32>?, Int32
    ) -> OpaquePointer?
    typealias ResultInt = @convention(c) (OpaquePointer?) -> Int32
    typealias ResultField = @convention(c) (OpaquePointer?, Int32) -> UnsafeMutablePointer<CChar>?
    typealias CellInt = @convention(c) (OpaquePointer?, Int32, Int32) -> Int32
    typealias CellText = @convention(c) (OpaquePointer?, Int32, Int32) -> UnsafeMutablePointer<CChar>?
    typealias PutCopyData = @convention(c) (OpaquePointer?, UnsafePointer<CChar>?, Int32) -> Int32
    typealias PutCopyEnd = @convention(c) (OpaquePointer?, UnsafePointer<CChar>?) -> Int32

    let connectdbParams: Connect
    let status: ConnectionInt
    let errorMessage: ConnectionText
    let finish: ConnectionVoid
    let reset: ConnectionVoid
    let getCancel: ConnectionPointer
    let freeCancel: ConnectionVoid
    let cancel: Cancel
    let setNoticeProcessor: SetNoticeProcessor
    let exec: Exec
    let execParams: ExecParams
    let getResult: ConnectionPointer
    let putCopyData: PutCopyData
    let putCopyEnd: PutCopyEnd
    let resultStatus: ResultInt
    let resultErrorField: ResultField
    let clear: ConnectionVoid
    let ntuples: ResultInt
    let nfields: ResultInt
    let getisnull: CellInt
    let getvalue: CellText

    // ConnStatusType and ExecStatusType values lede reads (libpq-fe.h).
    static let connectionOK: Int32 = 0
    static let connectionBad: Int32 = 1
    static let commandOK: Int32 = 1
    static let tuplesOK: Int32 = 2
    static let copyIn: Int32 = 4
    /// PG_DIAG_SQLSTATE and PG_DIAG_MESSAGE_PRIMARY.
    static let sqlStateField = Int32(UInt8(ascii: "C"))
    static let primaryMessageField = Int32(UInt8(ascii: "M"))

    /// libpq's last message on a connection, as text.
    func errorText(_ connection: OpaquePointer?) -> String {
        errorMessage(connection).map { String(cString: $0) } ?? ""
    }

    /// The names the library is found under: the soname of every libpq since 8.x, then the
    /// development link.
    static let libraryNames = ["libpq.so.5", "libpq.so", "libpq.5.dylib", "libpq.dylib"]

    /// libpq, opened once; nil when it is not installed.
    static let shared: Libpq? = load()

    private static func load() -> Libpq? {
        guard let handle = libraryNames.lazy.compactMap({ dlopen($0, RTLD_NOW | RTLD_LOCAL) }).first else { return nil }
        func symbol<T>(_ name: String, as type: T.Type) -> T? {
            dlsym(handle, name).map { unsafeBitCast($0, to: type) }
        }
        guard
            let connectdbParams = symbol("PQconnectdbParams", as: Connect.self),
            let status = symbol("PQstatus", as: ConnectionInt.self),
            let errorMessage = symbol("PQerrorMessage", as: ConnectionText.self),
            let finish = symbol("PQfinish", as: ConnectionVoid.self),
            let reset = symbol("PQreset", as: ConnectionVoid.self),
            let getCancel = symbol("PQgetCancel", as: ConnectionPointer.self),
            let freeCancel = symbol("PQfreeCancel", as: ConnectionVoid.self),
            let cancel = symbol("PQcancel", as: Cancel.self),
            let setNoticeProcessor = symbol("PQsetNoticeProcessor", as: SetNoticeProcessor.self),
            let exec = symbol("PQexec", as: Exec.self),
            let execParams = symbol("PQexecParams", as: ExecParams.self),
            let getResult = symbol("PQgetResult", as: ConnectionPointer.self),
            let putCopyData = symbol("PQputCopyData", as: PutCopyData.self),
            let putCopyEnd = symbol("PQputCopyEnd", as: PutCopyEnd.self),
            let resultStatus = symbol("PQresultStatus", as: ResultInt.self),
            let resultErrorField = symbol("PQresultErrorField", as: ResultField.self),
            let clear = symbol("PQclear", as: ConnectionVoid.self),
            let ntuples = symbol("PQntuples", as: ResultInt.self),
            let nfields = symbol("PQnfields", as: ResultInt.self),
            let getisnull = symbol("PQgetisnull", as: CellInt.self),
            let getvalue = symbol("PQgetvalue", as: CellText.self)
        else { return nil }
        return Libpq(
            connectdbParams: connectdbParams, status: status, errorMessage: errorMessage, finish: finish, reset: reset,
            getCancel: getCancel, freeCancel: freeCancel, cancel: cancel, setNoticeProcessor: setNoticeProcessor,
            exec: exec, execParams: execParams, getResult: getResult, putCopyData: putCopyData,
            putCopyEnd: putCopyEnd, resultStatus: resultStatus, resultErrorField: resultErrorField, clear: clear, ntuples: ntuples,
            nfields: nfields, getisnull: getisnull, getvalue: getvalue)
    }
}
