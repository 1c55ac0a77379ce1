import LedeAnalysis
import LedeArticles
import LedeStore

/// Runs parsed statements against a workspace. Holds the session's `let` sets.
public final class Evaluator {
    public let store: WorkspaceStore
    public var loader: ArticleLoader
    /// Named article sets from `let`, in the order they were made.
    public private(set) var sets: [String: [String]] = [:]
    /// Ctrl-C: requested from another thread, polled while a command loads or draws rows.
    public let cancellation = Cancellation()
    /// Whether the running command should stop now.
    public var shouldStop: () -> Bool { { [cancellation] in cancellation.isRequested } }
    /// Shown how a `load` is going (a progress line on a terminal); nil shows nothing.
    public var loadProgress: LoadProgressReporting?

    public init(store: WorkspaceStore, loader: ArticleLoader) {
        self.store = store
        self.loader = loader
    }

    public func run(_ line: String) throws -> QueryResult {
        // A Ctrl-C belongs to the command it interrupted, not to the next one.
        cancellation.reset()
        store.resetInterrupt()
        return try run(Parser.parse(line))
    }

    /// Ctrl-C, from any thread: the running command stops (a statement in the workspace too).
    public var interrupt: @Sendable () -> Void {
        { [cancellation, store] in
            cancellation.request()
            store.interrupt()
        }
    }

    public func run(_ statement: Statement) throws -> QueryResult {
        switch statement {
        case .pipeline(let pipeline):
            return try run(pipeline, keepAllIDs: false)
        case .assignment(let name, let pipeline):
            if VerbTable.info(named: name) != nil {
                throw QueryError("\(QueryError.quoted(name)) is a verb; choose another name")
            }
            let named = try run(pipeline, keepAllIDs: true)
            sets[name] = named.articleIDs
            var result = QueryResult()
            result.articleIDs = named.articleIDs
            result.notes = named.notes
            result.summary.append("\(name): \(Noun.article.counted(named.articleIDs.count))")
            return result
        }
    }

    func run(_ pipeline: Pipeline, keepAllIDs: Bool) throws -> QueryResult {
        var incoming: Set<String>?
        var result = QueryResult()
        for (index, stage) in pipeline.stages.enumerated() {
            let isLast = index == pipeline.stages.count - 1
            result = try run(stage, incoming: incoming, needAllIDs: keepAllIDs || !isLast)
            incoming = Set(result.articleIDs)
        }
        return result
    }

    // MARK: - Stages

    func run(_ stage: Stage, incoming: Set<String>?, needAllIDs: Bool) throws -> QueryResult {
        let filter = try articleFilter(stage.filters, incoming: incoming)
        return try stage.verb.evaluate(in: StageContext(evaluator: self, filters: stage.filters, filter: filter, needAllIDs: needAllIDs))
    }

    /// The store filter for a stage: its own filters, `in` sets, `speaker:`, and what the pipe brought.
    func articleFilter(_ filters: Filters, incoming: Set<String>?) throws -> ArticleFilter {
        var filter = ArticleFilter(since: filters.since?.first, until: filters.until?.last, source: filters.source, ids: incoming)
        func restrict(_ ids: Set<String>) {
            filter.ids = filter.ids.map { $0.intersection(ids) } ?? ids
        }
        for name in filters.within {
            if let set = sets[name.value] {
                // The set's articles under their current ids (an id renamed since is an alias).
                restrict(Set(try store.currentIDs(of: set)))
            } else if case let named = try store.currentIDs(of: [name.value]), !named.isEmpty {
                restrict(Set(named))
            } else {
                let candidates = sets.keys.sorted() + (try store.articleIDs())
                let nearest = VerbTable.nearest(to: name.value, in: candidates)
                throw QueryError(
                    "no let set or article named \(QueryError.quoted(name.value))", at: name.range,
                    suggestion: nearest.map { "did you mean '\($0)'?" } ?? "to search for the words, quote them: \"… in \(QueryError.cut(name.value))\"")
            }
        }
        if let speaker = filters.speaker {
            let keys = try speakerKeys(for: speaker)
            restrict(Set(try store.quotes(speakerKeys: keys, filter: .all).map(\.article)))
        }
        return filter
    }

    func speakerKeys(for name: Located<String>) throws -> Set<String> {
        let matches = try store.speakerKeys(matching: name.value)
        guard !matches.isEmpty else {
            throw QueryError("no speaker named \(QueryError.quoted(name.value))", at: name.range, suggestion: try nearestSpeaker(to: name.value).map { "did you mean '\($0)'?" })
        }
        var keys = Set(matches.map(\.key))
        // `speakers` counts a surname quoted alone ("Erdogan") with the one full name that ends
        // in it ("Recep Tayyip Erdoğan"); asking for the full name finds those quotes too.
        for key in keys where key.contains(" ") {
            guard let surname = key.split(separator: " ").last else { continue }
            let named = try store.speakerKeys(matching: String(surname)).map(\.key)
            if named.contains(String(surname)), SpeakerIdentity.fullNames(forSurnamesIn: named)[String(surname)] == key {
                keys.insert(String(surname))
            }
        }
        return keys
    }

    /// The speaker whose full name or surname is closest to a mistyped name.
    func nearestSpeaker(to typed: String) throws -> String? {
        let names = try store.speakerNames().map(\.name)
        let surnames = Dictionary(names.map { (String($0.split(separator: " ").last ?? ""), $0) }, uniquingKeysWith: { a, _ in a })
        return VerbTable.nearest(to: typed, in: names) ?? VerbTable.nearest(to: typed, in: surnames.keys.sorted()).flatMap { surnames[$0] }
    }

    func uniqued(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }
}

/// Article ids in the order first seen, each once.
struct UniqueIDs {
    private var seen: Set<String> = []
    private(set) var ordered: [String] = []

    mutating func add(_ id: String) {
        if seen.insert(id).inserted { ordered.append(id) }
    }
}

