/// The tables of a team workspace, in a schema of its own (`lede` unless named otherwise), and
/// the migrations that make them. Each migration runs once, in order, in one transaction, and
/// is recorded in `migration`; a workspace recording a migration this lede does not know was
/// written by a newer lede and is refused.
///
/// The tables mirror the SQLite workspace's, so that both answer alike; what differs is how
/// text is found: each article's words (as the SQLite index splits and folds them) are kept in a
/// `tsvector` with a GIN index, title words weighted `A` and body words `D`. Text is compared
/// byte by byte (`COLLATE "C"`), as SQLite compares it, whatever the database's own collation:
/// lists come out in the same order from both.
enum PostgresSchema {
    struct Migration {
        var version: String
        /// SQL with `{schema}` standing for the quoted schema name.
        var sql: String
    }

    static let migrations: [Migration] = [
        Migration(version: "p1-articles-analysis-search", sql: """
            CREATE TABLE {schema}.article (
                rowid BIGINT PRIMARY KEY,
                id TEXT COLLATE "C" NOT NULL UNIQUE,
                -- The id made from the title alone; articles sharing it get hash suffixes.
                slug TEXT COLLATE "C" NOT NULL,
                -- The content hash: the same article loaded twice, by anyone, is stored once.
                hash TEXT COLLATE "C" NOT NULL UNIQUE,
                title TEXT NOT NULL,
                date TEXT COLLATE "C",
                source TEXT COLLATE "C",
                url TEXT,
                author TEXT,
                path TEXT NOT NULL,
                caption TEXT,
                words INTEGER NOT NULL,
                quotes INTEGER NOT NULL
            );
            CREATE INDEX article_date ON {schema}.article (date);
            CREATE INDEX article_slug ON {schema}.article (slug);
            
            CREATE SEQUENCE {schema}.article_rowid;

            -- An id an article had before a later title took its slug: it still names it.
            CREATE TABLE {schema}.article_alias (
                alias TEXT COLLATE "C" PRIMARY KEY,
                article BIGINT NOT NULL REFERENCES {schema}.article (rowid) ON DELETE CASCADE
            );

            CREATE TABLE {schema}.paragraph (
                article BIGINT NOT NULL REFERENCES {schema}.article (rowid) ON DELETE CASCADE,
                idx INTEGER NOT NULL,
                text TEXT NOT NULL,
                PRIMARY KEY (article, idx)
            );

            -- The words of title and body as positions, and how many there are: what finding
            -- and ranking need (BM25 reads the counts).
            CREATE TABLE {schema}.article_words (
                article BIGINT PRIMARY KEY REFERENCES {schema}.article (rowid) ON DELETE CASCADE,
                words TSVECTOR NOT NULL,
                -- Title words are at places 1 … title_tokens, body words after a gap of one,
                -- so that no phrase runs from the title into the body.
                title_tokens INTEGER NOT NULL,
                tokens INTEGER NOT NULL,
                -- Whether some words' places are too many, too far or too long for the tsvector:
                -- their exact places are then in word_places.
                exact_places BOOLEAN NOT NULL
            );
            CREATE INDEX article_words_search ON {schema}.article_words USING gin (words);

            -- The exact places of the words a tsvector cannot hold whole (each place doubled,
            -- plus one in the body).
            CREATE TABLE {schema}.word_places (
                article BIGINT NOT NULL REFERENCES {schema}.article (rowid) ON DELETE CASCADE,
                word TEXT COLLATE "C" NOT NULL,
                places INTEGER[] NOT NULL,
                PRIMARY KEY (article, word)
            );

            -- In how many articles each word occurs, and the totals BM25 needs.
            CREATE TABLE {schema}.word_articles (
                word TEXT COLLATE "C" PRIMARY KEY,
                articles BIGINT NOT NULL
            );
            CREATE TABLE {schema}.word_totals (
                one BOOLEAN PRIMARY KEY DEFAULT true CHECK (one),
                articles BIGINT NOT NULL,
                tokens BIGINT NOT NULL
            );
            INSERT INTO {schema}.word_totals (articles, tokens) VALUES (0, 0);

            CREATE TABLE {schema}.quote (
                article BIGINT NOT NULL REFERENCES {schema}.article (rowid) ON DELETE CASCADE,
                seq INTEGER NOT NULL,
                paragraph INTEGER NOT NULL,
                speaker TEXT COLLATE "C",
                speaker_key TEXT COLLATE "C",
                speaker_kind TEXT COLLATE "C",
                role TEXT COLLATE "C",
                text TEXT NOT NULL,
                cue TEXT NOT NULL,
                kind TEXT COLLATE "C" NOT NULL,
                PRIMARY KEY (article, seq)
            );
            CREATE INDEX quote_speaker ON {schema}.quote (speaker_key, article) WHERE speaker_key IS NOT NULL;

            -- Every way a speaker may be named (full name, surname, folded), for look-ups.
            CREATE TABLE {schema}.speaker_variant (
                variant TEXT COLLATE "C" NOT NULL,
                speaker_key TEXT COLLATE "C" NOT NULL,
                speaker TEXT COLLATE "C" NOT NULL,
                PRIMARY KEY (variant, speaker_key)
            );

            -- What an unfiltered `speakers` lists, kept by every load.
            CREATE TABLE {schema}.speaker_count (
                speaker_key TEXT COLLATE "C" NOT NULL,
                speaker TEXT COLLATE "C" NOT NULL,
                role TEXT COLLATE "C" NOT NULL,
                quotes BIGINT NOT NULL,
                PRIMARY KEY (speaker_key, speaker, role)
            );
            CREATE TABLE {schema}.speaker_article_count (
                speaker_key TEXT COLLATE "C" PRIMARY KEY,
                articles BIGINT NOT NULL
            );

            -- The names each article mentions, encoded as the SQLite workspace encodes them.
            CREATE TABLE {schema}.article_names (
                article BIGINT PRIMARY KEY REFERENCES {schema}.article (rowid) ON DELETE CASCADE,
                names TEXT NOT NULL
            );

            CREATE TABLE {schema}.temporal (
                article BIGINT NOT NULL REFERENCES {schema}.article (rowid) ON DELETE CASCADE,
                seq INTEGER NOT NULL,
                paragraph INTEGER NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                text TEXT NOT NULL,
                kind TEXT COLLATE "C" NOT NULL,
                value TEXT COLLATE "C" NOT NULL,
                sentence TEXT NOT NULL,
                -- The calendar period of the value as day numbers (NULL for durations, sets and
                -- vague references): what calendar order and a window read.
                span_first INTEGER,
                span_last INTEGER,
                -- The sentence's words, for `timeline … about`.
                sentence_words TSVECTOR NOT NULL,
                PRIMARY KEY (article, seq)
            );
            CREATE INDEX temporal_value ON {schema}.temporal (value);
            CREATE INDEX temporal_sentence_search ON {schema}.temporal USING gin (sentence_words);
            """),
    ]

    static var versions: [String] { migrations.map(\.version) }

    /// The tables a lede workspace has: a schema holding other tables belongs to someone else.
    static let bookkeepingTable = "migration"
}
