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
    /// Rows `find` shows when no `limit` is given.
    public static let defaultFindLimit = 20

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
            if VerbTable.verb(named: name) != nil {
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
        switch stage.command {
        case .load(let targets):
            return try load(targets)
        case .articles:
            return try articles(filter, limit: stage.filters.limit, needAllIDs: needAllIDs)
        case .show(let id, let paragraph):
            return try show(id, paragraph: paragraph)
        case .find(let node):
            return try find(node, filter: filter, limit: stage.filters.limit ?? Self.defaultFindLimit, needAllIDs: needAllIDs)
        case .whoSaid(let name, let about):
            return try whoSaid(name: name, about: about, filter: filter, limit: stage.filters.limit, needAllIDs: needAllIDs)
        case .speakers(let about):
            return try speakers(about: about, filter: filter, limit: stage.filters.limit)
        case .timeline(let subject, let from, let to, let includeUndated):
            return try timeline(
                subject: subject, window: DateWindow(from: from, to: to), includeUndated: includeUndated, filter: filter,
                limit: stage.filters.limit, needAllIDs: needAllIDs)
        case .compare(let left, let right):
            return try compare(left, right, filter: filter)
        }
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

    // MARK: - load, articles, show

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

    static let articleColumns = [
        Column("id"), Column("date"), Column("source"), Column("title", longText: true),
        Column("words"), Column("quotes"), Column("path", machineOnly: true),
    ]

    static func articleRow(_ a: ArticleSummary) -> [Cell] {
        [.text(a.id), a.date.map { .text($0.iso) } ?? .null, a.source.map(Cell.text) ?? .null, .text(a.title),
         .integer(a.words), .integer(a.quotes), .text(a.path)]
    }

    func articles(_ filter: ArticleFilter, limit: Int?, needAllIDs: Bool) throws -> QueryResult {
        var result = QueryResult()
        if needAllIDs {
            try store.forEachArticle(filter, limit: limit, newestFirst: false) { result.articleIDs.append($0.id) }
            return result
        }
        let store = self.store
        result.table = ResultTable(columns: Self.articleColumns, stream: RowStream { emit in
            var count = 0
            try store.forEachArticle(filter, limit: limit, newestFirst: false) { article in
                count += 1
                try emit(Self.articleRow(article))
            }
            if count == 0 { return ["no articles"] }
            if let limit, count == limit {
                let total = try store.articleCount(filter)
                if total > limit { return ["\(limit) of \(Noun.article.counted(total)) shown"] }
            }
            return []
        })
        return result
    }

    func show(_ id: Located<String>, paragraph: Int?) throws -> QueryResult {
        guard let article = try store.article(id: id.value) else {
            let nearest = VerbTable.nearest(to: id.value, in: try store.articleIDs())
            throw QueryError("no article \(QueryError.quoted(id.value))", at: id.range, suggestion: nearest.map { "did you mean '\($0)'?" } ?? "see `articles` for ids")
        }
        var result = QueryResult()
        result.layout = .document
        result.articleIDs = [article.id]
        let numbered = Array(article.paragraphs.enumerated())
        let shown: ArraySlice<(offset: Int, element: String)>
        if let paragraph {
            guard paragraph <= article.paragraphs.count else {
                throw QueryError("\(article.id) has \(Noun.paragraph.counted(article.paragraphs.count))", at: id.range)
            }
            shown = numbered[(paragraph - 1)...(paragraph - 1)]
        } else {
            shown = numbered[...]
            result.heading.append(article.title)
            let meta = [article.date?.iso ?? "date unknown", article.source, article.author, article.id].compactMap { $0 }
            result.heading.append(meta.joined(separator: " · "))
            if let caption = article.caption { result.heading.append(caption) }
        }
        result.table = ResultTable(
            columns: [Column("paragraph", header: "¶"), Column("text", longText: true)],
            rows: shown.map { [.integer($0.offset + 1), .text($0.element)] })
        return result
    }

    // MARK: - find

    func find(_ node: SearchNode?, filter: ArticleFilter, limit: Int, needAllIDs: Bool) throws -> QueryResult {
        let hits: [SearchHit]
        var result = QueryResult()
        if let node {
            // Ranked only as far as shown; a pipe or let takes every match, unranked (cheaper).
            let match = SearchText.fts5(node)
            hits = try store.search(match: match, filter: filter, limit: limit < Filters.maximumLimit ? limit + 1 : limit)
            result.articleIDs = needAllIDs ? try store.matching(match: match, filter: filter).map(\.id) : hits.map(\.article.id)
        } else {
            // Only filters: the articles they choose, newest first, unranked.
            var newest: [SearchHit] = []
            try store.forEachArticle(filter, limit: limit < Filters.maximumLimit ? limit + 1 : limit, newestFirst: true) {
                newest.append(SearchHit(article: $0, score: 0))
            }
            hits = newest
            if needAllIDs {
                try store.forEachArticle(filter, limit: nil, newestFirst: true) { result.articleIDs.append($0.id) }
            } else {
                result.articleIDs = hits.map(\.article.id)
            }
        }
        let shown = hits.prefix(limit)
        let terms = Snippet.Terms(node?.positiveTerms ?? [])
        var rows: [[Cell]] = []
        let texts = try store.paragraphs(ofArticles: shown.map(\.article.id))
        for (hit, paragraphs) in zip(shown, texts) {
            let best = Snippet.bestParagraph(paragraphs, terms: terms)
            let snippet = Snippet.make(paragraphs.isEmpty ? "" : paragraphs[best], terms: terms)
            rows.append([
                .text(hit.article.id), .text(hit.article.title), hit.article.date.map { .text($0.iso) } ?? .null,
                .decimal(hit.score, places: 2), .integer(best + 1), .highlighted(snippet.text, snippet.highlights),
            ])
        }
        result.layout = .entries(heading: ["article", "paragraph", "date", "score", "title"], body: "snippet")
        result.table = ResultTable(
            columns: [
                Column("article"), Column("title", longText: true), Column("date"), Column("score"),
                Column("paragraph", header: "¶"), Column("snippet", longText: true),
            ],
            rows: rows)
        if hits.isEmpty {
            result.summary.append("no matches")
        } else if hits.count > limit {
            result.summary.append("\(limit) best shown\(needAllIDs ? " of \(result.articleIDs.count)" : ""); add `limit N` for more")
        }
        return result
    }

    // MARK: - who-said, speakers

    /// Narrows `filter` to the articles the index finds for `node` (ignoring its `not` parts,
    /// which exclude words within a quote or sentence, not within the article).
    func restrict(_ filter: inout ArticleFilter, toArticlesMatching node: SearchNode) throws {
        let ids = Set(try store.matching(match: SearchText.fts5(SearchText.positivePart(node)), filter: filter).map(\.id))
        filter.ids = filter.ids.map { $0.intersection(ids) } ?? ids
    }

    func quotes(name: Located<String>?, about: SearchNode?, filter: ArticleFilter) throws -> [StoredQuote] {
        let keys = try name.map(speakerKeys(for:))
        var filter = filter
        if let about, keys == nil { try restrict(&filter, toArticlesMatching: about) }
        var quotes = try store.quotes(speakerKeys: keys, filter: filter)
        if let about {
            quotes = quotes.filter { SearchText.matches(about, words: SearchText.words($0.quote.text)) }
        }
        return quotes
    }

    static let quoteColumns = [
        Column("speaker"), Column("role", longText: true), Column("quote", longText: true), Column("cue"),
        Column("speaker_kind", header: "speaker kind", machineOnly: true), Column("kind"), Column("article"), Column("paragraph", header: "¶"),
    ]

    static func quoteRow(_ q: StoredQuote) -> [Cell] {
        [q.quote.speaker.map(Cell.text) ?? .null, q.quote.role.map(Cell.text) ?? .null, .text(q.quote.text),
         .text(q.quote.cue), q.quote.speakerKind.map { .text($0.rawValue) } ?? .null, .text(q.quote.kind.rawValue), .text(q.article), .integer(q.quote.paragraph + 1)]
    }

    func whoSaid(name: Located<String>?, about: SearchNode?, filter: ArticleFilter, limit: Int?, needAllIDs: Bool) throws -> QueryResult {
        let keys = try name.map(speakerKeys(for:))
        var filter = filter
        if let about, keys == nil { try restrict(&filter, toArticlesMatching: about) }
        var result = QueryResult()
        if needAllIDs {
            var ids = UniqueIDs()
            try store.forEachQuote(speakerKeys: keys, filter: filter) { q in
                if let about, !SearchText.matches(about, words: SearchText.words(q.quote.text)) { return }
                ids.add(q.article)
            }
            result.articleIDs = ids.ordered
            return result
        }
        result.layout = .entries(heading: ["speaker", "role", "cue", "kind", "article", "paragraph"], body: "quote")
        let store = self.store
        let searchFilter = filter
        // Drawn as read: the quotes past `limit` are only counted.
        result.table = ResultTable(columns: Self.quoteColumns, stream: RowStream { emit in
            var count = 0
            try store.forEachQuote(speakerKeys: keys, filter: searchFilter) { q in
                if let about, !SearchText.matches(about, words: SearchText.words(q.quote.text)) { return }
                count += 1
                if let limit, count > limit { return }
                try emit(Self.quoteRow(q))
            }
            if count == 0 { return ["no quotes"] }
            if let limit, count > limit { return ["\(limit) of \(Noun.quote.counted(count)) shown"] }
            return []
        })
        return result
    }

    func speakers(about: SearchNode?, filter: ArticleFilter, limit: Int?) throws -> QueryResult {
        // Without `about`, the store counts; with it, each quote must be read.
        var counted: [SpeakerTally]
        if let about {
            counted = try quotes(name: nil, about: about, filter: filter).compactMap { q in
                guard let key = q.speakerKey, let speaker = q.quote.speaker else { return nil }
                return SpeakerTally(key: key, name: speaker, role: q.quote.role, quotes: 1, articles: [q.article])
            }
        } else {
            counted = try store.speakerTallies(filter: filter)
        }
        struct Tally { var names: [String: Int] = [:]; var roles: Set<String> = []; var quotes = 0; var articles: Set<String> = [] }
        var tallies: [String: Tally] = [:]
        for t in counted {
            tallies[t.key, default: Tally()].names[t.name, default: 0] += t.quotes
            if let role = t.role { tallies[t.key]!.roles.insert(role) }
            tallies[t.key]!.quotes += t.quotes
            tallies[t.key]!.articles.formUnion(t.articles)
        }
        // One person across articles: a surname alone ("Erdogan") joins the one full name
        // elsewhere that ends in it ("Recep Tayyip Erdoğan"); with two candidates it stays apart.
        for (key, owner) in SpeakerIdentity.fullNames(forSurnamesIn: Array(tallies.keys)) {
            guard let alone = tallies.removeValue(forKey: key) else { continue }
            tallies[owner]!.names.merge(alone.names, uniquingKeysWith: +)
            tallies[owner]!.roles.formUnion(alone.roles)
            tallies[owner]!.quotes += alone.quotes
            tallies[owner]!.articles.formUnion(alone.articles)
        }
        func displayName(_ tally: Tally) -> String {
            // The fullest form of the name, then the most frequent.
            tally.names.max { a, b in
                let wa = a.key.split(separator: " ").count, wb = b.key.split(separator: " ").count
                return (wa, a.value, b.key) < (wb, b.value, a.key)
            }!.key
        }
        var ordered = tallies.values.sorted {
            ($0.quotes, $0.articles.count) != ($1.quotes, $1.articles.count)
                ? ($0.quotes, $0.articles.count) > ($1.quotes, $1.articles.count)
                : displayName($0) < displayName($1)
        }
        var result = QueryResult()
        result.articleIDs = tallies.values.flatMap(\.articles).sorted()
        if let limit, ordered.count > limit {
            result.summary.append("\(limit) of \(Noun.speaker.counted(ordered.count)) shown")
            ordered = Array(ordered.prefix(limit))
        }
        result.table = ResultTable(
            columns: [Column("speaker"), Column("roles", longText: true), Column("variants", longText: true), Column("quotes"), Column("articles")],
            rows: ordered.map { t in
                [.text(displayName(t)), .list(t.roles.sorted()), .list(t.names.keys.sorted()), .integer(t.quotes), .integer(t.articles.count)]
            })
        if ordered.isEmpty { result.summary.append("no speakers") }
        return result
    }

    // MARK: - timeline

    static let timelineColumns = [
        Column("value"), Column("text"), Column("kind"), Column("sentence", longText: true),
        Column("article"), Column("paragraph", header: "¶"),
    ]

    static func timelineRow(_ item: StoredTemporal) -> [Cell] {
        let e = item.expression
        return [.text(e.value), .text(e.text), .text(e.kind.rawValue), .text(e.sentence), .text(item.article), .integer(e.paragraph + 1)]
    }

    /// Ends a read once the rows shown are drawn.
    struct EnoughRows: Error {}

    func timeline(subject: SearchNode?, window: DateWindow, includeUndated: Bool, filter: ArticleFilter, limit: Int?, needAllIDs: Bool) throws -> QueryResult {
        var result = QueryResult()
        // A window that ends before it starts holds nothing (the parser refuses one as written).
        if let days = window.days, days.isEmpty {
            result.summary = ["no dates"]
            return result
        }
        // The sentence index finds the candidates; the check below applies `not` within the sentence.
        let positive = subject.map(SearchText.positivePart)
        // The index has already matched the words; only `not` parts need the sentence read.
        let subjectWithNot = subject.flatMap { $0 != positive ? $0 : nil }
        var query = TemporalQuery(
            filter: filter, sentenceMatch: positive.map(SearchText.fts5), datedOnly: !includeUndated || window.days != nil,
            years: window.years, window: window.days.map { $0.lowerBound...$0.upperBound.adding(days: -1) })
        @Sendable func kept(_ item: StoredTemporal) -> Bool {
            if let subjectWithNot, !SearchText.matches(subjectWithNot, words: SearchText.words(item.expression.sentence)) { return false }
            return includeUndated || TimexSpan(value: item.expression.value) != nil
        }

        // First the chart and the count: from each distinct value's count when no sentence
        // must be read, else from the rows; then the rows, read again in calendar order.
        var tally = TimelineChart.Tally()
        var total = 0
        if subjectWithNot == nil && !needAllIDs {
            for (value, count) in try store.temporalValueCounts(query) {
                let span = TimexSpan(value: value)
                guard includeUndated || span != nil else { continue }
                total += count
                if let span { for _ in 0..<count { tally.add(span) } }
            }
        } else {
            var ids = UniqueIDs()
            try store.forEachTemporal(query) { item in
                guard kept(item) else { return }
                total += 1
                if let span = TimexSpan(value: item.expression.value) { tally.add(span) }
                if needAllIDs { ids.add(item.article) }
            }
            result.articleIDs = ids.ordered
        }
        result.heading = TimelineChart.lines(tally)
        if needAllIDs { return result }
        result.layout = .entries(heading: ["value", "text", "kind", "article", "paragraph"], body: "sentence")
        guard total > 0 else {
            result.table = ResultTable(columns: Self.timelineColumns)
            result.summary = ["no dates"]
            return result
        }
        query.calendarOrder = true
        let store = self.store
        let shownQuery = query
        let counted = total
        result.table = ResultTable(columns: Self.timelineColumns, stream: RowStream { emit in
            var drawn = 0
            do {
                try store.forEachTemporal(shownQuery) { item in
                    guard kept(item) else { return }
                    if let limit, drawn >= limit { throw EnoughRows() }
                    drawn += 1
                    try emit(Self.timelineRow(item))
                }
            } catch is EnoughRows {}
            if let limit, counted > limit { return ["\(limit) of \(Noun.date.counted(counted)) shown"] }
            return []
        })
        return result
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

/// `from DATE to DATE` of a timeline: the days a value must lie within, and the years to look in.
struct DateWindow {
    var days: Range<CalendarDate>?
    var years: ClosedRange<Int>?

    init(from: DateBound?, to: DateBound?) {
        guard from != nil || to != nil else { return }
        let first = from?.first ?? CalendarDate(year: 1, month: 1, day: 1)!
        let last = to?.last ?? CalendarDate(year: 9999, month: 12, day: 31)!
        // Half-open, so that a backwards window is empty rather than a trap.
        days = first.dayNumber <= last.dayNumber ? first..<last.adding(days: 1) : first..<first
        years = first.year <= last.year ? first.year...last.year : nil
    }
}
