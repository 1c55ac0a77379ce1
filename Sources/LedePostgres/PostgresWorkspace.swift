import Foundation
import LedeAnalysis
import LedeArticles
import LedeStore
import Synchronization

/// The team workspace: the same store as the SQLite file, on a PostgreSQL server, so that
/// several people load into one corpus and everyone queries it. It lives in a schema of its own
/// (`lede` unless named otherwise) and refuses a schema that holds anything else. Answers equal
/// the SQLite workspace's, search scores included: words are split by the SQLite index's own
/// tokenizer and ranked by the same BM25 (`IndexQuery`, `BM25`).
public final class PostgresWorkspace: WorkspaceStore, Sendable {
    /// The workspace as messages show it: the URL without any password.
    public let location: String
    let conninfo: String
    /// The schema's name, and the same quoted for SQL.
    public let schema: String
    let quotedSchema: String
    let reader: PostgresConnection
    private let state: Mutex<State>

    private struct State: Sendable {
        var exists: Bool
        /// Opened for the first load of this run, and kept for the next.
        var writer: PostgresConnection?
    }

    /// A workspace URL names a PostgreSQL server.
    public static func isServerLocation(_ location: String) -> Bool {
        let lowered = location.lowercased()
        return lowered.hasPrefix("postgresql://") || lowered.hasPrefix("postgres://")
    }

    /// How a workspace URL is shown: without any password.
    public static func shownLocation(_ url: String) -> String { ServerAddress.shown(url) }

    /// The default schema lede keeps a workspace in.
    public static let defaultSchema = "lede"

    /// Connects and looks at what the schema holds. Nothing is created here: the first load
    /// creates the schema, so a query on an empty database is told there is no workspace yet.
    public init(url: String, schema: String = PostgresWorkspace.defaultSchema) throws {
        location = ServerAddress.shown(url)
        conninfo = url
        guard ServerAddress.isPlainName(schema) else {
            throw StoreError.cannotOpen(path: location, reason: "the schema name \(schema) is not a plain name (letters, digits, _)")
        }
        self.schema = schema
        quotedSchema = "\"\(schema)\""
        do {
            reader = try PostgresConnection(conninfo: url)
        } catch {
            throw Self.translate(error, location: ServerAddress.shown(url))
        }
        let exists: Bool
        switch try Self.inspect(reader, schema: schema, location: location) {
        case .missing: exists = false
        case .current: exists = true
        case .outdated:
            // Queries need the current tables: brought up to date now, by an account that may.
            do {
                try Self.migrate(reader, schema: schema, location: location)
            } catch StoreError.readOnlyAccount {
                throw StoreError.outdatedAndReadOnly(path: location)
            }
            exists = true
        }
        state = Mutex(State(exists: exists, writer: nil))
    }

    /// Whether the workspace exists. One that did not when opened is looked for again: on a
    /// shared server, someone else's first load may have created it since.
    public var exists: Bool {
        if state.withLock({ $0.exists }) { return true }
        guard case .current? = try? Self.inspect(reader, schema: schema, location: location) else { return false }
        state.withLock { $0.exists = true }
        return true
    }

    /// What a schema of this name holds.
    enum Contents {
        case missing
        case current
        case outdated
    }

    static func inspect(_ connection: PostgresConnection, schema: String, location: String) throws -> Contents {
        do {
            let tables = try connection.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = $1 ORDER BY tablename COLLATE \"C\"", [schema])
            let names = (0..<tables.count).map { tables.string($0, 0) }
            guard !names.isEmpty else { return .missing }
            guard names.contains(PostgresSchema.bookkeepingTable) else {
                let shown = names.prefix(3).joined(separator: ", ") + (names.count > 3 ? ", …" : "")
                throw StoreError.foreignSchema(path: location, schema: schema, tables: shown)
            }
            let applied = try connection.execute("SELECT version FROM \"\(schema)\".\(PostgresSchema.bookkeepingTable)")
            let versions = Set((0..<applied.count).map { applied.string($0, 0) })
            if !versions.isSubset(of: Set(PostgresSchema.versions)) { throw StoreError.newerSchema(path: location) }
            return versions.count == PostgresSchema.versions.count ? .current : .outdated
        } catch let failure as PostgresFailure {
            throw translate(failure, location: location)
        }
    }

    /// The key of the advisory lock that makes migrations and batch writes take turns.
    func lockKey() -> String { "hashtext('lede:' || \(ServerAddress.literal(schema)))" }

    /// Creates the schema or brings it up to date, one migration per transaction, while holding
    /// the workspace's lock: two loaders starting at once do not both create it.
    static func migrate(_ connection: PostgresConnection, schema: String, location: String) throws {
        let quoted = "\"\(schema)\""
        let key = "hashtext('lede:' || \(ServerAddress.literal(schema)))"
        do {
            try connection.execute("SELECT pg_advisory_lock(\(key))")
            defer { _ = try? connection.execute("SELECT pg_advisory_unlock(\(key))") }
            try connection.execute("CREATE SCHEMA IF NOT EXISTS \(quoted)")
            // Someone else's tables may have appeared; look again under the lock.
            if case .missing = try inspect(connection, schema: schema, location: location) {
                try connection.execute("CREATE TABLE IF NOT EXISTS \(quoted).\(PostgresSchema.bookkeepingTable) (version TEXT PRIMARY KEY)")
            }
            let applied = try connection.execute("SELECT version FROM \(quoted).\(PostgresSchema.bookkeepingTable)")
            let done = Set((0..<applied.count).map { applied.string($0, 0) })
            for migration in PostgresSchema.migrations where !done.contains(migration.version) {
                try connection.transaction {
                    try connection.executeScript(migration.sql.replacingOccurrences(of: "{schema}", with: quoted))
                    try connection.execute("INSERT INTO \(quoted).\(PostgresSchema.bookkeepingTable) (version) VALUES ($1)", [migration.version])
                }
            }
        } catch let failure as PostgresFailure {
            if failure.kind == .permissionDenied || failure.kind == .readOnly {
                throw StoreError.readOnlyAccount(path: location)
            }
            throw translate(failure, location: location)
        }
    }

    /// The writing connection, opened and the schema made or brought up to date on first use.
    func openedWriter() throws -> PostgresConnection {
        if let writer = state.withLock({ $0.writer }) { return writer }
        let writer: PostgresConnection
        do {
            writer = try PostgresConnection(conninfo: conninfo)
            // An account that may only read is told so before anything is analysed.
            let rights = try writer.execute("""
                SELECT current_setting('transaction_read_only') = 'on',
                       has_database_privilege(current_database(), 'CREATE'),
                       CASE WHEN n.oid IS NOT NULL THEN has_schema_privilege(n.oid, 'CREATE') END,
                       CASE WHEN c.oid IS NOT NULL THEN has_table_privilege(c.oid, 'INSERT') END
                FROM (SELECT $1::text AS nspname) s
                LEFT JOIN pg_namespace n ON n.nspname = s.nspname
                LEFT JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = 'article'
                """, [schema])
            let readOnly = rights.text(0, 0) == "t"
            let canCreate = rights.text(0, 1) == "t"
            let schemaExists = rights.text(0, 2) != nil
            let canWrite = schemaExists ? (rights.text(0, 2) == "t" || rights.text(0, 3) == "t") : canCreate
            if readOnly || !canWrite { throw StoreError.readOnlyAccount(path: location) }
        } catch let failure as PostgresFailure {
            throw Self.translate(failure, location: location)
        }
        // Made or brought up to date only when it must be: an account that may write the
        // tables but not create schemas loads into a current workspace.
        if case .current = try Self.inspect(writer, schema: schema, location: location) {} else {
            try Self.migrate(writer, schema: schema, location: location)
        }
        state.withLock {
            $0.exists = true
            $0.writer = writer
        }
        return writer
    }

    /// Creates the workspace now if it does not exist yet (a load would create it anyway).
    public func create() throws {
        _ = try openedWriter()
    }

    /// Drops the whole schema: a scratch workspace's end. Only for a schema this lede made.
    public func dropSchema() throws {
        do {
            try reader.execute("DROP SCHEMA IF EXISTS \(quotedSchema) CASCADE")
        } catch {
            throw noted(error)
        }
        state.withLock { $0.exists = false }
    }

    public func batchWriter() throws -> any BatchWriter {
        PostgresBatchWriter(workspace: self, connection: try openedWriter(), lookups: try PostgresConnection(conninfo: conninfo))
    }

    public func interrupt() {
        reader.cancel()
        state.withLock { $0.writer }?.cancel()
    }

    public func resetInterrupt() {}

    // MARK: - Errors

    /// `error` as the store reports it: one plain sentence, no server wording.
    func noted(_ error: Error) -> Error {
        Self.translate(error, location: location)
    }

    static func translate(_ error: Error, location: String) -> Error {
        guard let failure = error as? PostgresFailure else { return error }
        switch failure.kind {
        case .cannotConnect(let reason): return StoreError.cannotOpen(path: location, reason: reason)
        case .lost: return StoreError.connectionLost(path: location)
        case .permissionDenied, .readOnly: return StoreError.readOnlyAccount(path: location)
        case .cancelled: return StoreError.interrupted
        case .diskFull: return StoreError.diskFull(path: location)
        case .outOfMemory: return StoreError.outOfMemory
        case .uniqueViolation, .failed: return StoreError.serverRefused(path: location, code: failure.sqlState ?? "unknown")
        }
    }

    /// Runs a read, its failures as `StoreError`; a workspace not created yet is missing.
    func reading<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
        guard exists else { throw StoreError.missing(path: location) }
        do {
            return try body(reader)
        } catch {
            throw noted(error)
        }
    }

    /// `schema.table`, quoted.
    func table(_ name: String) -> String { "\(quotedSchema).\(name)" }
}

/// How a server's address is shown and quoted.
enum ServerAddress {
    /// The URL with any password taken out (`postgresql://ann:secret@db/news` →
    /// `postgresql://ann@db/news`), also a `password=` parameter: passwords never reach output,
    /// errors or history.
    static func shown(_ url: String) -> String {
        guard let scheme = url.range(of: "://") else { return url }
        var rest = String(url[scheme.upperBound...])
        // The user's part ends at the last @ (a password may hold /, ? or @ unencoded, which
        // libpq then refuses, and the refusal shows the address): a password is whatever
        // follows the first colon before it. Rather too much taken out than a password shown.
        if let at = rest.lastIndex(of: "@"), let colon = rest[..<at].firstIndex(of: ":") {
            rest.removeSubrange(colon..<at)
        }
        guard let queryStart = rest.firstIndex(of: "?") else { return String(url[..<scheme.upperBound]) + rest }
        let parameters = rest[rest.index(after: queryStart)...].split(separator: "&", omittingEmptySubsequences: false)
        let kept = parameters.filter { parameter in
            let key = parameter.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
            // libpq decodes %-escapes in keys too: `p%61ssword` is `password`.
            return !(key.removingPercentEncoding ?? key).lowercased().hasSuffix("password")
        }
        return String(url[..<scheme.upperBound]) + rest[..<queryStart] + (kept.isEmpty ? "" : "?" + kept.joined(separator: "&"))
    }

    /// Letters, digits and `_`, starting with a letter or `_`: a schema name that needs no care.
    static func isPlainName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, name.unicodeScalars.count <= 63 else { return false }
        let isLetter = { (s: Unicode.Scalar) in (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || s == "_" }
        return isLetter(first) && name.unicodeScalars.allSatisfy { isLetter($0) || ($0 >= "0" && $0 <= "9") }
    }

    /// A string literal for SQL text lede writes itself (never for a user's value: those are bound).
    static func literal(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
