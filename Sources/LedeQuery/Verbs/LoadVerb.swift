import LedeAnalysis
import LedeArticles
import LedeIngest
import LedeStore

/// `load PATH|seeds …`: adds articles, and says what was added, already present or skipped.
public struct LoadVerb: Verb {
    public static let info = VerbInfo(
        name: "load", syntax: "load PATH|seeds …", summary: "add articles from files, folders, globs or the bundled seeds",
        examples: ["load seeds", "load ~/news/*.txt"],
        details: "Plain text (headline, date line, caption, paragraphs), `---` front matter, and JSON Lines (title, date, text, source, url). Reports what was added, already present, and skipped with the reason.")

    /// `load` reads its words as paths, `in` and `since` included.
    public static let takesFilters = false

    public var targets: [String]

    public init(arguments: [Token], filters: Filters, verb: Token) throws {
        guard !arguments.isEmpty else { throw QueryError("load needs a path", at: verb.range, suggestion: "e.g. load seeds, load ~/news/*.txt") }
        targets = arguments.map(\.text)
    }

    public func evaluate(in context: StageContext) throws -> QueryResult {
        try context.evaluator.load(targets)
    }
}

extension Evaluator {
    func load(_ targets: [String]) throws -> QueryResult {
        var result = QueryResult()
        var total = LoadReport()
        /// Targets nothing could be loaded from, with the first reason.
        var emptyHanded: [(target: String, reason: String)] = []
        for target in targets {
            let report = try load(target)
            let count = report.articles.count
            result.summary.append("\(target): " + Self.loadTally(report))
            result.summary += report.problems.map { "  \($0)" }
            total.added += report.added
            total.alreadyPresent += report.alreadyPresent
            if count == 0, report.failure == nil, !report.interrupted, let skipped = report.problems.first(where: { $0.severity == .skipped }) {
                emptyHanded.append((target, skipped.message))
            }
            if let failure = report.failure, failure != .interrupted {
                let kept = total.added.count
                let what = kept == 0 ? " (nothing was added)"
                    : " (\(Noun.article.counted(kept)) \(kept == 1 ? "was" : "were") added before it stopped and \(kept == 1 ? "is" : "are") kept; loading again skips them)"
                result.failure = QueryError(failure.localizedDescription + what)
                break
            }
            if report.interrupted || report.failure == .interrupted {
                total.interrupted = true
                result.interrupted = true
                result.failure = QueryError("interrupted: the \(Noun.article.counted(total.added.count)) added before Ctrl-C \(total.added.count == 1 ? "is" : "are") kept")
                break
            }
        }
        if result.failure == nil, let first = emptyHanded.first {
            let others = emptyHanded.count > 1 ? " (and \(emptyHanded.count - 1) more)" : ""
            result.failure = QueryError("nothing loaded from \(first.target): \(first.reason)\(others)")
        }
        result.articleIDs = total.articles
        return result
    }

    /// Loads one target, telling `loadProgress` how it goes.
    func load(_ target: String) throws -> LoadReport {
        guard let reporter = loadProgress else {
            return try store.load({ handle in try loader.load(target, handle: handle) }, shouldStop: shouldStop)
        }
        defer { reporter.finished() }
        var status = LoadStatus(target: target, position: LoadPosition(filesDone: 0, fileCount: 0, bytesRead: 0, byteCount: 0), articlesRead: 0)
        return try store.load({ handle in
            try loader.load(target, progress: { position in
                status.position = position
                reporter.loading(status)
            }) { event in
                if case .article = event {
                    status.articlesRead += 1
                    reporter.loading(status)
                }
                try handle(event)
            }
        }, shouldStop: shouldStop)
    }

    /// What one `load` target did, as its summary line says it: `2 added, 1 already present`,
    /// then `, 3 skipped` when files or lines were passed over (each reason follows on a line
    /// of its own).
    static func loadTally(_ report: LoadReport) -> String {
        var tally = "\(report.added.count) added, \(report.alreadyPresent.count) already present"
        let skipped = report.problems.filter { $0.severity == .skipped }.count
        if skipped > 0 { tally += ", \(skipped) skipped" }
        return tally
    }
}
