import Foundation
import GRDB
import LedeAnalysis
import LedeArticles
@testable import LedeStore
import LedeIngest
import LedeTestSupport
import Testing

func loadSeeds(into store: SQLiteWorkspace, folder: String) throws -> LoadReport {
    let loader = ArticleLoader(baseDirectory: folder, seedsDirectory: Fixtures.seeds)
    return try store.load({ handle in try loader.load("seeds", handle: handle) }, shouldStop: { false })
}

@Suite struct SQLiteWorkspaceTests {
    @Test func loadingTheSeedsTwiceAddsNothingTheSecondTime() throws {
        let folder = Fixtures.temporaryDirectory()
        let store = try SQLiteWorkspace(path: folder + "/w.sqlite")
        let first = try loadSeeds(into: store, folder: folder)
        #expect(first.added.count == 101)
        #expect(first.alreadyPresent.isEmpty)
        let second = try loadSeeds(into: store, folder: folder)
        #expect(second.added.isEmpty)
        #expect(second.alreadyPresent.count == 101)
        #expect(Set(second.alreadyPresent) == Set(first.added))
        #expect(try store.articleCount() == 101)
    }

    @Test func storedArticlesAreKnownByTheirHashBeforeAnalysis() throws {
        let folder = Fixtures.temporaryDirectory()
        let store = try SQLiteWorkspace(path: folder + "/w.sqlite")
        let first = try loadSeeds(into: store, folder: folder)
        let article = try #require(try store.article(id: first.added[0]))
        let writer = try store.batchWriter()
        let known = writer.storedIDs(ofHashes: [article.contentHash, "0123456789abcdef0123456789abcdef"])
        #expect(known == [article.contentHash: article.id])
        #expect(writer.storedIDs(ofHashes: []).isEmpty)
    }

    @Test func aDatesSentenceIsReadFromItsParagraphAndAnOldWorkspaceIsBroughtOver() throws {
        let folder = Fixtures.temporaryDirectory()
        let store = try SQLiteWorkspace(path: folder + "/w.sqlite")
        _ = try loadSeeds(into: store, folder: folder)
        let query = TemporalQuery(filter: .all, sentenceMatch: nil, datedOnly: false, years: nil)
        var read: [StoredTemporal] = []
        try store.forEachTemporal(query) { read.append($0) }
        #expect(read.count > 100 && read.allSatisfy { !$0.expression.sentence.isEmpty })
        let writer = try store.openedWriter()
        let stored = try writer.read { db in
            try Row.fetchOne(db, sql: "SELECT count(*), sum(sentence_start IS NULL), sum(length(sentence)) FROM temporal")!
        }
        let (rows, whole, storedText): (Int, Int, Int) = (stored[0], stored[1], stored[2])
        // Nearly every sentence is found in its paragraph, and only the rest is stored as text.
        #expect(whole * 20 < rows)
        #expect(storedText < rows * 10)
        // A workspace of the schema before: paragraphs keyed by article and index, every
        // sentence stored whole, no places. Opening it again brings it over.
        try writer.write { db in
            try db.execute(sql: Self.paragraphsByArticleAndIndex + """
                UPDATE temporal SET sentence = (SELECT substr(p.text, temporal.sentence_start + 1, temporal.sentence_length)
                    FROM paragraph p WHERE p.article = temporal.article AND p.idx = temporal.paragraph)
                WHERE sentence_start IS NOT NULL;
                UPDATE temporal SET sentence_start = NULL, sentence_length = NULL;
                DELETE FROM grdb_migrations WHERE identifier = 'v10-paragraphs-by-position';
                """)
            // What the migration that placed sentences did, on the paragraphs as they were then.
            try db.execute(sql: Schema.placeSentences)
        }
        var again: [StoredTemporal] = []
        try SQLiteWorkspace(path: folder + "/w.sqlite").forEachTemporal(query) { again.append($0) }
        #expect(again == read)
        let articles = try store.articles(.all).map(\.id)
        #expect(try SQLiteWorkspace(path: folder + "/w.sqlite").paragraphs(ofArticles: articles) == store.paragraphs(ofArticles: articles))
    }

    @Test func aTimelineHeldWholeIsCountedAndOrderedAsTheQueriesWouldBe() throws {
        let folder = Fixtures.temporaryDirectory()
        let store = try SQLiteWorkspace(path: folder + "/w.sqlite")
        _ = try loadSeeds(into: store, folder: folder)
        let matches: [SearchNode?] = [
            .term("said", prefix: false), .phrase(["last", "week"]), .term("year", prefix: false), .term("president", prefix: false), nil,
        ]
        var held = 0
        for match in matches {
            for datedOnly in [true, false] {
                let query = TemporalQuery(filter: .all, sentenceMatch: match, datedOnly: datedOnly, calendarOrder: true)
                var sorted: [StoredTemporal] = []
                try store.forEachTemporal(query) { sorted.append($0) }
                let timeline = try store.temporalTimeline(query)
                #expect(try timeline.valueCounts.map { "\($0.value)=\($0.count)" } == store.temporalValueCounts(query).map { "\($0.value)=\($0.count)" })
                if case .places(let places) = timeline.held {
                    var drawn: [StoredTemporal] = []
                    try store.forEachTemporal(at: places, { drawn.append($0) })
                    #expect(drawn == sorted, "\(query)")
                    held += 1
                } else {
                    // Only a timeline without words is left to be read as it is drawn.
                    #expect(match == nil)
                }
            }
        }
        #expect(held == 8)
        // Past the most it holds, the store reads the dates again as they are drawn.
        let query = TemporalQuery(filter: .all, sentenceMatch: .term("said", prefix: false), datedOnly: false, calendarOrder: true)
        let total = try store.temporalValueCounts(query).reduce(0) { $0 + $1.count }
        #expect(try store.placesInCalendarOrder(query, atMost: total)?.places.count == total)
        #expect(try store.placesInCalendarOrder(query, atMost: total - 1) == nil)
    }

    /// Places are read whole in the order given, slice after slice, whatever order they are stored in.
    @Test func placesAreReadInTheOrderGiven() throws {
        let folder = Fixtures.temporaryDirectory()
        let store = try SQLiteWorkspace(path: folder + "/w.sqlite")
        _ = try loadSeeds(into: store, folder: folder)
        let places = try store.reading { db in
            try Row.fetchAll(db, sql: """
                SELECT t.article, t.seq FROM temporal t JOIN article a ON a.rowid = t.article
                ORDER BY a.date IS NULL, a.date, a.id, t.seq
                """).map { TemporalPlace(article: $0[0], seq: $0[1]) }
        }
        var read: [StoredTemporal] = []
        try store.forEachTemporal(TemporalQuery(filter: .all, datedOnly: false)) { read.append($0) }
        // Twice over, so that some are asked for again.
        let asked = Array(places.reversed()) + places
        #expect(asked.count > SQLiteWorkspace.temporalsReadTogether)
        var drawn: [StoredTemporal] = []
        try store.forEachTemporal(at: asked) { drawn.append($0) }
        #expect(drawn == read.reversed() + read)
    }

    @Test func calendarOrderPutsPeriodsFirstThenArticlesByTheirBytes() {
        let day = TimexSpan(value: "2013-05-09")
        let month = TimexSpan(value: "2013-05")
        let places = [
            CalendarPlace(span: nil, article: "a", paragraph: 0, start: 0, seq: 0),
            CalendarPlace(span: month, article: "a", paragraph: 0, start: 0, seq: 1),
            CalendarPlace(span: day, article: "é", paragraph: 0, start: 0, seq: 0),
            CalendarPlace(span: day, article: "e\u{301}", paragraph: 0, start: 0, seq: 0),
            CalendarPlace(span: day, article: "b", paragraph: 1, start: 0, seq: 0),
            CalendarPlace(span: day, article: "b", paragraph: 0, start: 5, seq: 0),
            CalendarPlace(span: day, article: "b", paragraph: 0, start: 5, seq: 1),
        ]
        let order = places.indices.sorted { places[$0] < places[$1] }
        // May 1 (the month) starts before May 9; "e" + U+0301 comes before "é" by its bytes.
        #expect(order == [1, 5, 6, 4, 3, 2, 0])
    }

    @Test func aQuotesTextIsReadFromItsParagraphAndAnOldWorkspaceIsBroughtOver() throws {
        let folder = Fixtures.temporaryDirectory()
        let store = try SQLiteWorkspace(path: folder + "/w.sqlite")
        _ = try loadSeeds(into: store, folder: folder)
        let read = try store.quotes(speakerKeys: nil, filter: .all)
        #expect(read.count > 100 && read.allSatisfy { !$0.quote.text.isEmpty })
        let writer = try store.openedWriter()
        let stored = try writer.read { db in
            try Row.fetchOne(db, sql: "SELECT count(*), sum(text_start IS NULL), sum(length(text)) FROM quote")!
        }
        let (rows, whole, storedText): (Int, Int, Int) = (stored[0], stored[1], stored[2])
        // Most quotes are found in their paragraph, and only the rest is stored as text.
        #expect(whole * 5 < rows)
        #expect(storedText * 3 < read.map(\.quote.text.count).reduce(0, +))
        // A workspace from before quotes were kept by place: every text stored whole.
        try writer.write { db in
            try db.execute(sql: """
                UPDATE quote SET text = (SELECT substr(lede_paragraph_text(p.text), quote.text_start + 1, quote.text_length)
                    FROM paragraph p WHERE p.position = \(ParagraphPosition.sql(article: "quote.article", index: "quote.paragraph")))
                WHERE text_start IS NOT NULL;
                ALTER TABLE quote DROP COLUMN text_start;
                ALTER TABLE quote DROP COLUMN text_length;
                DELETE FROM grdb_migrations WHERE identifier = 'v11-quotes-by-place';
                """)
        }
        let migrated = try SQLiteWorkspace(path: folder + "/w.sqlite")
        #expect(try migrated.quotes(speakerKeys: nil, filter: .all) == read)
        let placed = try migrated.openedWriter().read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM quote WHERE text_start IS NULL")! }
        #expect(placed == whole)
    }

    /// The speaker counts a load keeps, as the quotes themselves give them.
    static func countedFromQuotes(_ store: SQLiteWorkspace) throws -> [SpeakerCount] {
        var names: [String: [String: Int]] = [:]
        var roles: [String: Set<String>] = [:]
        var articles: [String: Set<String>] = [:]
        for tally in try store.speakerTallies(filter: .all) {
            names[tally.key, default: [:]][tally.name, default: 0] += tally.quotes
            if let role = tally.role { roles[tally.key, default: []].insert(role) }
            articles[tally.key, default: []].formUnion(tally.articles)
        }
        return names.map { key, quotesByName in
            SpeakerCount(
                key: key, names: quotesByName.map { NameCount(name: $0.key, quotes: $0.value) }.sorted { $0.name < $1.name },
                roles: (roles[key] ?? []).sorted(), quotes: quotesByName.values.reduce(0, +), articles: articles[key]!.count)
        }.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
    }

    @Test func speakerCountsAreKeptByEveryLoadAndBroughtOverFromAnOldWorkspace() throws {
        let folder = Fixtures.temporaryDirectory()
        let store = try SQLiteWorkspace(path: folder + "/w.sqlite")
        // Two loads, the second adding to counts the first began (and one article twice).
        let loader = ArticleLoader(baseDirectory: folder, seedsDirectory: Fixtures.seeds)
        var articles: [Article] = []
        try loader.load("seeds") { event in if case .article(let article) = event { articles.append(article) } }
        _ = try store.load({ handle in for article in articles.prefix(60) { try handle(.article(article)) } }, shouldStop: { false })
        _ = try store.load({ handle in for article in articles.suffix(42) { try handle(.article(article)) } }, shouldStop: { false })
        let counts = try store.speakerCounts()
        #expect(counts.count > 50)
        #expect(counts == (try Self.countedFromQuotes(store)))
        #expect(counts.contains { $0.articles > 1 } && counts.contains { !$0.roles.isEmpty })
        // Articles quoting both of two speakers, as their quotes give them.
        let byKey = Dictionary(grouping: try store.speakerTallies(filter: .all), by: \.key).mapValues { Set($0.flatMap(\.articles)) }
        let keys = counts.sorted { $0.articles > $1.articles }.prefix(6).map(\.key)
        for first in keys {
            for second in keys {
                #expect(try store.articlesQuotingBoth(first, second) == byKey[first]!.intersection(byKey[second]!).count)
            }
        }
        let pairs = keys.flatMap { first in keys.map { SpeakerKeyPair(first: first, second: $0) } }
        #expect(try store.articlesQuotingBoth(pairs: pairs) == pairs.map { byKey[$0.first]!.intersection(byKey[$0.second]!).count })
        #expect(try store.articlesQuotingBoth(pairs: []).isEmpty)
        // A workspace from before the counts were kept gets them when opened.
        try store.openedWriter().write { db in
            try db.execute(sql: """
                DROP TABLE speaker_count; DROP TABLE speaker_article_count;
                DELETE FROM grdb_migrations WHERE identifier = 'v12-speaker-counts';
                """)
        }
        #expect(try SQLiteWorkspace(path: folder + "/w.sqlite").speakerCounts() == counts)
    }

    @Test func aSentenceWithSeveralDatesIsIndexedOnceAndFindsThemAll() throws {
        let folder = Fixtures.temporaryDirectory()
        let store = try SQLiteWorkspace(path: folder + "/w.sqlite")
        let article = Article(
            title: "Talks", date: CalendarDate(year: 2013, month: 5, day: 9), path: "a",
            paragraphs: ["The envoys met on May 7 and again on May 8. The harbour reopened on May 20.", "Talks resume on June 3."])
        _ = try store.load({ handle in try handle(.article(article)) }, shouldStop: { false })
        func values(_ word: String) throws -> [String] {
            try store.temporals(filter: .all, sentenceMatch: .term(word, prefix: false), datedOnly: false, years: nil).map(\.expression.value).sorted()
        }
        #expect(try values("envoys") == ["2013-05-07", "2013-05-08"])
        #expect(try values("harbour") == ["2013-05-20"])
        #expect(try values("talks") == ["2013-06-03"])
        let indexed = try store.openedWriter().read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM temporal_fts WHERE temporal_fts MATCH 'envoys OR harbour OR talks'")!
        }
        #expect(indexed == 3)
        // The article as a lede from before indexed it (every date its own row), beside one
        // loaded now: each date is found once.
        try store.openedWriter().write { db in
            try db.execute(sql: """
                INSERT INTO temporal_fts (rowid, sentence)
                    SELECT (t.article << \(SQLiteWorkspace.seqBits)) | t.seq,
                        substr(lede_paragraph_text(p.text), t.sentence_start + 1, t.sentence_length)
                    FROM temporal t JOIN paragraph p ON p.position = \(ParagraphPosition.sql(article: "t.article", index: "t.paragraph"))
                    WHERE t.sentence_seq IS NOT NULL;
                UPDATE temporal SET sentence_seq = NULL;
                """)
        }
        var later = article
        later.title = "Talks again"
        later.path = "b"
        later.paragraphs = ["The envoys met again on May 21 and on May 22."]
        _ = try store.load({ handle in try handle(.article(later)) }, shouldStop: { false })
        #expect(try values("\"envoys\"") == ["2013-05-07", "2013-05-08", "2013-05-21", "2013-05-22"])
    }

    @Test func anArticlesNamesAreStoredOnceEachWithTheirParagraphs() {
        let mentions = [
            Mention(paragraph: 0, name: "Ann Lee", text: "Ann Lee", kind: .person),
            Mention(paragraph: 1, name: "Oslo", text: "Oslo", kind: .place),
            Mention(paragraph: 2, name: "Ann Lee", text: "Lee", kind: .person),
            Mention(paragraph: 2, name: "Ann Lee", text: "Ms. Lee", kind: .person),
            Mention(paragraph: 3, name: "Lee", text: "Lee", kind: .organization),
            Mention(paragraph: 4, name: "Odd\u{1F}Name\nHere", text: "Odd", kind: .organization),
        ]
        let stored = ArticleNames.encode(mentions)
        #expect(ArticleNames.decode(stored, article: "a") == [
            NameInArticle(article: "a", name: "Ann Lee", kind: .person, paragraphs: [0, 2]),
            NameInArticle(article: "a", name: "Oslo", kind: .place, paragraphs: [1]),
            NameInArticle(article: "a", name: "Lee", kind: .organization, paragraphs: [3]),
            NameInArticle(article: "a", name: "Odd Name Here", kind: .organization, paragraphs: [4]),
        ])
        #expect(ArticleNames.encode([]).isEmpty && ArticleNames.decode("", article: "a").isEmpty)
    }

    @Test func namesMentionedAreKeptOncePerArticleAndBroughtOverFromMentionRows() throws {
        let folder = Fixtures.temporaryDirectory()
        let store = try SQLiteWorkspace(path: folder + "/w.sqlite")
        let report = try loadSeeds(into: store, folder: folder)
        let names = try store.namesMentioned(filter: .all)
        // As the analysis finds them: every mention's name, kind and paragraph, each name once.
        let loader = ArticleLoader(baseDirectory: folder, seedsDirectory: Fixtures.seeds)
        var articles: [Article] = []
        try loader.load("seeds") { event in if case .article(let article) = event { articles.append(article) } }
        let ids = try store.openedWriter().read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT hash, id FROM article").map { ($0[0] as String, $0[1] as String) })
        }
        #expect(ids.count == report.added.count)
        var expected: [String: Set<String>] = [:]
        var mentionRows: [(article: String, seq: Int, mention: Mention)] = []
        for article in articles {
            for (seq, mention) in Analyzer.analyze(article).mentions.enumerated() {
                expected[ids[article.contentHash]!, default: []].insert("\(mention.kind) \(mention.name) \(mention.paragraph)")
                mentionRows.append((ids[article.contentHash]!, seq, mention))
            }
        }
        var found: [String: Set<String>] = [:]
        for name in names {
            for paragraph in name.paragraphs { found[name.article, default: []].insert("\(name.kind) \(name.name) \(paragraph)") }
        }
        #expect(found == expected)
        #expect(names.count > 500)
        // Each name once per article.
        #expect(Set(names.map { "\($0.article) \($0.kind) \($0.name)" }).count == names.count)
        // A workspace from before, with a row per mention, is brought over to the same names.
        try store.openedWriter().write { db in
            try db.execute(sql: """
                CREATE TABLE mention (
                    article INTEGER NOT NULL, seq INTEGER NOT NULL, paragraph INTEGER NOT NULL, name TEXT NOT NULL,
                    name_key TEXT NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL, PRIMARY KEY (article, seq)
                ) WITHOUT ROWID;
                DROP TABLE article_names;
                DELETE FROM grdb_migrations WHERE identifier = 'v14-names-by-article';
                """)
            for row in mentionRows {
                try db.execute(sql: """
                    INSERT INTO mention SELECT rowid, ?, ?, ?, '', '', ? FROM article WHERE id = ?
                    """, arguments: [row.seq, row.mention.paragraph, row.mention.name, row.mention.kind.rawValue, row.article])
            }
        }
        #expect(try SQLiteWorkspace(path: folder + "/w.sqlite").namesMentioned(filter: .all) == names)
    }

    /// Turns a workspace's paragraph table back into the shape it had before paragraphs were
    /// kept by position: a table keyed by (article, idx), without rowids, holding text.
    static let paragraphsByArticleAndIndex = """
        CREATE TABLE paragraph_by_article (
            article INTEGER NOT NULL, idx INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (article, idx)
        ) WITHOUT ROWID;
        INSERT INTO paragraph_by_article
            SELECT position >> \(ParagraphPosition.indexBits), position & \(ParagraphPosition.lastIndex), lede_paragraph_text(text) FROM paragraph;
        DROP TABLE paragraph;
        ALTER TABLE paragraph_by_article RENAME TO paragraph;

        """

    @Test func idsAreTheSameWhateverOrderTheFilesWereLoadedIn() throws {
        let folder = Fixtures.temporaryDirectory()
        let files = try FileManager.default.contentsOfDirectory(atPath: Fixtures.seeds).filter { $0.hasSuffix(".txt") }.sorted()
        func ids(_ order: [String], _ name: String) throws -> [String: String] {
            let store = try SQLiteWorkspace(path: folder + "/\(name).sqlite")
            let loader = ArticleLoader(baseDirectory: Fixtures.root, seedsDirectory: nil)
            for file in order {
                _ = try store.load({ handle in try loader.load("seeds/" + file, handle: handle) }, shouldStop: { false })
            }
            return Dictionary(uniqueKeysWithValues: try store.articles(.all).map { ($0.path, $0.id) })
        }
        let forward = try ids(files, "forward")
        let backward = try ids(files.reversed(), "backward")
        #expect(forward.count == 101)
        #expect(forward == backward)
        // Two seed headlines start with the same words: both ids carry part of their hash.
        #expect(forward.values.filter { $0.hasPrefix("world-health") }.count == 2)
        #expect(!forward.values.contains("world-health"))
    }

    @Test func filtersSelectByDateAndSource() throws {
        let folder = Fixtures.temporaryDirectory()
        let store = try SQLiteWorkspace(path: ":memory:")
        _ = try loadSeeds(into: store, folder: folder)
        let may2013 = try store.articles(ArticleFilter(since: CalendarDate(year: 2013, month: 5, day: 1), until: CalendarDate(year: 2013, month: 5, day: 31)))
        #expect(may2013.map(\.id) == ["moscow-secretary-kerry"])
        #expect(try store.articles(ArticleFilter(source: "WIKINEWS")).count == 100)
        #expect(try store.articles(ArticleFilter(ids: ["moscow-secretary-kerry", "nope"])).count == 1)
        #expect(try store.articles(ArticleFilter(since: CalendarDate(year: 2030, month: 1, day: 1))).isEmpty)
    }

    @Test func fullTextSearchRanksTitleMatchesFirstAndFoldsDiacritics() throws {
        let store = try SQLiteWorkspace(path: ":memory:")
        let articles = [
            Article(title: "Sanctions debated", path: "a", paragraphs: ["Nothing else here."]),
            Article(title: "Other news", path: "b", paragraphs: ["A word about sanctions in the body, and Lukyánov."]),
        ]
        _ = try store.load({ handle in for a in articles { try handle(.article(a)) } }, shouldStop: { false })
        let hits = try store.search(.term("sanctions", prefix: false), filter: .all, limit: 10)
        #expect(hits.map(\.article.id) == ["sanctions-debated", "other-news"])
        #expect(try store.search(.term("lukyanov", prefix: false), filter: .all, limit: 10).map(\.article.id) == ["other-news"])
    }

    @Test func anInterruptedLoadKeepsWhatWasCommitted() throws {
        let store = try SQLiteWorkspace(path: ":memory:")
        var seen = 0
        let report = try store.load({ handle in
            for i in 0..<(Ingest.batchSize * 2 + 10) {
                try handle(.article(Article(title: "Article \(i)", path: "x:\(i)", paragraphs: ["Body \(i)."])))
            }
        }, shouldStop: {
            seen += 1
            guard seen > Ingest.batchSize + 5 else { return false }
            // Ctrl-C once the first batch is committed (the writer works beside this thread).
            let deadline = Date().addingTimeInterval(30)
            while (try? store.articleCount()) ?? 0 < Ingest.batchSize, Date() < deadline { usleep(1000) }
            return true
        })
        // What was committed stays; the five articles read after it are dropped, not written
        // after Ctrl-C; the report names exactly what is there.
        #expect(report.interrupted)
        #expect(report.added.count == Ingest.batchSize)
        #expect(try store.articleCount() == Ingest.batchSize)
    }

    @Test(.enabled(if: SQLiteShell.isInstalled, "the sqlite3 shell is not installed"))
    func aWorkspaceFromANewerLedeIsRefused() throws {
        let folder = Fixtures.temporaryDirectory()
        let path = folder + "/w.sqlite"
        try SQLiteWorkspace(path: path).create()
        // Record a migration this lede does not know, as a newer version would.
        try SQLiteShell.run("INSERT INTO grdb_migrations VALUES ('v99-from-the-future')", on: path)
        #expect(throws: StoreError.newerSchema(path: path)) { try SQLiteWorkspace(path: path) }
    }

    @Test func theSchemaVersionsAreTheMigratorsMigrations() {
        #expect(Schema.migrator.migrations == Schema.versions)
    }

    @Test func theSentenceIndexIsMadeAgainWithoutSizesAndBothIndexesMergeWider() throws {
        let folder = Fixtures.temporaryDirectory()
        let path = folder + "/w.sqlite"
        let article = Article(
            title: "Talks", date: CalendarDate(year: 2013, month: 5, day: 9), path: "a",
            paragraphs: ["The envoys met on May 7 and again on May 8.", "The harbour reopened on May 20."])
        _ = try SQLiteWorkspace(path: path).load({ handle in try handle(.article(article)) }, shouldStop: { false })
        // As a lede from before left it: the sentence index with sizes, FTS5's own merging.
        try SQLiteWorkspace(path: path).openedWriter().write { db in
            try db.execute(sql: """
                DROP TABLE temporal_fts;
                CREATE VIRTUAL TABLE temporal_fts USING fts5(sentence, content='', tokenize='unicode61 remove_diacritics 2');
                INSERT INTO temporal_fts (rowid, sentence)
                    SELECT (t.article << \(SQLiteWorkspace.seqBits)) | t.seq,
                        substr(lede_paragraph_text(p.text), t.sentence_start + 1, t.sentence_length)
                    FROM temporal t JOIN paragraph p ON p.position = \(ParagraphPosition.sql(article: "t.article", index: "t.paragraph"))
                    WHERE t.sentence_seq IS NULL;
                DELETE FROM article_fts_config WHERE k IN ('automerge', 'hashsize');
                DELETE FROM grdb_migrations WHERE identifier IN ('v15-sentence-index-without-sizes', 'v16-fewer-index-merges');
                """)
        }
        let migrated = try SQLiteWorkspace(path: path)
        #expect(!migrated.hasOnlyRead)
        func values(_ word: String) throws -> [String] {
            try migrated.temporals(filter: .all, sentenceMatch: .term(word, prefix: false), datedOnly: false, years: nil).map(\.expression.value).sorted()
        }
        #expect(try values("envoys") == ["2013-05-07", "2013-05-08"])
        #expect(try values("harbour") == ["2013-05-20"])
        let (sizesKept, settings): (Bool, [Int?]) = try migrated.openedWriter().read { db in
            let settings = try ["article_fts", "temporal_fts"].flatMap { index in
                try ["automerge", "hashsize"].map { key in try Int.fetchOne(db, sql: "SELECT v FROM \(index)_config WHERE k = ?", arguments: [key]) }
            }
            return (try db.tableExists("temporal_fts_docsize"), settings)
        }
        #expect(!sizesKept)
        #expect(settings == [Schema.segmentsPerMerge, Schema.termsHeldBytes, Schema.segmentsPerMerge, Schema.termsHeldBytes])
    }

    @Test func anOutdatedWorkspaceIsMigratedAndACurrentOneOpensReadOnly() throws {
        let folder = Fixtures.temporaryDirectory()
        let path = folder + "/w.sqlite"
        // One dated sentence, for the migration to index again.
        let article = Article(title: "Talks", date: CalendarDate(year: 2013, month: 5, day: 9), path: "a", paragraphs: ["The peace talks opened on May 7."])
        _ = try SQLiteWorkspace(path: path).load({ handle in try handle(.article(article)) }, shouldStop: { false })
        #expect(try SQLiteWorkspace(path: path).hasOnlyRead)
        // As a lede from before the sentence index left it.
        // (Its dates' sentences stored whole, as they were then.)
        // (Through lede's own connection: a paragraph may be stored deflated.)
        try SQLiteWorkspace(path: path).openedWriter().write { db in
            try db.execute(sql: Self.paragraphsByArticleAndIndex + """
                DELETE FROM grdb_migrations WHERE identifier IN ('v3-sentence-index', 'v10-paragraphs-by-position');
                DROP TABLE temporal_fts;
                UPDATE temporal SET sentence = (SELECT substr(p.text, temporal.sentence_start + 1, temporal.sentence_length)
                    FROM paragraph p WHERE p.article = temporal.article AND p.idx = temporal.paragraph)
                WHERE sentence_start IS NOT NULL;
                UPDATE temporal SET sentence_start = NULL, sentence_length = NULL;
                """)
        }
        let migrated = try SQLiteWorkspace(path: path)
        #expect(!migrated.hasOnlyRead)
        #expect(try migrated.temporals(filter: .all, sentenceMatch: .term("war", prefix: false), datedOnly: false, years: nil).isEmpty)
        // The rebuilt index holds the sentence stored before it existed.
        #expect(try migrated.temporals(filter: .all, sentenceMatch: .term("peace", prefix: false), datedOnly: false, years: nil).map(\.expression.value) == ["2013-05-07"])
        #expect(try SQLiteWorkspace(path: path).hasOnlyRead)
    }

    @Test func aTitleThatIsAnotherArticlesSuffixedIdStillLoads() throws {
        let store = try SQLiteWorkspace(path: ":memory:")
        let a = Article(title: "World Health", path: "a", paragraphs: ["First story."])
        let b = Article(title: "World Health", path: "b", paragraphs: ["Second story."])
        let first = try store.load({ handle in
            try handle(.article(a))
            try handle(.article(b))
        }, shouldStop: { false })
        // A headline that spells out the first article's suffixed id.
        let renamed = try #require(first.added.first { $0 != "world-health" && $0.hasPrefix("world-health-") })
        let c = Article(title: renamed.replacingOccurrences(of: "-", with: " "), path: "c", paragraphs: ["Third story."])
        let third = try store.load({ handle in try handle(.article(c)) }, shouldStop: { false })
        #expect(third.added.count == 1 && third.added[0] != renamed)
        #expect(try store.articleCount() == 3)
    }

    /// Document frequencies counted by a query on the index must be the vocabulary's own, for
    /// words kept as written and for words the tokenizer would change alike.
    @Test func documentFrequenciesAreTheVocabularysCounts() throws {
        let folder = Fixtures.temporaryDirectory()
        let store = try SQLiteWorkspace(path: folder + "/w.sqlite")
        _ = try loadSeeds(into: store, folder: folder)
        let words: Set<String> = [
            "the", "syria", "kerry", "2019", "sanctions", "nosuchwordanywhere", "café", "gdańsk", "Trump", "don't", "co-op", "x",
        ]
        let expected = try store.openedWriter().read { db in
            try words.reduce(into: [String: Int]()) { result, word in
                if let count = try Int.fetchOne(db, sql: "SELECT doc FROM article_vocab WHERE term = ?", arguments: [word]) {
                    result[word] = count
                }
            }
        }
        #expect(expected["the"] ?? 0 > 90 && expected["syria"] ?? 0 > 0)
        #expect(try store.documentFrequencies(words) == expected)
    }

    /// Titles that repeat rename the article holding the bare id and keep an alias: that must
    /// not make the full-text indexes write out what they hold in memory at each rename (one
    /// small segment per rename, merged again and again: a sixth of a large load's time), as a
    /// statement that may replace a row of a table with a foreign key did.
    @Test func repeatedTitlesDoNotMakeTheFullTextIndexWriteOutMoreOften() throws {
        func segmentsWritten(sharingTitles: Bool) throws -> Int {
            let store = try SQLiteWorkspace(path: ":memory:")
            let articles = (0..<400).map { i in
                Article(
                    title: sharingTitles ? "Weather report \(i / 2)" : "Weather report \(i)", path: "x:\(i)",
                    paragraphs: ["Rain on day \(i) in the \(i % 7 == 0 ? "north" : "south"), said the office on Monday."])
            }
            let report = try store.load({ handle in for a in articles { try handle(.article(a)) } }, shouldStop: { false })
            #expect(report.added.count == articles.count)
            return try store.openedWriter().read { db in
                try ["article_fts", "temporal_fts"].reduce(0) { sum, index in
                    let structure = try #require(try Data.fetchOne(db, sql: "SELECT block FROM \(index)_data WHERE id = 10"))
                    return sum + Self.fts5WriteCounter(structure)
                }
            }
        }
        let distinct = try segmentsWritten(sharingTitles: false)
        let shared = try segmentsWritten(sharingTitles: true)
        // 200 renames: one segment each before.
        #expect(distinct > 0)
        #expect(shared <= distinct + 2, "segments written: \(shared) with repeated titles, \(distinct) without")
    }

    /// How many segments an FTS5 index has written since it was made: its structure record is
    /// a 4-byte cookie, then varints for the levels, the segments and this counter.
    static func fts5WriteCounter(_ structure: Data) -> Int {
        var bytes = structure.dropFirst(4).makeIterator()
        func varint() -> Int {
            var value = 0
            for _ in 0..<9 {
                guard let byte = bytes.next() else { break }
                value = value << 7 | Int(byte & 0x7F)
                if byte & 0x80 == 0 { break }
            }
            return value
        }
        _ = varint()  // levels
        _ = varint()  // segments
        return varint()
    }

    @Test(.enabled(if: SQLiteShell.isInstalled, "the sqlite3 shell is not installed"))
    func aFailedWriteStopsTheLoadEarly() throws {
        let folder = Fixtures.temporaryDirectory()
        let path = folder + "/w.sqlite"
        let store = try SQLiteWorkspace(path: path)
        try store.create()
        // Make every insert fail, as a full disk or a broken file would.
        try SQLiteShell.run("CREATE TRIGGER no_articles BEFORE INSERT ON article BEGIN SELECT RAISE(ABORT, 'refused'); END;", on: path)
        var produced = 0
        let report = try store.load({ handle in
            for i in 0..<(Ingest.batchSize * 40) {
                produced += 1
                try handle(.article(Article(title: "Article \(i)", path: "x:\(i)", paragraphs: ["Body \(i)."])))
            }
        }, shouldStop: { false })
        #expect(report.failure != nil)
        #expect(report.added.isEmpty && !report.interrupted)
        // No SQL reaches the message.
        #expect(report.failure?.localizedDescription.contains("INSERT") == false)
        // Reading stops within a few batches of the failure, not at the end of the input.
        #expect(produced < Ingest.batchSize * 10)
    }

    @Test func aWaitGivenUpAtCtrlCIsAnInterruptionNotABusyWorkspace() {
        let busy = BusyWait(location: "w.sqlite", notice: { _ in })
        #expect(busy.shouldRetry(tries: 0))
        busy.interrupt()
        #expect(!busy.shouldRetry(tries: 1))
        #expect(busy.gaveUp == .interrupted)
        let locked = DatabaseError(resultCode: .SQLITE_BUSY)
        #expect(StoreError.translate(locked, path: "w.sqlite", busy: busy) as? StoreError == .interrupted)
        busy.reset()
        #expect(busy.withoutWaiting { !busy.shouldRetry(tries: 0) })
        #expect(StoreError.translate(locked, path: "w.sqlite", busy: busy) as? StoreError == .busy(path: "w.sqlite", seconds: nil))
    }

    @Test func immutableURIsEscapeWhatAURIWouldRead() {
        #expect(WorkspaceFile.immutableURI("/a b/r%?#/w.sqlite") == "file:/a%20b/r%25%3F%23/w.sqlite?immutable=1")
    }
}
