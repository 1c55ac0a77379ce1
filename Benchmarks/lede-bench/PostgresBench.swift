import Foundation
import LedePostgres
import LedeStore
import Synchronization

/// The team workspace's column: the same corpus loaded into a PostgreSQL server by one loading
/// process and by two at once (each half of it), and the verbs a team uses most timed there.
struct PostgresFigures {
    var oneLoad: LoadOutcome
    /// Two processes loading the corpus's halves side by side: wall time until both finished.
    var twoLoadSeconds: Double
    var twoLoadAdded: Int
    var queries: QueryOutcome?
    var bytes: Int64
}

extension Bench {
    /// Schemas the benchmark replaces in the database it is given.
    static let postgresSchemaOne = "lede_bench_one"
    static let postgresSchemaTwo = "lede_bench_two"
    /// The classes of query timed on the server.
    static let postgresQueries = ["find word", "find phrase", "who-said NAME", "timeline NAME"]

    mutating func postgresRun(_ url: String) throws {
        for schema in [Self.postgresSchemaOne, Self.postgresSchemaTwo] {
            try PostgresWorkspace(url: url, schema: schema).dropSchema()
        }
        // One loader.
        let output = paths.workDirectory + "/postgres-load-outcome.json"
        Self.log("postgres: loading through Ingest.load in one child process")
        let run = try Spawn.run(
            [paths.selfExecutable, "child-load", "--workspace", url, "--schema", Self.postgresSchemaOne, "--corpus", corpusPath, "--output", output],
            stderr: paths.workDirectory + "/postgres-load.err")
        guard run.status == 0, let data = FileManager.default.contents(atPath: output) else {
            throw Spawn.Failure(description: "the postgres load child failed: see \(paths.workDirectory)/postgres-load.err")
        }
        let one = try JSONDecoder().decode(LoadOutcome.self, from: data)
        Self.log(String(format: "postgres, one loader: %.1f s, %.0f articles/s", one.seconds, Double(corpus.articles) / one.seconds))

        // Two loaders side by side, each with half of the articles (alternate lines).
        let halves = try splitCorpus()
        Self.log("postgres: two loaders at once, half of the corpus each")
        let outputs = halves.indices.map { paths.workDirectory + "/postgres-load-half\($0).json" }
        let start = Clock.now()
        let group = DispatchGroup()
        let failures = FailureCount()
        for (index, half) in halves.enumerated() {
            let argv = [paths.selfExecutable, "child-load", "--workspace", url, "--schema", Self.postgresSchemaTwo, "--corpus", half, "--output", outputs[index]]
            let stderr = paths.workDirectory + "/postgres-load-half\(index).err"
            group.enter()
            DispatchQueue.global().async {
                if (try? Spawn.run(argv, stderr: stderr))?.status != 0 { failures.add() }
                group.leave()
            }
        }
        group.wait()
        let twoSeconds = Clock.now() - start
        guard failures.count == 0 else { throw Spawn.Failure(description: "a postgres half-load failed: see \(paths.workDirectory)/postgres-load-half*.err") }
        let added = try outputs.reduce(0) { total, path in
            total + (try JSONDecoder().decode(LoadOutcome.self, from: FileManager.default.contents(atPath: path) ?? Data())).added
        }
        Self.log(String(format: "postgres, two loaders: %.1f s, %.0f articles/s, %d added", twoSeconds, Double(corpus.articles) / twoSeconds, added))
        try PostgresWorkspace(url: url, schema: Self.postgresSchemaTwo).dropSchema()

        let bytes = try PostgresWorkspace(url: url, schema: Self.postgresSchemaOne).storageUse().reduce(0) { $0 + $1.bytes }

        let queryOutput = paths.workDirectory + "/postgres-query-outcome.json"
        Self.log("postgres: timing \(Self.postgresQueries.joined(separator: ", "))")
        let queryRun = try Spawn.run(
            [paths.selfExecutable, "child-queries", "--workspace", url, "--schema", Self.postgresSchemaOne, "--output", queryOutput,
             "--rounds", String(rounds), "--only", Self.postgresQueries.joined(separator: ",")],
            stderr: paths.workDirectory + "/postgres-queries.err")
        let queries = queryRun.status == 0
            ? FileManager.default.contents(atPath: queryOutput).flatMap { try? JSONDecoder().decode(QueryOutcome.self, from: $0) } : nil
        postgres = PostgresFigures(oneLoad: one, twoLoadSeconds: twoSeconds, twoLoadAdded: added, queries: queries, bytes: bytes)
    }

    /// The corpus's lines dealt alternately into two files.
    func splitCorpus() throws -> [String] {
        let paths = (0..<2).map { self.paths.workDirectory + "/corpus-\(count)-half\($0).jsonl" }
        // Line by line: a million-article corpus is gigabytes.
        guard let input = fopen(corpusPath, "r") else { throw Spawn.Failure(description: "cannot read \(corpusPath)") }
        defer { fclose(input) }
        let outputs = paths.compactMap { fopen($0, "w") }
        defer { outputs.forEach { fclose($0) } }
        guard outputs.count == paths.count else { throw Spawn.Failure(description: "cannot write in \(self.paths.workDirectory)") }
        var line: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(line) }
        var index = 0
        while getline(&line, &capacity, input) > 0 {
            fputs(line, outputs[index % outputs.count])
            index += 1
        }
        return paths
    }

    /// The team workspace's section of the report, beside the SQLite figures of the same run.
    func postgresSection() -> Report.Section? {
        guard let figures = postgres else { return nil }
        var section = Report.Section(title: "PostgreSQL team workspace (same corpus; server on this machine)")
        let articles = Double(corpus.articles)
        let one = articles / figures.oneLoad.seconds
        section.rows.append(.init(measure: "load, one process: time", value: Format.seconds(figures.oneLoad.seconds)))
        section.rows.append(.init(measure: "load, one process: articles/s", value: Format.grouped(one)))
        if let sqlite = ledeLoad {
            section.rows.append(.init(measure: "load, one process ÷ SQLite workspace load", value: Format.ratio(one / (articles / sqlite.seconds))))
        }
        let two = articles / figures.twoLoadSeconds
        section.rows.append(.init(measure: "load, two processes at once: time", value: Format.seconds(figures.twoLoadSeconds) + " (\(Format.grouped(Double(figures.twoLoadAdded))) added)"))
        section.rows.append(.init(measure: "load, two processes at once: articles/s", value: Format.grouped(two)))
        section.rows.append(.init(measure: "workspace size", value: Format.mb(Int(figures.bytes)) + String(format: " (%.2f MB per MB of text)", Double(figures.bytes) / 1_000_000 / corpus.textMB)))
        for timing in figures.queries?.timings ?? [] {
            let sqliteP50 = queries?.timings.first { $0.name == timing.name }?.samples.p50
            var value = "p50 \(Format.ms(timing.samples.p50)), p99 \(Format.ms(timing.samples.p99)) (n=\(timing.samples.count), \(timing.rows) rows)"
            if let sqliteP50, let p50 = timing.samples.p50 { value += "; SQLite p50 \(Format.ms(sqliteP50)), " + Format.ratio(p50 / sqliteP50) }
            if timing.errors > 0 { value += "; \(timing.errors) errors: \(timing.firstError ?? "")" }
            section.rows.append(.init(measure: timing.name, value: value))
        }
        if figures.queries == nil { section.rows.append(.init(measure: "queries", value: "the query child failed: see postgres-queries.err")) }
        return section
    }
}

/// Failures counted from several threads.
final class FailureCount: Sendable {
    private let value = Mutex(0)
    func add() { value.withLock { $0 += 1 } }
    var count: Int { value.withLock { $0 } }
}
