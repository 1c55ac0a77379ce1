import Foundation
import LedeAnalysis
import LedeArticles
import LedeStore
import Synchronization

/// Writes a load's batches into a team workspace: one transaction per batch, under the
/// workspace's advisory lock, so that loaders in several processes (or on several machines) take
/// turns batch by batch while each analyses on its own cores. Every batch checks content hashes
/// under the lock (and the hash column is unique besides): an article two loaders both read is
/// stored once, and readers see only committed batches.
struct PostgresBatchWriter: BatchWriter {
    let workspace: PostgresWorkspace
    let connection: PostgresConnection
    /// A second connection for `storedIDs`, which analysing threads call while a batch is written.
    let lookups: PostgresConnection

    /// An analysed article with everything the server stores worked out.
    struct Prepared: Sendable {
        var analysed: AnalysedArticle
        var words: IndexWords.OfArticle
        /// The article's words as the index keeps them.
        var wordVector: ArticleVector
        var names: String
        /// Per date: its sentence's words as a `tsvector` literal, and its period in day numbers.
        var sentenceVectors: [String]
        var spans: [TimexSpan?]
    }

    func prepare(_ articles: [AnalysedArticle]) -> [Prepared] {
        // One tokenizer for the call: a call is one analysing thread's share of a batch.
        let indexWords = IndexWords()
        let words = indexWords.ofArticles(articles.map { ($0.article.title, $0.article.paragraphs.joined(separator: "\n\n")) })
        return zip(articles, words).map { analysed, words in
            let sentences = analysed.analysis.temporals.map(\.sentence)
            return Prepared(
                analysed: analysed, words: words, wordVector: TextVector.ofArticle(words),
                names: ArticleNames.encode(analysed.analysis.mentions),
                sentenceVectors: indexWords.sequences(sentences).map(TextVector.ofSequence),
                spans: analysed.analysis.temporals.map { TimexSpan(value: $0.value) })
        }
    }

    func storedIDs(ofHashes hashes: [String]) -> [String: String] {
        guard !hashes.isEmpty, let rows = try? lookups.execute(
            "SELECT hash, id FROM \(workspace.table("article")) WHERE hash = ANY($1::text[])", [TextArray.literal(hashes)])
        else { return [:] }
        return Dictionary((0..<rows.count).map { (rows.string($0, 0), rows.string($0, 1)) }, uniquingKeysWith: { first, _ in first })
    }

    func write(_ batch: [Prepared]) throws -> WrittenBatch {
        do {
            return try connection.transaction {
                try connection.execute("SELECT pg_advisory_xact_lock(\(workspace.lockKey()))")
                return try writeLocked(batch)
            }
        } catch {
            throw workspace.noted(error)
        }
    }

    func finish() {}

    // MARK: - One batch, under the lock

    /// An article of the batch that will be added, with the id and row it gets.
    private struct Addition {
        var prepared: Prepared
        var rowid: Int64
        var slug: String
        var id: String
    }

    private func writeLocked(_ batch: [Prepared]) throws -> WrittenBatch {
        var written = WrittenBatch()
        let hashes = batch.map(\.analysed.hash)
        var storedByHash: [String: String] = [:]
        let present = try connection.execute(
            "SELECT hash, id FROM \(workspace.table("article")) WHERE hash = ANY($1::text[])", [TextArray.literal(hashes)])
        for row in 0..<present.count { storedByHash[present.string(row, 0)] = present.string(row, 1) }

        /// An article of the batch in its place: new, or stored already (here or earlier in it).
        struct Entry {
            var hash: String
            var isNew: Bool
        }
        var fresh: [Prepared] = []
        var seenInBatch: [String: Int] = [:]  // hash → index in `fresh`
        var order: [Entry] = []
        for prepared in batch {
            let hash = prepared.analysed.hash
            if storedByHash[hash] != nil || seenInBatch[hash] != nil {
                order.append(Entry(hash: hash, isNew: false))
                continue
            }
            seenInBatch[hash] = fresh.count
            fresh.append(prepared)
            order.append(Entry(hash: hash, isNew: true))
        }

        var ids = try IDAssignment(connection: connection, workspace: workspace, slugs: fresh.map(\.analysed.article.id))
        let rowids = try connection.execute(
            "SELECT nextval('\(workspace.quotedSchema).article_rowid') FROM generate_series(1, $1::int)", [String(fresh.count)])
        var additions: [Addition] = []
        for (index, prepared) in fresh.enumerated() {
            let slug = prepared.analysed.article.id
            let rowid = Int64(rowids.int(index, 0))
            let id = try ids.assign(slug: slug, hash: prepared.analysed.hash, rowid: rowid, renamed: &written.renamed)
            additions.append(Addition(prepared: prepared, rowid: rowid, slug: slug, id: id))
        }
        // Articles of this batch renamed by a later one of it take their new id before insertion.
        for index in additions.indices {
            if let newID = ids.pendingRenames[additions[index].rowid] { additions[index].id = newID }
        }
        var addedIndex = 0
        for entry in order {
            if entry.isNew {
                written.added.append(additions[addedIndex].id)
                addedIndex += 1
            } else {
                written.alreadyPresent.append(storedByHash[entry.hash] ?? additions[seenInBatch[entry.hash]!].id)
            }
        }
        try insert(additions)
        try ids.writeAliases()
        return written
    }

    private func insert(_ additions: [Addition]) throws {
        guard !additions.isEmpty else { return }
        var articles = CopyRows(), paragraphs = CopyRows(), words = CopyRows(), quotes = CopyRows()
        var names = CopyRows(), temporals = CopyRows(), exactPlaces = CopyRows()
        var variants: [SpeakerVariantRow] = []
        var quoteCounts: [SpeakerNameRole: Int] = [:]
        var articleCounts: [String: Int] = [:]
        var wordArticles: [String: Int] = [:]
        var totalTokens = 0
        for addition in additions {
            let prepared = addition.prepared
            let article = prepared.analysed.article
            let analysis = prepared.analysed.analysis
            articles.append([
                .int(Int(addition.rowid)), .text(addition.id), .text(addition.slug), .text(prepared.analysed.hash), .text(article.title),
                .optional(article.date?.iso), .optional(article.source), .optional(article.url), .optional(article.author),
                .text(article.path), .optional(article.caption), .int(prepared.analysed.words), .int(analysis.quotes.count),
            ])
            for (index, text) in article.paragraphs.enumerated() {
                paragraphs.append([.int(Int(addition.rowid)), .int(index), .text(text)])
            }
            words.append([
                .int(Int(addition.rowid)), .text(prepared.wordVector.text), .int(prepared.words.titleCount), .int(prepared.words.count),
                .text(prepared.wordVector.exact.isEmpty ? "f" : "t"),
            ])
            for exact in prepared.wordVector.exact {
                exactPlaces.append([.int(Int(addition.rowid)), .text(exact.word), .text(TextArray.literal(exact.places))])
            }
            totalTokens += prepared.words.count
            for word in prepared.words.places.keys { wordArticles[word, default: 0] += 1 }
            var keysQuoted = Set<String>()
            for (seq, (quote, keys)) in zip(analysis.quotes, prepared.analysed.speakerKeys).enumerated() {
                quotes.append([
                    .int(Int(addition.rowid)), .int(seq), .int(quote.paragraph), .optional(quote.speaker), .optional(keys?.key),
                    .optional(quote.speakerKind?.rawValue), .optional(quote.role), .text(quote.text), .text(quote.cue), .text(quote.kind.rawValue),
                ])
                guard let speaker = quote.speaker, let keys else { continue }
                for variant in keys.variants { variants.append(SpeakerVariantRow(variant: variant, key: keys.key, speaker: speaker)) }
                quoteCounts[SpeakerNameRole(key: keys.key, speaker: speaker, role: quote.role ?? ""), default: 0] += 1
                if keysQuoted.insert(keys.key).inserted { articleCounts[keys.key, default: 0] += 1 }
            }
            if !prepared.names.isEmpty { names.append([.int(Int(addition.rowid)), .text(prepared.names)]) }
            for (seq, temporal) in analysis.temporals.enumerated() {
                let span = prepared.spans[seq]
                temporals.append([
                    .int(Int(addition.rowid)), .int(seq), .int(temporal.paragraph), .int(temporal.range.lowerBound), .int(temporal.range.upperBound),
                    .text(temporal.text), .text(temporal.kind.rawValue), .text(temporal.value), .text(temporal.sentence),
                    .optional(span?.first.dayNumber), .optional(span?.last.dayNumber), .text(prepared.sentenceVectors[seq]),
                ])
            }
        }
        try connection.copy(
            into: workspace.table("article"),
            columns: ["rowid", "id", "slug", "hash", "title", "date", "source", "url", "author", "path", "caption", "words", "quotes"], rows: articles)
        try connection.copy(into: workspace.table("paragraph"), columns: ["article", "idx", "text"], rows: paragraphs)
        try connection.copy(
            into: workspace.table("article_words"), columns: ["article", "words", "title_tokens", "tokens", "exact_places"], rows: words)
        try connection.copy(into: workspace.table("word_places"), columns: ["article", "word", "places"], rows: exactPlaces)
        try connection.copy(
            into: workspace.table("quote"),
            columns: ["article", "seq", "paragraph", "speaker", "speaker_key", "speaker_kind", "role", "text", "cue", "kind"], rows: quotes)
        try connection.copy(into: workspace.table("article_names"), columns: ["article", "names"], rows: names)
        try connection.copy(
            into: workspace.table("temporal"),
            columns: ["article", "seq", "paragraph", "start", "\"end\"", "text", "kind", "value", "sentence", "span_first", "span_last", "sentence_words"],
            rows: temporals)
        if !variants.isEmpty {
            try connection.execute("""
                INSERT INTO \(workspace.table("speaker_variant")) (variant, speaker_key, speaker)
                SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING
                """, [TextArray.literal(variants.map(\.variant)), TextArray.literal(variants.map(\.key)), TextArray.literal(variants.map(\.speaker))])
        }
        if !quoteCounts.isEmpty {
            let rows = quoteCounts.sorted { ($0.key.key, $0.key.speaker, $0.key.role) < ($1.key.key, $1.key.speaker, $1.key.role) }
            try connection.execute("""
                INSERT INTO \(workspace.table("speaker_count")) AS c (speaker_key, speaker, role, quotes)
                SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[])
                ON CONFLICT (speaker_key, speaker, role) DO UPDATE SET quotes = c.quotes + excluded.quotes
                """, [
                    TextArray.literal(rows.map(\.key.key)), TextArray.literal(rows.map(\.key.speaker)), TextArray.literal(rows.map(\.key.role)),
                    TextArray.literal(rows.map(\.value)),
                ])
        }
        try addCounts(articleCounts, to: "speaker_article_count", key: "speaker_key")
        try addCounts(wordArticles, to: "word_articles", key: "word")
        try connection.execute(
            "UPDATE \(workspace.table("word_totals")) SET articles = articles + $1::bigint, tokens = tokens + $2::bigint",
            [String(additions.count), String(totalTokens)])
    }
}

extension PostgresBatchWriter {
    /// Adds `counts` to the `articles` column of `table`, a row per key (made when missing). In
    /// key order, so that two loaders touching the same rows take their locks in the same order.
    private func addCounts(_ counts: [String: Int], to table: String, key: String) throws {
        guard !counts.isEmpty else { return }
        let rows = counts.sorted { $0.key < $1.key }
        try connection.execute("""
            INSERT INTO \(workspace.table(table)) AS c (\(key), articles)
            SELECT * FROM unnest($1::text[], $2::bigint[])
            ON CONFLICT (\(key)) DO UPDATE SET articles = c.articles + excluded.articles
            """, [TextArray.literal(rows.map(\.key)), TextArray.literal(rows.map(\.value))])
    }
}

private struct SpeakerVariantRow {
    var variant: String
    var key: String
    var speaker: String
}

private struct SpeakerNameRole: Hashable {
    var key: String
    var speaker: String
    var role: String
}

/// Ids for the new articles of one batch, as the SQLite workspace gives them: the title's slug,
/// and when two articles share a slug, both carry part of their content hash (the one stored
/// already is renamed, and its old id stays an alias). Ids do not depend on load order.
private struct IDAssignment {
    let connection: PostgresConnection
    let workspace: PostgresWorkspace
    /// The article holding a slug bare as its id: stored, or new in this batch.
    struct SlugHolder {
        var rowid: Int64
        var hash: String
    }

    /// What the load knows of each slug of this batch: whether an article (stored, or new in
    /// this batch) has it, and which one holds it bare as its id.
    struct SlugState {
        var shared = false
        var bare: SlugHolder?
    }

    var bySlug: [String: SlugState] = [:]
    /// Ids known to be taken (stored, or given in this batch), and ids known to be free.
    var taken: Set<String> = []
    var free: Set<String> = []
    /// New articles of this batch renamed by a later one: rowid → new id.
    var pendingRenames: [Int64: String] = [:]
    var newRowids: Set<Int64> = []
    /// Aliases to write once the batch's articles are in: alias → rowid.
    var aliases: [String: Int64] = [:]

    init(connection: PostgresConnection, workspace: PostgresWorkspace, slugs: [String]) throws {
        self.connection = connection
        self.workspace = workspace
        guard !slugs.isEmpty else { return }
        // Index look-ups, never the articles sharing a slug: a corpus where thousands of titles
        // give one slug ("Weather", "Untitled") would read them all for each batch.
        let shared = try connection.execute("""
            SELECT s FROM unnest($1::text[]) AS s
            WHERE EXISTS (SELECT 1 FROM \(workspace.table("article")) a WHERE a.slug = s)
            """, [TextArray.literal(slugs)])
        for row in 0..<shared.count { bySlug[shared.string(row, 0), default: SlugState()].shared = true }
        let bare = try connection.execute(
            "SELECT slug, rowid, hash FROM \(workspace.table("article")) WHERE id = ANY($1::text[]) AND id = slug",
            [TextArray.literal(slugs)])
        for row in 0..<bare.count {
            bySlug[bare.string(row, 0), default: SlugState()].bare =
                SlugHolder(rowid: Int64(bare.int(row, 1)), hash: bare.string(row, 2))
        }
        let ids = try connection.execute(
            "SELECT id FROM \(workspace.table("article")) WHERE id = ANY($1::text[])", [TextArray.literal(slugs)])
        for row in 0..<ids.count { taken.insert(ids.string(row, 0)) }
        free = Set(slugs).subtracting(taken)
    }

    mutating func isTaken(_ id: String) throws -> Bool {
        if taken.contains(id) { return true }
        if free.contains(id) { return false }
        let found = try connection.execute("SELECT 1 FROM \(workspace.table("article")) WHERE id = $1", [id])
        if found.count > 0 { taken.insert(id) }
        return found.count > 0
    }

    mutating func suffixed(_ slug: String, hash: String) throws -> String {
        var length = 4
        var id = ArticleID.disambiguated(slug, hash: hash, length: length)
        while try isTaken(id) {
            length += 2
            id = ArticleID.disambiguated(slug, hash: hash, length: length)
        }
        return id
    }

    mutating func assign(slug: String, hash: String, rowid: Int64, renamed: inout [String: String]) throws -> String {
        let state = bySlug[slug] ?? SlugState()
        let id: String
        if !state.shared {
            id = try isTaken(slug) ? suffixed(slug, hash: hash) : slug
        } else {
            if let other = state.bare {
                let newID = try suffixed(slug, hash: other.hash)
                taken.remove(slug)
                free.insert(slug)
                taken.insert(newID)
                if newRowids.contains(other.rowid) {
                    pendingRenames[other.rowid] = newID
                } else {
                    try connection.execute("UPDATE \(workspace.table("article")) SET id = $1 WHERE rowid = $2", [newID, String(other.rowid)])
                }
                bySlug[slug]!.bare = nil
                // The id it had stays an alias of it: shown before, it may be in a let set or a script.
                aliases[slug] = other.rowid
                renamed[slug] = newID
            }
            id = try suffixed(slug, hash: hash)
        }
        taken.insert(id)
        free.remove(id)
        newRowids.insert(rowid)
        bySlug[slug, default: SlugState()].shared = true
        if id == slug { bySlug[slug]!.bare = SlugHolder(rowid: rowid, hash: hash) }
        return id
    }

    func writeAliases() throws {
        for (alias, rowid) in aliases.sorted(by: { $0.key < $1.key }) {
            try connection.execute("""
                INSERT INTO \(workspace.table("article_alias")) (alias, article) VALUES ($1, $2)
                ON CONFLICT (alias) DO UPDATE SET article = excluded.article
                """, [alias, String(rowid)])
        }
    }
}

/// A PostgreSQL array literal for a bound parameter (`{"a","b"}`), every element quoted.
enum TextArray {
    static func literal(_ items: [String]) -> String {
        var text = "{"
        for (index, item) in items.enumerated() {
            if index > 0 { text.append(",") }
            text.append("\"")
            for character in item.unicodeScalars {
                if character == "\"" || character == "\\" { text.append("\\") }
                text.unicodeScalars.append(character)
            }
            text.append("\"")
        }
        return text + "}"
    }

    static func literal(_ numbers: [Int]) -> String {
        "{" + numbers.map(String.init).joined(separator: ",") + "}"
    }
}
