import Dispatch
import Foundation
import GRDB
import GRDBSQLite
import LedeAnalysis
import LedeArticles
import Synchronization

/// The embedded workspace: one SQLite file in WAL mode, read and written through GRDB.
///
/// Opening never changes a file lede did not make: a file that is not a lede workspace is
/// refused, a missing one is created only by the first write, and a read-only one answers
/// queries. Every error leaves as a `StoreError`.
public final class SQLiteWorkspace: WorkspaceStore, Sendable {
    /// Articles analysed and written per transaction: large enough to amortise the commit,
    /// small enough that an interrupted load loses little and memory stays flat.
    public static let batchSize = 512
    /// The sentence index's rowid packs a temporal row's key: `article << seqBits | seq`, so
    /// an article keeps at most `temporalsPerArticle` dates. (Migration v3 spells out 20.)
    static let seqBits = 20
    static let temporalsPerArticle = 1 << seqBits
    /// Written into every workspace's header (`PRAGMA application_id`): "LEDE".
    public static let applicationID: Int32 = 0x4C45_4445

    /// Where the workspace lives, as the user named it: what messages show.
    public let location: String
    let path: String
    let readCache: ReadCache
    let busy: BusyWait

    /// The open connections: a single read-only connection while nothing has been written in
    /// this run (most commands only read), the writer once it is open; neither while the
    /// workspace does not exist yet.
    private struct Connections: Sendable {
        var reader: DatabaseReader?
        /// The writing pool, opened on the first write (or at once for an outdated workspace).
        var writer: DatabaseWriter?
    }
    private let connections: Mutex<Connections>
    /// Whether the file or its folder refuses writes (checked once, at open).
    let isReadOnlyLocation: Bool

    /// Whether this run has only read: no writer was opened, so closing has nothing to flush.
    public var hasOnlyRead: Bool { connections.withLock { $0.writer == nil } }
    /// Whether the workspace exists yet (a named one is created by its first load).
    public var exists: Bool { connections.withLock { $0.reader != nil } }

    /// How much SQLite keeps of what it read. A session's queries come back to the same pages,
    /// so it keeps SQLite's default 2 MB. A single command reads most pages once: a small cache
    /// reuses its buffers where a large one faults in fresh memory for every page read
    /// (0.8 ms of a 9 ms `lede -c 'find …'`; one-shot who-said, timeline and compare no slower).
    public enum ReadCache: Sendable {
        case session
        case singleCommand

        var pragma: String? {
            switch self {
            case .session: return nil
            case .singleCommand: return "PRAGMA cache_size = -256"  // KiB
            }
        }
    }

    /// Opens the workspace at `path` (`:memory:` gives a private one). A missing file is not
    /// created here: the first write creates it, so a read of a mistyped path is an error.
    ///
    /// - Parameter notices: receives lines for the person waiting (another process is writing).
    public init(
        path: String, displayName: String? = nil, readCache: ReadCache = .session,
        notices: @escaping @Sendable (String) -> Void = { _ in }
    ) throws {
        let location = displayName ?? path
        self.location = location
        self.path = path
        self.readCache = readCache
        busy = BusyWait(location: location, notice: notices)
        guard path != ":memory:" else {
            isReadOnlyLocation = false
            let queue = try DatabaseQueue(configuration: Self.writerConfiguration(busy: busy))
            try Self.prepareWriter(queue, displayName: location)
            connections = Mutex(Connections(reader: queue, writer: queue))
            return
        }
        isReadOnlyLocation = Self.isReadOnly(path)
        switch try WorkspaceFile.inspect(path: path, displayName: location, readOnly: isReadOnlyLocation, busy: busy, pragma: readCache.pragma) {
        case .missing, .empty:
            connections = Mutex(Connections())
        case .current(let reader):
            connections = Mutex(Connections(reader: reader))
        case .outdated:
            // Brought up to date now: queries need the current schema.
            guard !isReadOnlyLocation else { throw StoreError.outdatedAndReadOnly(path: location) }
            let writer = try Self.openWriter(path: path, displayName: location, busy: busy)
            connections = Mutex(Connections(reader: writer, writer: writer))
        }
    }

    /// Whether lede may not write at `path`: the file, or the folder it would be created in,
    /// refuses writing (SQLite also needs the folder for its journal files).
    static func isReadOnly(_ path: String) -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        if FileManager.default.fileExists(atPath: path) {
            return access(path, W_OK) != 0 || access(folder.isEmpty ? "." : folder, W_OK) != 0
        }
        // A missing file: the nearest folder that exists decides.
        var existing = folder.isEmpty ? "." : folder
        while !FileManager.default.fileExists(atPath: existing) {
            let parent = (existing as NSString).deletingLastPathComponent
            if parent.isEmpty || parent == existing { return false }
            existing = parent
        }
        return access(existing, W_OK) != 0
    }

    static func writerConfiguration(busy: BusyWait) -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = busy.mode
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            SpanFunctions.install(in: db)
        }
        return configuration
    }

    static func openWriter(path: String, displayName: String, busy: BusyWait) throws -> DatabaseWriter {
        let pool: DatabasePool
        do {
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
                do {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    throw StoreError.cannotOpen(path: displayName, reason: "its folder cannot be created")
                }
            }
            pool = try DatabasePool(path: path, configuration: writerConfiguration(busy: busy))
        } catch {
            throw StoreError.translate(error, path: displayName)
        }
        try prepareWriter(pool, displayName: displayName)
        return pool
    }

    /// Brings a writer's schema up to date and sets its pragmas.
    static func prepareWriter(_ writer: DatabaseWriter, displayName: String) throws {
        do {
            let migrator = Schema.migrator
            if try writer.read({ try migrator.hasBeenSuperseded($0) }) {
                throw StoreError.newerSchema(path: displayName)
            }
            try migrator.migrate(writer)
            // The writer's page cache: 2 MB (SQLite's default) makes every FTS5 segment merge and
            // every insert into the hash/id indexes re-read pages; 64 MB cut a 100k load by a fifth.
            try writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA cache_size = -65536") }
            // Checkpoint the WAL every 25,000 pages (≈ 100 MB) rather than every 1,000: pages a load
            // rewrites in batch after batch (index interiors, FTS5 structure) are copied into the
            // database, and synced, far less often. 100k articles: 64 -> 53 s, memory unchanged.
            // (A load ends by folding the WAL into the database and emptying it, so a session that
            // goes on keeps no 100 MB file.)
            try writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_autocheckpoint = 25000") }
        } catch {
            throw StoreError.translate(error, path: displayName)
        }
    }

    /// The writer, opened now if this run has only read so far; reads then go through it too.
    /// Before the first write, the file is checked for damage: writing into a damaged file
    /// would spread the damage and hide it.
    func openedWriter() throws -> DatabaseWriter {
        if let writer = connections.withLock({ $0.writer }) { return writer }
        guard !isReadOnlyLocation else { throw StoreError.readOnly(path: location) }
        let existed = exists
        let opened = try Self.openWriter(path: path, displayName: location, busy: busy)
        if existed { try Self.checkIntact(opened, displayName: location) }
        connections.withLock { $0 = Connections(reader: opened, writer: opened) }
        return opened
    }

    /// `PRAGMA quick_check`: every page of every table and index read once, structure checked.
    static func checkIntact(_ writer: DatabaseWriter, displayName: String) throws {
        let verdict: String?
        do {
            verdict = try writer.read { try String.fetchOne($0, sql: "PRAGMA quick_check(1)") }
        } catch {
            throw StoreError.translate(error, path: displayName)
        }
        guard verdict == "ok" else { throw StoreError.damaged(path: displayName) }
    }

    /// Creates the workspace now if it does not exist yet (a load would create it anyway).
    public func create() throws {
        _ = try openedWriter()
    }

    /// Runs `body` on the reading connection; errors leave as `StoreError`.
    func reading<T>(_ body: (Database) throws -> T) throws -> T {
        guard let reader = connections.withLock({ $0.reader }) else { throw StoreError.missing(path: location) }
        do {
            return try reader.read(body)
        } catch {
            throw StoreError.translate(error, path: location)
        }
    }

    // MARK: - Interrupting

    public func interrupt() {
        busy.interrupt()
        let open = connections.withLock { $0 }
        open.reader?.interrupt()
        if let writer = open.writer, writer !== open.reader { writer.interrupt() }
    }

    public func resetInterrupt() {
        busy.reset()
    }
}

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
            throw StoreError.translate(error, path: displayName)
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
        }
        let folder = (path as NSString).deletingLastPathComponent
        let folderWritable = access(folder.isEmpty ? "." : folder, W_OK) == 0
        let target = readOnly && !folderWritable ? immutableURI(path) : path
        do {
            return try DatabaseQueue(path: target, configuration: configuration)
        } catch {
            throw StoreError.translate(error, path: displayName)
        }
    }

    /// `file:` URI for `path` with `immutable=1` (the system SQLite understands URIs).
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
