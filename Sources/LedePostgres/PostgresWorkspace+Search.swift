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

    /// A candidate article of a search, with its length and the places of the query's words.
    struct Candidate {
        var rowid: Int64
        var id: String
        var length: Int
        var places: [String: [IndexWords.Place]]
    }

    /// The words of the index a query's lookups stand for: its words, and every stored word
    /// that begins with one of its prefixes.
    func words(for lookups: [IndexLookup]) throws -> [String] {
        var words = lookups.filter { !$0.prefix }.map(\.word)
        let prefixes = lookups.filter(\.prefix)
        if !prefixes.isEmpty {
            try reading { connection in
                for prefix in prefixes {
                    // A range of the word index (byte order): everything from the prefix up to it
                    // with its last byte raised.
                    let rows = try connection.execute(
                        "SELECT word FROM \(table("word_articles")) WHERE word LIKE $1", [LikePattern.escaped(prefix.word) + "%"])
                    words += (0..<rows.count).map { rows.string($0, 0) }
                }
            }
        }
        return Array(Set(words)).sorted()
    }

    /// Every article the index offers for `plan` within `filter`, with the places of the
    /// query's words in it. Those places are picked out in the server (the query's words
    /// re-weighted `B`, then only `B` kept), so only what the check needs crosses the network.
    func candidates(_ plan: SearchPlan, filter: ArticleFilter) throws -> [Candidate] {
        guard let tsquery = plan.candidates else { return [] }
        let words = try words(for: plan.query.lookups)
        var bindings = Bindings()
        let match = bindings.add(tsquery)
        let wanted = bindings.add(TextArray.literal(words))
        let clause = Self.whereClause(filter, &bindings, joinWord: "AND")
        let rows = try reading {
            try $0.execute("""
                SELECT a.rowid, a.id, w.tokens, w.title_tokens, ts_filter(setweight(w.words, 'B', \(wanted)::text[]), '{B}')::text
                FROM \(table("article_words")) w JOIN \(table("article")) a ON a.rowid = w.article
                WHERE w.words @@ \(match)::tsquery \(clause)
                """, bindings.values)
        }
        return (0..<rows.count).map { row in
            Candidate(
                rowid: Int64(rows.int(row, 0)), id: rows.string(row, 1), length: rows.int(row, 2),
                places: TextVector.places(rows.string(row, 4), titleWords: rows.int(row, 3)))
        }
    }

    /// Summaries of the articles with these row numbers, in the order given.
    func summaries(ofRows rowids: [Int64]) throws -> [ArticleSummary] {
        guard !rowids.isEmpty else { return [] }
        let rows = try reading {
            try $0.execute(
                "SELECT a.rowid, \(Self.summaryColumns) FROM \(table("article")) a WHERE a.rowid = ANY($1::bigint[])",
                [TextArray.literal(rowids.map { Int($0) })])
        }
        var byRow: [Int64: ArticleSummary] = [:]
        for row in 0..<rows.count { byRow[Int64(rows.int(row, 0))] = Self.summary(rows, row, offset: 1) }
        return rowids.compactMap { byRow[$0] }
    }

    public func search(_ node: SearchNode, filter: ArticleFilter, limit: Int) throws -> [SearchHit] {
        let plan = SearchPlan(node, words: indexWords())
        var scored: [(candidate: Candidate, instances: [[IndexWords.Place]])] = []
        for candidate in try candidates(plan, filter: filter) {
            if let instances = plan.query.evaluate(candidate.places) { scored.append((candidate, instances)) }
        }
        guard !scored.isEmpty else { return [] }
        let bm25 = try rankingStatistics(plan.query)
        let best = scored.map { (candidate: $0.candidate, score: bm25.score(instances: $0.instances, length: $0.candidate.length)) }
            .sorted { ($0.score, $1.candidate.id) > ($1.score, $0.candidate.id) }
            .prefix(max(0, limit))
        let summaries = try summaries(ofRows: best.map(\.candidate.rowid))
        return zip(summaries, best).map { SearchHit(article: $0, score: $1.score) }
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
        let matched = try candidates(plan, filter: filter).filter { plan.query.evaluate($0.places) != nil }
        return try summaries(ofRows: matched.map(\.rowid).sorted())
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
