import Foundation
import LedeAnalysis
import LedeArticles
import LedeIngest
@testable import LedePostgres
import LedeStore
import LedeTestSupport
import Testing

extension Trait where Self == ConditionTrait {
    /// Runs the test where a PostgreSQL server is configured (always in CI).
    static var postgresServer: Self { .enabled(if: PostgresServer.testsRun, Comment(rawValue: PostgresServer.skipReason)) }
}

/// A PostgreSQL workspace in a schema of its own on the test server, dropped by `remove()`.
final class ServerWorkspace {
    let store: PostgresWorkspace

    init(_ name: String = #function) throws {
        store = try PostgresWorkspace(url: try PostgresServer.required(), schema: PostgresServer.scratchSchema(name))
    }

    func remove() { try? store.dropSchema() }
}

/// The same articles loaded into both backends must give the same answer to every read the
/// query layer makes: the store's conformance suite. SQLite is the reference (its FTS5 ranks, its
/// order); the PostgreSQL workspace must agree value for value, scores included.
@Suite(.postgresServer) struct StoreConformanceTests {
    static func loadSeeds(into store: any WorkspaceStore) throws -> LoadReport {
        let loader = ArticleLoader(baseDirectory: Fixtures.root, seedsDirectory: Fixtures.seeds)
        return try store.load({ handle in try loader.load("seeds", handle: handle) }, shouldStop: { false })
    }

    static let searches: [SearchNode] = [
        .term("sanctions", prefix: false),
        .term("the", prefix: false),
        .term("kerr", prefix: true),
        .phrase(["peace", "process"]),
        .field("title", .term("trump", prefix: false)),
        .field("body", .phrase(["hong", "kong"])),
        .and([.term("trump", prefix: false), .term("impeachment", prefix: false)]),
        .or([.term("iran", prefix: false), .term("syria", prefix: false)]),
        .not(.term("trump", prefix: false), excluding: .term("impeachment", prefix: false)),
        .near([.term("kerry", prefix: false), .term("lavrov", prefix: false)], distance: 5),
        .not(.or([.term("police", prefix: false), .term("court", prefix: false)]), excluding: .near([.term("the", prefix: false), .term("police", prefix: false)], distance: 1)),
        .term("nosuchwordanywhere", prefix: false),
    ]

    static func filters(_ ids: [String]) -> [ArticleFilter] {
        [
            .all,
            ArticleFilter(since: CalendarDate(year: 2019, month: 6, day: 1)),
            ArticleFilter(until: CalendarDate(year: 2019, month: 3, day: 31)),
            ArticleFilter(since: CalendarDate(year: 2019, month: 2, day: 1), until: CalendarDate(year: 2019, month: 10, day: 31)),
            ArticleFilter(source: "wikinews"),
            ArticleFilter(source: "nosuchsource"),
            ArticleFilter(ids: Set(ids.prefix(7))),
            ArticleFilter(ids: []),
        ]
    }

    @Test func everyReadAnswersAsTheSQLiteWorkspaceDoes() throws {
        let sqlite = try SQLiteWorkspace(path: ":memory:")
        let server = try ServerWorkspace()
        defer { server.remove() }
        let postgres = server.store
        let loadedSQLite = try Self.loadSeeds(into: sqlite)
        let loadedPostgres = try Self.loadSeeds(into: postgres)
        #expect(loadedPostgres == loadedSQLite)

        let ids = try sqlite.articleIDs()
        #expect(ids.count > 90)
        #expect(try postgres.articleIDs() == ids)
        #expect(try postgres.currentIDs(of: ids + ["no-such-article"]) == sqlite.currentIDs(of: ids + ["no-such-article"]))
        for id in ids { #expect(try postgres.article(id: id) == sqlite.article(id: id), "article \(id)") }
        let some = Array(ids.prefix(5)) + ["no-such-article"]
        #expect(try postgres.paragraphs(ofArticles: some) == sqlite.paragraphs(ofArticles: some))

        for filter in Self.filters(ids) {
            #expect(try postgres.articles(filter) == sqlite.articles(filter), "\(filter)")
            #expect(try postgres.articleCount(filter) == sqlite.articleCount(filter), "\(filter)")
            var newest: [[ArticleSummary]] = []
            for store in [sqlite, postgres] as [any WorkspaceStore] {
                var list: [ArticleSummary] = []
                try store.forEachArticle(filter, limit: 5, newestFirst: true) { list.append($0) }
                newest.append(list)
            }
            #expect(newest[0] == newest[1], "\(filter)")
            #expect(try postgres.quotes(speakerKeys: nil, filter: filter) == sqlite.quotes(speakerKeys: nil, filter: filter), "\(filter)")
            #expect(try Self.sorted(postgres.speakerTallies(filter: filter)) == Self.sorted(sqlite.speakerTallies(filter: filter)), "\(filter)")
            #expect(try postgres.namesMentioned(filter: filter) == sqlite.namesMentioned(filter: filter), "\(filter)")
            for node in Self.searches {
                let label = "\(FTS5Expression.text(node)) \(filter)"
                #expect(try postgres.search(node, filter: filter, limit: 7) == sqlite.search(node, filter: filter, limit: 7), "\(label)")
                #expect(try postgres.search(node, filter: filter, limit: 1000) == sqlite.search(node, filter: filter, limit: 1000), "\(label)")
                #expect(try postgres.matching(node, filter: filter) == sqlite.matching(node, filter: filter), "\(label)")
            }
            for query in Self.temporalQueries(filter) {
                var read: [[StoredTemporal]] = []
                for store in [sqlite, postgres] as [any WorkspaceStore] {
                    var list: [StoredTemporal] = []
                    try store.forEachTemporal(query) { list.append($0) }
                    read.append(list)
                }
                #expect(read[0] == read[1], "\(query)")
                #expect(try postgres.temporalValueCounts(query).map { "\($0.value)=\($0.count)" }
                    == sqlite.temporalValueCounts(query).map { "\($0.value)=\($0.count)" }, "\(query)")
                let stores: [any WorkspaceStore] = [sqlite, postgres]
                let timelines = try stores.map { try $0.temporalTimeline(query) }
                #expect(timelines[0].valueCounts == timelines[1].valueCounts, "\(query)")
                // Held whole or by place, a timeline draws the expressions its query reads in calendar order.
                var ordered = query
                ordered.calendarOrder = true
                for (store, timeline) in zip(stores, timelines) {
                    guard let held = timeline.held else { continue }
                    var drawn: [StoredTemporal] = []
                    switch held {
                    case .dates(let dates): drawn = dates
                    case .places(let places): try store.forEachTemporal(at: places) { drawn.append($0) }
                    }
                    var inOrder: [StoredTemporal] = []
                    try store.forEachTemporal(ordered) { inOrder.append($0) }
                    #expect(drawn == inOrder, "\(query)")
                }
            }
        }

        #expect(try postgres.speakerCounts() == sqlite.speakerCounts())
        #expect(try postgres.speakerNames() == sqlite.speakerNames())
        let keys = try sqlite.speakerCounts().sorted { $0.quotes > $1.quotes }.prefix(4).map(\.key)
        #expect(keys.count == 4)
        #expect(try postgres.quotes(speakerKeys: Set(keys), filter: .all) == sqlite.quotes(speakerKeys: Set(keys), filter: .all))
        for first in keys {
            for second in keys {
                #expect(try postgres.articlesQuotingBoth(first, second) == sqlite.articlesQuotingBoth(first, second))
            }
        }
        let pairs = keys.flatMap { first in keys.map { SpeakerKeyPair(first: first, second: $0) } }
        #expect(try postgres.articlesQuotingBoth(pairs: pairs) == sqlite.articlesQuotingBoth(pairs: pairs))
        for typed in ["Trump", "trump", "Donald Trump", "Kerry’s", "Lukyanov", "Joshua Wong", "Wong", "nobody at all"] {
            #expect(try postgres.speakerKeys(matching: typed) == sqlite.speakerKeys(matching: typed), "\(typed)")
        }
        let words: Set<String> = ["the", "sanctions", "peace", "kerry", "nosuchwordanywhere", "magnitogorsk"]
        #expect(try postgres.documentFrequencies(words) == sqlite.documentFrequencies(words))
        #expect(try !postgres.storageUse().isEmpty)

        // Loading the same articles again adds nothing, on both.
        let again = try Self.loadSeeds(into: postgres)
        #expect(again.added.isEmpty)
        #expect(again.alreadyPresent.count == ids.count)
        #expect(try postgres.articleCount() == ids.count)
    }

    static func temporalQueries(_ filter: ArticleFilter) -> [TemporalQuery] {
        [
            TemporalQuery(filter: filter, datedOnly: false),
            TemporalQuery(filter: filter, datedOnly: true, calendarOrder: true),
            TemporalQuery(filter: filter, datedOnly: true, years: 2019...2019),
            TemporalQuery(
                filter: filter, datedOnly: true,
                window: CalendarDate(year: 2019, month: 3, day: 1)!...CalendarDate(year: 2019, month: 9, day: 30)!, calendarOrder: true),
            TemporalQuery(filter: filter, sentenceMatch: .term("president", prefix: false), datedOnly: false),
            TemporalQuery(filter: filter, sentenceMatch: .phrase(["last", "week"]), datedOnly: true, calendarOrder: true),
            TemporalQuery(filter: filter, sentenceMatch: .near([.term("said", prefix: false), .term("monday", prefix: false)], distance: 4), datedOnly: false),
        ]
    }

    /// Tallies with their article lists in one order: which order they come in is not part of
    /// the contract.
    static func sorted(_ tallies: [SpeakerTally]) -> [SpeakerTally] {
        tallies.map { tally in
            var tally = tally
            tally.articles.sort()
            return tally
        }
    }

    /// Places handed back are read whole in the order given, whatever order they are stored in.
    @Test func placesAreReadInTheOrderGiven() throws {
        let server = try ServerWorkspace()
        defer { server.remove() }
        let postgres = server.store
        _ = try Self.loadSeeds(into: postgres)
        let rows = try postgres.reading {
            try $0.execute("""
                SELECT t.article, t.seq FROM \(postgres.table("temporal")) t JOIN \(postgres.table("article")) a ON a.rowid = t.article
                ORDER BY a.date IS NULL, a.date, a.id, t.seq
                """)
        }
        let places = (0..<rows.count).map { TemporalPlace(article: Int64(rows.int($0, 0)), seq: rows.int($0, 1)) }
        var read: [StoredTemporal] = []
        try postgres.forEachTemporal(TemporalQuery(filter: .all, datedOnly: false)) { read.append($0) }
        // Twice over, so that the places take more than one statement and some are asked for again.
        let asked = Array(places.reversed()) + places
        #expect(asked.count > PostgresWorkspace.temporalsReadTogether)
        var drawn: [StoredTemporal] = []
        try postgres.forEachTemporal(at: asked) { drawn.append($0) }
        #expect(drawn == read.reversed() + read)
    }

    /// Articles past what a tsvector holds (a word used more than 256 times, a phrase past the
    /// 16,383rd word, a word of more than 2,046 bytes) and scores tied at the cut still answer
    /// as on a file.
    @Test func theLimitsOfTheServersIndexChangeNoAnswer() throws {
        let sqlite = try SQLiteWorkspace(path: ":memory:")
        let server = try ServerWorkspace()
        defer { server.remove() }
        let date = CalendarDate(year: 2021, month: 3, day: 4)
        let filler = (0..<17_000).map { ["alpha", "bravo", "charlie", "delta"][$0 % 4] }.joined(separator: " ")
        let longWord = String(repeating: "x", count: 3_000)
        let articles = [
            Article(title: "Repeats", date: date, path: "repeats",
                    paragraphs: [Array(repeating: "The president said the talks went on.", count: 300).joined(separator: " ")]),
            Article(title: "Long report", date: date, path: "long",
                    paragraphs: [filler, "At the end the secretary of state spoke about the president."]),
            Article(title: "Token", date: date, path: "token", paragraphs: ["A marker \(longWord) ends here, the president said."]),
            Article(title: "Wire copy bravo", date: date, path: "bravo", paragraphs: ["Dockers began a harbour strike on Monday."]),
            Article(title: "Wire copy alpha", date: date, path: "alpha", paragraphs: ["Dockers began a harbour strike on Monday."]),
        ]
        for store in [sqlite, server.store] as [any WorkspaceStore] {
            _ = try Self.loadSeeds(into: store)
            _ = try store.load({ handle in for article in articles { try handle(.article(article)) } }, shouldStop: { false })
        }
        let queries: [SearchNode] = [
            .term("president", prefix: false), .term("the", prefix: false), .phrase(["the", "president"]),
            .near([.term("the", prefix: false), .term("president", prefix: false)], distance: 0),
            .phrase(["secretary", "of", "state"]), .near([.term("secretary", prefix: false), .term("president", prefix: false)], distance: 8),
            .term(longWord, prefix: false), .term("xxxx", prefix: true), .phrase(["marker", longWord, "ends"]),
            .phrase(["harbour", "strike"]), .not(.term("president", prefix: false), excluding: .phrase(["the", "talks"])),
        ]
        for node in queries {
            let label = String(FTS5Expression.text(node).prefix(80))
            for filter in [ArticleFilter.all, ArticleFilter(since: CalendarDate(year: 2021, month: 1, day: 1))] {
                for limit in [1, 3, 1000] {
                    #expect(try server.store.search(node, filter: filter, limit: limit) == sqlite.search(node, filter: filter, limit: limit), "\(label) \(filter) \(limit)")
                }
                #expect(try server.store.matching(node, filter: filter) == sqlite.matching(node, filter: filter), "\(label) \(filter)")
            }
        }
        // The tie at the cut: unfiltered, the first loaded wins; filtered, the first by id.
        #expect(try server.store.search(.phrase(["harbour", "strike"]), filter: .all, limit: 1).map(\.article.id) == ["wire-copy-bravo"])
        #expect(try server.store.search(.phrase(["harbour", "strike"]), filter: ArticleFilter(since: date), limit: 1).map(\.article.id) == ["wire-copy-alpha"])
        let words: Set<String> = ["the", "president", longWord, "alpha"]
        #expect(try server.store.documentFrequencies(words) == sqlite.documentFrequencies(words))
    }

    @Test func idsAndRenamesFollowTheSQLiteWorkspace() throws {
        let sqlite = try SQLiteWorkspace(path: ":memory:")
        let server = try ServerWorkspace()
        defer { server.remove() }
        func article(_ path: String, _ text: String) -> Article {
            Article(title: "World Health", date: CalendarDate(year: 2020, month: 1, day: 30), path: path, paragraphs: [text])
        }
        let loads: [[Article]] = [
            [article("a", "The first report.")],
            [article("b", "The second report."), article("c", "The third report."), article("b2", "The second report.")],
            [article("d", "The fourth report.")],
        ]
        for batch in loads {
            var reports: [LoadReport] = []
            for store in [sqlite, server.store] as [any WorkspaceStore] {
                reports.append(try store.load({ handle in for item in batch { try handle(.article(item)) } }, shouldStop: { false }))
            }
            #expect(reports[0] == reports[1])
        }
        #expect(try server.store.articleIDs() == sqlite.articleIDs())
        // The first article's old id still names it.
        #expect(try server.store.currentIDs(of: ["world-health"]) == sqlite.currentIDs(of: ["world-health"]))
        #expect(try server.store.article(id: "world-health")?.paragraphs == ["The first report."])
    }
}

/// What only a server workspace has to get right: connections that break.
@Suite(.postgresServer) struct PostgresConnectionTests {
    @Test func aSessionOutlivesTheServerDroppingItsConnection() throws {
        // A database of its own, so that cutting every connection to it touches no other test.
        let database = try ServerDatabase()
        defer { database.remove() }
        let store = try PostgresWorkspace(url: database.url)
        func cutEveryConnection() throws {
            try PostgresServer.psql(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '\(database.name)' AND pid <> pg_backend_pid()")
        }
        _ = try StoreConformanceTests.loadSeeds(into: store)
        #expect(try store.articleCount() == 101)
        try cutEveryConnection()
        // The command that finds it broken fails with one plain line …
        #expect(throws: StoreError.connectionLost(path: store.location)) { try store.articleCount() }
        // … and the next one connects again.
        #expect(try store.articleCount() == 101)
        // A load whose connection broke since the last one begins again on a new one.
        try cutEveryConnection()
        let more = Article(
            title: "After the restart", date: CalendarDate(year: 2020, month: 2, day: 1), path: "after",
            paragraphs: ["The mayor said the bridge reopened."])
        let loaded = try store.load({ handle in try handle(.article(more)) }, shouldStop: { false })
        #expect(loaded.added == ["restart"], "\(loaded)")
        #expect(loaded.failure == nil, "\(loaded)")
        #expect(throws: StoreError.connectionLost(path: store.location)) { try store.articleCount() }
        #expect(try store.articleCount() == 102)
    }
}

/// A password never reaches a message, however the URL spells it.
@Suite struct ServerAddressTests {
    @Test func theShownAddressHasNoPassword() throws {
        let cases: [(url: String, shown: String)] = [
            ("postgresql://ann:secret@db.example.org:5432/news", "postgresql://ann@db.example.org:5432/news"),
            ("postgres://ann:se:cr@et@db/news", "postgres://ann@db/news"),
            ("postgresql://ann:pa/ss?wd@db/news", "postgresql://ann@db/news"),
            ("postgresql://db/news?user=ann&password=secret&sslmode=require", "postgresql://db/news?user=ann&sslmode=require"),
            ("postgresql://db/news?sslpassword=secret", "postgresql://db/news"),
            ("postgresql://db/news?p%61ssword=secret&connect_timeout=3", "postgresql://db/news?connect_timeout=3"),
            ("postgresql://ann@db:5432/news", "postgresql://ann@db:5432/news"),
            ("postgresql:///news?host=/var/run/postgresql", "postgresql:///news?host=/var/run/postgresql"),
        ]
        for (url, shown) in cases {
            #expect(PostgresWorkspace.shownLocation(url) == shown, "\(url)")
        }
    }
}
