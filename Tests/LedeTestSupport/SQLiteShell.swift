import Foundation

/// The sqlite3 shell, for tests that read or change a workspace as an outside program would.
public enum SQLiteShell {
    public static let path = "/usr/bin/sqlite3"
    public static var isInstalled: Bool { FileManager.default.isExecutableFile(atPath: path) }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Runs `sql` on the database at `database` and returns what it printed, trimmed; a failing
    /// statement throws with sqlite3's own message.
    @discardableResult
    public static func run(_ sql: String, on database: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = [database, sql]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let message = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "sqlite3 \(database) \"\(sql)\": " + String(decoding: message, as: UTF8.self))
        }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
