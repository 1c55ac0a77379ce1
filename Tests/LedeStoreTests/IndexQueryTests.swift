import Foundation
import LedeArticles
import LedeIngest
import LedeStore
import LedeTestSupport
import Testing

/// `IndexQuery` and `BM25` must find and rank exactly as the SQLite index does: a backend that
/// has no FTS5 (PostgreSQL) relies on them to give the same answers. Checked against FTS5 itself
/// on the bundled seeds, query shape by query shape.
@Suite struct IndexQueryTests {
    static let queries: [SearchNode] = [
        .term("sanctions", prefix: false),
        .term("the", prefix: false),
        .term("kerr", prefix: true),
        .term("syr", prefix: true),
        .phrase(["peace", "process"]),
        .phrase(["the", "president"]),
        .field("title", .term("trump", prefix: false)),
        .field("body", .term("trump", prefix: false)),
        .field("title", .phrase(["hong", "kong"])),
        .and([.term("trump", prefix: false), .term("impeachment", prefix: false)]),
        .or([.term("iran", prefix: false), .term("syria", prefix: false), .term("gdansk", prefix: false)]),
        .not(.term("trump", prefix: false), excluding: .term("impeachment", prefix: false)),
        .near([.term("kerry", prefix: false), .term("lavrov", prefix: false)], distance: 5),
        .near([.term("the", prefix: false), .term("of", prefix: false)], distance: 0),
        .near([.term("the", prefix: false), .term("of", prefix: false), .term("a", prefix: false)], distance: 2),
        .near([.phrase(["the", "united"]), .term("stat", prefix: true)], distance: 3),
        .or([.and([.term("trump", prefix: false), .term("pardon", prefix: true)]), .term("flynn", prefix: false)]),
        .not(.or([.term("police", prefix: false), .term("court", prefix: false)]), excluding: .near([.term("the", prefix: false), .term("police", prefix: false)], distance: 1)),
        .and([.field("title", .term("u", prefix: false)), .phrase(["said", "on"])]),
        // A word that is no word to the index: left out of a NEAR group, failing an AND.
        .near([.term("-", prefix: false), .term("war", prefix: false)], distance: 5),
        .and([.term("-", prefix: false), .term("war", prefix: false)]),
    ]

    @Test func matchesAndRanksAsTheSQLiteIndexDoes() throws {
        let store = try SQLiteWorkspace(path: ":memory:")
        let loader = ArticleLoader(baseDirectory: Fixtures.root, seedsDirectory: Fixtures.seeds)
        _ = try store.load({ handle in try loader.load("seeds", handle: handle) }, shouldStop: { false })
        let summaries = try store.articles(.all)
        let articles = try summaries.map { try #require(try store.article(id: $0.id)) }
        let words = IndexWords()
        let places = words.ofArticles(articles.map { ($0.title, $0.paragraphs.joined(separator: "\n\n")) })
        let total = places.reduce(0) { $0 + Int64($1.count) }
        for node in Self.queries {
            let query = IndexQuery(node, words: words)
            let hits = query.phrases.indices.map { index in
                Int64(places.filter { query.phraseAlone(index).evaluate($0.places) != nil }.count)
            }
            let bm25 = BM25(articles: Int64(articles.count), words: total, matching: hits)
            var expected: [(id: String, score: Double)] = []
            for (article, words) in zip(articles, places) {
                guard let instances = query.evaluate(words.places) else { continue }
                expected.append((article.id, bm25.score(instances: instances, length: words.count)))
            }
            expected.sort { ($0.score, $1.id) > ($1.score, $0.id) }
            let found = try store.search(node, filter: .all, limit: 10_000)
            #expect(found.map(\.article.id) == expected.map(\.id), "\(FTS5Expression.text(node))")
            #expect(found.map(\.score) == expected.map(\.score), "\(FTS5Expression.text(node))")
        }
    }
}
