import Dispatch
import Foundation
import GRDB
import Synchronization
import LedeAnalysis
import LedeArticles

/// The embedded workspace: one SQLite file in WAL mode, read and written through GRDB.
public final class SQLiteWorkspace: WorkspaceStore, Sendable {
    /// Articles analysed and written per transaction: large enough to amortise the commit,
    /// small enough that an interrupted load loses little and memory stays flat.
    public static let batchSize = 512
    /// The sentence index's rowid packs a temporal row's key: `article << seqBits | seq`, so
    /// an article keeps at most `temporalsPerArticle` dates. (Migration v3 spells out 20.)
    static let seqBits = 20
    static let temporalsPerArticle = 1 << seqBits

    /// Where the workspace lives, as the user named it: what messages show.
    public let location: String
    let path: String
    /// The open connections: a single read-only connection while nothing has been written in
    /// this run (most commands only read), the writer once it is open.
    private struct Connections: Sendable {
        var reader: DatabaseReader
        /// The writing pool, opened on the first write (or at once for a new or outdated workspace).
        var writer: DatabaseWriter?
    }
    private let connections: Mutex<Connections>
    /// What reads go through.
    var pool: DatabaseReader { connections.withLock { $0.reader } }
    /// Whether this run has only read: no writer was opened, so closing has nothing to flush.
    public var hasOnlyRead: Bool { connections.withLock { $0.writer == nil } }

    /// How much SQLite keeps of what it read. A session's queries come back to the same pages,
    /// so it keeps SQLite's default 2 MB. A single command reads most pages once: a small cache
    /// reuses its buffers where a large one faults in fresh memory for every page read (issue 4:
    /// 0.8 ms of a 9 ms `lede -c 'find …'`; one-shot who-said, timeline and compare no slower).
    public enum ReadCache: Sendable {
        case session
        case singleCommand

        var pragma: String? {
            switch self {
            case .session: return nil
            case .singleCommand: return "PRAGMA cache_size = -256"  // KiB
            }
        }
    }

    /// Opens (creating if needed) the workspace at `path`; `:memory:` gives a private one.
    public init(path: String, displayName: String? = nil, readCache: ReadCache = .session) throws {
        location = displayName ?? path
        self.path = path
        // An existing, up-to-date workspace opens with one read-only connection: no writer, no
        // WAL set-up, no migration transaction. Anything unexpected takes the writing path,
        // which creates, migrates, or reports the problem.
        if path != ":memory:", FileManager.default.fileExists(atPath: path),
           let reader = try? Self.openCurrentReader(path: path, readCache: readCache) {
            connections = Mutex(Connections(reader: reader))
            return
        }
        let writer = try Self.openWriter(path: path, displayName: location)
        connections = Mutex(Connections(reader: writer, writer: writer))
    }

    static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        return configuration
    }

    /// A read-only connection on `path`, if its schema is exactly this lede's.
    static func openCurrentReader(path: String, readCache: ReadCache) throws -> DatabaseReader? {
        var configuration = Configuration()
        configuration.readonly = true
        if let pragma = readCache.pragma {
            configuration.prepareDatabase { db in try db.execute(sql: pragma) }
        }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        // GRDB's record of applied migrations, read directly: building the migrator to ask it
        // cost a short command more than the question. A missing table throws: not current.
        let current = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations").map { $0[0] as String }.sorted()
                == Schema.versions.sorted()
        }
        return current ? queue : nil
    }

    static func openWriter(path: String, displayName: String) throws -> DatabaseWriter {
        let configuration = configuration()
        let pool: DatabaseWriter
        do {
            if path == ":memory:" {
                pool = try DatabaseQueue(configuration: configuration)
            } else {
                let folder = (path as NSString).deletingLastPathComponent
                if !folder.isEmpty {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                }
                pool = try DatabasePool(path: path, configuration: configuration)
            }
        } catch {
            throw StoreError.cannotOpen(path: displayName, reason: "\(error)")
        }
        let migrator = Schema.migrator
        if try pool.read({ try migrator.hasBeenSuperseded($0) }) {
            throw StoreError.newerSchema(path: displayName)
        }
        try migrator.migrate(pool)
        // The writer's page cache: 2 MB (SQLite's default) makes every FTS5 segment merge and
        // every insert into the hash/id indexes re-read pages; 64 MB cut a 100k load by a fifth.
        try pool.write { try $0.execute(sql: "PRAGMA cache_size = -65536") }
        // Checkpoint the WAL every 25,000 pages (≈ 100 MB) rather than every 1,000: pages a load
        // rewrites in batch after batch (index interiors, FTS5 structure) are copied into the
        // database, and synced, far less often. 100k articles: 64 -> 53 s, memory unchanged.
        // (A load ends by folding the WAL into the database and emptying it, so a session that
        // goes on keeps no 100 MB file.)
        try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_autocheckpoint = 25000") }
        return pool
    }

    /// The writer, opened now if this run has only read so far; reads then go through it too.
    func openedWriter() throws -> DatabaseWriter {
        try connections.withLock { connections in
            if let writer = connections.writer { return writer }
            let opened = try Self.openWriter(path: path, displayName: location)
            connections = Connections(reader: opened, writer: opened)
            return opened
        }
    }

    // MARK: - Loading

    public func load(
        _ produce: (_ handle: (LoadEvent) throws -> Void) throws -> Void,
        shouldStop: @escaping () -> Bool
    ) throws -> LoadReport {
        // Three stages overlap: reading and parsing (this thread), analysing (a serial queue
        // that spreads each batch over the cores) and writing (a serial queue, one transaction
        // per batch). While batch n is written, batch n+1 is analysed and batch n+2 read; the
        // writer was the bottleneck and used to analyse too, leaving a core idle during SQL.
        // At most three batches are in flight, so memory stays flat.
        let written = LoadProgress()
        let database = try openedWriter()
        let analyser = DispatchQueue(label: "lede.load.analyser")
        let writer = DispatchQueue(label: "lede.load.writer")
        let inFlight = DispatchSemaphore(value: 3)
        func submit(_ articles: [Article]) {
            inFlight.wait()
            analyser.async {
                guard !written.failed else { inFlight.signal(); return }
                let prepared = Self.prepare(articles)
                writer.async {
                    defer { inFlight.signal() }
                    guard !written.failed else { return }
                    written.record {
                        try Self.write(prepared, to: database, into: &$0.report, renamed: &$0.renamed)
                    }
                }
            }
        }
        var problems: [LoadProblem] = []
        var batch: [Article] = []
        var interrupted = false
        struct Stop: Error {}
        do {
            try produce { event in
                if shouldStop() { throw Stop() }
                if written.failed { throw Stop() }  // the error itself is thrown below
                switch event {
                case .problem(let problem):
                    problems.append(problem)
                case .article(let article):
                    batch.append(article)
                    if batch.count >= Self.batchSize {
                        submit(batch)
                        batch.removeAll(keepingCapacity: true)
                    }
                }
            }
        } catch is Stop {
            interrupted = true
        } catch {
            analyser.sync {}
            writer.sync {}
            throw error
        }
        if !batch.isEmpty { submit(batch) }
        analyser.sync {}
        writer.sync {}
        let outcome = written.outcome
        if let error = outcome.error { throw error }
        // What closing would do anyway: the WAL folded in and emptied (no-op in memory).
        _ = try? database.writeWithoutTransaction { try $0.checkpoint(.truncate) }
        var report = outcome.report
        if !outcome.renamed.isEmpty {
            report.added = report.added.map { outcome.renamed[$0] ?? $0 }
            report.alreadyPresent = report.alreadyPresent.map { outcome.renamed[$0] ?? $0 }
        }
        report.problems = problems + report.problems
        report.interrupted = interrupted
        return report
    }

    /// Threads that analyse while the writer writes: every core but the writer's.
    static let analysisWorkers = max(1, ProcessInfo.processInfo.activeProcessorCount - 1)

    /// An article with everything the writer needs worked out beforehand: the writer is the
    /// bottleneck of a load, so all that is not SQL happens on the analysing threads.
    struct PreparedArticle: Sendable {
        var article: Article
        var hash: String
        var words: Int
        /// The paragraphs joined, as the full-text index takes the body.
        var body: String
        var analysis: ArticleAnalysis
        /// Per quote: the speaker's key and the keys of every way of naming them.
        var speakerKeys: [(key: String, variants: [String])?]
        var mentionKeys: [String]

        init(_ article: Article) {
            self.article = article
            hash = article.contentHash
            words = article.wordCount
            body = article.paragraphs.joined(separator: "\n\n")
            analysis = Analyzer.analyze(article)
            speakerKeys = analysis.quotes.map { quote in
                quote.speaker.map { speaker in
                    (PersonName.key(speaker), Set(PersonName.variants(of: speaker).map(PersonName.key)).sorted())
                }
            }
            mentionKeys = analysis.mentions.map { PersonName.key($0.name) }
        }
    }

    /// A batch prepared on `analysisWorkers` threads.
    static func prepare(_ batch: [Article]) -> [PreparedArticle] {
        let workers = min(analysisWorkers, batch.count)
        guard workers > 1 else { return batch.map(PreparedArticle.init) }
        // Worker w prepares articles w, w + workers, w + 2·workers …; the strides are woven back.
        let strides = Mutex([[PreparedArticle]](repeating: [], count: workers))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let mine = stride(from: worker, to: batch.count, by: workers).map { PreparedArticle(batch[$0]) }
            strides.withLock { $0[worker] = mine }
        }
        return strides.withLock { strides in
            (0..<batch.count).map { strides[$0 % workers][$0 / workers] }
        }
    }

    /// Writes a prepared batch in one transaction.
    static func write(_ batch: [PreparedArticle], to database: DatabaseWriter, into report: inout LoadReport, renamed: inout [String: String]) throws {
        try database.write { db in
            let findHash = try db.cachedStatement(sql: "SELECT id FROM article WHERE hash = ?")
            var seenInBatch: [String: String] = [:]  // hash → id
            for var prepared in batch {
                if let id = try String.fetchOne(findHash, arguments: [prepared.hash]) ?? seenInBatch[prepared.hash] {
                    report.alreadyPresent.append(id)
                    continue
                }
                let slug = prepared.article.id
                prepared.article.id = try uniqueID(slug: slug, hash: prepared.hash, db: db, renamed: &renamed)
                try insert(prepared, slug: slug, db: db)
                seenInBatch[prepared.hash] = prepared.article.id
                report.added.append(prepared.article.id)
            }
        }
    }

    /// The id for a new article whose title gives `slug`. Ids must not depend on load order, so
    /// when two articles share a slug, both carry part of their content hash: the one already
    /// present is renamed (`world-health` → `world-health-e007`) and the new one suffixed.
    static func uniqueID(slug: String, hash: String, db: Database, renamed: inout [String: String]) throws -> String {
        let sharing = try Row.fetchAll(db.cachedStatement(sql: "SELECT rowid, id, hash FROM article WHERE slug = ?"), arguments: [slug])
        let idTaken = try db.cachedStatement(sql: "SELECT 1 FROM article WHERE id = ?")
        // A title whose slug is already another article's suffixed id (`world-health-e007`)
        // takes a suffix too.
        func suffixed(_ hash: String) throws -> String {
            var length = 4
            var id = ArticleID.disambiguated(slug, hash: hash, length: length)
            while try Bool.fetchOne(idTaken, arguments: [id]) ?? false {
                length += 2
                id = ArticleID.disambiguated(slug, hash: hash, length: length)
            }
            return id
        }
        guard !sharing.isEmpty else { return try Bool.fetchOne(idTaken, arguments: [slug]) ?? false ? suffixed(hash) : slug }
        for row in sharing where (row[1] as String) == slug {
            let newID = try suffixed(row[2])
            try db.execute(sql: "UPDATE article SET id = ? WHERE rowid = ?", arguments: [newID, row[0] as Int64])
            // Only an id equal to the bare slug is ever renamed, so one step maps it.
            renamed[slug] = newID
        }
        return try suffixed(hash)
    }

    static func insert(_ prepared: PreparedArticle, slug: String, db: Database) throws {
        let article = prepared.article
        let analysis = prepared.analysis
        let insertArticle = try db.cachedStatement(sql: """
            INSERT INTO article (id, slug, hash, title, date, source, url, author, path, caption, words, quotes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        try insertArticle.execute(arguments: [
            article.id, slug, prepared.hash, article.title, article.date?.iso, article.source, article.url, article.author,
            article.path, article.caption, prepared.words, analysis.quotes.count,
        ])
        let rowid = db.lastInsertedRowID
        let insertParagraph = try db.cachedStatement(sql: "INSERT INTO paragraph (article, idx, text) VALUES (?, ?, ?)")
        for (index, text) in article.paragraphs.enumerated() {
            try insertParagraph.execute(arguments: [rowid, index, text])
        }
        try db.cachedStatement(sql: "INSERT INTO article_fts (rowid, title, body) VALUES (?, ?, ?)")
            .execute(arguments: [rowid, article.title, prepared.body])

        let insertQuote = try db.cachedStatement(sql: """
            INSERT INTO quote (article, seq, paragraph, speaker, speaker_key, role, text, cue, kind)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertVariant = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO speaker_variant (variant, speaker_key, speaker) VALUES (?, ?, ?)
            """)
        for (seq, (quote, keys)) in zip(analysis.quotes, prepared.speakerKeys).enumerated() {
            try insertQuote.execute(arguments: [
                rowid, seq, quote.paragraph, quote.speaker, keys?.key, quote.role, quote.text, quote.cue, quote.kind.rawValue,
            ])
            if let speaker = quote.speaker, let keys {
                for variant in keys.variants {
                    try insertVariant.execute(arguments: [variant, keys.key, speaker])
                }
            }
        }
        let insertMention = try db.cachedStatement(sql: """
            INSERT INTO mention (article, seq, paragraph, name, name_key, text, kind) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for (seq, (mention, key)) in zip(analysis.mentions, prepared.mentionKeys).enumerated() {
            try insertMention.execute(arguments: [
                rowid, seq, mention.paragraph, mention.name, key, mention.text, mention.kind.rawValue,
            ])
        }
        let insertTemporal = try db.cachedStatement(sql: """
            INSERT INTO temporal (article, seq, paragraph, start, "end", text, kind, value, sentence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let indexSentence = try db.cachedStatement(sql: "INSERT INTO temporal_fts (rowid, sentence) VALUES (?, ?)")
        for (seq, t) in analysis.temporals.enumerated() where seq < Self.temporalsPerArticle {
            try insertTemporal.execute(arguments: [
                rowid, seq, t.paragraph, t.range.lowerBound, t.range.upperBound, t.text, t.kind.rawValue, t.value, t.sentence,
            ])
            try indexSentence.execute(arguments: [(rowid << Self.seqBits) | Int64(seq), t.sentence])
        }
    }

    // MARK: - Reading

    static let summaryColumns = "a.id, a.title, a.date, a.source, a.path, a.words, a.quotes"

    static func summary(_ row: Row, offset: Int = 0) -> ArticleSummary {
        let date: String? = row[offset + 2]
        return ArticleSummary(
            id: row[offset], title: row[offset + 1], date: date.flatMap(CalendarDate.parseISOPrefix),
            source: row[offset + 3], path: row[offset + 4], words: row[offset + 5], quotes: row[offset + 6])
    }

    public func articles(_ filter: ArticleFilter, limit: Int?) throws -> [ArticleSummary] {
        let (clause, arguments) = Self.whereClause(filter)
        return try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(Self.summaryColumns) FROM article a \(clause)
                ORDER BY a.date IS NULL, a.date, a.id
                LIMIT ?
                """, arguments: arguments + [limit ?? -1]).map { Self.summary($0) }
        }
    }

    public func articleCount(_ filter: ArticleFilter) throws -> Int {
        let (clause, arguments) = Self.whereClause(filter)
        return try pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM article a \(clause)", arguments: arguments) ?? 0 }
    }

    public func article(id: String) throws -> Article? {
        try pool.read { db in
            // Cached statements: `find` asks for twenty articles in a row, and compiling each
            // statement anew (with GRDB's authorizer) cost more than running it.
            guard let row = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT rowid, id, title, date, source, url, author, path, caption FROM article WHERE id = ?
                """), arguments: [id]) else { return nil }
            let rowid: Int64 = row[0]
            let paragraphs = try String.fetchAll(
                db.cachedStatement(sql: "SELECT text FROM paragraph WHERE article = ? ORDER BY idx"), arguments: [rowid])
            let date: String? = row[3]
            return Article(
                id: row[1], title: row[2], date: date.flatMap(CalendarDate.parseISOPrefix), source: row[4], url: row[5],
                author: row[6], path: row[7], caption: row[8], paragraphs: paragraphs)
        }
    }

    public func paragraphs(ofArticles ids: [String]) throws -> [[String]] {
        try pool.read { db in
            let statement = try db.makeStatement(sql: """
                SELECT p.text FROM article a JOIN paragraph p ON p.article = a.rowid WHERE a.id = ? ORDER BY p.idx
                """)
            // Rows, as `search` reads them: a second cursor type costs its own type look-ups.
            return try ids.map { try Row.fetchAll(statement, arguments: [$0]).map { $0[0] as String } }
        }
    }

    public func articleIDs() throws -> [String] {
        try pool.read { try String.fetchAll($0, sql: "SELECT id FROM article ORDER BY id") }
    }

    public func search(match: String, filter: ArticleFilter, limit: Int) throws -> [SearchHit] {
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
        return try pool.read { db in
            try Row.fetchAll(db, sql: useTop ? topSQL : sql, arguments: useTop ? [match, limit] : [match] + arguments + [limit]).map {
                SearchHit(article: Self.summary($0), score: $0[7])
            }
        }
    }

    public func documentFrequencies(_ words: Set<String>) throws -> [String: Int] {
        guard !words.isEmpty else { return [:] }
        // One equality look-up a word: fts5vocab answers `term = ?` from the index, while
        // `term IN (…)` would walk the whole vocabulary.
        return try pool.read { db in
            let statement = try db.cachedStatement(sql: "SELECT doc FROM article_vocab WHERE term = ?")
            var result: [String: Int] = [:]
            for word in words {
                if let count = try Int.fetchOne(statement, arguments: [word]) { result[word] = count }
            }
            return result
        }
    }

    public func matching(match: String, filter: ArticleFilter) throws -> [ArticleSummary] {
        let (clause, arguments) = Self.whereClause(filter, joinWord: "AND")
        return try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(Self.summaryColumns) FROM article_fts JOIN article a ON a.rowid = article_fts.rowid
                WHERE article_fts MATCH ? \(clause)
                ORDER BY a.rowid
                """, arguments: [match] + arguments).map { Self.summary($0) }
        }
    }

    public func quotes(speakerKeys: Set<String>?, filter: ArticleFilter) throws -> [StoredQuote] {
        let keys = speakerKeys?.sorted()
        let (clause, arguments) = Self.whereClause(
            filter, and: keys.map { ["q.speaker_key IN (\(Array(repeating: "?", count: $0.count).joined(separator: ", ")))"] } ?? [],
            StatementArguments(keys ?? []))
        return try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.id, a.date, q.paragraph, q.text, q.speaker, q.role, q.cue, q.kind, q.speaker_key
                FROM \(Self.articlesFirst(filter)) quote q ON a.rowid = q.article \(clause)
                ORDER BY a.date IS NULL, a.date, a.id, q.seq
                """, arguments: arguments).map { row in
                let date: String? = row[1]
                let quote = Quote(
                    paragraph: row[2], text: row[3], speaker: row[4], role: row[5], cue: row[6],
                    kind: Quote.Kind(rawValue: row[7]) ?? .direct)
                return StoredQuote(article: row[0], articleDate: date.flatMap(CalendarDate.parseISOPrefix), quote: quote, speakerKey: row[8])
            }
        }
    }

    public func speakerTallies(filter: ArticleFilter) throws -> [SpeakerTally] {
        let (clause, arguments) = Self.whereClause(filter, and: ["q.speaker_key IS NOT NULL"])
        return try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT q.speaker_key, q.speaker, q.role, count(*), json_group_array(DISTINCT a.id)
                FROM \(Self.articlesFirst(filter)) quote q ON a.rowid = q.article \(clause)
                GROUP BY q.speaker_key, q.speaker, q.role
                ORDER BY q.speaker_key, q.speaker, q.role
                """, arguments: arguments).map { row in
                let json: String = row[4]
                let articles = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String] ?? []
                return SpeakerTally(key: row[0], name: row[1], role: row[2], quotes: row[3], articles: articles)
            }
        }
    }

    public func speakerKeys(matching variantKey: String) throws -> [SpeakerName] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT DISTINCT speaker, speaker_key FROM speaker_variant WHERE variant = ? ORDER BY speaker_key
                """, arguments: [Self.lookupKey(variantKey)]).map { SpeakerName(name: $0[0], key: $0[1]) }
        }
    }

    /// The key a typed name is looked up by: `Lukyanov’s` finds Lukyanov.
    static func lookupKey(_ typed: String) -> String {
        var name = typed.trimmingCharacters(in: .whitespaces)
        for possessive in ["\u{2019}s", "'s", "\u{2019}", "'"] where name.hasSuffix(possessive) {
            name = String(name.dropLast(possessive.count))
            break
        }
        return PersonName.key(name)
    }

    public func speakerNames() throws -> [SpeakerName] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT DISTINCT speaker, speaker_key FROM quote WHERE speaker IS NOT NULL ORDER BY speaker
                """).map { SpeakerName(name: $0[0], key: $0[1]) }
        }
    }

    public func temporals(filter: ArticleFilter, sentenceMatch: String?, datedOnly: Bool, years: ClosedRange<Int>?) throws -> [StoredTemporal] {
        var conditions: [String] = []
        var valueArguments = StatementArguments()
        // Dated values start with their year (or decade): 2013-05-07, 2012, 199.
        if datedOnly { conditions.append("t.value GLOB '[0-9][0-9][0-9]*'") }
        if let years {
            conditions.append("t.value >= ? AND t.value < ?")
            valueArguments += [String(years.lowerBound / 10), String(years.upperBound + 1)]
        }
        var (clause, arguments) = Self.whereClause(filter, and: conditions, valueArguments)
        // With a sentence match the index drives: its rowids name the temporal rows directly.
        let source: String
        if let sentenceMatch {
            source = """
                (SELECT rowid AS packed FROM temporal_fts WHERE temporal_fts MATCH ?) f
                JOIN temporal t ON t.article = (f.packed >> \(Self.seqBits)) AND t.seq = (f.packed & \(Self.temporalsPerArticle - 1))
                JOIN article a
                """
            arguments = [sentenceMatch] + arguments
        } else {
            source = Self.articlesFirst(filter) + " temporal t"
        }
        return try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.id, a.date, t.paragraph, t.start, t."end", t.text, t.kind, t.value, t.sentence
                FROM \(source) ON a.rowid = t.article \(clause)
                ORDER BY a.date IS NULL, a.date, a.id, t.seq
                """, arguments: arguments).map { row in
                let date: String? = row[1]
                let start: Int = row[3]
                let end: Int = row[4]
                let expression = TemporalExpression(
                    paragraph: row[2], range: start..<max(start, end), text: row[5],
                    kind: TemporalExpression.Kind(rawValue: row[6]) ?? .date, value: row[7], sentence: row[8])
                return StoredTemporal(article: row[0], articleDate: date.flatMap(CalendarDate.parseISOPrefix), expression: expression)
            }
        }
    }

    public func mentions(filter: ArticleFilter) throws -> [StoredMention] {
        let (clause, arguments) = Self.whereClause(filter)
        return try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.id, m.paragraph, m.name, m.text, m.kind
                FROM \(Self.articlesFirst(filter)) mention m ON a.rowid = m.article \(clause)
                ORDER BY a.id, m.seq
                """, arguments: arguments).map { row in
                StoredMention(article: row[0], mention: Mention(
                    paragraph: row[1], name: row[2], text: row[3], kind: Mention.Kind(rawValue: row[4]) ?? .person))
            }
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
            conditions.append("a.source = ? COLLATE NOCASE")
            arguments += [source]
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
}

/// What the writing stage of a load has done so far, shared with the reading and analysing
/// stages, which stop early once a write has failed.
final class LoadProgress: Sendable {
    struct Outcome: Sendable {
        var report = LoadReport()
        /// Ids renamed during the load (a slug shared later): applied to the report once, at the end.
        var renamed: [String: String] = [:]
        var error: Error?
    }

    /// Only the writing stage holds this, one batch at a time.
    private let state = Mutex(Outcome())
    /// Polled for every article read: an atomic, so that reading never waits for a write.
    private let failure = Atomic(false)

    /// Runs one write with the outcome so far; a thrown error is kept and ends the load.
    func record(_ write: (inout Outcome) throws -> Void) {
        state.withLock { outcome in
            do {
                try write(&outcome)
            } catch {
                outcome.error = error
                failure.store(true, ordering: .releasing)
            }
        }
    }

    var failed: Bool { failure.load(ordering: .acquiring) }
    var outcome: Outcome { state.withLock { $0 } }
}
