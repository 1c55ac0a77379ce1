import Foundation
import LedeAnalysis
import LedeArticles
import LedeIngest
import LedePostgres
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
        let server = try ServerWorkspace()
        defer { server.remove() }
        let store = server.store
        _ = try StoreConformanceTests.loadSeeds(into: store)
        #expect(try store.articleCount() == 101)
        // Every connection that last touched this workspace's schema is cut, as a restart would.
        try PostgresServer.psql(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE query LIKE '%\(store.schema)%' AND pid <> pg_backend_pid()")
        // The command that finds it broken fails with one plain line …
        #expect(throws: StoreError.connectionLost(path: store.location)) { try store.articleCount() }
        // … and the next one connects again, loads included.
        #expect(try store.articleCount() == 101)
        try PostgresServer.psql(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE query LIKE '%\(store.schema)%' AND pid <> pg_backend_pid()")
        let more = Article(title: "After the restart", date: CalendarDate(year: 2020, month: 2, day: 1), path: "after", paragraphs: ["The mayor said the bridge reopened."])
        let loaded = try store.load({ handle in try handle(.article(more)) }, shouldStop: { false })
        // A load begins its transaction again when it finds the connection broken before it.
        #expect(loaded.added == ["restart"], "\(loaded)")
        #expect(loaded.failure == nil, "\(loaded)")
        #expect(throws: StoreError.connectionLost(path: store.location)) { try store.articleCount() }
        #expect(try store.articleCount() == 102)
    }
}
