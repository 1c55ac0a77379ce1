import ArgumentParser
import Foundation
import LedeArticles
import LedeIngest
import LedePostgres
import LedeQuery
import LedeStore

/// What the load child reports, its own peak memory (VmHWM) included.
struct LoadOutcome: Codable {
    var seconds: Double
    var added: Int
    var alreadyPresent: Int
    var problems: Int
    var interrupted: Bool
    /// VmHWM of the load process, KiB.
    var peakKiB: Int?
}

/// One class of query timed in the query child.
struct QueryTiming: Codable {
    var name: String
    var example: String
    var samples = Samples()
    var errors = 0
    var firstError: String?
    /// Rows of the last answer, to show the queries found something.
    var rows = 0
}

struct QueryOutcome: Codable {
    var timings: [QueryTiming]
    var speakersFound: Int
    var namesUsed: [String]
    /// VmHWM of the query process, KiB.
    var peakKiB: Int?
}

/// Loads the corpus into a fresh workspace through `Ingest.load`, in a process of its own.
struct LoadChild: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "child-load", shouldDisplay: false)
    @Option var workspace: String
    @Option(help: "The schema of a PostgreSQL workspace.") var schema: String?
    @Option var corpus: String
    @Option var output: String

    func run() throws {
        let folder = (corpus as NSString).deletingLastPathComponent
        let loader = ArticleLoader(baseDirectory: folder, seedsDirectory: nil)
        let store = try openWorkspace(workspace, schema: schema)
        let (report, seconds) = try Clock.time {
            try store.load({ handle in try loader.load(corpus, handle: handle) }, shouldStop: { false })
        }
        let outcome = LoadOutcome(
            seconds: seconds, added: report.added.count, alreadyPresent: report.alreadyPresent.count,
            problems: report.problems.count, interrupted: report.interrupted, peakKiB: ownPeakMemoryKiB())
        try JSONEncoder().encode(outcome).write(to: URL(fileURLWithPath: output))
    }
}

/// Times queries through `Evaluator.run` on a loaded workspace, in a process of its own.
struct QueryChild: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "child-queries", shouldDisplay: false)
    @Option var workspace: String
    @Option(help: "The schema of a PostgreSQL workspace.") var schema: String?
    @Option var output: String
    @Option var rounds = 10
    @Option(help: "Only these classes of query (comma-separated names), e.g. for a slower backend.") var only: String?

    static func looksLikeAPerson(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        return words.count >= 2 && words.count <= 3 && words.allSatisfy { word in
            word.count >= 2 && word.first!.isUppercase && word.dropFirst().allSatisfy { $0.isLowercase && $0.isLetter }
        }
    }

    func run() throws {
        let store = try openWorkspace(workspace, schema: schema)
        let evaluator = Evaluator(store: store, loader: ArticleLoader(baseDirectory: "/", seedsDirectory: nil))

        // Speakers to ask about: the most quoted people (a first name and a surname, letters
        // only: OCR noise such as "Ho" or "lie" is quoted often too), or well-known names when
        // none are stored.
        var names: [String] = []
        if let table = try? evaluator.run("speakers limit 500").table {
            names = Array(table.rows.compactMap { $0.first?.plain }.filter(Self.looksLikeAPerson).prefix(8))
        }
        let speakersFound = try store.speakerNames().count
        if names.count < 2 { names = QueryPlan.fallbackNames }
        let compares = zip(names, names.dropFirst()).prefix(4).map { "compare \(quoted($0)) vs \(quoted($1))" }
            + QueryPlan.compareTerms.map { "compare \($0) vs \($1)" }

        let plan: [(String, [String])] = [
            ("find word", QueryPlan.words.map { "find \($0)" }),
            ("find phrase", QueryPlan.phrases.map { "find \($0)" }),
            ("find boolean", QueryPlan.booleans.map { "find \($0)" }),
            ("find near", QueryPlan.nears.map { "find \($0)" }),
            ("who-said NAME", names.map { "who-said \(quoted($0))" }),
            ("speakers", ["speakers"]),
            ("timeline NAME", names.map { "timeline \(quoted($0))" }),
            ("compare", compares),
            ("articles since 2030-01-01", ["articles since 2030-01-01"]),
        ]
        let chosen = only.map { Set($0.split(separator: ",").map(String.init)) }
        var timings: [QueryTiming] = []
        for (name, queries) in plan where chosen?.contains(name) ?? true {
            var timing = QueryTiming(name: name, example: queries.first ?? "")
            // One untimed pass, so the first round does not pay for cold pages alone.
            for query in queries { _ = try? evaluator.run(query) }
            let rounds = queries.count == 1 ? max(self.rounds * 5, 20) : self.rounds
            for _ in 0..<rounds {
                for query in queries {
                    let start = Clock.now()
                    do {
                        let result = try evaluator.run(query)
                        // A streamed table is read here: its rows are part of the answer's cost.
                        let rows = result.table?.rows.count ?? 0
                        timing.samples.add(Clock.now() - start)
                        timing.rows = rows
                    } catch {
                        timing.samples.add(Clock.now() - start)
                        timing.errors += 1
                        if timing.firstError == nil { timing.firstError = "\(query): \(error.localizedDescription)" }
                    }
                }
            }
            timings.append(timing)
        }
        // The FTS5 look-up alone (bm25, join, top 20), without reading articles and making snippets.
        var ftsOnly = QueryTiming(name: "find word: FTS5 look-up only", example: "store.search(\"war\")")
        for _ in 0..<(chosen == nil ? rounds : 0) {
            for word in QueryPlan.words {
                let (hits, seconds) = try Clock.time { try store.search(.term(word, prefix: false), filter: .all, limit: 21) }
                ftsOnly.samples.add(seconds)
                ftsOnly.rows = hits.count
            }
        }
        if chosen == nil { timings.append(ftsOnly) }

        let outcome = QueryOutcome(
            timings: timings, speakersFound: speakersFound, namesUsed: names, peakKiB: ownPeakMemoryKiB())
        try JSONEncoder().encode(outcome).write(to: URL(fileURLWithPath: output))
    }

    func quoted(_ name: String) -> String { name.contains(" ") ? "\"\(name)\"" : name }
}

/// A workspace file, or a schema on a PostgreSQL server.
func openWorkspace(_ location: String, schema: String?) throws -> any WorkspaceStore {
    if PostgresWorkspace.isServerLocation(location) {
        return try PostgresWorkspace(url: location, schema: schema ?? PostgresWorkspace.defaultSchema)
    }
    return try SQLiteWorkspace(path: location)
}
