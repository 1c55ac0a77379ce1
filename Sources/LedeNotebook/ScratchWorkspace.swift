import Foundation
import LedePostgres
import LedeStore

/// A workspace of its own for one checked or re-recorded replay: an empty SQLite workspace in a
/// new temporary folder, removed with everything in it once the replay is over; or, beside a
/// team workspace on a PostgreSQL server, an empty schema of its own on that server, dropped
/// once the replay is over (so a replay checks the backend the user works on). The script sees
/// only what it loads, so its recorded output does not depend on what the user's workspace holds
/// (BM25 scores, tf-idf weights and every count move when other articles are present).
///
/// A file rather than `:memory:`: a script may load a corpus larger than memory, and the replay
/// then goes through the same storage as a session does.
public final class ScratchWorkspace {
    /// The temporary folder's name starts with this (the rest is random); it lies in `$TMPDIR`.
    public static let folderPrefix = "lede-replay-"
    static let fileName = "workspace.sqlite"

    public let store: any WorkspaceStore
    /// The temporary folder holding the workspace file and SQLite's companions (nil on a server).
    public let folder: String?
    private var removed = false

    /// A scratch schema's name starts with this; the rest is random.
    public static let schemaPrefix = "lede_replay_"
    /// Random hex digits after the prefix: enough that replays side by side never meet.
    static let schemaSuffixLength = 12

    /// Makes an empty workspace (created at once: a script that queries before it loads is
    /// answered from an empty workspace, not told that none exists): on the server `location`
    /// names when it is a PostgreSQL URL, else in a new temporary folder.
    public init(like location: String? = nil, notices: @escaping @Sendable (String) -> Void = { _ in }) throws {
        if let location, PostgresWorkspace.isServerLocation(location) {
            folder = nil
            let schema = Self.schemaPrefix + String((0..<Self.schemaSuffixLength).map { _ in "0123456789abcdef".randomElement()! })
            let server = try PostgresWorkspace(url: location, schema: schema)
            do {
                try server.create()
            } catch {
                try? server.dropSchema()
                throw error
            }
            store = server
            return
        }
        let folder = try Self.makeFolder()
        self.folder = folder
        let path = folder + "/" + Self.fileName
        do {
            let file = try SQLiteWorkspace(path: path, displayName: path, notices: notices)
            try file.create()
            store = file
        } catch {
            try? FileManager.default.removeItem(atPath: folder)
            throw error
        }
    }

    /// Closes the workspace and removes its folder (or drops its schema). Safe to call more than once.
    public func remove() {
        guard !removed else { return }
        removed = true
        if let server = store as? PostgresWorkspace {
            try? server.dropSchema()
            return
        }
        (store as? SQLiteWorkspace)?.close()
        if let folder { try? FileManager.default.removeItem(atPath: folder) }
    }

    deinit { remove() }

    /// Why a scratch folder could not be made: the temporary folder is missing, full or not
    /// writable.
    public struct FolderFailure: LocalizedError, Equatable {
        public var folder: String
        public var reason: String
        public var errorDescription: String? {
            "cannot make a scratch workspace in \(folder) (\(reason)); set TMPDIR to a folder that can be written"
        }
    }

    private static func makeFolder() throws -> String {
        var temporary = NSTemporaryDirectory()
        while temporary.count > 1 && temporary.hasSuffix("/") { temporary.removeLast() }
        var template = Array((temporary + "/" + folderPrefix + "XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) != nil }
        guard made else { throw FolderFailure(folder: temporary, reason: String(cString: strerror(errno))) }
        return template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }
}
