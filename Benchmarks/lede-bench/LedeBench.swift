import ArgumentParser
import Foundation

@main
struct LedeBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lede-bench",
        abstract: "Load, query and analysis speed at scale, against the sqlite3 shell and ripgrep.",
        subcommands: [Benchmark.self, LoadChild.self, QueryChild.self],
        defaultSubcommand: Benchmark.self
    )
}

struct Benchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Generate the corpus, run every measurement, print the table and write its corpus size's part of Benchmarks/RESULTS.md.")

    @Option(help: "Articles in the corpus (default 100000; 10000 with --quick).") var articles: Int?
    @Option(help: "Folder for the corpus, workspaces and reference databases (default .build/bench).") var work: String?
    @Flag(help: "Fewer repetitions and a smaller default corpus: a smoke run, not figures to quote.") var quick = false
    @Flag(name: .customLong("no-results"), help: "Print the table only; leave Benchmarks/RESULTS.md alone.") var noResults = false
    @Option(help: "A PostgreSQL database to measure the team workspace on too (its schemas lede_bench_* are replaced); also LEDE_BENCH_POSTGRES.")
    var postgres: String?

    func run() throws {
        let count = articles ?? (quick ? 10_000 : 100_000)
        guard count > 0 else { throw ValidationError("--articles must be positive") }
        let paths = try BenchPaths.locate(work: work)
        guard let chronam = paths.chronam else {
            print("lede-bench: skipped: the benchmark text chronam-1916-jan-feb.jsonl.gz was not found")
            print("  looked in: \(BenchPaths.chronamCandidates(root: paths.packageRoot).joined(separator: ", "))")
            print("  set LEDE_BENCH_DATA to its path")
            return
        }
        var bench = Bench(paths: paths, chronam: chronam, count: count, quick: quick)
        bench.postgresURL = postgres ?? ProcessInfo.processInfo.environment["LEDE_BENCH_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
        try bench.runAll()
        let report = bench.report()
        print(report.terminalTable())
        if !noResults {
            let path = paths.packageRoot + "/Benchmarks/RESULTS.md"
            let existing = try? String(contentsOfFile: path, encoding: .utf8)
            try ResultsFile.merged(existing: existing, run: report.markdown(articles: count), articles: count)
                .write(toFile: path, atomically: true, encoding: .utf8)
            print("wrote \(path)")
        }
    }
}

/// Where everything the benchmark needs lives.
struct BenchPaths {
    var packageRoot: String
    var workDirectory: String
    var chronam: String?
    var seeds: String?
    var lede: String
    var selfExecutable: String

    static func chronamCandidates(root: String) -> [String] {
        var list: [String] = []
        if let env = ProcessInfo.processInfo.environment["LEDE_BENCH_DATA"], !env.isEmpty { list.append(env) }
        let name = "shared/bench/chronam-1916-jan-feb.jsonl.gz"
        list.append(root + "/../" + name)
        // From a worktree or a copy nested deeper, look further up.
        var folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        for _ in 0..<4 {
            list.append(folder.path + "/" + name)
            folder.deleteLastPathComponent()
        }
        return list
    }

    static func locate(work: String?) throws -> BenchPaths {
        let fm = FileManager.default
        var root = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { root.deleteLastPathComponent() }
        var packageRoot = root.path
        if !fm.fileExists(atPath: packageRoot + "/Package.swift") { packageRoot = fm.currentDirectoryPath }
        let workDirectory = work.map { $0.hasPrefix("/") ? $0 : fm.currentDirectoryPath + "/" + $0 }
            ?? packageRoot + "/.build/bench"
        try fm.createDirectory(atPath: workDirectory, withIntermediateDirectories: true)
        let chronam = chronamCandidates(root: packageRoot).first { fm.fileExists(atPath: $0) }
            .map { URL(fileURLWithPath: $0).standardized.path }
        let seeds = ProcessInfo.processInfo.environment["LEDE_SEEDS"] ?? packageRoot + "/seeds"
        let selfExecutable = (try? fm.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let lede = (selfExecutable as NSString).deletingLastPathComponent + "/lede"
        guard fm.isExecutableFile(atPath: lede) else {
            throw ValidationError("no release lede beside lede-bench (\(lede)); build it first: swift build -c release --static-swift-stdlib --product lede")
        }
        return BenchPaths(
            packageRoot: packageRoot, workDirectory: workDirectory, chronam: chronam,
            seeds: fm.fileExists(atPath: seeds + "/README.md") ? seeds : nil, lede: lede, selfExecutable: selfExecutable)
    }
}
