import GRDB
import LedeAnalysis

/// The workspace schema, as versioned migrations: a workspace written by an older lede is
/// brought up to date when opened; one from a newer lede is refused.
///
/// Nothing deletes an article today. Whatever does must remove its paragraphs (their table has
/// no foreign key: its rowid packs the article) and lower the speaker counts, which loads only
/// ever raise.
enum Schema {
    /// The migrations in order: a workspace is current when exactly these have been applied.
    static let versions = [
        "v1-articles-analysis-fts", "v2-vocabulary", "v3-sentence-index", "v4-no-mention-name-index",
        "v5-application-id-and-aliases",
        "v6-speaker-kind",
        "v7-speaker-tally-index",
        "v8-sentences-by-place",
        "v9-mention-names-once",
        "v10-paragraphs-by-position",
        "v11-quotes-by-place",
        "v12-speaker-counts",
        "v13-one-index-row-per-sentence",
        "v14-names-by-article",
        "v15-sentence-index-without-sizes",
        "v16-fewer-index-merges",
    ]

    /// How many segments of one size each full-text index gathers before merging them into
    /// one (FTS5's `automerge`; its default is 4). Each merge rewrites every term it holds, so
    /// wider merges rewrite the index fewer times during a load.
    static let segmentsPerMerge = 8
    /// How many bytes of terms each full-text index holds in memory before writing them out as
    /// a segment (FTS5's `hashsize`; its default is 1 MB, less than one batch of a load makes,
    /// which then wrote two or three small segments to merge instead of one).
    static let termsHeldBytes = 8 << 20

    /// Replaces each date's sentence stored whole by its place in its paragraph, where it is
    /// found there as written.
    static let placeSentences = """
        UPDATE temporal SET
            sentence_start = (SELECT instr(p.text, temporal.sentence) - 1 FROM paragraph p
                              WHERE p.article = temporal.article AND p.idx = temporal.paragraph),
            sentence_length = length(sentence)
        WHERE sentence <> '';
        UPDATE temporal SET sentence_start = NULL, sentence_length = NULL WHERE sentence_start < 0;
        UPDATE temporal SET sentence = '' WHERE sentence_start IS NOT NULL;
        """

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(versions[0]) { db in
            try db.execute(sql: """
                CREATE TABLE article (
                    rowid INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    -- The id made from the title alone; articles sharing it get hash suffixes.
                    slug TEXT NOT NULL,
                    hash TEXT NOT NULL UNIQUE,
                    title TEXT NOT NULL,
                    date TEXT,
                    source TEXT,
                    url TEXT,
                    author TEXT,
                    path TEXT NOT NULL,
                    caption TEXT,
                    words INTEGER NOT NULL,
                    quotes INTEGER NOT NULL
                );
                CREATE INDEX article_date ON article(date);
                CREATE INDEX article_slug ON article(slug);
                CREATE INDEX article_source ON article(source COLLATE NOCASE);

                CREATE TABLE paragraph (
                    article INTEGER NOT NULL REFERENCES article(rowid) ON DELETE CASCADE,
                    idx INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    PRIMARY KEY (article, idx)
                ) WITHOUT ROWID;

                -- Contentless: the text lives in article/paragraph; the index only finds and ranks.
                CREATE VIRTUAL TABLE article_fts USING fts5(
                    title, body, content='', tokenize='unicode61 remove_diacritics 2'
                );

                CREATE TABLE quote (
                    article INTEGER NOT NULL REFERENCES article(rowid) ON DELETE CASCADE,
                    seq INTEGER NOT NULL,
                    paragraph INTEGER NOT NULL,
                    speaker TEXT,
                    speaker_key TEXT,
                    role TEXT,
                    text TEXT NOT NULL,
                    cue TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    PRIMARY KEY (article, seq)
                ) WITHOUT ROWID;
                CREATE INDEX quote_speaker ON quote(speaker_key);

                -- Every way a speaker may be named (full name, surname, folded), for look-ups.
                CREATE TABLE speaker_variant (
                    variant TEXT NOT NULL,
                    speaker_key TEXT NOT NULL,
                    speaker TEXT NOT NULL,
                    PRIMARY KEY (variant, speaker_key)
                ) WITHOUT ROWID;

                CREATE TABLE mention (
                    article INTEGER NOT NULL REFERENCES article(rowid) ON DELETE CASCADE,
                    seq INTEGER NOT NULL,
                    paragraph INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    name_key TEXT NOT NULL,
                    text TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    PRIMARY KEY (article, seq)
                ) WITHOUT ROWID;
                CREATE INDEX mention_name ON mention(name_key);

                CREATE TABLE temporal (
                    article INTEGER NOT NULL REFERENCES article(rowid) ON DELETE CASCADE,
                    seq INTEGER NOT NULL,
                    paragraph INTEGER NOT NULL,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    value TEXT NOT NULL,
                    sentence TEXT NOT NULL,
                    PRIMARY KEY (article, seq)
                ) WITHOUT ROWID;
                CREATE INDEX temporal_value ON temporal(value);
                """)
        }
        migrator.registerMigration(versions[1]) { db in
            // Document frequencies of indexed words, for tf-idf in compare.
            try db.execute(sql: "CREATE VIRTUAL TABLE article_vocab USING fts5vocab(article_fts, row)")
        }
        migrator.registerMigration(versions[2]) { db in
            // The sentences that hold dates, so `timeline NAME` is an index look-up. A row's
            // rowid packs the temporal row's key: article << 20 | seq.
            try db.execute(sql: """
                CREATE VIRTUAL TABLE temporal_fts USING fts5(
                    sentence, content='', tokenize='unicode61 remove_diacritics 2'
                );
                INSERT INTO temporal_fts (rowid, sentence) SELECT (article << 20) | seq, sentence FROM temporal;
                """)
        }
        migrator.registerMigration(versions[3]) { db in
            // No query looks mentions up by name (they are read by article), and keeping the
            // index cost a load two million random B-tree inserts at 100,000 articles.
            try db.execute(sql: "DROP INDEX IF EXISTS mention_name")
        }
        migrator.registerMigration(versions[4]) { db in
            // The header says the file is a lede workspace, so lede can refuse other programs'
            // databases (and they can recognise ours).
            try db.execute(sql: "PRAGMA application_id = \(SQLiteWorkspace.applicationID)")
            // An id once shown keeps naming its article: when a later article shares its title's
            // slug and both take hash suffixes, the old id stays here as an alias.
            try db.execute(sql: """
                CREATE TABLE article_alias (
                    alias TEXT PRIMARY KEY,
                    article INTEGER NOT NULL REFERENCES article(rowid) ON DELETE CASCADE
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration(versions[5]) { db in
            // Whether a quote's speaker is a person, an organization, a document or someone
            // unnamed. Quotes kept from before stay NULL: lede did not tell them apart then.
            try db.execute(sql: "ALTER TABLE quote ADD COLUMN speaker_kind TEXT")
        }
        migrator.registerMigration(versions[6]) { db in
            // `speakers` groups every attributed quote by speaker, name and role and counts its
            // articles: from this index alone, in its order, without reading the quotes' text
            // or sorting (half the time at 46,718 articles). Look-ups by speaker use its first
            // column, as they used the index it replaces.
            try db.execute(sql: """
                CREATE INDEX quote_speaker_tally ON quote(speaker_key, speaker, role, article) WHERE speaker_key IS NOT NULL;
                DROP INDEX quote_speaker;
                """)
        }
        migrator.registerMigration(versions[7]) { db in
            // A date's sentence was stored whole beside the paragraph that holds it: a fifth of
            // the workspace. Now its place in the paragraph is stored instead (in characters,
            // as SQLite's instr and substr count), and the text only where it is not found
            // there as written. The space freed is reused by later loads (VACUUM returns it).
            try db.execute(sql: """
                ALTER TABLE temporal ADD COLUMN sentence_start INTEGER;
                ALTER TABLE temporal ADD COLUMN sentence_length INTEGER;
                """)
            try db.execute(sql: placeSentences)
        }
        migrator.registerMigration(versions[8]) { db in
            // A mention's folded key was stored though nothing reads it, and its text as written
            // though it is its name nine times in ten: now neither is (an empty text is the name).
            try db.execute(sql: "UPDATE mention SET name_key = '', text = CASE WHEN text = name THEN '' ELSE text END")
        }
        migrator.registerMigration(versions[9]) { db in
            // Paragraphs were a table keyed by (article, index) without rowids, whose B-tree keeps
            // at most a quarter of a page per row on its leaves and each row whole in its inner
            // pages: one paragraph in four spilled its tail onto an overflow page of its own, and
            // the file held 0.6 bytes of empty space for every byte of text. A rowid table keeps a
            // row of up to a whole page on its leaf and only keys above it.
            try db.execute(sql: """
                CREATE TABLE paragraph_by_position (
                    -- article << \(ParagraphPosition.indexBits) | its index in the article
                    position INTEGER PRIMARY KEY,
                    text TEXT NOT NULL
                );
                INSERT INTO paragraph_by_position (position, text)
                    SELECT (article << \(ParagraphPosition.indexBits)) | idx, text FROM paragraph ORDER BY article, idx;
                DROP TABLE paragraph;
                ALTER TABLE paragraph_by_position RENAME TO paragraph;
                """)
        }
        migrator.registerMigration(versions[10]) { db in
            // A quote's text was stored beside the paragraph that holds it (most of the quote
            // table): now its place there, as for a date's sentence, and the text only where it
            // is not found there as written.
            try db.execute(sql: """
                ALTER TABLE quote ADD COLUMN text_start INTEGER;
                ALTER TABLE quote ADD COLUMN text_length INTEGER;
                UPDATE quote SET
                    text_start = (SELECT instr(\(StoredParagraph.textFunction)(p.text), quote.text) - 1 FROM paragraph p
                                  WHERE p.position = \(ParagraphPosition.sql(article: "quote.article", index: "quote.paragraph"))),
                    text_length = length(text)
                WHERE text <> '';
                UPDATE quote SET text_start = NULL, text_length = NULL WHERE text_start IS NULL OR text_start < 0;
                UPDATE quote SET text = '' WHERE text_start IS NOT NULL;
                """)
        }
        migrator.registerMigration(versions[11]) { db in
            // `speakers` without a filter read every attributed quote and the id of its article
            // (1.3 s at 46,718 articles); now it reads counts every load keeps up to date: the
            // quotes of each speaker by name as written and role ('' for none), and the number
            // of articles quoting each speaker.
            try db.execute(sql: """
                CREATE TABLE speaker_count (
                    speaker_key TEXT NOT NULL,
                    speaker TEXT NOT NULL,
                    role TEXT NOT NULL,
                    quotes INTEGER NOT NULL,
                    PRIMARY KEY (speaker_key, speaker, role)
                ) WITHOUT ROWID;
                INSERT INTO speaker_count (speaker_key, speaker, role, quotes)
                    SELECT speaker_key, speaker, coalesce(role, ''), count(*) FROM quote
                    WHERE speaker_key IS NOT NULL GROUP BY 1, 2, 3;
                CREATE TABLE speaker_article_count (
                    speaker_key TEXT PRIMARY KEY,
                    articles INTEGER NOT NULL
                ) WITHOUT ROWID;
                INSERT INTO speaker_article_count (speaker_key, articles)
                    SELECT speaker_key, count(DISTINCT article) FROM quote WHERE speaker_key IS NOT NULL GROUP BY 1;
                """)
        }
        migrator.registerMigration(versions[12]) { db in
            // The sentence index held a sentence once for each date in it (a quarter of its
            // rows). Now a date whose sentence an earlier date of the article already indexed
            // names that date (its seq); NULL, as every date loaded before, names its own row.
            try db.execute(sql: "ALTER TABLE temporal ADD COLUMN sentence_seq INTEGER")
        }
        migrator.registerMigration(versions[13]) { db in
            // Names mentioned were a row per mention (eighteen per article, a name often many
            // times); `compare`, their only reader, needs each name once per article with its
            // paragraphs. Now one text per article (`ArticleNames`).
            try db.execute(sql: """
                CREATE TABLE article_names (
                    article INTEGER PRIMARY KEY REFERENCES article(rowid) ON DELETE CASCADE,
                    names TEXT NOT NULL
                )
                """)
            // Through the one encoder loads use, reading the mentions in their order.
            let insert = try db.makeStatement(sql: "INSERT INTO article_names (article, names) VALUES (?, ?)")
            let rows = try Row.fetchCursor(db, sql: "SELECT article, paragraph, name, kind FROM mention ORDER BY article, seq")
            var article: Int64?
            var mentions: [Mention] = []
            func store() throws {
                guard let article, !mentions.isEmpty else { return }
                try insert.execute(arguments: [article, ArticleNames.encode(mentions)])
            }
            while let row = try rows.next() {
                let rowArticle: Int64 = row[0]
                if rowArticle != article {
                    try store()
                    article = rowArticle
                    mentions.removeAll(keepingCapacity: true)
                }
                let name: String = row[2]
                mentions.append(Mention(paragraph: row[1], name: name, text: name, kind: Mention.Kind(rawValue: row[3]) ?? .person))
            }
            try store()
            try db.execute(sql: "DROP TABLE mention")
        }
        migrator.registerMigration(versions[14]) { db in
            // The sentence index kept each sentence's length in words, which only ranking reads,
            // and nothing ranks its matches: a table row per sentence written for nothing (a
            // fifth of the index's CPU at load). It is made again without them, from the same
            // sentences: each date's own, where it names no earlier date of the same sentence.
            try db.execute(sql: """
                CREATE VIRTUAL TABLE temporal_fts_without_sizes USING fts5(
                    sentence, content='', columnsize=0, tokenize='unicode61 remove_diacritics 2'
                );
                INSERT INTO temporal_fts_without_sizes (rowid, sentence)
                    SELECT (t.article << \(SQLiteWorkspace.seqBits)) | t.seq, \(SQLiteWorkspace.temporalSentence)
                    FROM temporal t WHERE t.sentence_seq IS NULL;
                DROP TABLE temporal_fts;
                ALTER TABLE temporal_fts_without_sizes RENAME TO temporal_fts;
                """)
        }
        migrator.registerMigration(versions[15]) { db in
            // Both settings are kept in the index's own configuration, so every later load uses
            // them. At 100,000 articles, with batches of 1,024: the writer's CPU 65.8 → 59.7 s.
            for index in ["article_fts", "temporal_fts"] {
                try db.execute(sql: "INSERT INTO \(index) (\(index), rank) VALUES ('automerge', \(segmentsPerMerge))")
                try db.execute(sql: "INSERT INTO \(index) (\(index), rank) VALUES ('hashsize', \(termsHeldBytes))")
            }
        }
        return migrator
    }
}
