import Foundation
import LedeStore

/// A search on the server: a `tsquery` the GIN index answers with candidates (every article
/// that can match, perhaps a few more: `near/N` is asked as "all of"), then each candidate
/// checked and ranked in Swift exactly as the SQLite index does (`IndexQuery`, `BM25`).
struct SearchPlan {
    let query: IndexQuery
    /// The candidates' `tsquery`; nil when the query cannot match at all.
    let candidates: String?

    init(_ node: SearchNode, words: IndexWords) {
        query = IndexQuery(node, words: words)
        candidates = Self.tsquery(query)
    }

    /// One phrase as a `tsquery`: its words in a row (`<->`), the last a prefix if it is one,
    /// each held to the title (weight A) or the body (D) when the phrase is.
    static func phraseQuery(_ phrase: IndexQuery.Phrase) -> String? {
        guard !phrase.words.isEmpty else { return nil }
        let weight = phrase.column.map { $0 == .title ? "A" : "D" } ?? ""
        return "(" + phrase.words.enumerated().map { index, word in
            let prefix = phrase.prefix && index == phrase.words.count - 1
            return TextVector.quoted(word) + (prefix || !weight.isEmpty ? ":" : "") + (prefix ? "*" : "") + weight
        }.joined(separator: " <-> ") + ")"
    }

    static func tsquery(_ query: IndexQuery) -> String? {
        func build(_ node: IndexQuery.Shape) -> String? {
            switch node {
            case .group(let phrases, _):
                let parts = phrases.map { phraseQuery(query.phrases[$0]) }
                guard parts.allSatisfy({ $0 != nil }), !parts.isEmpty else { return nil }
                return "(" + parts.map { $0! }.joined(separator: " & ") + ")"
            case .and(let nodes):
                let parts = nodes.map(build)
                guard parts.allSatisfy({ $0 != nil }), !parts.isEmpty else { return nil }
                return "(" + parts.map { $0! }.joined(separator: " & ") + ")"
            case .or(let nodes):
                let parts = nodes.compactMap(build)
                guard !parts.isEmpty else { return nil }
                return "(" + parts.joined(separator: " | ") + ")"
            case .not(let positive, let negative):
                guard let kept = build(positive) else { return nil }
                // Only an exclusion the index reads exactly may narrow the candidates.
                guard negative.isExactInIndex, let excluded = build(negative) else { return kept }
                return "(" + kept + " & !" + excluded + ")"
            }
        }
        return build(query.shape)
    }
}

extension PostgresWorkspace {
    func indexWords() -> IndexWords { IndexWords() }

    /// The candidates of `plan` within `filter`, each with its words' places and length.
    struct Candidate {
        var rowid: Int64
        var summary: ArticleSummary
        var length: Int
        var places: [String: [IndexWords.Place]]
    }

    func candidates(_ plan: SearchPlan, filter: ArticleFilter) throws -> [Candidate] {
        guard let tsquery = plan.candidates else { return [] }
        var bindings = Bindings()
        let matchPlaceholder = bindings.add(tsquery)
        let lookups = plan.query.lookups
        let exact = bindings.add(TextArray.literal(lookups.filter { !$0.prefix }.map(\.word)))
        let prefixes = bindings.add(TextArray.literal(lookups.filter(\.prefix).map { LikePattern.escaped($0.word) + "%" }))
        let clause = Self.whereClause(filter, &bindings, joinWord: "AND")
        // The places of the query's words only: unnest reads the tsvector in the server, and
        // only what the check needs crosses the network.
        let rows = try reading {
            try $0.execute("""
                SELECT a.rowid, \(Self.summaryColumns), w.tokens, w.title_tokens, u.lexeme, u.positions, u.weights
                FROM \(table("article_words")) w JOIN \(table("article")) a ON a.rowid = w.article
                LEFT JOIN LATERAL unnest(w.words) u ON u.lexeme = ANY(\(exact)::text[]) OR u.lexeme LIKE ANY(\(prefixes)::text[])
                WHERE w.words @@ \(matchPlaceholder)::tsquery \(clause)
                ORDER BY a.rowid
                """, bindings.values)
        }
        var result: [Candidate] = []
        for row in 0..<rows.count {
            let rowid = Int64(rows.int(row, 0))
            if result.last?.rowid != rowid {
                result.append(Candidate(rowid: rowid, summary: Self.summary(rows, row, offset: 1), length: rows.int(row, 8), places: [:]))
            }
            guard let word = rows.text(row, 10) else { continue }
            let titleWords = rows.int(row, 9)
            let positions = Self.integers(rows.string(row, 11))
            let weights = Self.letters(rows.string(row, 12))
            result[result.count - 1].places[word] = zip(positions, weights).map { position, weight in
                weight == "A"
                    ? IndexWords.Place(column: .title, position: position - 1)
                    : IndexWords.Place(column: .body, position: position - titleWords - 2)
            }.sorted { ($0.column == .title ? 0 : 1, $0.position) < ($1.column == .title ? 0 : 1, $1.position) }
        }
        return result
    }

    /// `{1,5,9}` as numbers.
    static func integers(_ array: String) -> [Int] {
        array.trimmingCharacters(in: CharacterSet(charactersIn: "{}")).split(separator: ",").compactMap { Int($0) }
    }

    /// `{A,D,D}` as letters.
    static func letters(_ array: String) -> [Character] {
        array.trimmingCharacters(in: CharacterSet(charactersIn: "{}")).split(separator: ",").compactMap(\.first)
    }

    public func search(_ node: SearchNode, filter: ArticleFilter, limit: Int) throws -> [SearchHit] {
        let plan = SearchPlan(node, words: indexWords())
        let found = try candidates(plan, filter: filter)
        var scored: [(summary: ArticleSummary, instances: [[IndexWords.Place]], length: Int)] = []
        for candidate in found {
            if let instances = plan.query.evaluate(candidate.places) { scored.append((candidate.summary, instances, candidate.length)) }
        }
        guard !scored.isEmpty else { return [] }
        let bm25 = try rankingStatistics(plan.query)
        return scored.map { SearchHit(article: $0.summary, score: bm25.score(instances: $0.instances, length: $0.length)) }
            .sorted { ($0.score, $1.article.id) > ($1.score, $0.article.id) }
            .prefix(max(0, limit)).map { $0 }
    }

    /// What BM25 needs beyond the article: the index's size and, per phrase, how many articles
    /// it matches on its own.
    func rankingStatistics(_ query: IndexQuery) throws -> BM25 {
        try reading { connection in
            let totals = try connection.execute("SELECT articles, tokens FROM \(table("word_totals"))")
            var matching: [Int64] = []
            for phrase in query.phrases {
                if phrase.words.count == 1, !phrase.prefix, phrase.column == nil {
                    let count = try connection.execute("SELECT articles FROM \(table("word_articles")) WHERE word = $1", phrase.words)
                    matching.append(Int64(count.count > 0 ? count.int(0, 0) : 0))
                } else if let tsquery = SearchPlan.phraseQuery(phrase) {
                    let count = try connection.execute("SELECT count(*) FROM \(table("article_words")) WHERE words @@ $1::tsquery", [tsquery])
                    matching.append(Int64(count.int(0, 0)))
                } else {
                    matching.append(0)
                }
            }
            return BM25(articles: Int64(totals.int(0, 0)), words: Int64(totals.int(0, 1)), matching: matching)
        }
    }

    public func matching(_ node: SearchNode, filter: ArticleFilter) throws -> [ArticleSummary] {
        let plan = SearchPlan(node, words: indexWords())
        return try candidates(plan, filter: filter).filter { plan.query.evaluate($0.places) != nil }.map(\.summary)
    }

    public func documentFrequencies(_ words: Set<String>) throws -> [String: Int] {
        guard !words.isEmpty else { return [:] }
        return try reading { connection in
            let rows = try connection.execute(
                "SELECT word, articles FROM \(table("word_articles")) WHERE word = ANY($1::text[])", [TextArray.literal(words.sorted())])
            var result: [String: Int] = [:]
            for row in 0..<rows.count { result[rows.string(row, 0)] = rows.int(row, 1) }
            return result
        }
    }
}
