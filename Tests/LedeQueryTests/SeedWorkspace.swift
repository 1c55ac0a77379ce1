import LedeArticles
import LedeIngest
import LedeQuery
import LedeStore
import LedeTestSupport

/// One in-memory workspace with the seeds, shared by the query tests (loading is the slow part).
enum SeedWorkspace {
    static let store: SQLiteWorkspace = {
        let store = try! SQLiteWorkspace(path: ":memory:")
        let loader = ArticleLoader(baseDirectory: Fixtures.root, seedsDirectory: Fixtures.seeds)
        _ = try! store.load({ handle in try loader.load("seeds", handle: handle) }, shouldStop: { false })
        return store
    }()

    static func evaluator() -> Evaluator {
        Evaluator(store: store, loader: ArticleLoader(baseDirectory: Fixtures.root, seedsDirectory: Fixtures.seeds))
    }

    /// The article ids a find returns, best first.
    static func find(_ query: String) throws -> [String] {
        let result = try evaluator().run("find " + query + " limit 200")
        return result.table?.rows.map { $0[0].plain } ?? []
    }
}
