import LedeAnalysis
import LedeArticles
import LedeStore

/// `find QUERY [filters]`: ranked full-text search with a snippet per hit.
public struct FindVerb: Verb {
    public static let info = VerbInfo(
        name: "find", syntax: "find QUERY [filters]", summary: "ranked full-text search with a snippet per hit",
        examples: ["find sanctions", "find \"peace process\" and not Assad"],
        details: """
        Query syntax (case-insensitive, diacritics folded, possessives match the name):
          word word        both words (and is implied)      "exact phrase"   words in this order
          a or b           either                           a and not b, -b  a without b
          ( … )            grouping                         Magnit*          prefix
          Kerry near/5 Lavrov   within 5 words              title:Syria      in the headline only
          source:NAME      from that source                 speaker:NAME     articles quoting that person
        Title matches weigh ten times body matches (BM25). `limit N` shows more than 20.
        """)

    /// Rows shown when no `limit` is given.
    public static let defaultLimit = 20

    /// Words to look for; nil when only filters choose the articles (`find speaker:Pelosi`).
    public var query: SearchNode?

    public init(arguments: [Token], filters: Filters, verb: Token) throws {
        let filtered = filters.speaker != nil || filters.source != nil || !filters.within.isEmpty
        guard !arguments.isEmpty || filtered else { throw QueryError("find needs words to look for", at: verb.range, suggestion: "e.g. find sanctions") }
        query = arguments.isEmpty ? nil : try SearchParser.parse(arguments)
    }

    public func evaluate(in context: StageContext) throws -> QueryResult {
        try context.evaluator.find(query, filter: context.filter, limit: context.filters.limit ?? Self.defaultLimit, needAllIDs: context.needAllIDs)
    }
}

extension Evaluator {
    func find(_ node: SearchNode?, filter: ArticleFilter, limit: Int, needAllIDs: Bool) throws -> QueryResult {
        let hits: [SearchHit]
        var result = QueryResult()
        if let node {
            // Ranked only as far as shown; a pipe or let takes every match, unranked (cheaper).
            hits = try store.search(node, filter: filter, limit: limit < Filters.maximumLimit ? limit + 1 : limit)
            result.articleIDs = needAllIDs ? try store.matching(node, filter: filter).map(\.id) : hits.map(\.article.id)
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
                node == nil ? .null : .decimal(hit.score, places: 2), .integer(best + 1), .highlighted(snippet.text, snippet.highlights),
            ])
        }
        result.layout = .entries(heading: ["article", "paragraph", "date", "score", "title"], body: "snippet")
        result.table = ResultTable(
            columns: [
                Column("article"), Column("title", longText: true), Column("date"), Column("score"),
                Column("paragraph", header: "¶"), Column("snippet", longText: true),
            ],
            rows: rows)
        if node == nil && !hits.isEmpty {
            // Filters alone choose articles but give nothing to rank them by.
            result.summary.append("newest first, unranked: add words to rank by relevance")
        }
        if hits.isEmpty {
            result.summary.append("no matches")
        } else if hits.count > limit {
            result.summary.append("\(limit) best shown\(needAllIDs ? " of \(result.articleIDs.count)" : ""); add `limit N` for more")
        }
        return result
    }
}
