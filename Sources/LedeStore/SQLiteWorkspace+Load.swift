import Foundation
import GRDB
import LedeAnalysis
import LedeArticles

extension SQLiteWorkspace {
    // MARK: - Loading

    public func batchWriter() throws -> any BatchWriter {
        SQLiteBatchWriter(workspace: self, database: try openedWriter())
    }

    /// The id for a new article whose title gives `slug`. Ids must not depend on load order, so
    /// when two articles share a slug, both carry part of their content hash: the one already
    /// present is renamed (`world-health` → `world-health-e007`) and the new one suffixed.
    static func uniqueID(slug: String, hash: String, db: Database, renamed: inout [String: String]) throws -> String {
        // Index look-ups, never the articles sharing the slug: a corpus where thousands of
        // titles give one slug ("Weather", "Untitled") would read them all for each new one.
        let shared = try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM article WHERE slug = ? LIMIT 1"), arguments: [slug]) ?? false
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
        guard shared else { return try Bool.fetchOne(idTaken, arguments: [slug]) ?? false ? suffixed(hash) : slug }
        // Of the articles sharing the slug, only one can hold it bare: it is renamed.
        if let bare = try Row.fetchOne(db.cachedStatement(sql: "SELECT rowid, hash FROM article WHERE id = ? AND slug = ?"), arguments: [slug, slug]) {
            let newID = try suffixed(bare[1])
            try db.cachedStatement(sql: "UPDATE article SET id = ? WHERE rowid = ?").execute(arguments: [newID, bare[0] as Int64])
            // The id it had stays an alias of it: shown before, it may be in a let set or a script.
            // Not `INSERT OR REPLACE`: a statement that may replace a row of a table with a
            // foreign key opens a statement journal, and at each one the full-text indexes
            // write out the terms they hold in memory, leaving thousands of small segments to
            // merge (a sixth of a load's time before).
            try db.cachedStatement(sql: "DELETE FROM article_alias WHERE alias = ?").execute(arguments: [slug])
            try db.cachedStatement(sql: "INSERT INTO article_alias (alias, article) VALUES (?, ?)").execute(arguments: [slug, bare[0] as Int64])
            // Only an id equal to the bare slug is ever renamed, so one step maps it.
            renamed[slug] = newID
        }
        return try suffixed(hash)
    }

    static func insert(_ prepared: SQLiteBatchWriter.Prepared, slug: String, db: Database) throws {
        let article = prepared.analysed.article
        let analysis = prepared.analysed.analysis
        try DirectInsert(db, sql: """
            INSERT INTO article (id, slug, hash, title, date, source, url, author, path, caption, words, quotes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).run(
                .text(article.id), .text(slug), .text(prepared.analysed.hash), .text(article.title), .text(article.date?.iso),
                .text(article.source), .text(article.url), .text(article.author), .text(article.path), .text(article.caption),
                .integer(prepared.analysed.words), .integer(analysis.quotes.count))
        let rowid = db.lastInsertedRowID
        let insertParagraph = try DirectInsert(db, sql: "INSERT INTO paragraph (position, text) VALUES (?, ?)")
        for (index, stored) in prepared.storedParagraphs.enumerated() {
            try insertParagraph.run(.integer(ParagraphPosition.of(article: rowid, index: index)), stored)
        }
        try DirectInsert(db, sql: "INSERT INTO article_fts (rowid, title, body) VALUES (?, ?, ?)")
            .run(.integer(rowid), .text(article.title), .text(prepared.body))

        let insertQuote = try DirectInsert(db, sql: """
            INSERT INTO quote (article, seq, paragraph, speaker, speaker_key, role, text, cue, kind, speaker_kind, text_start, text_length)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertVariant = try DirectInsert(db, sql: """
            INSERT OR IGNORE INTO speaker_variant (variant, speaker_key, speaker) VALUES (?, ?, ?)
            """)
        for (seq, (quote, keys)) in zip(analysis.quotes, prepared.analysed.speakerKeys).enumerated() {
            // A quote found in its paragraph is stored as its place there; others whole.
            let place = prepared.analysed.quotePlaces[seq]
            try insertQuote.run(
                .integer(rowid), .integer(seq), .integer(quote.paragraph), .text(quote.speaker), .text(keys?.key), .text(quote.role),
                .text(place == nil ? quote.text : ""), .text(quote.cue), .text(quote.kind.rawValue), .text(quote.speakerKind?.rawValue),
                .integer(place?.start), .integer(place?.length))
            if let speaker = quote.speaker, let keys {
                for variant in keys.variants {
                    try insertVariant.run(.text(variant), .text(keys.key), .text(speaker))
                }
            }
        }
        // The counts `speakers` reads: every quote by its speaker's name and role, and every
        // speaker once per article.
        let countQuote = try DirectInsert(db, sql: """
            INSERT INTO speaker_count (speaker_key, speaker, role, quotes) VALUES (?, ?, ?, 1)
            ON CONFLICT (speaker_key, speaker, role) DO UPDATE SET quotes = quotes + 1
            """)
        let countArticle = try DirectInsert(db, sql: """
            INSERT INTO speaker_article_count (speaker_key, articles) VALUES (?, 1)
            ON CONFLICT (speaker_key) DO UPDATE SET articles = articles + 1
            """)
        var keysQuoted = Set<String>()
        for (quote, keys) in zip(analysis.quotes, prepared.analysed.speakerKeys) {
            guard let speaker = quote.speaker, let keys else { continue }
            try countQuote.run(.text(keys.key), .text(speaker), .text(quote.role ?? ""))
            if keysQuoted.insert(keys.key).inserted { try countArticle.run(.text(keys.key)) }
        }
        if !prepared.names.isEmpty {
            try DirectInsert(db, sql: "INSERT INTO article_names (article, names) VALUES (?, ?)").run(.integer(rowid), .text(prepared.names))
        }
        let insertTemporal = try DirectInsert(db, sql: """
            INSERT INTO temporal (article, seq, paragraph, start, "end", text, kind, value, sentence, sentence_start, sentence_length, sentence_seq)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let indexSentence = try DirectInsert(db, sql: "INSERT INTO temporal_fts (rowid, sentence) VALUES (?, ?)")
        for (seq, t) in analysis.temporals.enumerated() where seq < Self.temporalsPerArticle {
            // A sentence found in its paragraph is stored as its place there; others whole.
            let place = prepared.analysed.sentencePlaces[seq]
            try insertTemporal.run(
                .integer(rowid), .integer(seq), .integer(t.paragraph), .integer(t.range.lowerBound), .integer(t.range.upperBound),
                .text(t.text), .text(t.kind.rawValue), .text(t.value), .text(place == nil ? t.sentence : ""), .integer(place?.start),
                .integer(place?.length), .integer(prepared.sentenceOwners[seq]))
            if prepared.sentenceOwners[seq] == nil {
                try indexSentence.run(.integer((rowid << Self.seqBits) | Int64(seq)), .text(t.sentence))
            }
        }
    }
}

/// Writes a load's batches into the workspace file: one transaction per batch.
struct SQLiteBatchWriter: BatchWriter {
    let workspace: SQLiteWorkspace
    let database: DatabaseWriter

    /// An analysed article with what SQLite stores worked out beforehand.
    struct Prepared: Sendable {
        var analysed: AnalysedArticle
        /// The paragraphs joined, as the full-text index takes the body.
        var body: String
        /// Per date: the earlier date of the same sentence whose row the sentence index
        /// names, or nil for the first (the sentence is indexed once, with that date's key).
        var sentenceOwners: [Int?]
        /// The names the article mentions, as stored (`ArticleNames`).
        var names: String
        /// Per paragraph: as it is stored (compressed where that is shorter, else the text).
        var storedParagraphs: [DirectInsert.Value]

        init(_ analysed: AnalysedArticle, compressor: ParagraphCompressor?) {
            self.analysed = analysed
            let article = analysed.article
            body = article.paragraphs.joined(separator: "\n\n")
            var firstDateOfSentence: [IndexedSentence: Int] = [:]
            sentenceOwners = analysed.analysis.temporals.enumerated().map { seq, temporal in
                let sentence = IndexedSentence(paragraph: temporal.paragraph, text: temporal.sentence)
                if let owner = firstDateOfSentence[sentence] { return owner }
                firstDateOfSentence[sentence] = seq
                return nil
            }
            names = ArticleNames.encode(analysed.analysis.mentions)
            storedParagraphs = article.paragraphs.map { text in
                compressor?.compressed(text).map { .blob($0) } ?? .text(text)
            }
        }
    }

    /// A sentence of an article, as the sentence index holds it once for all its dates.
    struct IndexedSentence: Hashable {
        var paragraph: Int
        var text: String
    }

    func prepare(_ articles: [AnalysedArticle]) -> [Prepared] {
        // One compressor for the call: a call is one analysing thread's share of a batch.
        let compressor = ParagraphCompressor()
        return articles.map { Prepared($0, compressor: compressor) }
    }

    /// The ids of the stored articles among `hashes`, read beside the writer (a pool reads a
    /// committed snapshot while a batch is written). Nothing when the read fails: then the
    /// writer's own check, which every article still passes, finds them.
    func storedIDs(ofHashes hashes: [String]) -> [String: String] {
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

    func write(_ batch: [Prepared]) throws -> WrittenBatch {
        do {
            return try database.write { db in
                var written = WrittenBatch()
                let findHash = try db.cachedStatement(sql: "SELECT id FROM article WHERE hash = ?")
                var seenInBatch: [String: String] = [:]  // hash → id
                for var prepared in batch {
                    let hash = prepared.analysed.hash
                    if let id = try String.fetchOne(findHash, arguments: [hash]) ?? seenInBatch[hash] {
                        written.alreadyPresent.append(id)
                        continue
                    }
                    let slug = prepared.analysed.article.id
                    prepared.analysed.article.id = try SQLiteWorkspace.uniqueID(slug: slug, hash: hash, db: db, renamed: &written.renamed)
                    try SQLiteWorkspace.insert(prepared, slug: slug, db: db)
                    seenInBatch[hash] = prepared.analysed.article.id
                    written.added.append(prepared.analysed.article.id)
                }
                return written
            }
        } catch {
            throw workspace.noted(error)
        }
    }

    func finish() {
        // What closing would do anyway: the WAL folded in and emptied (no-op in memory). Only if
        // it can be done at once: a reader of another process holding an older snapshot would
        // make it wait, and the next load's checkpoints catch up.
        _ = try? workspace.busy.withoutWaiting { try database.writeWithoutTransaction { try $0.checkpoint(.truncate) } }
    }
}
