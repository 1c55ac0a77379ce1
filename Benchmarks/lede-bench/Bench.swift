import Foundation
import LedeAnalysis
import LedeArticles

/// One run of the benchmark: every measurement, in order, then the report built from them.
struct Bench {
    let paths: BenchPaths
    let chronam: String
    let count: Int
    let quick: Bool

    var corpus = CorpusStats()
    var corpusPath = ""
    var asciiPath = ""

    var sqliteLoad: ChildRun?
    var sqliteSizeBytes = 0
    var ledeLoad: LoadOutcome?
    var ledeLoadProcess: ChildRun?
    var workspaceSizeBytes = 0
    var stored: [String: Int] = [:]

    var analysisArticles = 0
    var analysisWords = 0
    var analysis: [(name: String, seconds: Double, found: Int)] = []

    var queries: QueryOutcome?
    var queryProcess: ChildRun?

    /// Unfiltered verbs whose rows are drawn as they are read: time and peak memory per format.
    var streaming: [(command: String, format: String, run: ChildRun)] = []

    var startup = Samples()
    var startupMaxRSS: Int?
    var wholeProcess: [String: Samples] = [:]
    var wholeProcessMaxRSS: Int?

    /// A PostgreSQL database to measure the team workspace on too, and what was measured there.
    var postgresURL: String?
    var postgres: PostgresFigures?

    var workspace: String { paths.workDirectory + "/workspace-\(count).sqlite" }
    var referenceDB: String { paths.workDirectory + "/sqlite3-fts5-\(count).db" }
    var rounds: Int { quick ? 3 : 10 }

    init(paths: BenchPaths, chronam: String, count: Int, quick: Bool) {
        self.paths = paths
        self.chronam = chronam
        self.count = count
        self.quick = quick
    }

    static func log(_ text: String) {
        FileHandle.standardError.write(Data("[lede-bench] \(text)\n".utf8))
    }

    mutating func runAll() throws {
        let builder = CorpusBuilder(chronamPath: chronam, seedsDirectory: paths.seeds, workDirectory: paths.workDirectory)
        let ((jsonl, ascii, stats), seconds) = try Clock.time { try builder.build(count: count, log: Self.log) }
        (corpusPath, asciiPath, corpus) = (jsonl, ascii, stats)
        Self.log(String(format: "corpus: %d articles (%d seeds, %d originals, %d recombined), %.1f MB text, %d words (%.1f s)",
                        stats.articles, stats.seeds, stats.originals, stats.synthetic, stats.textMB, stats.words, seconds))
        try referenceLoad()
        try ledeLoadRun()
        try analysisRun()
        try queryRun()
        try startupRun()
        try wholeProcessRun()
        try streamingRun()
        if let postgresURL { try postgresRun(postgresURL) }
    }

    /// The verbs that can answer with every row of the workspace, unfiltered, output thrown
    /// away: their memory must stay that of a page of rows, whatever the corpus.
    mutating func streamingRun() throws {
        for command in ["who-said", "timeline --all", "articles"] {
            for format in ["json", "table"] {
                Self.log("streaming: lede --format \(format) -c '\(command)'")
                let run = try Spawn.run(
                    [paths.lede, "--workspace", workspace, "--format", format, "-c", command],
                    stderr: paths.workDirectory + "/streaming.err", measureMemory: true)
                guard run.status == 0 else { throw Spawn.Failure(description: "lede -c '\(command)' failed: see \(paths.workDirectory)/streaming.err") }
                streaming.append((command, format, run))
            }
        }
    }

    // MARK: - Load

    mutating func referenceLoad() throws {
        guard Spawn.which("sqlite3") != nil else { Self.log("sqlite3 not found: no reference load"); return }
        removeDatabase(referenceDB)
        let script = paths.workDirectory + "/sqlite3-load.sql"
        try """
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = NORMAL;
            CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
            .mode ascii
            .import '\(asciiPath)' t

            """.write(toFile: script, atomically: true, encoding: .utf8)
        Self.log("sqlite3: loading the same text into a bare FTS5 table")
        let run = try Spawn.run(["sqlite3", referenceDB], stdin: script, stderr: paths.workDirectory + "/sqlite3-load.err", measureMemory: true)
        guard run.status == 0 else { throw Spawn.Failure(description: "sqlite3 load failed: see \(paths.workDirectory)/sqlite3-load.err") }
        sqliteLoad = run
        sqliteSizeBytes = databaseSize(referenceDB)
        Self.log(String(format: "sqlite3: %.1f s, %.0f articles/s, peak %d MiB", run.seconds, Double(corpus.articles) / run.seconds, (run.maxRSSKiB ?? 0) / 1024))
    }

    mutating func ledeLoadRun() throws {
        removeDatabase(workspace)
        let output = paths.workDirectory + "/load-outcome.json"
        Self.log("lede: loading through Ingest.load (full analysis) in a child process")
        let run = try Spawn.run(
            [paths.selfExecutable, "child-load", "--workspace", workspace, "--corpus", corpusPath, "--output", output],
            stderr: paths.workDirectory + "/load.err")
        guard run.status == 0, let data = FileManager.default.contents(atPath: output) else {
            throw Spawn.Failure(description: "the load child failed (status \(run.status)): see \(paths.workDirectory)/load.err")
        }
        let outcome = try JSONDecoder().decode(LoadOutcome.self, from: data)
        ledeLoad = outcome
        ledeLoadProcess = run
        workspaceSizeBytes = databaseSize(workspace)
        for table in ["article", "quote", "temporal", "article_names", "speaker_variant"] {
            if let text = Spawn.output(["sqlite3", workspace, "SELECT count(*) FROM \(table)"]), let n = Int(text) { stored[table] = n }
        }
        Self.log(String(format: "lede: %.1f s, %.0f articles/s, %d added, %d already present, peak %d MiB",
                        outcome.seconds, Double(corpus.articles) / outcome.seconds, outcome.added, outcome.alreadyPresent, (outcome.peakKiB ?? 0) / 1024))
    }

    // MARK: - Analysis alone

    mutating func analysisRun() throws {
        let limit = quick ? 3_000 : 20_000
        struct Enough: Error {}
        var sample: [Article] = []
        let loader = ArticleLoader(baseDirectory: paths.workDirectory, seedsDirectory: nil)
        do {
            try loader.load(corpusPath) { event in
                if case .article(let article) = event {
                    sample.append(article)
                    if sample.count >= limit { throw Enough() }
                }
            }
        } catch is Enough {}
        analysisArticles = sample.count
        analysisWords = sample.reduce(0) { $0 + $1.wordCount }
        Self.log("analysis: \(sample.count) articles, \(analysisWords) words, one thread")
        var found = 0
        let (_, quoteSeconds) = Clock.time {
            for article in sample { found += QuoteExtractor.extract(paragraphs: article.paragraphs).count }
        }
        analysis.append(("quotes (QuoteExtractor.extract)", quoteSeconds, found))
        found = 0
        let (_, dateSeconds) = Clock.time {
            for article in sample { found += TemporalTagger.tag(paragraphs: article.paragraphs, documentDate: article.date).count }
        }
        analysis.append(("dates (TemporalTagger.tag)", dateSeconds, found))
        found = 0
        let (_, allSeconds) = Clock.time {
            for article in sample {
                let a = Analyzer.analyze(article)
                found += a.quotes.count + a.temporals.count + a.mentions.count
            }
        }
        analysis.append(("all analysis (Analyzer.analyze)", allSeconds, found))
    }

    // MARK: - Queries

    mutating func queryRun() throws {
        let output = paths.workDirectory + "/query-outcome.json"
        Self.log("queries: timing through Evaluator.run in a child process")
        let run = try Spawn.run(
            [paths.selfExecutable, "child-queries", "--workspace", workspace, "--output", output, "--rounds", String(rounds)],
            stderr: paths.workDirectory + "/queries.err")
        guard run.status == 0, let data = FileManager.default.contents(atPath: output) else {
            throw Spawn.Failure(description: "the query child failed (status \(run.status)): see \(paths.workDirectory)/queries.err")
        }
        queries = try JSONDecoder().decode(QueryOutcome.self, from: data)
        queryProcess = run
    }

    mutating func startupRun() throws {
        let runs = quick ? 10 : 40
        Self.log("start-up: lede -c 'articles since 2030-01-01' × \(runs)")
        let argv = [paths.lede, "--workspace", workspace, "-c", "articles since 2030-01-01"]
        startupMaxRSS = try Spawn.run(argv, measureMemory: true).maxRSSKiB
        for _ in 0..<runs {
            startup.add(try Spawn.run(argv).seconds)
        }
    }

    /// Whole processes, as a user at a shell would run them: lede -c 'find …', sqlite3, rg.
    mutating func wholeProcessRun() throws {
        let reps = quick ? 1 : 3
        let words = Array(QueryPlan.words.prefix(10))
        let phrases = Array(QueryPlan.phrases.prefix(10))
        let hasSQLite = sqliteLoad != nil
        let hasRG = Spawn.which("rg") != nil
        Self.log("whole process: lede -c 'find …'\(hasSQLite ? ", sqlite3" : "")\(hasRG ? ", rg" : "") × \(reps)")
        func time(_ key: String, _ argv: [String]) throws {
            wholeProcess[key, default: Samples()].add(try Spawn.run(argv).seconds)
        }
        for (kind, list) in [("word", words), ("phrase", phrases)] {
            for query in list {
                for rep in 0...reps {
                    let record = rep > 0  // the first of each is a warm-up
                    let lede = [paths.lede, "--workspace", workspace, "-c", "find \(query)"]
                    // The one-word and phrase queries are FTS5 expressions as they stand.
                    let sql = [
                        "sqlite3", referenceDB,
                        "SELECT rowid FROM t WHERE t MATCH '\(query)' ORDER BY rank LIMIT 20",
                    ]
                    if record {
                        try time("lede find \(kind)", lede)
                        if hasSQLite { try time("sqlite3 \(kind)", sql) }
                        if hasRG && kind == "word" { try time("rg word", ["rg", "-c", "-i", "-w", query, corpusPath]) }
                    } else {
                        // The warm-up run measures peak memory (through /usr/bin/time, a little slower).
                        if let kib = try Spawn.run(lede, measureMemory: true).maxRSSKiB {
                            wholeProcessMaxRSS = max(wholeProcessMaxRSS ?? 0, kib)
                        }
                        if hasSQLite { try Spawn.run(sql) }
                    }
                }
            }
        }
    }

    // MARK: - Helpers

    func removeDatabase(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    func databaseSize(_ path: String) -> Int {
        ["", "-wal"].reduce(0) { total, suffix in
            total + ((try? FileManager.default.attributesOfItem(atPath: path + suffix)[.size] as? NSNumber)?.intValue ?? 0)
        }
    }
}
