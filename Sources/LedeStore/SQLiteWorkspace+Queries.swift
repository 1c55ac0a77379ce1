import Foundation
import GRDB
import LedeAnalysis
import LedeArticles

extension SQLiteWorkspace {
    // MARK: - Reading

    /// A source's name as words between spaces, for matching words of it: lower case, joiners
    /// as spaces (`SourceMatch`).
    static let sourceWords: String = {
        let spaced = SourceMatch.joiners.reduce("a.source") { "replace(\($0), '\($1)', ' ')" }
        return "(' ' || lower(\(spaced)) || ' ')"
    }()

    static let summaryColumns = "a.id, a.title, a.date, a.source, a.path, a.words, a.quotes"

    static func summary(_ row: Row, offset: Int = 0) -> ArticleSummary {
        let date: String? = row[offset + 2]
        return ArticleSummary(
            id: row[offset], title: row[offset + 1], date: date.flatMap(CalendarDate.parseISOPrefix),
            source: row[offset + 3], path: row[offset + 4], words: row[offset + 5], quotes: row[offset + 6])
    }

    public func articles(_ filter: ArticleFilter, limit: Int?) throws -> [ArticleSummary] {
        var all: [ArticleSummary] = []
        try forEachArticle(filter, limit: limit, newestFirst: false) { all.append($0) }
        return all
    }

    public func forEachArticle(_ filter: ArticleFilter, limit: Int?, newestFirst: Bool, _ body: (ArticleSummary) throws -> Void) throws {
        let (clause, arguments) = Self.whereClause(filter)
        let order = newestFirst ? "a.date IS NULL DESC, a.date DESC, a.id DESC" : "a.date IS NULL, a.date, a.id"
        try reading { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT \(Self.summaryColumns) FROM article a \(clause)
                ORDER BY \(order)
                LIMIT ?
                """, arguments: arguments + [limit ?? -1])
            while let row = try rows.next() { try body(Self.summary(row)) }
        }
    }

    public func articleCount(_ filter: ArticleFilter) throws -> Int {
        let (clause, arguments) = Self.whereClause(filter)
        return try reading { try Int.fetchOne($0, sql: "SELECT count(*) FROM article a \(clause)", arguments: arguments) ?? 0 }
    }

    public func article(id: String) throws -> Article? {
        try reading { db in
            // Cached statements: `find` asks for twenty articles in a row, and compiling each
            // statement anew (with GRDB's authorizer) cost more than running it.
            // An id an article had before a rename still names it.
            guard let row = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT rowid, id, title, date, source, url, author, path, caption FROM article WHERE id = ?
                """), arguments: [id])
                ?? Row.fetchOne(db.cachedStatement(sql: """
                SELECT a.rowid, a.id, a.title, a.date, a.source, a.url, a.author, a.path, a.caption
                FROM article_alias x JOIN article a ON a.rowid = x.article WHERE x.alias = ?
                """), arguments: [id]) else { return nil }
            let rowid: Int64 = row[0]
            let paragraphs = try storedTexts(String?.fetchAll(
                db.cachedStatement(sql: "SELECT \(StoredParagraph.textFunction)(text) FROM paragraph p WHERE \(ParagraphPosition.sqlInArticle("?")) ORDER BY position"),
                arguments: [rowid, rowid]))
            let date: String? = row[3]
            return Article(
                id: row[1], title: row[2], date: date.flatMap(CalendarDate.parseISOPrefix), source: row[4], url: row[5],
                author: row[6], path: row[7], caption: row[8], paragraphs: paragraphs)
        }
    }

    public func paragraphs(ofArticles ids: [String]) throws -> [[String]] {
        try reading { db in
            let statement = try db.makeStatement(sql: """
                SELECT \(StoredParagraph.textFunction)(p.text) FROM article a JOIN paragraph p ON \(ParagraphPosition.sqlInArticle("a.rowid")) WHERE a.id = ? ORDER BY p.position
                """)
            // Rows, as `search` reads them: a second cursor type costs its own type look-ups.
            return try ids.map { try storedTexts(Row.fetchAll(statement, arguments: [$0]).map { $0[0] as String? }) }
        }
    }

    public func currentIDs(of ids: [String]) throws -> [String] {
        try reading { db in
            let current = try db.cachedStatement(sql: "SELECT id FROM article WHERE id = ?")
            let aliased = try db.cachedStatement(sql: "SELECT a.id FROM article_alias x JOIN article a ON a.rowid = x.article WHERE x.alias = ?")
            return try ids.compactMap { id in
                try String.fetchOne(current, arguments: [id]) ?? String.fetchOne(aliased, arguments: [id])
            }
        }
    }

    public func articleIDs() throws -> [String] {
        try reading { try String.fetchAll($0, sql: "SELECT id FROM article ORDER BY id") }
    }

    public func search(_ query: SearchNode, filter: ArticleFilter, limit: Int) throws -> [SearchHit] {
        let match = FTS5Expression.text(query)
        let (clause, arguments) = Self.whereClause(filter, joinWord: "AND")
        // Title matches weigh ten times body matches; bm25 is smaller-is-better, so negate it.
        let sql = """
            SELECT \(Self.summaryColumns), -bm25(article_fts, 10.0, 1.0) AS score
            FROM article_fts JOIN article a ON a.rowid = article_fts.rowid
            WHERE article_fts MATCH ? \(clause)
            ORDER BY bm25(article_fts, 10.0, 1.0), a.id
            LIMIT ?
            """
        // Without filters, rank inside FTS5 first and join only the top rows: joining every
        // match before sorting costs a row look-up per match (22,759 for "war" at 100k).
        let topSQL = """
            SELECT \(Self.summaryColumns), -f.score AS score
            FROM (SELECT rowid, bm25(article_fts, 10.0, 1.0) AS score FROM article_fts
                  WHERE article_fts MATCH ? ORDER BY score, rowid LIMIT ?) f
            JOIN article a ON a.rowid = f.rowid
            ORDER BY f.score, a.id
            """
        let useTop = clause.isEmpty
        return try reading { db in
            try Row.fetchAll(db, sql: useTop ? topSQL : sql, arguments: useTop ? [match, limit] : [match] + arguments + [limit]).map {
                SearchHit(article: Self.summary($0), score: $0[7])
            }
        }
    }

    public func documentFrequencies(_ words: Set<String>) throws -> [String: Int] {
        guard !words.isEmpty else { return [:] }
        return try reading { db in
            // A word the index keeps as written (lowercase ASCII letters and digits) is counted
            // by a query on the index, which passes over its places: two to three times faster
            // than fts5vocab for a common word. Any other word is looked up as a term (one
            // equality look-up each: `term IN (…)` would walk the whole vocabulary), since a
            // query would fold it to another term.
            let counted = try db.cachedStatement(sql: "SELECT count(*) FROM article_fts WHERE article_fts MATCH ?")
            let lookedUp = try db.cachedStatement(sql: "SELECT doc FROM article_vocab WHERE term = ?")
            var result: [String: Int] = [:]
            for word in words {
                let count: Int?
                if Self.isIndexedAsWritten(word) {
                    count = try Int.fetchOne(counted, arguments: ["\"" + word + "\""]).flatMap { $0 > 0 ? $0 : nil }
                } else {
                    count = try Int.fetchOne(lookedUp, arguments: [word])
                }
                if let count { result[word] = count }
            }
            return result
        }
    }

    /// Whether the index's tokenizer keeps `word` as it is: one token of lowercase ASCII
    /// letters and digits.
    static func isIndexedAsWritten(_ word: String) -> Bool {
        !word.isEmpty && word.utf8.allSatisfy { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    public func matching(_ query: SearchNode, filter: ArticleFilter) throws -> [ArticleSummary] {
        let match = FTS5Expression.text(query)
        let (clause, arguments) = Self.whereClause(filter, joinWord: "AND")
        return try reading { db in
            try Row.fetchAll(db, sql: """
                SELECT \(Self.summaryColumns) FROM article_fts JOIN article a ON a.rowid = article_fts.rowid
                WHERE article_fts MATCH ? \(clause)
                ORDER BY a.rowid
                """, arguments: [match] + arguments).map { Self.summary($0) }
        }
    }

    public func quotes(speakerKeys: Set<String>?, filter: ArticleFilter) throws -> [StoredQuote] {
        var all: [StoredQuote] = []
        try forEachQuote(speakerKeys: speakerKeys, filter: filter) { all.append($0) }
        return all
    }

    public func forEachQuote(speakerKeys: Set<String>?, filter: ArticleFilter, _ body: (StoredQuote) throws -> Void) throws {
        let keys = speakerKeys?.sorted()
        let (clause, arguments) = Self.whereClause(
            filter, and: keys.map { ["q.speaker_key IN (\(Array(repeating: "?", count: $0.count).joined(separator: ", ")))"] } ?? [],
            StatementArguments(keys ?? []))
        try reading { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT a.id, a.date, q.paragraph, \(Self.quoteText), q.speaker, q.role, q.cue, q.kind, q.speaker_key, q.speaker_kind
                FROM \(Self.articlesFirst(filter)) quote q ON a.rowid = q.article \(clause)
                ORDER BY a.date IS NULL, a.date, a.id, q.seq
                """, arguments: arguments)
            while let row = try rows.next() {
                let date: String? = row[1]
                let quote = Quote(
                    paragraph: row[2], text: try storedText(row[3]), speaker: row[4],
                    speakerKind: (row[9] as String?).flatMap(SpeakerKind.init(rawValue:)), role: row[5], cue: row[6],
                    kind: Quote.Kind(rawValue: row[7]) ?? .direct)
                try body(StoredQuote(article: row[0], articleDate: date.flatMap(CalendarDate.parseISOPrefix), quote: quote, speakerKey: row[8]))
            }
        }
    }

    public func speakerTallies(filter: ArticleFilter) throws -> [SpeakerTally] {
        let (clause, arguments) = Self.whereClause(filter, and: ["q.speaker_key IS NOT NULL"])
        return try reading { db in
            try Row.fetchAll(db, sql: """
                SELECT q.speaker_key, q.speaker, nullif(q.role, ''), count(*), group_concat(DISTINCT a.id)
                FROM \(Self.articlesFirst(filter)) quote q ON a.rowid = q.article \(clause)
                GROUP BY q.speaker_key, q.speaker, q.role
                ORDER BY q.speaker_key, q.speaker, q.role
                """, arguments: arguments).map { row in
                // Ids are ASCII letters, digits and hyphens: a comma parts them (a JSON array
                // to parse per speaker cost more than the query).
                let ids: String = row[4]
                return SpeakerTally(key: row[0], name: row[1], role: row[2], quotes: row[3], articles: ids.split(separator: ",").map(String.init))
            }
        }
    }

    public func speakerCounts() throws -> [SpeakerCount] {
        try reading { db in
            var counts: [SpeakerCount] = []
            // Both tables in key order, read side by side: each speaker's article count, then
            // their names and roles, in the primary key's order (key, name, role), so that a
            // speaker's names arrive sorted and each name's rows one after another.
            let articles = try SteppedRows(db, sql: "SELECT speaker_key, articles FROM speaker_article_count ORDER BY speaker_key")
            let named = try SteppedRows(db, sql: "SELECT speaker_key, speaker, role, quotes FROM speaker_count ORDER BY speaker_key, speaker, role")
            var tally = SpeakerCountBuilder()
            // Where the next row of counts stands against the speaker being read (after all
            // of them once they run out): one comparison of its key per row.
            var namedLeft = try named.next()
            while try articles.next() {
                let key = articles.text(0)
                var order = namedLeft ? named.compare(0, with: key) : .after
                // Counts of a speaker without an article count (only damage makes one) are passed over.
                while order == .before {
                    namedLeft = try named.next()
                    order = namedLeft ? named.compare(0, with: key) : .after
                }
                guard order == .same else { continue }
                tally.start(key: key, articles: articles.int(1))
                repeat {
                    if !tally.hasName || named.compare(1, with: tally.lastName) != .same { tally.addName(named.text(1)) }
                    tally.addQuotes(named.int(3), role: named.isEmpty(2) ? nil : named.text(2))
                    namedLeft = try named.next()
                    order = namedLeft ? named.compare(0, with: key) : .after
                } while order == .same
                counts.append(tally.finish())
            }
            return counts
        }
    }

    public func articlesQuotingBoth(_ first: String, _ second: String) throws -> Int {
        try articlesQuotingBoth(pairs: [SpeakerKeyPair(first: first, second: second)])[0]
    }

    public func articlesQuotingBoth(pairs: [SpeakerKeyPair]) throws -> [Int] {
        guard !pairs.isEmpty else { return [] }
        return try reading { db in
            // Each speaker's articles from the speaker index, counted against each other here:
            // SQL's INTERSECT builds a temporary B-tree per pair, a listing joins thousands.
            let articles = try SteppedRows(db, sql: "SELECT article FROM quote WHERE speaker_key = ?")
            func articlesQuoting(_ key: String) throws -> [Int] {
                try articles.restart(with: [key])
                var found: [Int] = []
                while try articles.next() { found.append(articles.int(0)) }
                return found
            }
            return try pairs.map { pair in
                SortedIntegers.commonCount(try articlesQuoting(pair.first), try articlesQuoting(pair.second))
            }
        }
    }

    public func speakerKeys(matching variantKey: String) throws -> [SpeakerName] {
        try reading { db in
            try Row.fetchAll(db, sql: """
                SELECT DISTINCT speaker, speaker_key FROM speaker_variant WHERE variant = ? ORDER BY speaker_key
                """, arguments: [SpeakerLookup.key(variantKey)]).map { SpeakerName(name: $0[0], key: $0[1]) }
        }
    }

    public func speakerNames() throws -> [SpeakerName] {
        try reading { db in
            try Row.fetchAll(db, sql: """
                SELECT DISTINCT speaker, speaker_key FROM quote WHERE speaker IS NOT NULL ORDER BY speaker
                """).map { SpeakerName(name: $0[0], key: $0[1]) }
        }
    }

    public func temporals(filter: ArticleFilter, sentenceMatch: SearchNode?, datedOnly: Bool, years: ClosedRange<Int>?) throws -> [StoredTemporal] {
        var all: [StoredTemporal] = []
        try forEachTemporal(TemporalQuery(filter: filter, sentenceMatch: sentenceMatch, datedOnly: datedOnly, years: years)) { all.append($0) }
        return all
    }

    /// The FROM … WHERE … of a temporal query, with its arguments.
    func temporalSelection(_ query: TemporalQuery) -> (source: String, clause: String, arguments: StatementArguments) {
        var conditions: [String] = []
        var valueArguments = StatementArguments()
        // Dated values start with their year (or decade): 2013-05-07, 2012, 199.
        if query.datedOnly { conditions.append("t.value GLOB '[0-9][0-9][0-9]*'") }
        if let years = query.years {
            conditions.append("t.value >= ? AND t.value < ?")
            valueArguments += [String(years.lowerBound / 10), String(years.upperBound + 1)]
        }
        // Only values that lie wholly inside the window: "2019" is not news about one week of it.
        if let window = query.window {
            conditions.append("\(SpanFunctions.first)(t.value) >= ? AND \(SpanFunctions.last)(t.value) <= ?")
            valueArguments += [window.lowerBound.dayNumber, window.upperBound.dayNumber]
        }
        var (clause, arguments) = Self.whereClause(query.filter, and: conditions, valueArguments)
        // With a sentence match the index drives: its rowid names the sentence's first date, and
        // the dates after it in the article that share the sentence name that date.
        let source: String
        if let sentenceMatch = query.sentenceMatch {
            source = """
                (SELECT rowid AS packed FROM temporal_fts WHERE temporal_fts MATCH ?) f
                JOIN temporal t ON t.article = (f.packed >> \(Self.seqBits)) AND t.seq >= (f.packed & \(Self.temporalsPerArticle - 1))
                    AND coalesce(t.sentence_seq, t.seq) = (f.packed & \(Self.temporalsPerArticle - 1))
                JOIN article a
                """
            arguments = [FTS5Expression.text(sentenceMatch)] + arguments
        } else {
            source = Self.articlesFirst(query.filter) + " temporal t"
        }
        return (source + " ON a.rowid = t.article", clause, arguments)
    }

    public func temporalValueCounts(_ query: TemporalQuery) throws -> [(value: String, count: Int)] {
        let (source, clause, arguments) = temporalSelection(query)
        return try reading { db in
            try Row.fetchAll(db, sql: "SELECT t.value, count(*) FROM \(source) \(clause) GROUP BY t.value ORDER BY t.value", arguments: arguments)
                .map { (value: $0[0], count: $0[1]) }
        }
    }

    /// Text read from a paragraph: NULL only where the paragraph is missing, which is damage.
    func storedText(_ text: String?) throws -> String {
        guard let text else { throw noted(StoreError.damaged(path: location)) }
        return text
    }

    func storedTexts(_ texts: [String?]) throws -> [String] {
        try texts.map(storedText)
    }

    /// A quote's text: read from its paragraph at the place stored, or stored whole.
    static let quoteText = """
        CASE WHEN q.text_start IS NULL THEN q.text
        ELSE (SELECT substr(\(StoredParagraph.textFunction)(p.text), q.text_start + 1, q.text_length) FROM paragraph p WHERE p.position = \(ParagraphPosition.sql(article: "q.article", index: "q.paragraph")))
        END
        """

    /// A date's sentence: read from its paragraph at the place stored, or stored whole.
    static let temporalSentence = """
        CASE WHEN t.sentence_start IS NULL THEN t.sentence
        ELSE (SELECT substr(\(StoredParagraph.textFunction)(p.text), t.sentence_start + 1, t.sentence_length) FROM paragraph p WHERE p.position = \(ParagraphPosition.sql(article: "t.article", index: "t.paragraph")))
        END
        """

    /// The columns `storedTemporal` reads, then the expression's number in its article.
    static let temporalColumns = """
        a.id, a.date, t.paragraph, t.start, t."end", t.text, t.kind, t.value, \(temporalSentence), t.seq
        """

    /// An expression from the current row of `temporalColumns`, read straight from SQLite.
    func storedTemporal(_ rows: SteppedRows) throws -> StoredTemporal {
        let start = rows.int(3)
        let expression = TemporalExpression(
            paragraph: rows.int(2), range: start..<max(start, rows.int(4)), text: rows.text(5),
            kind: TemporalExpression.Kind(rawValue: rows.text(6)) ?? .date, value: rows.text(7), sentence: try storedText(rows.optionalText(8)))
        return StoredTemporal(article: rows.text(0), articleDate: rows.optionalText(1).flatMap(CalendarDate.parseISOPrefix), expression: expression)
    }

    public func forEachTemporal(_ query: TemporalQuery, _ body: (StoredTemporal) throws -> Void) throws {
        let (source, clause, arguments) = temporalSelection(query)
        // In calendar order (SQLite sorts beyond memory in temporary files; `CalendarPlace`
        // sorts the same way), or as stored.
        let order = query.calendarOrder
            ? "\(SpanFunctions.first)(t.value) IS NULL, \(SpanFunctions.first)(t.value), \(SpanFunctions.last)(t.value), a.id, t.paragraph, t.start, t.seq"
            : "a.date IS NULL, a.date, a.id, t.seq"
        try reading { db in
            let rows = try SteppedRows(db, sql: """
                SELECT \(Self.temporalColumns)
                FROM \(source) \(clause)
                ORDER BY \(order)
                """)
            try rows.restart(with: arguments)
            while try rows.next() { try body(storedTemporal(rows)) }
        }
    }

    /// With a sentence match, the expressions are found once through the sentence index,
    /// reading only what counting and ordering them needs (no sentence, so no paragraph is
    /// inflated), then counted and sorted here by place; each is read whole only when it is
    /// drawn (`forEachTemporal(at:)`). Counting them in one query and reading them sorted in
    /// another found them through the index twice and made SQLite sort whole rows, sentences
    /// included, before the first was drawn.
    public func temporalTimeline(_ query: TemporalQuery) throws -> TemporalTimeline {
        if query.sentenceMatch != nil, let placed = try placesInCalendarOrder(query, atMost: TemporalTimeline.mostPlacesHeld) {
            return TemporalTimeline(counts: placed.counts, held: .places(placed.places))
        }
        return TemporalTimeline(valueCounts: try temporalValueCounts(query))
    }

    /// The expressions a timeline chose, counted by value, and their places in calendar order.
    struct PlacedTimeline {
        var counts: [String: Int]
        var places: [TemporalPlace]
    }

    /// An expression's place in the store and in calendar order, for sorting.
    struct SortablePlace {
        var order: CalendarPlace
        var place: TemporalPlace
    }

    /// The places of the expressions `query` chooses, sorted into calendar order here, with
    /// their values counted; nil when there are more than `limit`.
    func placesInCalendarOrder(_ query: TemporalQuery, atMost limit: Int) throws -> PlacedTimeline? {
        let (source, clause, arguments) = temporalSelection(query)
        return try reading { db -> PlacedTimeline? in
            // Thousands of rows of six columns: read straight from SQLite, not as GRDB rows.
            let rows = try SteppedRows(db, sql: "SELECT a.id, t.article, t.seq, t.paragraph, t.start, t.value FROM \(source) \(clause)")
            try rows.restart(with: arguments)
            var sortable: [SortablePlace] = []
            var counts: [String: Int] = [:]
            // Values repeat (a date is named in many articles): each is read as a period once.
            var spans: [String: TimexSpan?] = [:]
            while try rows.next() {
                guard sortable.count < limit else { return nil }
                let value = rows.text(5)
                counts[value, default: 0] += 1
                let span: TimexSpan?
                if let known = spans[value] {
                    span = known
                } else {
                    span = TimexSpan(value: value)
                    spans[value] = span
                }
                let seq = rows.int(2)
                let order = CalendarPlace(span: span, article: rows.text(0), paragraph: rows.int(3), start: rows.int(4), seq: seq)
                sortable.append(SortablePlace(order: order, place: TemporalPlace(article: Int64(rows.int(1)), seq: seq)))
            }
            sortable.sort { $0.order < $1.order }
            return PlacedTimeline(counts: counts, places: sortable.map(\.place))
        }
    }

    /// The expressions at `places`, read a slice at a time: each slice in the order the rows
    /// are stored (article, then number), so that a paragraph holding several of them is
    /// inflated once, then handed over in the order given.
    public func forEachTemporal(at places: [TemporalPlace], _ body: (StoredTemporal) throws -> Void) throws {
        guard !places.isEmpty else { return }
        try reading { db in
            // One row per place: read straight from SQLite, a GRDB row per place cost more than the look-up.
            let rows = try SteppedRows(db, sql: """
                SELECT \(Self.temporalColumns) FROM temporal t JOIN article a ON a.rowid = t.article
                WHERE t.article = ? AND t.seq = ?
                """)
            for sliceStart in stride(from: 0, to: places.count, by: Self.temporalsReadTogether) {
                let indices = sliceStart..<min(places.count, sliceStart + Self.temporalsReadTogether)
                let stored = indices.sorted { (places[$0].article, places[$0].seq) < (places[$1].article, places[$1].seq) }
                var slice = [StoredTemporal?](repeating: nil, count: indices.count)
                for index in stored {
                    let place = places[index]
                    try rows.restart(with: [place.article, place.seq])
                    guard try rows.next() else { throw noted(StoreError.damaged(path: location)) }
                    slice[index - sliceStart] = try storedTemporal(rows)
                }
                for date in slice { try body(date!) }
            }
        }
    }

    /// How many expressions `forEachTemporal(at:)` reads before handing them over: enough that
    /// neighbours in a paragraph often fall in one slice, few enough to hold (about 128 KB).
    static let temporalsReadTogether = 256

    public func namesMentioned(filter: ArticleFilter) throws -> [NameInArticle] {
        let (clause, arguments) = Self.whereClause(filter)
        return try reading { db in
            try Row.fetchAll(db, sql: """
                SELECT a.id, n.names FROM \(Self.articlesFirst(filter)) article_names n ON a.rowid = n.article \(clause)
                ORDER BY a.id
                """, arguments: arguments).flatMap { row in ArticleNames.decode(row[1], article: row[0]) }
        }
    }

    /// `article a` joined first when the filter names articles, so their rows are looked up by
    /// key instead of every quote, date or mention being read and tested (CROSS JOIN fixes
    /// SQLite's loop order).
    static func articlesFirst(_ filter: ArticleFilter) -> String {
        filter.ids != nil ? "article a CROSS JOIN" : "article a JOIN"
    }

    /// The SQL condition for a filter over `article a`, with its arguments bound, never spliced.
    /// The conditions of `filter` on the article `a`, then `extra` conditions with their
    /// `extraArguments`, joined after `joinWord`.
    static func whereClause(
        _ filter: ArticleFilter, joinWord: String = "WHERE", and extra: [String] = [], _ extraArguments: StatementArguments = StatementArguments()
    ) -> (String, StatementArguments) {
        var conditions: [String] = []
        var arguments = StatementArguments()
        if let since = filter.since {
            conditions.append("a.date >= ?")
            arguments += [since.iso]
        }
        if let until = filter.until {
            conditions.append("a.date <= ?")
            arguments += [until.iso]
        }
        if let source = filter.source {
            // The whole name, or words of it in a row: `source:harbor` finds "Harbor Gazette".
            conditions.append("(a.source = ? COLLATE NOCASE OR \(Self.sourceWords) LIKE ? ESCAPE '\\')")
            arguments += [source, "% " + LikePattern.escaped(SourceMatch.wordsTyped(source)) + " %"]
        }
        if let ids = filter.ids {
            if ids.isEmpty {
                conditions.append("0")
            } else {
                conditions.append("a.id IN (SELECT value FROM json_each(?))")
                let json = try? JSONSerialization.data(withJSONObject: ids.sorted())
                arguments += [json.map { String(decoding: $0, as: UTF8.self) } ?? "[]"]
            }
        }
        conditions += extra
        arguments += extraArguments
        guard !conditions.isEmpty else { return ("", arguments) }
        return (" \(joinWord) " + conditions.joined(separator: " AND "), arguments)
    }

    // MARK: - Storage

    /// The tables and indexes behind each part a user knows, by name prefix (first match wins).
    static let storageParts: [(prefix: String, part: String)] = [
        ("paragraph", "article text"),
        ("article_fts", "full-text index"),
        ("article_names", "names mentioned"),
        ("temporal_fts", "sentence index for timeline"),
        ("temporal", "dates"),
        ("quote", "quotes"),
        ("speaker_", "speaker names and counts"),
        ("article", "articles: titles, dates, sources, ids"),
        ("sqlite_autoindex_article", "articles: titles, dates, sources, ids"),
    ]
    static let bookkeeping = "bookkeeping"
    static let freeSpace = "free space (reused by later loads)"

    public func storageUse() throws -> [StorageUse] {
        try reading { db in
            var bytes: [String: Int64] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT name, sum(pgsize) FROM dbstat GROUP BY name") {
                let name: String = row[0]
                let part = Self.storageParts.first { name.hasPrefix($0.prefix) }?.part ?? Self.bookkeeping
                bytes[part, default: 0] += row[1] as Int64
            }
            let pageSize = try Int64.fetchOne(db, sql: "PRAGMA page_size") ?? 0
            let freePages = try Int64.fetchOne(db, sql: "PRAGMA freelist_count") ?? 0
            if freePages > 0 { bytes[Self.freeSpace] = freePages * pageSize }
            return bytes.map { StorageUse(part: $0.key, bytes: $0.value) }.sorted { ($0.bytes, $1.part) > ($1.bytes, $0.part) }
        }
    }
}
