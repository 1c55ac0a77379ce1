import Foundation
import LedeStore

/// A search on the server: a `tsquery` the GIN index answers with candidates (every article
/// that can match, perhaps a few more: `near/N` is asked as "all of"), then each candidate
/// checked and ranked in Swift exactly as the SQLite index does (`IndexQuery`, `BM25`).
struct SearchPlan {
    let query: IndexQuery
    /// The candidates' `tsquery` among articles whose words the `tsvector` holds whole; nil
    /// when the query cannot match at all.
    let candidates: String?
    /// The candidates' `tsquery` among articles with exact places kept beside the `tsvector`
    /// (their places there may be cut or moved): only what must be there, each phrase's words
    /// anywhere.
    let looseCandidates: String?

    init(_ node: SearchNode, words: IndexWords) {
        query = IndexQuery(node, words: words)
        candidates = Self.tsquery(query, loose: false)
        looseCandidates = Self.tsquery(query, loose: true)
    }

    /// A plan that looks only among articles with exact places: what the index cannot count.
    init(checkingOnly query: IndexQuery, loose: String?) {
        self.query = query
        candidates = Self.matchesNothing
        looseCandidates = loose
    }

    /// A `tsquery` no article matches (an empty one).
    static let matchesNothing = ""


    /// One phrase as a `tsquery`: its words in a row (`<->`), or with `loose` anywhere (`&`);
    /// the last a prefix if it is one; each held to the title (weight A) or the body (D) when
    /// the phrase is.
    static func phraseQuery(_ phrase: IndexQuery.Phrase, loose: Bool = false) -> String? {
        guard !phrase.words.isEmpty else { return nil }
        let weight = phrase.column.map { $0 == .title ? "A" : "D" } ?? ""
        return "(" + phrase.words.enumerated().map { index, word in
            let prefix = phrase.prefix && index == phrase.words.count - 1
            return TextVector.quoted(TextVector.lexeme(word)) + (prefix || !weight.isEmpty ? ":" : "") + (prefix ? "*" : "") + weight
        }.joined(separator: loose ? " & " : " <-> ") + ")"
    }

    static func tsquery(_ query: IndexQuery, loose: Bool) -> String? {
        func all(_ parts: [String?]) -> String? {
            guard !parts.isEmpty, parts.allSatisfy({ $0 != nil }) else { return nil }
            return "(" + parts.map { $0! }.joined(separator: " & ") + ")"
        }
        func build(_ node: IndexQuery.Shape) -> String? {
            switch node {
            case .group(let phrases, _):
                return all(phrases.map { phraseQuery(query.phrases[$0], loose: loose) })
            case .and(let nodes):
                return all(nodes.map(build))
            case .or(let nodes):
                let parts = nodes.compactMap(build)
                return parts.isEmpty ? nil : "(" + parts.joined(separator: " | ") + ")"
            case .not(let positive, let negative):
                guard let kept = build(positive) else { return nil }
                // Only an exclusion the index reads exactly may narrow the candidates.
                guard !loose, negative.isExactInIndex, let excluded = build(negative) else { return kept }
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
    /// that begins with one of its prefixes (read from the word index, which keeps them in
    /// byte order).
    func words(for lookups: [IndexLookup], _ connection: PostgresConnection) throws -> [String] {
        var words = lookups.filter { !$0.prefix }.map(\.word)
        for prefix in lookups.filter(\.prefix) {
            let rows = try connection.execute(
                "SELECT word FROM \(table("word_articles")) WHERE word LIKE $1", [LikePattern.escaped(prefix.word) + "%"])
            words += (0..<rows.count).map { rows.string($0, 0) }
        }
        return Array(Set(words)).sorted()
    }

    /// Every article the index offers for `plan` within `filter` (nil: all articles), with the
    /// places of the query's words in it. Those places are picked out in the server (the
    /// query's words re-weighted `B`, then only `B` kept), so only what the check needs crosses
    /// the network; where an article keeps exact places beside its `tsvector`, those are read.
    func candidates(_ plan: SearchPlan, filter: ArticleFilter?, _ connection: PostgresConnection) throws -> [Candidate] {
        guard let exact = plan.candidates, let loose = plan.looseCandidates else { return [] }
        let words = try words(for: plan.query.lookups, connection)
        var bindings = Bindings()
        let exactMatch = bindings.add(exact)
        let looseMatch = bindings.add(loose)
        let wanted = bindings.add(TextArray.literal(words))
        let clause = filter.map { Self.whereClause($0, &bindings, joinWord: "AND") } ?? ""
        let rows = try connection.execute("""
            SELECT a.rowid, a.id, w.tokens, w.title_tokens, ts_filter(setweight(w.words, 'B', \(wanted)::text[]), '{B}')::text, w.exact_places
            FROM \(table("article_words")) w JOIN \(table("article")) a ON a.rowid = w.article
            WHERE (w.words @@ \(exactMatch)::tsquery OR (w.exact_places AND w.words @@ \(looseMatch)::tsquery)) \(clause)
            """, bindings.values)
        var result: [Candidate] = []
        var withExactPlaces: [Int: Int64] = [:]  // index in result → row
        for row in 0..<rows.count {
            let rowid = Int64(rows.int(row, 0))
            if rows.text(row, 5) == "t" { withExactPlaces[result.count] = rowid }
            result.append(Candidate(
                rowid: rowid, id: rows.string(row, 1), length: rows.int(row, 2),
                places: TextVector.places(rows.string(row, 4), titleWords: rows.int(row, 3))))
        }
        guard !withExactPlaces.isEmpty else { return result }
        let exactRows = try connection.execute(
            "SELECT article, word, places FROM \(table("word_places")) WHERE article = ANY($1::bigint[]) AND word = ANY($2::text[])",
            [TextArray.literal(withExactPlaces.values.map { Int($0) }), TextArray.literal(words)])
        var exactPlaces: [Int64: [String: [IndexWords.Place]]] = [:]
        for row in 0..<exactRows.count {
            exactPlaces[Int64(exactRows.int(row, 0)), default: [:]][exactRows.string(row, 1)] =
                Self.integers(exactRows.string(row, 2)).map(TextVector.decoded)
        }
        for (index, rowid) in withExactPlaces {
            for (word, places) in exactPlaces[rowid] ?? [:] { result[index].places[word] = places }
        }
        return result
    }

    /// `{1,5,9}` as numbers.
    static func integers(_ array: String) -> [Int] {
        array.trimmingCharacters(in: CharacterSet(charactersIn: "{}")).split(separator: ",").compactMap { Int($0) }
    }

    /// Summaries of the articles with these row numbers, in the order given.
    func summaries(ofRows rowids: [Int64], _ connection: PostgresConnection) throws -> [ArticleSummary] {
        guard !rowids.isEmpty else { return [] }
        let rows = try connection.execute(
            "SELECT a.rowid, \(Self.summaryColumns) FROM \(table("article")) a WHERE a.rowid = ANY($1::bigint[])",
            [TextArray.literal(rowids.map { Int($0) })])
        var byRow: [Int64: ArticleSummary] = [:]
        for row in 0..<rows.count { byRow[Int64(rows.int(row, 0))] = Self.summary(rows, row, offset: 1) }
        return rowids.compactMap { byRow[$0] }
    }

    /// A search's reads in one snapshot: a load committing meanwhile cannot give the candidates
    /// one state of the corpus and their ranking another.
    func searching<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
        try reading { connection in try connection.transaction(readOnly: true, snapshot: true) { try body(connection) } }
    }

    /// A candidate that matches, with its phrases' instances.
    struct Match {
        var candidate: Candidate
        var instances: [[IndexWords.Place]]
    }

    /// A candidate and its score.
    struct Scored {
        var candidate: Candidate
        var score: Double
    }

    public func search(_ node: SearchNode, filter: ArticleFilter, limit: Int) throws -> [SearchHit] {
        let plan = SearchPlan(node, words: indexWords())
        return try searching { connection in
            var matched: [Match] = []
            for candidate in try candidates(plan, filter: filter, connection) {
                if let instances = plan.query.evaluate(candidate.places) { matched.append(Match(candidate: candidate, instances: instances)) }
            }
            guard !matched.isEmpty else { return [] }
            let bm25 = try rankingStatistics(plan.query, connection)
            var scored = matched.map { Scored(candidate: $0.candidate, score: bm25.score(instances: $0.instances, length: $0.candidate.length)) }
            // As the SQLite workspace cuts: unfiltered, the index keeps the best by score and
            // then load order; filtered, by score and then id. Those shown go by score, then id.
            if filter == .all {
                scored.sort { ($0.score, $1.candidate.rowid) > ($1.score, $0.candidate.rowid) }
                scored = Array(scored.prefix(max(0, limit)))
            }
            scored.sort { ($0.score, $1.candidate.id) > ($1.score, $0.candidate.id) }
            let best = scored.prefix(max(0, limit))
            let summaries = try summaries(ofRows: best.map(\.candidate.rowid), connection)
            return zip(summaries, best).map { SearchHit(article: $0, score: $1.score) }
        }
    }

    /// What BM25 needs beyond the article: the index's size and, per phrase, how many articles
    /// it matches on its own.
    func rankingStatistics(_ query: IndexQuery, _ connection: PostgresConnection) throws -> BM25 {
        let totals = try connection.execute("SELECT articles, tokens FROM \(table("word_totals"))")
        var matching: [Int64] = []
        for (index, phrase) in query.phrases.enumerated() {
            if phrase.words.count == 1, !phrase.prefix, phrase.column == nil {
                let count = try connection.execute("SELECT articles FROM \(table("word_articles")) WHERE word = $1", phrase.words)
                matching.append(Int64(count.count > 0 ? count.int(0, 0) : 0))
            } else if let exact = SearchPlan.phraseQuery(phrase) {
                // The index counts where it holds the words whole; where exact places are kept
                // beside it, each candidate is checked.
                let counted = try connection.execute(
                    "SELECT count(*) FROM \(table("article_words")) WHERE NOT exact_places AND words @@ $1::tsquery", [exact]).int(0, 0)
                let alone = query.phraseAlone(index)
                let plan = SearchPlan(checkingOnly: alone, loose: SearchPlan.phraseQuery(phrase, loose: true))
                let checked = try candidates(plan, filter: nil, connection).filter { alone.evaluate($0.places) != nil }.count
                matching.append(Int64(counted + checked))
            } else {
                matching.append(0)
            }
        }
        return BM25(articles: Int64(totals.int(0, 0)), words: Int64(totals.int(0, 1)), matching: matching)
    }

    public func matching(_ node: SearchNode, filter: ArticleFilter) throws -> [ArticleSummary] {
        let plan = SearchPlan(node, words: indexWords())
        return try searching { connection in
            let matched = try candidates(plan, filter: filter, connection).filter { plan.query.evaluate($0.places) != nil }
            return try summaries(ofRows: matched.map(\.rowid).sorted(), connection)
        }
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
