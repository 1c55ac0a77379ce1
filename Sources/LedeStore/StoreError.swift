import Foundation
import GRDB

/// Why a workspace could not be opened, read or written: each case one plain sentence that
/// says what to do. No SQL and no SQLite wording: `translate(_:path:)` turns the database's
/// own errors into these.
public enum StoreError: LocalizedError, Equatable, Sendable {
    case cannotOpen(path: String, reason: String)
    case newerSchema(path: String)
    /// A read on a workspace that does not exist: most often a mistyped path.
    case missing(path: String)
    /// A file lede did not make: another program's database, or not a database at all.
    case notAWorkspace(path: String, reason: String)
    /// The file or its folder cannot be written: queries work, loads do not.
    case readOnly(path: String)
    /// A workspace from an older lede in a place where it cannot be brought up to date.
    case outdatedAndReadOnly(path: String)
    /// Another process held the workspace for longer than lede waits (or, with no time, at a
    /// moment lede could not wait).
    case busy(path: String, seconds: Int?)
    case diskFull(path: String)
    case damaged(path: String)
    case inputOutput(path: String)
    case outOfMemory
    case interrupted
    /// The full-text index refused an expression the query layer built (a bug, never the user's).
    case searchRefused
    case failed(path: String, code: Int)
    /// A server workspace whose account may read but not write.
    case readOnlyAccount(path: String)
    /// The server went away or the network failed mid-command: what was committed stays.
    case connectionLost(path: String)
    /// A server database whose schema for lede already holds another program's tables.
    case foreignSchema(path: String, schema: String, tables: String)
    /// The server refused a statement for a reason lede does not know (its SQLSTATE code).
    case serverRefused(path: String, code: String)

    public var errorDescription: String? {
        switch self {
        case .cannotOpen(let path, let reason):
            return "cannot open workspace \(path): \(reason)"
        case .newerSchema(let path):
            return "workspace \(path) was written by a newer lede; upgrade lede to open it"
        case .missing(let path):
            return "there is no workspace at \(path); check the path, or `load` articles to create it there"
        case .notAWorkspace(let path, let reason):
            return "\(path) is not a lede workspace (\(reason)); lede leaves it untouched: name another file with --workspace"
        case .readOnly(let path):
            return "workspace \(path) cannot be written here (read-only file or folder): queries work, but nothing can be loaded into it"
        case .outdatedAndReadOnly(let path):
            return "workspace \(path) was written by an older lede and cannot be brought up to date here (read-only); open it once where it can be written"
        case .busy(let path, let seconds?):
            return "another program kept workspace \(path) busy for \(seconds) s; try again when it has finished"
        case .busy(let path, nil):
            return "another program is using workspace \(path); try again when it has finished"
        case .diskFull(let path):
            return "the disk holding workspace \(path) is full; free some space and run the command again"
        case .damaged(let path):
            return "workspace \(path) is damaged; nothing more is written to it. Load the articles into a new workspace, or restore a copy"
        case .inputOutput(let path):
            return "the disk could not read or write workspace \(path) (input/output error)"
        case .outOfMemory:
            return "out of memory; narrow the command with filters (since, until, in, limit)"
        case .interrupted:
            return "interrupted"
        case .searchRefused:
            return "the search index could not read this query; please report it with the query"
        case .failed(let path, let code):
            return "workspace \(path) could not answer (internal error \(code))"
        case .readOnlyAccount(let path):
            return "workspace \(path) is read-only for this user: queries work, but nothing can be loaded into it"
        case .connectionLost(let path):
            return "the connection to workspace \(path) was lost; what was loaded before stays, and loading again resumes"
        case .foreignSchema(let path, let schema, let tables):
            return "the schema \(schema) of \(path) holds another program's tables (\(tables)); lede leaves it untouched: name another database"
        case .serverRefused(let path, let code):
            return "workspace \(path) could not answer (server error \(code))"
        }
    }

    /// The store's own error for anything a database call threw; other errors pass through.
    /// `busy` tells a wait given up at Ctrl-C from one given up after a long time.
    static func translate(_ error: Error, path: String, busy: BusyWait? = nil) -> Error {
        if error is StoreError { return error }
        guard let database = error as? DatabaseError else { return error }
        switch database.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            switch busy?.gaveUp {
            case .interrupted: return StoreError.interrupted
            case .waitedTooLong(let seconds): return StoreError.busy(path: path, seconds: seconds)
            case .notWaiting, nil: return StoreError.busy(path: path, seconds: nil)
            }
        case .SQLITE_FULL: return StoreError.diskFull(path: path)
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: return StoreError.damaged(path: path)
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH: return StoreError.readOnly(path: path)
        case .SQLITE_CANTOPEN: return StoreError.cannotOpen(path: path, reason: "the file or its folder cannot be opened")
        case .SQLITE_IOERR: return StoreError.inputOutput(path: path)
        case .SQLITE_NOMEM: return StoreError.outOfMemory
        case .SQLITE_INTERRUPT: return StoreError.interrupted
        case .SQLITE_ERROR where (database.message ?? "").hasPrefix("fts5"): return StoreError.searchRefused
        default: return StoreError.failed(path: path, code: Int(database.resultCode.rawValue))
        }
    }
}
