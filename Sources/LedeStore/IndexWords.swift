import GRDB

/// The words of a text as the SQLite workspace's full-text index reads them (FTS5's
/// `unicode61 remove_diacritics 2`: runs of letters and digits, folded to lower case without
/// diacritics), found by FTS5 itself in a private in-memory table. Another index fed with these
/// words (the PostgreSQL workspace's) finds and counts exactly what the SQLite index does, so
/// both backends match and rank alike.
///
/// One instance per thread: it owns its in-memory database.
public final class IndexWords {
    /// Where a word stands: in which column, and its place there (from 0, in words).
    public struct Place: Sendable, Hashable {
        public var column: IndexColumn
        public var position: Int

        public init(column: IndexColumn, position: Int) {
            self.column = column
            self.position = position
        }
    }

    /// The words of one article: each word's places, and how many words title and body hold.
    public struct OfArticle: Sendable, Equatable {
        public var places: [String: [Place]]
        public var titleCount: Int
        public var bodyCount: Int
        public var count: Int { titleCount + bodyCount }
    }

    private let queue: DatabaseQueue

    public init() {
        // An in-memory database with one contentless table cannot fail to open short of memory.
        queue = try! DatabaseQueue()
        try! queue.write { db in
            try db.execute(sql: """
                CREATE VIRTUAL TABLE words USING fts5(title, body, content='', tokenize='unicode61 remove_diacritics 2');
                CREATE VIRTUAL TABLE word_places USING fts5vocab(words, instance);
                """)
        }
    }

    /// The words of each article (title, and body as the index takes it), in the order given.
    public func ofArticles(_ articles: [(title: String, body: String)]) -> [OfArticle] {
        guard !articles.isEmpty else { return [] }
        return try! queue.write { db in
            let insert = try db.cachedStatement(sql: "INSERT INTO words (rowid, title, body) VALUES (?, ?, ?)")
            for (index, article) in articles.enumerated() {
                try insert.execute(arguments: [index + 1, article.title, article.body])
            }
            var result = Array(repeating: OfArticle(places: [:], titleCount: 0, bodyCount: 0), count: articles.count)
            let rows = try Row.fetchCursor(db, sql: "SELECT term, doc, col, offset FROM word_places")
            while let row = try rows.next() {
                let document = (row[1] as Int) - 1
                let column: IndexColumn = (row[2] as String) == "title" ? .title : .body
                result[document].places[row[0] as String, default: []].append(Place(column: column, position: row[3]))
                if column == .title { result[document].titleCount += 1 } else { result[document].bodyCount += 1 }
            }
            try db.execute(sql: "INSERT INTO words (words) VALUES ('delete-all')")
            return result
        }
    }

    /// The words of `text`, in order: how the index reads a query's word or a sentence.
    public func sequence(_ text: String) -> [String] {
        sequences([text])[0]
    }

    /// The words of each text, in order.
    public func sequences(_ texts: [String]) -> [[String]] {
        guard !texts.isEmpty else { return [] }
        return try! queue.write { db in
            let insert = try db.cachedStatement(sql: "INSERT INTO words (rowid, body) VALUES (?, ?)")
            for (index, text) in texts.enumerated() { try insert.execute(arguments: [index + 1, text]) }
            var placed = Array(repeating: [(position: Int, word: String)](), count: texts.count)
            let rows = try Row.fetchCursor(db, sql: "SELECT term, doc, offset FROM word_places")
            while let row = try rows.next() {
                placed[(row[1] as Int) - 1].append((row[2], row[0]))
            }
            try db.execute(sql: "INSERT INTO words (words) VALUES ('delete-all')")
            return placed.map { $0.sorted { $0.position < $1.position }.map(\.word) }
        }
    }
}

/// The two columns of the article index.
public enum IndexColumn: String, Sendable, Hashable {
    case title
    case body
}
