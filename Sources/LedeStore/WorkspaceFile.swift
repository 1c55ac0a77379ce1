import Foundation
import LedeArticles
import GRDB
import GRDBSQLite

/// What is at a workspace path before anything is opened for writing.
enum WorkspaceFile {
    case missing
    /// A zero-length file or an SQLite database with no tables: lede may make it a workspace.
    case empty
    /// A lede workspace with exactly this lede's migrations: `reader` is open on it, read-only.
    case current(reader: DatabaseReader)
    /// A lede workspace from an older lede (it is migrated on open).
    case outdated

    static let sqliteMagic = Array("SQLite format 3\u{0}".utf8)

    static func inspect(path: String, displayName: String, readOnly: Bool, busy: BusyWait, pragma: String?) throws -> WorkspaceFile {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw StoreError.notAWorkspace(path: displayName, reason: "not a regular file")
        }
        guard info.st_size > 0 else { return .empty }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError.cannotOpen(path: displayName, reason: "permission denied")
        }
        let head = (try? handle.read(upToCount: sqliteMagic.count)) ?? Data()
        try? handle.close()
        guard Array(head) == sqliteMagic else {
            throw StoreError.notAWorkspace(path: displayName, reason: "not an SQLite database")
        }
        let reader = try openReader(path: path, displayName: displayName, readOnly: readOnly, busy: busy, pragma: pragma)
        struct Contents { var applicationID: Int32; var tables: [String]; var migrations: [String] }
        let contents: Contents
        do {
            contents = try reader.read { db in
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
                return Contents(
                    applicationID: try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
                    tables: tables,
                    migrations: tables.contains("grdb_migrations")
                        ? try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") : [])
            }
        } catch {
            throw StoreError.translate(error, path: displayName, busy: busy)
        }
        if contents.applicationID != SQLiteWorkspace.applicationID {
            if contents.applicationID != 0 {
                throw StoreError.notAWorkspace(path: displayName, reason: "it belongs to another program")
            }
            if contents.tables.isEmpty { return .empty }
            // Workspaces made before the application id was written are known by their migrations.
            let known = Set(Schema.versions)
            guard contents.tables.contains("article"), !contents.migrations.isEmpty,
                  contents.migrations.allSatisfy(known.contains) else {
                let shown = contents.tables.prefix(3).joined(separator: ", ") + (contents.tables.count > 3 ? ", …" : "")
                throw StoreError.notAWorkspace(path: displayName, reason: "it holds another program's tables: \(shown)")
            }
        }
        if Set(contents.migrations) == Set(Schema.versions) { return .current(reader: reader) }
        if contents.migrations.contains(where: { !Schema.versions.contains($0) }) {
            throw StoreError.newerSchema(path: displayName)
        }
        return .outdated
    }

    /// A read-only connection. Where the folder cannot be written, SQLite cannot make the
    /// files a WAL reader shares with writers, so the file is opened as immutable: nobody can
    /// be writing it from here.
    static func openReader(path: String, displayName: String, readOnly: Bool, busy: BusyWait, pragma: String?) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = busy.mode
        configuration.prepareDatabase { db in
            if let pragma { try db.execute(sql: pragma) }
            SpanFunctions.install(in: db)
            try StoredParagraph.install(in: db)
        }
        let folder = PathText.folder(of: path)
        let folderWritable = access(folder.isEmpty ? "." : folder, W_OK) == 0
        var target = path
        if readOnly && !folderWritable {
            // Immutable reads the main file alone: articles still in a write-ahead log (a load
            // killed before it ended) would be silently missing.
            var wal = stat()
            if stat(path + "-wal", &wal) == 0, wal.st_size > 0 {
                throw StoreError.cannotOpen(
                    path: displayName,
                    reason: "its last load did not finish tidying up (a non-empty -wal file beside it), and its folder cannot be written; open it once where it can be written")
            }
            if sqlite3_compileoption_used("USE_URI") == 1 { target = immutableURI(path) }
        }
        do {
            return try DatabaseQueue(path: target, configuration: configuration)
        } catch {
            throw StoreError.translate(error, path: displayName, busy: busy)
        }
    }

    /// `file:` URI for `path` with `immutable=1` (for an SQLite built to read URIs as file names).
    static func immutableURI(_ path: String) -> String {
        var escaped = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "%"), UInt8(ascii: "?"), UInt8(ascii: "#"), 0..<0x21, 0x7F...:
                escaped += String(format: "%%%02X", byte)
            default:
                escaped.unicodeScalars.append(Unicode.Scalar(byte))
            }
        }
        return "file:" + escaped + "?immutable=1"
    }
}
