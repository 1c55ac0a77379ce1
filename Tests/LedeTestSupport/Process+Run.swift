import Foundation
import Synchronization

/// Runs the real `lede` binary, as a user would, and captures what it printed.
public struct CommandResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

public enum LedeBinary {
    /// The `lede` executable built beside the test bundle.
    public static var path: String {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("lede").path,
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("lede").path,
            Bundle.main.bundleURL.appendingPathComponent("lede").path,
            Fixtures.root + "/.build/debug/lede",
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates.last!
    }

    @discardableResult
    /// - Parameter launcher: a program and its arguments to start lede through (`runuser -u
    ///   nobody --`, `sh -c SCRIPT`); lede's path follows them, then `arguments`.
    public static func run(
        _ arguments: [String], stdin: String? = nil, in directory: String, environment: [String: String] = [:],
        launcher: [String] = []
    ) throws -> CommandResult {
        let process = Process()
        if let program = launcher.first {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = Array(launcher.dropFirst()) + [path] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: path)
            process.arguments = arguments
        }
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["XDG_STATE_HOME"] = directory + "/.state"
        env["XDG_CONFIG_HOME"] = directory + "/.config"
        env["LEDE_SEEDS"] = Fixtures.seeds
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes to the end before waiting, so a large output cannot block the child.
        let errData = Mutex(Data())
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            let data = err.fileHandleForReading.readDataToEndOfFile()
            errData.withLock { $0 = data }
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return CommandResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData.withLock { $0 }, as: UTF8.self))
    }
}
