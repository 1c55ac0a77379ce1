import Dispatch
import Foundation
import GRDB
import LedeAnalysis
import LedeArticles
import Synchronization

extension SQLiteWorkspace {
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
                guard !written.stopped else { inFlight.signal(); return }
                // Articles the workspace already holds are known by their content hash before
                // they are analysed, so a repeated or resumed load passes over them at read speed.
                let hashed = articles.map { HashedArticle(article: $0, hash: $0.contentHash) }
                let stored = Self.storedIDs(ofHashes: hashed.map(\.hash), in: database)
                let prepared = Self.prepare(hashed.filter { stored[$0.hash] == nil })
                let present = hashed.compactMap { stored[$0.hash] }
                writer.async {
                    defer { inFlight.signal() }
                    // After Ctrl-C or a failed write, batches read before it are dropped, not written.
                    guard !written.stopped else { return }
                    written.record {
                        $0.report.alreadyPresent += present
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
                if shouldStop() {
                    written.cancel()
                    throw Stop()
                }
                if written.failed { throw Stop() }  // the error itself is reported below
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
            interrupted = !written.failed
        } catch {
            analyser.sync {}
            writer.sync {}
            throw error
        }
        if !batch.isEmpty && !written.stopped { submit(batch) }
        analyser.sync {}
        writer.sync {}
        let outcome = written.outcome
        // What closing would do anyway: the WAL folded in and emptied (no-op in memory). Only if
        // it can be done at once: a reader of another process holding an older snapshot would
        // make it wait, and the next load's checkpoints catch up.
        if outcome.error == nil { _ = try? busy.withoutWaiting { try database.writeWithoutTransaction { try $0.checkpoint(.truncate) } } }
        var report = outcome.report
        report.failure = outcome.error.map { noted($0) as? StoreError ?? .failed(path: location, code: -1) }
        if !outcome.renamed.isEmpty {
            report.added = report.added.map { outcome.renamed[$0] ?? $0 }
            report.alreadyPresent = report.alreadyPresent.map { outcome.renamed[$0] ?? $0 }
        }
        report.problems = problems + report.problems
        report.interrupted = interrupted
        return report
    }

    /// An article read, with its content hash worked out once.
    struct HashedArticle: Sendable {
        var article: Article
        var hash: String
    }

    /// The ids of the stored articles among `hashes` (hash → id), read beside the writer (a pool
    /// reads a committed snapshot while a batch is written). Nothing when the read fails: then
    /// the writer's own check, which every article still passes, finds them.
    static func storedIDs(ofHashes hashes: [String], in database: DatabaseWriter) -> [String: String] {
        // Only a pool reads beside the writer; a queue (a workspace in memory) would make
        // analysis wait for every write, and its writer's own check suffices.
        guard !hashes.isEmpty, database is DatabasePool else { return [:] }
        let found = try? database.read { db in
            try Row.fetchAll(
                db, sql: "SELECT hash, id FROM article WHERE hash IN (SELECT value FROM json_each(?))",
                // A JSON array of the hashes: hex digits, which need no escaping.
                arguments: ["[" + hashes.map { "\"" + $0 + "\"" }.joined(separator: ",") + "]"])
        }
        return Dictionary((found ?? []).map { ($0[0] as String, $0[1] as String) }, uniquingKeysWith: { first, _ in first })
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
        /// Per date: where its sentence stands in its paragraph, so the sentence is not stored
        /// twice; nil where it cannot be found there as written (then it is stored whole).
        var sentencePlaces: [TextPlace?]
        /// Per date: the earlier date of the same sentence whose row the sentence index
        /// names, or nil for the first (the sentence is indexed once, with that date's key).
        var sentenceOwners: [Int?]
        /// Per quote: where its text stands in its paragraph, likewise (a quote that runs over
        /// several paragraphs, or was joined from pieces, is stored whole).
        var quotePlaces: [TextPlace?]

        /// The names the article mentions, as stored (`ArticleNames`).
        var names: String
        /// Per paragraph: as it is stored (deflated where that is shorter, else the text).
        var storedParagraphs: [DatabaseValue]

        init(_ hashed: HashedArticle, deflater: ParagraphDeflater?) {
            article = hashed.article
            hash = hashed.hash
            let article = hashed.article
            words = article.wordCount
            body = article.paragraphs.joined(separator: "\n\n")
            analysis = Analyzer.analyze(article)
            let articleHash = hash
            speakerKeys = analysis.quotes.map { quote in
                quote.speaker.map { speaker in
                    // Someone named only in part (`a student named Wong`) is this article's own:
                    // their key carries the article, so no full name elsewhere takes them in.
                    let key = quote.isPartialName ? PersonName.key(speaker) + "#" + articleHash.prefix(12) : PersonName.key(speaker)
                    return (key, Set(PersonName.variants(of: speaker).map(PersonName.key)).sorted())
                }
            }
            sentencePlaces = analysis.temporals.map { temporal in
                article.paragraphs.indices.contains(temporal.paragraph)
                    ? TextPlace(of: temporal.sentence, in: article.paragraphs[temporal.paragraph]) : nil
            }
            var firstDateOfSentence: [IndexedSentence: Int] = [:]
            sentenceOwners = analysis.temporals.enumerated().map { seq, temporal in
                let sentence = IndexedSentence(paragraph: temporal.paragraph, text: temporal.sentence)
                if let owner = firstDateOfSentence[sentence] { return owner }
                firstDateOfSentence[sentence] = seq
                return nil
            }
            names = ArticleNames.encode(analysis.mentions)
            storedParagraphs = article.paragraphs.map { text in
                deflater?.deflated(text).map { Data($0).databaseValue } ?? text.databaseValue
            }
            quotePlaces = analysis.quotes.map { quote in
                article.paragraphs.indices.contains(quote.paragraph) ? TextPlace(of: quote.text, in: article.paragraphs[quote.paragraph]) : nil
            }
        }
    }

    /// A sentence of an article, as the sentence index holds it once for all its dates.
    struct IndexedSentence: Hashable {
        var paragraph: Int
        var text: String
    }

    /// Where a sentence or a quote stands in its paragraph, in Unicode scalars: SQLite's
    /// `substr` counts the same units, so the text is read back from the paragraph's stored text.
    struct TextPlace: Sendable, Equatable {
        var start: Int
        var length: Int

        /// The first place `text` stands in `paragraph` exactly (the same scalars); nil when it
        /// does not.
        init?(of text: String, in paragraph: String) {
            guard !text.isEmpty, let found = paragraph.range(of: text, options: .literal) else { return nil }
            let scalars = paragraph.unicodeScalars
            let length = text.unicodeScalars.count
            // Read back as SQLite will (so many scalars from there), and kept only if that gives
            // the text exactly: a literal search can still match canonically equal text.
            guard let to = scalars.index(found.lowerBound, offsetBy: length, limitedBy: scalars.endIndex),
                  scalars[found.lowerBound..<to].elementsEqual(text.unicodeScalars) else { return nil }
            start = scalars.distance(from: scalars.startIndex, to: found.lowerBound)
            self.length = length
        }
    }

    /// A batch prepared on `analysisWorkers` threads.
    static func prepare(_ batch: [HashedArticle]) -> [PreparedArticle] {
        let workers = min(analysisWorkers, batch.count)
        guard workers > 1 else {
            let deflater = ParagraphDeflater()
            return batch.map { PreparedArticle($0, deflater: deflater) }
        }
        // Worker w prepares articles w, w + workers, w + 2·workers …; the strides are woven back.
        let strides = Mutex([[PreparedArticle]](repeating: [], count: workers))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let deflater = ParagraphDeflater()
            let mine = stride(from: worker, to: batch.count, by: workers).map { PreparedArticle(batch[$0], deflater: deflater) }
            strides.withLock { $0[worker] = mine }
        }
        return strides.withLock { strides in
            (0..<batch.count).map { strides[$0 % workers][$0 / workers] }
        }
    }

    /// Writes a prepared batch in one transaction. The report learns of the batch only once it
    /// is committed: a batch whose commit fails (a full disk) added nothing.
    static func write(_ batch: [PreparedArticle], to database: DatabaseWriter, into report: inout LoadReport, renamed: inout [String: String]) throws {
        let (added, present, batchRenamed) = try database.write { db in
            var added: [String] = []
            var present: [String] = []
            var batchRenamed: [String: String] = [:]
            let findHash = try db.cachedStatement(sql: "SELECT id FROM article WHERE hash = ?")
            var seenInBatch: [String: String] = [:]  // hash → id
            for var prepared in batch {
                if let id = try String.fetchOne(findHash, arguments: [prepared.hash]) ?? seenInBatch[prepared.hash] {
                    present.append(id)
                    continue
                }
                let slug = prepared.article.id
                prepared.article.id = try uniqueID(slug: slug, hash: prepared.hash, db: db, renamed: &batchRenamed)
                try insert(prepared, slug: slug, db: db)
                seenInBatch[prepared.hash] = prepared.article.id
                added.append(prepared.article.id)
            }
            return (added, present, batchRenamed)
        }
        report.added += added
        report.alreadyPresent += present
        renamed.merge(batchRenamed) { _, new in new }
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
            // The id it had stays an alias of it: shown before, it may be in a let set or a script.
            try db.execute(sql: "INSERT OR REPLACE INTO article_alias (alias, article) VALUES (?, ?)", arguments: [slug, row[0] as Int64])
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
        let insertParagraph = try db.cachedStatement(sql: "INSERT INTO paragraph (position, text) VALUES (?, ?)")
        for (index, stored) in prepared.storedParagraphs.enumerated() {
            try insertParagraph.execute(arguments: [ParagraphPosition.of(article: rowid, index: index), stored])
        }
        try db.cachedStatement(sql: "INSERT INTO article_fts (rowid, title, body) VALUES (?, ?, ?)")
            .execute(arguments: [rowid, article.title, prepared.body])

        let insertQuote = try db.cachedStatement(sql: """
            INSERT INTO quote (article, seq, paragraph, speaker, speaker_key, role, text, cue, kind, speaker_kind, text_start, text_length)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertVariant = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO speaker_variant (variant, speaker_key, speaker) VALUES (?, ?, ?)
            """)
        for (seq, (quote, keys)) in zip(analysis.quotes, prepared.speakerKeys).enumerated() {
            // A quote found in its paragraph is stored as its place there; others whole.
            let place = prepared.quotePlaces[seq]
            try insertQuote.execute(arguments: [
                rowid, seq, quote.paragraph, quote.speaker, keys?.key, quote.role, place == nil ? quote.text : "", quote.cue,
                quote.kind.rawValue, quote.speakerKind?.rawValue, place?.start, place?.length,
            ])
            if let speaker = quote.speaker, let keys {
                for variant in keys.variants {
                    try insertVariant.execute(arguments: [variant, keys.key, speaker])
                }
            }
        }
        // The counts `speakers` reads: every quote by its speaker's name and role, and every
        // speaker once per article.
        let countQuote = try db.cachedStatement(sql: """
            INSERT INTO speaker_count (speaker_key, speaker, role, quotes) VALUES (?, ?, ?, 1)
            ON CONFLICT (speaker_key, speaker, role) DO UPDATE SET quotes = quotes + 1
            """)
        let countArticle = try db.cachedStatement(sql: """
            INSERT INTO speaker_article_count (speaker_key, articles) VALUES (?, 1)
            ON CONFLICT (speaker_key) DO UPDATE SET articles = articles + 1
            """)
        var keysQuoted = Set<String>()
        for (quote, keys) in zip(analysis.quotes, prepared.speakerKeys) {
            guard let speaker = quote.speaker, let keys else { continue }
            try countQuote.execute(arguments: [keys.key, speaker, quote.role ?? ""])
            if keysQuoted.insert(keys.key).inserted { try countArticle.execute(arguments: [keys.key]) }
        }
        if !prepared.names.isEmpty {
            try db.cachedStatement(sql: "INSERT INTO article_names (article, names) VALUES (?, ?)").execute(arguments: [rowid, prepared.names])
        }
        let insertTemporal = try db.cachedStatement(sql: """
            INSERT INTO temporal (article, seq, paragraph, start, "end", text, kind, value, sentence, sentence_start, sentence_length, sentence_seq)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let indexSentence = try db.cachedStatement(sql: "INSERT INTO temporal_fts (rowid, sentence) VALUES (?, ?)")
        for (seq, t) in analysis.temporals.enumerated() where seq < Self.temporalsPerArticle {
            // A sentence found in its paragraph is stored as its place there; others whole.
            let place = prepared.sentencePlaces[seq]
            try insertTemporal.execute(arguments: [
                rowid, seq, t.paragraph, t.range.lowerBound, t.range.upperBound, t.text, t.kind.rawValue, t.value,
                place == nil ? t.sentence : "", place?.start, place?.length, prepared.sentenceOwners[seq],
            ])
            if prepared.sentenceOwners[seq] == nil {
                try indexSentence.execute(arguments: [(rowid << Self.seqBits) | Int64(seq), t.sentence])
            }
        }
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

    /// Ctrl-C: batches not yet written are dropped.
    private let cancelled = Atomic(false)
    func cancel() { cancelled.store(true, ordering: .releasing) }
    /// A write failed or the load was cancelled: nothing more is analysed or written.
    var stopped: Bool { failed || cancelled.load(ordering: .acquiring) }
    var outcome: Outcome { state.withLock { $0 } }
}
