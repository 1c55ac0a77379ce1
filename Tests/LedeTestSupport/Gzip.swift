import Foundation

/// Compresses test files with the system's `gzip`, as a user's `.gz` files are made.
public enum Gzip {
    public static let program = "/bin/gzip"
    public static var isInstalled: Bool { FileManager.default.isExecutableFile(atPath: program) }

    /// Writes `path.gz` beside `path`, which is kept.
    public static func compress(_ path: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["-k", "-f", "-n", path]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
    }
}
