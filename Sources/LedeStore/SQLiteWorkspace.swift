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
    /// Set once damage has been seen: nothing more is written in this run.
    private let damageSeen = Atomic(false)

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
            try Self.prepareWriter(queue, displayName: location, busy: busy)
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
            // Brought up to date now: queries need the current schema. Migrating writes, so
            // the file is checked first.
            guard !isReadOnlyLocation else { throw StoreError.outdatedAndReadOnly(path: location) }
            let writer = try Self.openWriter(path: path, displayName: location, busy: busy, checkingFirst: true)
            connections = Mutex(Connections(reader: writer, writer: writer))
        }
    }

    /// Whether lede may not write at `path`: the file, or the folder it would be created in,
    /// refuses writing (SQLite also needs the folder for its journal files).
    static func isReadOnly(_ path: String) -> Bool {
        let folder = PathText.folder(of: path)
        if FileManager.default.fileExists(atPath: path) {
            return access(path, W_OK) != 0 || access(folder.isEmpty ? "." : folder, W_OK) != 0
        }
        // A missing file: the nearest folder that exists decides.
        var existing = folder.isEmpty ? "." : folder
        while !FileManager.default.fileExists(atPath: existing) {
            let parent = PathText.folder(of: existing)
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
            try StoredParagraph.install(in: db)
        }
        return configuration
    }

    /// Opens the writing pool and brings the schema up to date; `checkingFirst` checks an
    /// existing file for damage before anything is written.
    static func openWriter(path: String, displayName: String, busy: BusyWait, checkingFirst: Bool) throws -> DatabaseWriter {
        let pool: DatabasePool
        do {
            let folder = PathText.folder(of: path)
            if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
                do {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    throw StoreError.cannotOpen(path: displayName, reason: "its folder cannot be created")
                }
            }
            pool = try DatabasePool(path: path, configuration: writerConfiguration(busy: busy))
        } catch {
            throw StoreError.translate(error, path: displayName, busy: busy)
        }
        if checkingFirst { try checkIntact(pool, displayName: displayName, busy: busy) }
        try prepareWriter(pool, displayName: displayName, busy: busy)
        return pool
    }

    /// Brings a writer's schema up to date and sets its pragmas.
    static func prepareWriter(_ writer: DatabaseWriter, displayName: String, busy: BusyWait) throws {
        do {
            let migrator = Schema.migrator
            if try writer.read({ try migrator.hasBeenSuperseded($0) }) {
                throw StoreError.newerSchema(path: displayName)
            }
            // Bringing a large workspace up to date rewrites its tables once: say so, rather
            // than look hung.
            let pending = try writer.read { db in try !migrator.hasCompletedMigrations(db) && db.tableExists("article") }
            if pending { busy.notice("bringing \(displayName) up to date with this lede (once; a large workspace takes a few minutes)") }
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
            throw StoreError.translate(error, path: displayName, busy: busy)
        }
    }

    /// The writer, opened now if this run has only read so far; reads then go through it too.
    /// Before the first write, the file is checked for damage: writing into a damaged file
    /// would spread the damage and hide it.
    func openedWriter() throws -> DatabaseWriter {
        // Damage seen by any earlier command of this run stops every later write.
        guard !damageSeen.load(ordering: .acquiring) else { throw StoreError.damaged(path: location) }
        if let writer = connections.withLock({ $0.writer }) { return writer }
        guard !isReadOnlyLocation else { throw StoreError.readOnly(path: location) }
        let opened: DatabaseWriter
        do {
            opened = try Self.openWriter(path: path, displayName: location, busy: busy, checkingFirst: exists)
        } catch {
            throw noted(error)
        }
        connections.withLock { $0 = Connections(reader: opened, writer: opened) }
        return opened
    }

    /// Workspaces up to this size are checked whole before the first write (about a second a
    /// gigabyte when cached); a larger one has its article table checked, the table through
    /// which a load decides what is new. (A whole check of a 15 GB workspace read for minutes.)
    static let wholeCheckLimit: Int64 = 1 << 30

    /// `PRAGMA quick_check`: every page of every table and index read once, structure checked.
    static func checkIntact(_ writer: DatabaseWriter, displayName: String, busy: BusyWait) throws {
        let verdict: String?
        do {
            verdict = try writer.read { db in
                let pages = try Int64.fetchOne(db, sql: "PRAGMA page_count") ?? 0
                let pageSize = try Int64.fetchOne(db, sql: "PRAGMA page_size") ?? 4096
                let scope = pages * pageSize <= wholeCheckLimit ? "1" : "article"
                return try String.fetchOne(db, sql: "PRAGMA quick_check(\(scope))")
            }
        } catch {
            throw StoreError.translate(error, path: displayName, busy: busy)
        }
        guard verdict == "ok" else { throw StoreError.damaged(path: displayName) }
    }

    /// `error` as the store reports it, remembering damage so that nothing more is written.
    func noted(_ error: Error) -> Error {
        let translated = StoreError.translate(error, path: location, busy: busy)
        if case StoreError.damaged = translated { damageSeen.store(true, ordering: .releasing) }
        return translated
    }

    /// Creates the workspace now if it does not exist yet (a load would create it anyway).
    public func create() throws {
        _ = try openedWriter()
    }

    /// Closes the connections now rather than when the workspace is released, so that its files
    /// may be removed (a scratch workspace); later reads answer as for a missing workspace.
    public func close() {
        let open = connections.withLock { connections in
            defer { connections = Connections() }
            return connections
        }
        // Writer first: closing it folds the WAL into the file and removes it.
        try? open.writer?.close()
        if let reader = open.reader, reader !== open.writer { try? reader.close() }
    }

    /// Runs `body` on the reading connection; errors leave as `StoreError`.
    func reading<T>(_ body: (Database) throws -> T) throws -> T {
        guard let reader = connections.withLock({ $0.reader }) else { throw StoreError.missing(path: location) }
        do {
            return try reader.read(body)
        } catch {
            throw noted(error)
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
