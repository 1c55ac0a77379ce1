import LedeAnalysis
import LedeArticles
import LedeStore

/// `articles [filters]`: the articles, oldest first.
public struct ArticlesVerb: Verb {
    public static let info = VerbInfo(
        name: "articles", syntax: "articles [filters]", summary: "list articles: id, date, source, title, words, quotes",
        examples: ["articles", "articles since 2019-06 source:wikinews"], details: "")

    public init(arguments: [Token], filters: Filters, verb: Token) throws {
        try Parser.expectNothing(arguments, after: "articles")
    }

    public func evaluate(in context: StageContext) throws -> QueryResult {
        try context.evaluator.articles(context.filter, limit: context.filters.limit, needAllIDs: context.needAllIDs)
    }
}

extension Evaluator {
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
}
