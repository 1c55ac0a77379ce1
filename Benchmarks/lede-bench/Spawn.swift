import Foundation

/// One finished child process: wall time, exit status and its own peak resident memory.
struct ChildRun {
    var seconds: Double
    var status: Int32
    /// The child's RSS high-water mark in KiB, from `/usr/bin/time -f %M` when `measureMemory`
    /// was asked and that program exists; nil otherwise. (wait4's ru_maxrss is no use here:
    /// posix_spawn borrows the parent's memory with vfork, and Linux carries that high-water
    /// mark across exec, so every child would report at least the parent's size.)
    var maxRSSKiB: Int?
}

/// Starts programs with posix_spawn, times them, and measures their peak memory on request.
enum Spawn {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `argv` (argv[0] a path, or a name looked up in PATH), with stdin and stdout
    /// redirected to files (nil: /dev/null), stderr to `stderrPath` or /dev/null.
    @discardableResult
    static func run(_ argv: [String], stdin: String? = nil, stdout: String? = nil, stderr: String? = nil,
                    currentDirectory: String? = nil, measureMemory: Bool = false) throws -> ChildRun {
        let timeProgram = "/usr/bin/time"
        let memoryFile = NSTemporaryDirectory() + "lede-bench-\(getpid())-rss.txt"
        let measuring = measureMemory && FileManager.default.isExecutableFile(atPath: timeProgram)
        let argv = measuring ? [timeProgram, "-f", "%M", "-o", memoryFile] + argv : argv
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin ?? "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let program = argv[0].contains("/") ? argv[0] : (which(argv[0]) ?? argv[0])
        var cargs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) }
        cargs.append(nil)
        defer { cargs.forEach { free($0) } }
        let savedDirectory = FileManager.default.currentDirectoryPath
        if let currentDirectory { _ = FileManager.default.changeCurrentDirectoryPath(currentDirectory) }
        defer { if currentDirectory != nil { _ = FileManager.default.changeCurrentDirectoryPath(savedDirectory) } }
        var pid: pid_t = 0
        let start = Clock.now()
        let rc = posix_spawn(&pid, program, &actions, nil, cargs, environ)
        guard rc == 0 else { throw Failure(description: "cannot start \(program): \(String(cString: strerror(rc)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { throw Failure(description: "wait4 failed for \(program)") }
        }
        let seconds = Clock.now() - start
        let exitCode: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        var maxRSS: Int?
        if measuring, let text = try? String(contentsOfFile: memoryFile, encoding: .utf8) {
            maxRSS = text.split(separator: "\n").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            try? FileManager.default.removeItem(atPath: memoryFile)
        }
        return ChildRun(seconds: seconds, status: exitCode, maxRSSKiB: maxRSS)
    }

    /// The full path of `name` found in PATH, or nil.
    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// The trimmed stdout of a short command, or nil when it fails.
    static func output(_ argv: [String]) -> String? {
        let file = NSTemporaryDirectory() + "lede-bench-\(getpid())-out.txt"
        defer { try? FileManager.default.removeItem(atPath: file) }
        guard let run = try? run(argv, stdout: file), run.status == 0,
              let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// This process's own RSS high-water mark in KiB (VmHWM: the peak of the memory map made at exec).
func ownPeakMemoryKiB() -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        return Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? "")
    }
    return nil
}
