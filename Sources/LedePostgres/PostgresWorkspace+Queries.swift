import Foundation
import LedeAnalysis
import LedeArticles
import LedeStore

/// Bound values of one statement, numbered as PostgreSQL numbers them (`$1`, `$2` …).
struct Bindings {
    private(set) var values: [String?] = []

    /// Adds a value and gives its placeholder.
    mutating func add(_ value: String?) -> String {
        values.append(value)
        return "$\(values.count)"
    }
}

extension PostgresWorkspace {
    static let summaryColumns = "a.id, a.title, a.date, a.source, a.path, a.words, a.quotes"

    static func summary(_ rows: PostgresRows, _ row: Int, offset: Int = 0) -> ArticleSummary {
        ArticleSummary(
            id: rows.string(row, offset), title: rows.string(row, offset + 1),
            date: rows.text(row, offset + 2).flatMap(CalendarDate.parseISOPrefix), source: rows.text(row, offset + 3),
            path: rows.string(row, offset + 4), words: rows.int(row, offset + 5), quotes: rows.int(row, offset + 6))
    }

    /// ASCII letters to lower case, as SQLite's `lower()` and `NOCASE` fold them (and no others).
    static func asciiLower(_ expression: String) -> String {
        "translate(\(expression), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
    }

    /// The conditions of `filter` on the article `a`, then `extra`, after `joinWord`; values bound.
    static func whereClause(_ filter: ArticleFilter, _ bindings: inout Bindings, joinWord: String = "WHERE", and extra: [String] = []) -> String {
        var conditions: [String] = []
        if let since = filter.since { conditions.append("a.date >= \(bindings.add(since.iso))") }
        if let until = filter.until { conditions.append("a.date <= \(bindings.add(until.iso))") }
        if let source = filter.source {
            // The whole name, or words of it in a row, as the SQLite workspace matches them.
            let joiners = "translate(a.source, '\(String(SourceMatch.joiners))', '\(String(repeating: " ", count: SourceMatch.joiners.count))')"
            let whole = bindings.add(source)
            let words = bindings.add("% " + LikePattern.escaped(SourceMatch.wordsTyped(source)) + " %")
            conditions.append("(\(asciiLower("a.source")) = \(asciiLower(whole)) OR (' ' || \(asciiLower(joiners)) || ' ') LIKE \(words))")
        }
        if let ids = filter.ids {
            conditions.append(ids.isEmpty ? "false" : "a.id = ANY(\(bindings.add(TextArray.literal(ids.sorted())))::text[])")
        }
        conditions += extra
        guard !conditions.isEmpty else { return "" }
        return " \(joinWord) " + conditions.joined(separator: " AND ")
    }

    // MARK: - Articles

    public func articles(_ filter: ArticleFilter, limit: Int?) throws -> [ArticleSummary] {
        var all: [ArticleSummary] = []
        try forEachArticle(filter, limit: limit, newestFirst: false) { all.append($0) }
        return all
    }

    public func forEachArticle(_ filter: ArticleFilter, limit: Int?, newestFirst: Bool, _ body: (ArticleSummary) throws -> Void) throws {
        var bindings = Bindings()
        let clause = Self.whereClause(filter, &bindings)
        let order = newestFirst ? "a.date IS NULL DESC, a.date DESC, a.id DESC" : "a.date IS NULL, a.date, a.id"
        let limitClause = limit.map { "LIMIT \(bindings.add(String($0)))::bigint" } ?? ""
        try reading {
            try $0.forEachPage("SELECT \(Self.summaryColumns) FROM \(table("article")) a \(clause) ORDER BY \(order) \(limitClause)", bindings.values) { rows in
                for row in 0..<rows.count { try body(Self.summary(rows, row)) }
            }
        }
    }

    public func articleCount(_ filter: ArticleFilter) throws -> Int {
        guard exists else { return 0 }
        var bindings = Bindings()
        let clause = Self.whereClause(filter, &bindings)
        return try reading { try $0.execute("SELECT count(*) FROM \(table("article")) a \(clause)", bindings.values).int(0, 0) }
    }

    public func article(id: String) throws -> Article? {
        try reading { connection in
            let columns = "a.rowid, a.id, a.title, a.date, a.source, a.url, a.author, a.path, a.caption"
            var rows = try connection.execute("SELECT \(columns) FROM \(table("article")) a WHERE a.id = $1", [id])
            if rows.count == 0 {
                rows = try connection.execute(
                    "SELECT \(columns) FROM \(table("article_alias")) x JOIN \(table("article")) a ON a.rowid = x.article WHERE x.alias = $1", [id])
            }
            guard rows.count > 0 else { return nil }
            let paragraphs = try connection.execute(
                "SELECT text FROM \(table("paragraph")) WHERE article = $1 ORDER BY idx", [rows.string(0, 0)])
            return Article(
                id: rows.string(0, 1), title: rows.string(0, 2), date: rows.text(0, 3).flatMap(CalendarDate.parseISOPrefix),
                source: rows.text(0, 4), url: rows.text(0, 5), author: rows.text(0, 6), path: rows.string(0, 7), caption: rows.text(0, 8),
                paragraphs: (0..<paragraphs.count).map { paragraphs.string($0, 0) })
        }
    }

    public func paragraphs(ofArticles ids: [String]) throws -> [[String]] {
        guard !ids.isEmpty else { return [] }
        return try reading { connection in
            let rows = try connection.execute("""
                SELECT a.id, p.text FROM \(table("article")) a JOIN \(table("paragraph")) p ON p.article = a.rowid
                WHERE a.id = ANY($1::text[]) ORDER BY a.id, p.idx
                """, [TextArray.literal(ids)])
            var byID: [String: [String]] = [:]
            for row in 0..<rows.count { byID[rows.string(row, 0), default: []].append(rows.string(row, 1)) }
            return ids.map { byID[$0] ?? [] }
        }
    }

    public func articleIDs() throws -> [String] {
        guard exists else { return [] }
        return try reading { connection in
            let rows = try connection.execute("SELECT id FROM \(table("article")) ORDER BY id")
            return (0..<rows.count).map { rows.string($0, 0) }
        }
    }

    public func currentIDs(of ids: [String]) throws -> [String] {
        guard !ids.isEmpty else { return [] }
        return try reading { connection in
            let rows = try connection.execute("""
                SELECT n.name, coalesce(a.id, b.id) FROM unnest($1::text[]) n(name)
                LEFT JOIN \(table("article")) a ON a.id = n.name
                LEFT JOIN \(table("article_alias")) x ON a.id IS NULL AND x.alias = n.name
                LEFT JOIN \(table("article")) b ON b.rowid = x.article
                """, [TextArray.literal(ids)])
            var current: [String: String] = [:]
            for row in 0..<rows.count { if let id = rows.text(row, 1) { current[rows.string(row, 0)] = id } }
            return ids.compactMap { current[$0] }
        }
    }

    // MARK: - Quotes and speakers

    public func quotes(speakerKeys: Set<String>?, filter: ArticleFilter) throws -> [StoredQuote] {
        var all: [StoredQuote] = []
        try forEachQuote(speakerKeys: speakerKeys, filter: filter) { all.append($0) }
        return all
    }

    public func forEachQuote(speakerKeys: Set<String>?, filter: ArticleFilter, _ body: (StoredQuote) throws -> Void) throws {
        var bindings = Bindings()
        let keys = speakerKeys.map { "q.speaker_key = ANY(\(bindings.add(TextArray.literal($0.sorted())))::text[])" }
        let clause = Self.whereClause(filter, &bindings, and: keys.map { [$0] } ?? [])
        try reading {
            try $0.forEachPage("""
                SELECT a.id, a.date, q.paragraph, q.text, q.speaker, q.role, q.cue, q.kind, q.speaker_key, q.speaker_kind
                FROM \(table("article")) a JOIN \(table("quote")) q ON a.rowid = q.article \(clause)
                ORDER BY a.date IS NULL, a.date, a.id, q.seq
                """, bindings.values) { rows in try Self.quotes(rows, body) }
        }
    }

    static func quotes(_ rows: PostgresRows, _ body: (StoredQuote) throws -> Void) throws {
        for row in 0..<rows.count {
            let quote = Quote(
                paragraph: rows.int(row, 2), text: rows.string(row, 3), speaker: rows.text(row, 4),
                speakerKind: rows.text(row, 9).flatMap(SpeakerKind.init(rawValue:)), role: rows.text(row, 5), cue: rows.string(row, 6),
                kind: Quote.Kind(rawValue: rows.string(row, 7)) ?? .direct)
            try body(StoredQuote(
                article: rows.string(row, 0), articleDate: rows.text(row, 1).flatMap(CalendarDate.parseISOPrefix), quote: quote,
                speakerKey: rows.text(row, 8)))
        }
    }

    public func speakerTallies(filter: ArticleFilter) throws -> [SpeakerTally] {
        var bindings = Bindings()
        let clause = Self.whereClause(filter, &bindings, and: ["q.speaker_key IS NOT NULL"])
        let rows = try reading {
            try $0.execute("""
                SELECT q.speaker_key, q.speaker, nullif(q.role, ''), count(*), string_agg(DISTINCT a.id, ',')
                FROM \(table("article")) a JOIN \(table("quote")) q ON a.rowid = q.article \(clause)
                GROUP BY q.speaker_key, q.speaker, q.role
                ORDER BY q.speaker_key, q.speaker, q.role NULLS FIRST
                """, bindings.values)
        }
        return (0..<rows.count).map { row in
            SpeakerTally(
                key: rows.string(row, 0), name: rows.string(row, 1), role: rows.text(row, 2), quotes: rows.int(row, 3),
                articles: rows.string(row, 4).split(separator: ",").map(String.init))
        }
    }

    public func speakerCounts() throws -> [SpeakerCount] {
        guard exists else { return [] }
        return try reading { connection in
            // Both tables in key order (bytes, as the "C" collation sorts), read side by side:
            // each speaker's article count, then their names and roles in name order.
            let articles = try connection.execute("SELECT speaker_key, articles FROM \(table("speaker_article_count")) ORDER BY speaker_key")
            let named = try connection.execute("""
                SELECT speaker_key, speaker, role, quotes FROM \(table("speaker_count")) ORDER BY speaker_key, speaker, role
                """)
            var counts: [SpeakerCount] = []
            counts.reserveCapacity(articles.count)
            var tally = SpeakerCountBuilder()
            var row = 0
            for articleRow in 0..<articles.count {
                let key = articles.string(articleRow, 0)
                // Counts of a speaker without an article count (only damage makes one) are passed over.
                while row < named.count, named.string(row, 0).utf8.lexicographicallyPrecedes(key.utf8) { row += 1 }
                guard row < named.count, named.string(row, 0).utf8.elementsEqual(key.utf8) else { continue }
                tally.start(key: key, articles: articles.int(articleRow, 1))
                while row < named.count, named.string(row, 0).utf8.elementsEqual(key.utf8) {
                    let name = named.string(row, 1)
                    if !tally.hasName || !tally.lastName.utf8.elementsEqual(name.utf8) { tally.addName(name) }
                    tally.addQuotes(named.int(row, 3), role: named.string(row, 2))
                    row += 1
                }
                counts.append(tally.finish())
            }
            return counts
        }
    }

    public func articlesQuotingBoth(_ first: String, _ second: String) throws -> Int {
        try reading {
            try $0.execute("""
                SELECT count(*) FROM (SELECT article FROM \(table("quote")) WHERE speaker_key = $1
                INTERSECT SELECT article FROM \(table("quote")) WHERE speaker_key = $2) both_
                """, [first, second]).int(0, 0)
        }
    }

    public func speakerKeys(matching variantKey: String) throws -> [SpeakerName] {
        guard exists else { return [] }
        return try reading { connection in
            let rows = try connection.execute("""
                SELECT DISTINCT speaker, speaker_key FROM \(table("speaker_variant")) WHERE variant = $1 ORDER BY speaker_key, speaker
                """, [SpeakerLookup.key(variantKey)])
            return (0..<rows.count).map { SpeakerName(name: rows.string($0, 0), key: rows.string($0, 1)) }
        }
    }

    public func speakerNames() throws -> [SpeakerName] {
        guard exists else { return [] }
        return try reading { connection in
            let rows = try connection.execute("""
                SELECT DISTINCT speaker, speaker_key FROM \(table("quote")) WHERE speaker IS NOT NULL ORDER BY speaker, speaker_key
                """)
            return (0..<rows.count).map { SpeakerName(name: rows.string($0, 0), key: rows.string($0, 1)) }
        }
    }

    // MARK: - Dates

    public func temporals(filter: ArticleFilter, sentenceMatch: SearchNode?, datedOnly: Bool, years: ClosedRange<Int>?) throws -> [StoredTemporal] {
        var all: [StoredTemporal] = []
        try forEachTemporal(TemporalQuery(filter: filter, sentenceMatch: sentenceMatch, datedOnly: datedOnly, years: years)) { all.append($0) }
        return all
    }

    /// The FROM … WHERE … of a temporal query; a sentence match is narrowed by the index here
    /// and checked exactly in Swift (`sentenceMatches`).
    func temporalSelection(_ query: TemporalQuery, plan: SearchPlan?, _ bindings: inout Bindings) -> String {
        var conditions: [String] = []
        // Dated values start with their year (or decade): 2013-05-07, 2012, 199.
        if query.datedOnly { conditions.append("t.value ~ '^[0-9]{3}'") }
        if let years = query.years {
            conditions.append("t.value >= \(bindings.add(String(years.lowerBound / 10))) AND t.value < \(bindings.add(String(years.upperBound + 1)))")
        }
        if let window = query.window {
            conditions.append("t.span_first >= \(bindings.add(String(window.lowerBound.dayNumber)))::int AND t.span_last <= \(bindings.add(String(window.upperBound.dayNumber)))::int")
        }
        if let plan {
            // A query no sentence can match reads nothing.
            conditions.append(plan.candidates.map { "t.sentence_words @@ \(bindings.add($0))::tsquery" } ?? "false")
        }
        let clause = Self.whereClause(query.filter, &bindings, and: conditions)
        return "\(table("article")) a JOIN \(table("temporal")) t ON a.rowid = t.article \(clause)"
    }

    /// Which of a page's sentences match a sentence query, exactly as the SQLite sentence index
    /// would: each distinct sentence split once, the page's in one go (a sentence with several
    /// dates comes once per date).
    func sentenceMatcher(_ plan: SearchPlan?, words: IndexWords) -> ([String]) -> [Bool] {
        guard let query = plan?.query else { return { $0.map { _ in true } } }
        // Without `near`, the index reads the query exactly (a sentence holds its words whole:
        // no sentence has 16,383 words or one word 256 times): its candidates are the answer.
        let wordsWhole = query.phrases.allSatisfy { $0.words.allSatisfy { TextVector.lexeme($0) == $0 } }
        if query.shape.isExactInIndex && wordsWhole { return { $0.map { _ in true } } }
        return { sentences in
            let distinct = Array(Set(sentences))
            var verdicts: [String: Bool] = [:]
            for (sentence, sequence) in zip(distinct, words.sequences(distinct)) {
                var places: [String: [IndexWords.Place]] = [:]
                for (index, word) in sequence.enumerated() {
                    places[word, default: []].append(IndexWords.Place(column: .body, position: index))
                }
                verdicts[sentence] = query.evaluate(places) != nil
            }
            return sentences.map { verdicts[$0] ?? false }
        }
    }

    public func temporalValueCounts(_ query: TemporalQuery) throws -> [(value: String, count: Int)] {
        if query.sentenceMatch != nil {
            var counts: [String: Int] = [:]
            try forEachTemporal(query) { counts[$0.expression.value, default: 0] += 1 }
            return counts.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }.map { (value: $0.key, count: $0.value) }
        }
        var bindings = Bindings()
        let source = temporalSelection(query, plan: nil, &bindings)
        let rows = try reading { try $0.execute("SELECT t.value, count(*) FROM \(source) GROUP BY t.value ORDER BY t.value", bindings.values) }
        return (0..<rows.count).map { (value: rows.string($0, 0), count: rows.int($0, 1)) }
    }

    /// With a sentence match every expression is read to check its sentence, whether it is
    /// counted or drawn: one reading, in calendar order, does both, holding the expressions
    /// while they are few enough.
    public func temporalTimeline(_ query: TemporalQuery) throws -> TemporalTimeline {
        guard query.sentenceMatch != nil else {
            return TemporalTimeline(valueCounts: try temporalValueCounts(query))
        }
        var ordered = query
        ordered.calendarOrder = true
        var dates: [StoredTemporal]? = []
        var counts: [String: Int] = [:]
        try forEachTemporal(ordered) { date in
            counts[date.expression.value, default: 0] += 1
            if let held = dates, held.count >= TemporalTimeline.mostHeld { dates = nil }
            dates?.append(date)
        }
        // (Counted as they were read, held or not.)
        return TemporalTimeline(counts: counts, held: dates.map(HeldTemporals.dates))
    }

    /// How many places one statement of `forEachTemporal(at:)` reads.
    static let temporalsReadTogether = 1_000

    public func forEachTemporal(at places: [TemporalPlace], _ body: (StoredTemporal) throws -> Void) throws {
        for sliceStart in stride(from: 0, to: places.count, by: Self.temporalsReadTogether) {
            let slice = places[sliceStart..<min(places.count, sliceStart + Self.temporalsReadTogether)]
            var bindings = Bindings()
            let articles = bindings.add("{" + slice.map { String($0.article) }.joined(separator: ",") + "}")
            let seqs = bindings.add("{" + slice.map { String($0.seq) }.joined(separator: ",") + "}")
            let rows = try reading {
                try $0.execute("""
                    SELECT a.id, a.date, t.paragraph, t.start, t."end", t.text, t.kind, t.value, t.sentence
                    FROM unnest(\(articles)::bigint[], \(seqs)::int[]) WITH ORDINALITY AS p(article, seq, place)
                    JOIN \(table("temporal")) t ON t.article = p.article AND t.seq = p.seq
                    JOIN \(table("article")) a ON a.rowid = t.article
                    ORDER BY p.place
                    """, bindings.values)
            }
            guard rows.count == slice.count else { throw noted(StoreError.damaged(path: location)) }
            try Self.temporals(rows, matches: { $0.map { _ in true } }, body)
        }
    }

    public func forEachTemporal(_ query: TemporalQuery, _ body: (StoredTemporal) throws -> Void) throws {
        // One reading of the sentence query: the index narrows by it, the check reads it.
        let words = indexWords()
        let plan = query.sentenceMatch.map { SearchPlan($0, words: words) }
        var bindings = Bindings()
        let source = temporalSelection(query, plan: plan, &bindings)
        let order = query.calendarOrder
            ? "t.span_first IS NULL, t.span_first, t.span_last, a.id, t.paragraph, t.start, t.seq"
            : "a.date IS NULL, a.date, a.id, t.seq"
        let matches = sentenceMatcher(plan, words: words)
        try reading {
            try $0.forEachPage("""
                SELECT a.id, a.date, t.paragraph, t.start, t."end", t.text, t.kind, t.value, t.sentence
                FROM \(source) ORDER BY \(order)
                """, bindings.values) { rows in try Self.temporals(rows, matches: matches, body) }
        }
    }

    static func temporals(_ rows: PostgresRows, matches: ([String]) -> [Bool], _ body: (StoredTemporal) throws -> Void) throws {
        let sentences = (0..<rows.count).map { rows.string($0, 8) }
        let matching = matches(sentences)
        for row in 0..<rows.count {
            let sentence = sentences[row]
            guard matching[row] else { continue }
            let start = rows.int(row, 3)
            let expression = TemporalExpression(
                paragraph: rows.int(row, 2), range: start..<max(start, rows.int(row, 4)), text: rows.string(row, 5),
                kind: TemporalExpression.Kind(rawValue: rows.string(row, 6)) ?? .date, value: rows.string(row, 7), sentence: sentence)
            try body(StoredTemporal(article: rows.string(row, 0), articleDate: rows.text(row, 1).flatMap(CalendarDate.parseISOPrefix), expression: expression))
        }
    }

    public func namesMentioned(filter: ArticleFilter) throws -> [NameInArticle] {
        var bindings = Bindings()
        let clause = Self.whereClause(filter, &bindings)
        let rows = try reading {
            try $0.execute("""
                SELECT a.id, n.names FROM \(table("article")) a JOIN \(table("article_names")) n ON a.rowid = n.article \(clause)
                ORDER BY a.id
                """, bindings.values)
        }
        return (0..<rows.count).flatMap { ArticleNames.decode(rows.string($0, 1), article: rows.string($0, 0)) }
    }

    // MARK: - Storage

    /// The tables behind each part a user knows, as in the SQLite workspace.
    static let storageParts: [(table: String, part: String)] = [
        ("paragraph", "article text"),
        ("article_words", "full-text index"),
        ("word_places", "full-text index"),
        ("word_articles", "full-text index"),
        ("article_names", "names mentioned"),
        ("temporal", "dates"),
        ("quote", "quotes"),
        ("speaker_variant", "speaker names and counts"),
        ("speaker_count", "speaker names and counts"),
        ("speaker_article_count", "speaker names and counts"),
        ("article", "articles: titles, dates, sources, ids"),
        ("article_alias", "articles: titles, dates, sources, ids"),
    ]

    public func storageUse() throws -> [StorageUse] {
        try reading { connection in
            let rows = try connection.execute("""
                SELECT c.relname, pg_total_relation_size(c.oid) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = $1 AND c.relkind IN ('r', 'S')
                """, [schema])
            var bytes: [String: Int64] = [:]
            for row in 0..<rows.count {
                let name = rows.string(row, 0)
                let part = Self.storageParts.first { $0.table == name }?.part ?? "bookkeeping"
                bytes[part, default: 0] += Int64(rows.int(row, 1))
            }
            return bytes.map { StorageUse(part: $0.key, bytes: $0.value) }.sorted { ($0.bytes, $1.part) > ($1.bytes, $0.part) }
        }
    }
}
